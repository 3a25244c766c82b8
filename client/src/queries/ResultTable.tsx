import { href } from '../app/router';
import styles from './queries.module.css';

interface NodeLike {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface RelLike {
  elementId: string;
  type: string;
}

const isNode = (v: unknown): v is NodeLike => typeof v === 'object' && v !== null && 'elementId' in v && 'labels' in v;
const isRel = (v: unknown): v is RelLike => typeof v === 'object' && v !== null && 'elementId' in v && 'type' in v;

/** One cell: a node as its label and name (a person links to the explorer), a relationship as its type, structures as JSON. */
function Cell({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">–</span>;
  if (isNode(value)) {
    const id = typeof value.properties.id === 'string' ? value.properties.id : null;
    const name = typeof value.properties.name === 'string' ? value.properties.name : (id ?? '');
    const text = `(:${value.labels.join(':')}) ${name}`;
    return value.labels.includes('Person') && id ? <a href={href('/explorer', { person: id })}>{text}</a> : <span>{text}</span>;
  }
  if (isRel(value)) return <span>[:{value.type}]</span>;
  if (typeof value === 'object') return <code className={styles.jsonCell}>{JSON.stringify(value)}</code>;
  return <span>{String(value)}</span>;
}

export function ResultTable({ columns, rows }: { columns: string[]; rows: unknown[][] }) {
  return (
    <div className={styles.queryTableWrap}>
      <table className="query-table" data-testid="query-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((value, j) => (
                <td key={j}>
                  <Cell value={value} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
