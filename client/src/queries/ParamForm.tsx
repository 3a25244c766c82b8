import { useMessages } from '../i18n/i18n';
import type { ParameterInfo } from './queries-api';
import { QUERIES_MESSAGES } from './queries-messages';
import styles from './queries.module.css';

interface Props {
  params: ParameterInfo[];
  texts: Record<string, string>;
  onChange(name: string, text: string): void;
}

/** One field per parameter, its input chosen by the parameter's type; bounds become min/max. */
export function ParamForm({ params, texts, onChange }: Props) {
  const t = useMessages(QUERIES_MESSAGES);
  if (params.length === 0) return <p className="muted">{t('noParameters')}</p>;
  return (
    <div className={styles.paramForm}>
      {params.map((p) => {
        const id = `param-${p.name}`;
        const list = p.type.endsWith('[]');
        const base = list ? p.type.slice(0, -2) : p.type;
        const bound = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : undefined);
        const value = texts[p.name] ?? '';
        const common = { id, name: p.name, 'data-param': p.name };
        let input;
        if (list) {
          input = (
            <textarea {...common} rows={3} value={value} placeholder={t('listHint')} onChange={(e) => onChange(p.name, e.target.value)} />
          );
        } else if (base === 'boolean') {
          input = (
            <input {...common} type="checkbox" checked={value === 'true'} onChange={(e) => onChange(p.name, String(e.target.checked))} />
          );
        } else {
          const type = base === 'integer' || base === 'float' ? 'number' : base === 'date' ? 'date' : 'text';
          input = (
            <input
              {...common}
              type={type}
              value={value}
              required={p.required}
              min={bound(p.min)}
              max={bound(p.max)}
              step={base === 'integer' ? 1 : base === 'float' ? 'any' : undefined}
              onChange={(e) => onChange(p.name, e.target.value)}
            />
          );
        }
        const hasBounds = p.min !== null || p.max !== null;
        return (
          <div className={styles.paramField} key={p.name} data-testid="param-field">
            <label htmlFor={id}>
              <strong>{p.name}</strong> <code>{p.type}</code> <span className="muted">{p.required ? t('required') : t('optional')}</span>
            </label>
            {input}
            <small className="muted">
              {p.description}
              {hasBounds && ` (${t('bounds', { min: bound(p.min) ?? '…', max: bound(p.max) ?? '…' })})`}
            </small>
          </div>
        );
      })}
    </div>
  );
}
