import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

/**
 * A plain HTTP request, optionally from another loopback source address (127.0.0.2, …) so that a
 * test can act as several clients, or with a body too large for fetch to be convenient.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {},
): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: Date.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A GraphQL POST as rawRequest. */
export function rawGql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<
  RawResponse & { json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] } }
> {
  return rawRequest(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables }),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  }).then((r) => ({ ...r, json: JSON.parse(r.body) as never }));
}
