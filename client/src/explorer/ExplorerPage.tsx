import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { navigate } from '../app/router';
import { useLang, useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { AsOfControl } from './AsOfControl';
import { familySpan, isIsoDate, todayIso } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';
import type { Family } from './family.types';
import { GenogramCanvas, type GenogramHandle } from './GenogramCanvas';
import { buildGenogram } from './genogram/elements';
import { mergeFamilies } from './genogram/merge';
import { FamilyLegend } from './FamilyLegend';
import { PersonPanel } from './PersonPanel';
import { FAMILY } from './queries';
import { SearchBox } from './SearchBox';
import { TimelinePanel } from './TimelinePanel';

const PATH = '/explorer';

/** The family explorer: `#/explorer?person=<id>&asOf=<date>&depth=<n>`. */
export function ExplorerPage({ query }: { query: URLSearchParams }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const read = usePersonRead();
  const personId = query.get('person');
  const today = todayIso();
  const asOfParam = query.get('asOf');
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : today;
  const depth = Math.min(4, Math.max(1, Number(query.get('depth') ?? 2) || 2));

  const [family, setFamily] = useState<Family | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const canvas = useRef<GenogramHandle>(null);

  useEffect(() => {
    setExpanded([]);
    setSelectedId(null);
    setFamily(null);
  }, [personId]);

  useEffect(() => {
    if (!personId) return;
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    const fetchFamily = (id: string, d: number) =>
      read<{ family: Family }>(FAMILY, { personId: id, depth: d, asOf }, abort.signal).then((r) => r.family);
    (async () => {
      let merged = await fetchFamily(personId, depth);
      // Relatives shown by double-click are fetched again for the new date, one step around each.
      for (const id of expanded) merged = mergeFamilies(merged, await fetchFamily(id, 1));
      if (!abort.signal.aborted) setFamily(merged);
    })()
      .catch((e: unknown) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setLoading(false));
    return () => abort.abort();
  }, [personId, depth, asOf, expanded, read]);

  const genogram = useMemo(() => (family ? buildGenogram(family, lang) : null), [family, lang]);
  const span = useMemo(() => familySpan(family?.persons.map((p) => p.birthDate) ?? [], today), [family, today]);
  const root = family?.persons.find((p) => p.id === family.rootId);
  const timelinePerson = family?.persons.find((p) => p.id === selectedId) ?? root;

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

  const exportPng = () => {
    const uri = canvas.current?.png();
    if (!uri) return;
    const a = document.createElement('a');
    a.href = uri;
    a.download = `genogram-${family?.rootId ?? 'familie'}-${asOf}.png`;
    a.click();
  };

  return (
    <main className="page explorer">
      <div className="explorer-top">
        <h1>{t('title')}</h1>
        <SearchBox onChoose={(id) => navigate(PATH, { person: id, asOf: asOfParam, depth: query.get('depth') })} />
      </div>
      <ErrorNotice error={error} />
      {!personId && <p className="muted empty">{t('empty')}</p>}
      {personId && family && genogram && root && (
        <>
          <div className="explorer-controls">
            <AsOfControl value={asOf} from={span.from} to={span.to} onChange={onAsOf} />
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
            <div className="toolbar" role="toolbar" aria-label="Genogram">
              <button type="button" className="secondary small" onClick={() => canvas.current?.zoomBy(1.25)} aria-label={t('zoomIn')}>
                +
              </button>
              <button type="button" className="secondary small" onClick={() => canvas.current?.zoomBy(0.8)} aria-label={t('zoomOut')}>
                −
              </button>
              <button type="button" className="secondary small" onClick={() => canvas.current?.fit()}>
                {t('fit')}
              </button>
              <button type="button" className="secondary small" onClick={exportPng} data-testid="export-png">
                {t('exportPng')}
              </button>
            </div>
            {loading && (
              <span className="muted" role="status">
                …
              </span>
            )}
          </div>
          <div className="explorer-body">
            <div className="explorer-main">
              <GenogramCanvas
                ref={canvas}
                genogram={genogram}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onExpand={onExpand}
                label={t('genogramLabel', { name: root.name })}
              />
              <p className="muted hint">{t('hint')}</p>
              <FamilyLegend family={family} households={genogram.households} />
            </div>
            {selectedId && (
              <PersonPanel
                personId={selectedId}
                onClose={() => setSelectedId(null)}
                onOpen={(id) => (family.persons.some((p) => p.id === id) ? setSelectedId(id) : onExpand(id))}
              />
            )}
          </div>
          {timelinePerson && (
            <TimelinePanel personId={timelinePerson.id} name={timelinePerson.name} from={span.from} to={today} asOf={asOf} />
          )}
        </>
      )}
    </main>
  );
}
