import { defineMessages, useLang, useMessages } from '../i18n/i18n';
import { showDate } from './dates';
import { EXPLORER_MESSAGES, type ExplorerKey } from './explorer-messages';
import type { ProvenanceEntry } from './queries';
import styles from './explorer.module.css';

const MESSAGES = defineMessages({
  da: {
    title: 'Oprindelse og rettelser',
    none: 'Ingen registrerede ændringer.',
    inserted: '{what} registreret {date}',
    updated: '{what} rettet {date}',
    retracted: '{what} trukket tilbage {date}',
    stale: '{what}: forældet opdatering sprunget over {date}',
    batch: 'batch {id}',
    'source.graphql': 'indlæst via API',
    'source.cli': 'indlæst fra fil',
    fileLine: '{file}, linje {line}',
    line: 'linje {line}',
    by: 'af {actor}',
    reason: 'begrundelse: {reason}',
    empty: '(tom)',
    'sex.F': 'kvinde',
    'sex.M': 'mand',
    'sex.U': 'ukendt',
    'type.person': 'Persondata',
    'type.residence': 'Bopæl',
    'type.parent': 'Forældreskab',
    'type.partner': 'Partnerskab',
    'type.involvement': 'Sagsinvolvering',
    'type.case': 'Sag',
    'field.name': 'navn',
    'field.sex': 'køn',
    'field.birthDate': 'fødselsdato',
    'field.deathDate': 'dødsdato',
    'field.from': 'indflytning',
    'field.to': 'fraflytning',
    'field.addressId': 'adresse',
    'field.personId': 'person',
    'field.role': 'rolle',
    'field.kind': 'type',
    'field.category': 'kategori',
    'field.subcategory': 'underkategori',
    'field.occurredAt': 'tidspunkt',
    'field.journalNo': 'journalnr.',
    'field.policeDistrictCode': 'politikreds',
    'field.summary': 'resumé',
    'field.keywords': 'nøgleord',
  },
  en: {
    title: 'Provenance and corrections',
    none: 'No recorded changes.',
    inserted: '{what} registered {date}',
    updated: '{what} corrected {date}',
    retracted: '{what} retracted {date}',
    stale: '{what}: outdated update skipped {date}',
    batch: 'batch {id}',
    'source.graphql': 'ingested via the API',
    'source.cli': 'ingested from a file',
    fileLine: '{file}, line {line}',
    line: 'line {line}',
    by: 'by {actor}',
    reason: 'reason: {reason}',
    empty: '(empty)',
    'sex.F': 'female',
    'sex.M': 'male',
    'sex.U': 'unknown',
    'type.person': 'Person record',
    'type.residence': 'Residence',
    'type.parent': 'Parentage',
    'type.partner': 'Partnership',
    'type.involvement': 'Case involvement',
    'type.case': 'Case',
    'field.name': 'name',
    'field.sex': 'sex',
    'field.birthDate': 'birth date',
    'field.deathDate': 'death date',
    'field.from': 'moved in',
    'field.to': 'moved out',
    'field.addressId': 'address',
    'field.personId': 'person',
    'field.role': 'role',
    'field.kind': 'kind',
    'field.category': 'category',
    'field.subcategory': 'subcategory',
    'field.occurredAt': 'time',
    'field.journalNo': 'journal no.',
    'field.policeDistrictCode': 'police district',
    'field.summary': 'summary',
    'field.keywords': 'keywords',
  },
});
type Key = keyof (typeof MESSAGES)['da'];

/** Where each fact about the person came from and when it changed ("birth date corrected … by batch …"). */
export function ProvenanceSection({ entries }: { entries: ProvenanceEntry[] }) {
  const t = useMessages(MESSAGES);
  const te = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const label = (prefix: string, name: string) => {
    const key = `${prefix}.${name}` as Key;
    return key in MESSAGES[lang] ? t(key) : name;
  };
  /** A field's value as a reader sees it: dates in the language's form, codes by their names. */
  const value = (field: string, v: string | null) => {
    if (v === null || v === '') return t('empty');
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return showDate(v, lang);
    if (field === 'role' || field === 'kind') {
      const key = `${field}.${v}` as ExplorerKey;
      return key in EXPLORER_MESSAGES[lang] ? te(key) : v;
    }
    return field === 'sex' ? label('sex', v) : v;
  };
  return (
    <section data-testid="person-provenance">
      <h3>{t('title')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className={styles.provenance}>
          {entries.map((e) => (
            <li key={`${e.batchId}-${e.line}-${e.key}`}>
              {t(e.action as Key, { what: label('type', e.recordType), date: showDate(e.at.slice(0, 10), lang) })}
              {e.action === 'updated' && (
                <ul>
                  {e.fields.map((f) => (
                    <li key={f.field}>
                      {label('field', f.field)}: {value(f.field, f.old)} → {value(f.field, f.new)}
                    </li>
                  ))}
                </ul>
              )}
              {e.reason && <div>{t('reason', { reason: e.reason })}</div>}
              <div className="muted">
                <span title={e.batchId}>{t('batch', { id: e.batchId.slice(0, 8) })}</span> · {label('source', e.source)} ·{' '}
                {e.file ? t('fileLine', { file: e.file, line: e.line }) : t('line', { line: e.line })} · {t('by', { actor: e.actor })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
