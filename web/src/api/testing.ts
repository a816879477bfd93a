/** Helpers for the API client's unit tests: JWTs with a chosen expiry and a scripted fetch. */

/** An unsigned JWT whose payload is `claims` (the client never checks signatures). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.signature`;
}

export interface Call {
  readonly method: string;
  readonly path: string;
  /** The query string, with its `?` (empty without one). */
  readonly search: string;
  readonly authorization: string | null;
  readonly body: string;
  readonly headers: Headers;
}

/** A fetch that answers with `handler` and records every request it is sent. */
export function scriptedFetch(handler: (call: Call, index: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const call: Call = {
      method: request.method,
      path: new URL(request.url).pathname,
      search: new URL(request.url).search,
      authorization: request.headers.get('Authorization'),
      body: await request.text(),
      headers: request.headers,
    };
    calls.push(call);
    return handler(call, calls.length - 1);
  };
  return { fetch, calls };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}
