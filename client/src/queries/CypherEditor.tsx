import { useMemo, useRef } from 'react';
import { highlightCypher, type HighlightKind } from './cypher-highlight';
import styles from './queries.module.css';

/** Each kind's colour; the plain `cy-<kind>` class stays for tests. */
const HIGHLIGHT: Record<HighlightKind, string | undefined> = {
  plain: undefined,
  comment: styles.cyComment,
  string: styles.cyString,
  keyword: styles.cyKeyword,
  write: styles.cyWrite,
  parameter: styles.cyParameter,
  label: styles.cyLabel,
  number: styles.cyNumber,
  function: styles.cyFunction,
};

interface Props {
  value: string;
  onChange(value: string): void;
  label: string;
  /** the id of the text that says what is wrong with it (then the field is marked invalid) */
  describedBy?: string;
}

/**
 * A text area over a highlighted copy of its text: the user types in a plain <textarea> (so
 * undo, selection and screen readers work as usual) and sees the colours of the layer behind.
 */
export function CypherEditor({ value, onChange, label, describedBy }: Props) {
  const back = useRef<HTMLPreElement>(null);
  const pieces = useMemo(() => highlightCypher(value), [value]);
  return (
    <div className={styles.cypherEditor}>
      <pre ref={back} className="cypher-highlight" aria-hidden="true">
        {pieces.map((p, i) =>
          p.kind === 'plain' ? (
            p.text
          ) : (
            <span key={i} className={`${HIGHLIGHT[p.kind] ?? ''} cy-${p.kind}`}>
              {p.text}
            </span>
          ),
        )}
        {/* a trailing newline needs a character after it to take up a line */}
        {'\n '}
      </pre>
      <textarea
        aria-label={label}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        data-testid="cypher-editor"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (back.current) {
            back.current.scrollTop = e.currentTarget.scrollTop;
            back.current.scrollLeft = e.currentTarget.scrollLeft;
          }
        }}
        onKeyDown={(e) => {
          // Tab indents instead of leaving the field; Escape then Tab still leaves it.
          if (e.key !== 'Tab' || e.shiftKey) return;
          e.preventDefault();
          const el = e.currentTarget;
          const { selectionStart: start, selectionEnd: end } = el;
          onChange(`${value.slice(0, start)}  ${value.slice(end)}`);
          requestAnimationFrame(() => el.setSelectionRange(start + 2, start + 2));
        }}
      />
    </div>
  );
}

/** Read-only highlighted Cypher, for showing a saved query. */
export function CypherView({ source }: { source: string }) {
  const pieces = useMemo(() => highlightCypher(source), [source]);
  return (
    <pre className={styles.cypherView} data-testid="cypher-view">
      {pieces.map((p, i) =>
        p.kind === 'plain' ? (
          p.text
        ) : (
          <span key={i} className={`${HIGHLIGHT[p.kind] ?? ''} cy-${p.kind}`}>
            {p.text}
          </span>
        ),
      )}
    </pre>
  );
}
