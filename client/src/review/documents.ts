import { PURPOSE_HEADER } from '../api/graphql';

/**
 * The report as a document from GET /api/reports/<id>.(pdf|html): fetched with the session
 * cookie and the purpose header (a plain link could not send the header), then handed to the
 * browser as a download (PDF) or a new tab (HTML, for printing).
 */
export async function fetchReportDocument(reportId: string, format: 'pdf' | 'html', purpose: string): Promise<Blob> {
  const response = await fetch(`/api/reports/${encodeURIComponent(reportId)}.${format}`, {
    credentials: 'same-origin',
    headers: { [PURPOSE_HEADER]: encodeURIComponent(purpose) },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `HTTP ${response.status}`);
  }
  return response.blob();
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function openInNewTab(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
