import { useCallback, useMemo, useRef, useState } from 'react';
import { navigate } from '../app/router';
import { useMe } from '../app/session';
import { useLang, useMessages } from '../i18n/i18n';
import { storedPurpose } from '../api/purpose';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AsOfControl } from './AsOfControl';
import { familySpan, isIsoDate, showDate, todayIso } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';
import { useFamily, useFamilyTimeline } from './explorer-data';
import { FamilyListView } from './FamilyListView';
import { GenogramCanvas, type GenogramHandle } from './GenogramCanvas';
import { buildGenogram } from './genogram/elements';
import { download, pdfOf } from './genogram/export';
import { keyboardOrder } from './genogram/key-order';
import { disclose, FIRST_DRAW_CAP, type Disclosure } from './genogram/disclosure';
import { personRelationLabel } from './genogram/relations';
import { FamilyLegend, legendLines } from './FamilyLegend';
import { PersonPanel } from './PersonPanel';
import { SearchBox } from './SearchBox';
import { TimelinePanel } from './TimelinePanel';
import styles from './explorer.module.css';

const PATH = '/explorer';

/** The family explorer: `#/explorer?person=<id>&asOf=<date>&depth=<n>`. */
export function ExplorerPage({ query }: { query: URLSearchParams }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const personId = query.get('person');
  const today = todayIso();
  const asOfParam = query.get('asOf');
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : today;
  const depth = Math.min(4, Math.max(1, Number(query.get('depth') ?? 2) || 2));

  const [expanded, setExpanded] = useState<string[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** kinship steps drawn (undefined: as many as the first drawing holds) */
  const [shownSteps, setShownSteps] = useState<number | undefined>(undefined);
  const [listView, setListView] = useState(false);
  /** the family's genogram has been drawn once (the timeline is read after it) */
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const canvas = useRef<GenogramHandle>(null);
  const me = useMe();

  // Another person starts afresh. (State adjusted while rendering, before anything is committed, so
  // nothing is ever read for the new person with the last person's relatives or drawn state.)
  const [viewOf, setViewOf] = useState(personId);
  if (viewOf !== personId) {
    setViewOf(personId);
    setExpanded((list) => (list.length === 0 ? list : []));
    setSelectedId(null);
    setShownSteps(undefined);
    setDrawn(false);
  }

  // Relatives shown by double-click are read again for a new date, one step around each; the last
  // drawing stays on screen until the new date's family is complete.
  const { family, loading, error } = useFamily(personId, depth, asOf, expanded);

  // The family's timeline does not depend on the date: read once per person and depth, after the
  // family is drawn, households included (so it never competes with the first drawing).
  const { events, error: timelineError } = useFamilyTimeline(personId, depth, today, drawn);

  // A large family is drawn ring by ring from the searched (and expanded) persons.
  const disclosure = useMemo(
    () => (family ? disclose(family, [family.rootId, ...expanded], shownSteps) : null),
    [family, expanded, shownSteps],
  );
  const shownFamily = disclosure?.family ?? null;
  const genogram = useMemo(() => (shownFamily ? buildGenogram(shownFamily, lang) : null), [shownFamily, lang]);
  const span = useMemo(() => familySpan(family?.persons.map((p) => p.birthDate) ?? [], today), [family, today]);
  const root = family?.persons.find((p) => p.id === family.rootId);
  const keyOrder = useMemo(
    () =>
      keyboardOrder(shownFamily?.persons ?? []).map((p) => ({
        id: p.id,
        label: [
          t('personKey', { name: p.name, relation: personRelationLabel(p, lang) }),
          p.age !== null ? t('ageYears', { age: p.age }) : '',
          p.deceased && p.deathDate ? `† ${showDate(p.deathDate, lang)}` : '',
        ]
          .filter(Boolean)
          .join(', '),
      })),
    [shownFamily, lang, t],
  );

  const go = useCallback(
    (changes: Record<string, string | number | null>, replace = false) =>
      navigate(PATH, { person: personId, asOf: asOfParam, depth: query.get('depth'), ...changes }, { replace }),
    [personId, asOfParam, query],
  );
  const onExpand = useCallback(
    (id: string) => setExpanded((list) => (list.includes(id) || id === personId ? list : [...list, id])),
    [personId],
  );
  const onAsOf = useCallback((value: string) => go({ asOf: value }, true), [go]);

  const exportAs = async (format: 'png' | 'pdf') => {
    if (!family || !root || !genogram) return;
    const title = t('exportTitle', { name: root.name });
    const picture = await canvas.current?.exportCanvas({
      title,
      households: genogram.households,
      legend: legendLines(t),
      footer: [
        t('exportDate', { date: showDate(asOf, lang) }),
        t('exportIndex', { name: root.name, id: root.id }),
        t('exportPurpose', { purpose: storedPurpose() ?? '' }),
        t('exportUser', { user: me.username }),
      ],
    });
    if (!picture) return;
    const name = `genogram-${family.rootId}-${asOf}`;
    if (format === 'png') {
      download(picture.toDataURL('image/png'), `${name}.png`);
      return;
    }
    const bytes = await pdfOf(picture, title);
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    download(url, `${name}.pdf`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <main className="page explorer">
      <div className={styles.explorerTop}>
        <h1>{t('title')}</h1>
        <SearchBox onChoose={(id) => navigate(PATH, { person: id, asOf: asOfParam, depth: query.get('depth') })} />
      </div>
      <ErrorNotice error={error} />
      {!personId && <p className="muted empty">{t('empty')}</p>}
      {personId && family && genogram && root && (
        <>
          <div className={styles.explorerControls}>
            <AsOfControl value={asOf} from={span.from} to={span.to} eventDates={events.map((e) => e.date)} onChange={onAsOf} />
            <label className="depth">
              {t('depth')}{' '}
              <select value={depth} onChange={(e) => go({ depth: e.target.value })} name="depth">
                {[1, 2, 3, 4].map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
            <div className={styles.toolbar} role="toolbar" aria-label={t('genogramTools')}>
              <button type="button" className="secondary small" onClick={() => canvas.current?.zoomBy(1.25)} aria-label={t('zoomIn')}>
                +
              </button>
              <button type="button" className="secondary small" onClick={() => canvas.current?.zoomBy(0.8)} aria-label={t('zoomOut')}>
                −
              </button>
              <button type="button" className="secondary small" onClick={() => canvas.current?.fit()}>
                {t('fit')}
              </button>
              <button type="button" className="secondary small" onClick={() => void exportAs('png')} data-testid="export-png">
                {t('exportPng')}
              </button>
              <button type="button" className="secondary small" onClick={() => void exportAs('pdf')} data-testid="export-pdf">
                {t('exportPdf')}
              </button>
              <button
                type="button"
                className="secondary small"
                aria-pressed={listView}
                onClick={() => setListView((v) => !v)}
                data-testid="list-view-toggle"
              >
                {listView ? t('graphView') : t('listView')}
              </button>
            </div>
            {loading && (
              <span className="muted" role="status">
                …
              </span>
            )}
          </div>
          {disclosure && (
            <DisclosureBar
              disclosure={disclosure}
              onMore={() => setShownSteps(disclosure.nextSteps)}
              onAll={() => setShownSteps(Number.POSITIVE_INFINITY)}
              onFewer={() => setShownSteps(undefined)}
            />
          )}
          <div className={styles.explorerBody}>
            <div className={styles.explorerMain}>
              <div hidden={listView}>
                <GenogramCanvas
                  ref={canvas}
                  genogram={genogram}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  onExpand={onExpand}
                  label={t('genogramLabel', { name: root.name })}
                  keyOrder={keyOrder}
                  keyLabel={t('keyList')}
                  onDrawn={onDrawn}
                />
                <p className="muted hint">{t('hint')}</p>
              </div>
              {listView && shownFamily && <FamilyListView family={shownFamily} households={genogram.households} onOpen={setSelectedId} />}
              {shownFamily && <FamilyLegend family={shownFamily} households={genogram.households} />}
            </div>
            {selectedId && (
              <PersonPanel
                personId={selectedId}
                onClose={() => setSelectedId(null)}
                onOpen={(id) => (family.persons.some((p) => p.id === id) ? setSelectedId(id) : onExpand(id))}
              />
            )}
          </div>
          <ErrorNotice error={timelineError} />
          <TimelinePanel
            events={events}
            persons={family.persons}
            from={span.from}
            to={today}
            asOf={asOf}
            personId={selectedId}
            onPerson={setSelectedId}
            onDate={onAsOf}
          />
        </>
      )}
    </main>
  );
}

/** "Showing 106 of 426 persons" with the buttons that draw the next ring of relatives, or all. */
function DisclosureBar({ disclosure, onMore, onAll, onFewer }: { disclosure: Disclosure; onMore(): void; onAll(): void; onFewer(): void }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { shown, total, nextRing, nextSteps } = disclosure;
  if (total <= FIRST_DRAW_CAP) return null;
  return (
    <div className={styles.disclosure} role="group" aria-label={t('disclosed', { shown, total })} data-testid="disclosure">
      <span role="status">{t('disclosed', { shown, total })}</span>
      {shown < total && (
        <button type="button" className="secondary small" onClick={onMore} data-testid="show-more">
          {t('showMore', { count: nextRing })}
        </button>
      )}
      {shown < total && nextSteps !== Number.POSITIVE_INFINITY && (
        <button type="button" className="secondary small" onClick={onAll} data-testid="show-all">
          {t('showAll', { total })}
        </button>
      )}
      {shown === total && (
        <button type="button" className="secondary small" onClick={onFewer} data-testid="show-fewer">
          {t('showFewer')}
        </button>
      )}
    </div>
  );
}
