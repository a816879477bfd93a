/**
 * Upload progress. `fetch` cannot report how much of a request body has been sent (a streamed
 * body would need HTTP/2 and `duplex: 'half'`), `XMLHttpRequest` can (`upload.onprogress`). So an
 * upload hands the API client, for that one request, a fetch made of an XMLHttpRequest: the
 * client's middleware (token, refresh, 503 retries) stays as for every other call.
 */

/** How far an upload is: bytes sent of the request's total (the file and the multipart framing). */
export interface UploadProgress {
  readonly sent: number;
  readonly total: number;
}

/** The part of `XMLHttpRequest` this uses, so tests can pass a fake. */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  getAllResponseHeaders(): string;
  send(body: Blob | ArrayBuffer | null): void;
  abort(): void;
  responseType: XMLHttpRequestResponseType;
  readonly status: number;
  readonly statusText: string;
  readonly response: unknown;
  withCredentials: boolean;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  ontimeout: (() => void) | null;
  readonly upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
}

/** The headers of `getAllResponseHeaders()` ("name: value" lines, CRLF). */
export function parseResponseHeaders(all: string): Headers {
  const headers = new Headers();
  for (const line of all.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A fetch (as openapi-fetch calls it: one `Request`) over `XMLHttpRequest`, calling `onProgress`
 * as the body goes out. The answer is a `Response` like fetch's; no connection rejects with a
 * `TypeError` and an aborted signal with an `AbortError`, as fetch does.
 */
export function progressFetch(
  onProgress: (progress: UploadProgress) => void,
  createXhr: () => XhrLike = () => new XMLHttpRequest() as unknown as XhrLike,
): (input: Request) => Promise<Response> {
  return async (request: Request) => {
    const body = request.body ? await request.arrayBuffer() : null;
    return new Promise<Response>((resolve, reject) => {
      if (request.signal.aborted) {
        reject(new DOMException('The upload was aborted.', 'AbortError'));
        return;
      }
      const xhr = createXhr();
      xhr.open(request.method, request.url);
      // same-origin credentials only, as fetch's default: the bearer token travels in a header
      xhr.withCredentials = false;
      xhr.responseType = 'blob';
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      const total = body?.byteLength ?? 0;
      xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : total });
      const abort = () => xhr.abort();
      request.signal.addEventListener('abort', abort, { once: true });
      const done = () => request.signal.removeEventListener('abort', abort);
      xhr.onload = () => {
        done();
        onProgress({ sent: total, total });
        const headers = parseResponseHeaders(xhr.getAllResponseHeaders());
        const noBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
        resolve(new Response(noBody ? null : (xhr.response as Blob | null), { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('Failed to fetch'));
      };
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => {
        done();
        reject(new DOMException('The upload was aborted.', 'AbortError'));
      };
      onProgress({ sent: 0, total });
      xhr.send(body);
    });
  };
}

/** "Uploading… 42%" for a status line; "Uploading…" before anything is known. */
export function progressText(progress: UploadProgress | null): string {
  if (!progress || progress.total <= 0) return 'Uploading…';
  return `Uploading… ${Math.min(100, Math.floor((progress.sent / progress.total) * 100))}%`;
}
