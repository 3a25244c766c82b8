import { mlabel, useMunicipalT } from './format';

/** A support flag's status, in the coordinators' badge shape with the municipal words and colours. */
export function SupportStatusBadge({ status }: { status: string }) {
  const t = useMunicipalT();
  return (
    <span className={`status-badge support-status-${status}`} data-status={status}>
      {mlabel(t, 'status', status)}
    </span>
  );
}
