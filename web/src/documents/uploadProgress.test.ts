import { describe, expect, it } from 'vitest';
import { parseResponseHeaders, progressFetch, progressText, type UploadProgress, type XhrLike } from './uploadProgress';

/** A fake XMLHttpRequest: records what is sent; the test then reports progress and answers. */
class FakeXhr implements XhrLike {
  method = '';
  url = '';
  headers: [string, string][] = [];
  body: Blob | ArrayBuffer | null = null;
  aborted = false;
  responseType: XMLHttpRequestResponseType = '';
  status = 0;
  statusText = '';
  response: unknown = null;
  withCredentials = true;
  responseHeaders = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  upload: XhrLike['upload'] = { onprogress: null };
  open(method: string, url: string) { this.method = method; this.url = url; }
  setRequestHeader(name: string, value: string) { this.headers.push([name, value]); }
  getAllResponseHeaders() { return this.responseHeaders; }
  send(body: Blob | ArrayBuffer | null) { this.body = body; }
  abort() { this.aborted = true; this.onabort?.(); }
  answer(status: number, body: string, headers: string) {
    this.status = status;
    this.statusText = 'x';
    this.response = new Blob([body]);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

/** Runs the fetch until the XHR is sent (the body is read first), and hands both over. */
async function start(request: Request) {
  const seen: UploadProgress[] = [];
  let xhr: FakeXhr | undefined;
  const answer = progressFetch((p) => seen.push(p), () => (xhr = new FakeXhr()))(request);
  for (let i = 0; i < 20 && !xhr?.body && !xhr?.aborted; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return { answer, xhr: xhr!, seen };
}

describe('an upload with progress', () => {
  it('sends the request as it is, reports the bytes sent, and answers with a Response', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Hello, CV!\n']), 'resume.txt');
    const request = new Request('http://careervault.test/api/documents', { method: 'POST', body: form, headers: { Authorization: 'Bearer t' } });
    const { answer, xhr, seen } = await start(request);

    expect([xhr.method, xhr.url, xhr.responseType, xhr.withCredentials]).toEqual(['POST', 'http://careervault.test/api/documents', 'blob', false]);
    expect(Object.fromEntries(xhr.headers).authorization).toBe('Bearer t');
    expect(Object.fromEntries(xhr.headers)['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const sent = new TextDecoder().decode(xhr.body as ArrayBuffer);
    expect(sent).toContain('filename="resume.txt"');
    expect(sent).toContain('Hello, CV!\n');
    const total = (xhr.body as ArrayBuffer).byteLength;

    xhr.upload.onprogress?.({ loaded: 100, total, lengthComputable: true });
    xhr.answer(201, '{"ok":true}', 'Content-Type: application/json\r\nLocation: /api/documents/d1\r\n');
    const response = await answer;
    expect([response.status, response.headers.get('Content-Type'), response.headers.get('Location'), await response.text()]).toEqual([
      201, 'application/json', '/api/documents/d1', '{"ok":true}',
    ]);
    expect(seen).toEqual([{ sent: 0, total }, { sent: 100, total }, { sent: total, total }]);
  });

  it('fails like fetch: no connection is a TypeError, an abort an AbortError', async () => {
    const offline = await start(new Request('http://careervault.test/x', { method: 'POST', body: 'x' }));
    offline.xhr.onerror?.();
    await expect(offline.answer).rejects.toThrow(TypeError);

    const abort = new AbortController();
    const stopped = await start(new Request('http://careervault.test/x', { method: 'POST', body: 'x', signal: abort.signal }));
    abort.abort();
    expect(stopped.xhr.aborted).toBe(true);
    await expect(stopped.answer).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads the response headers and writes the progress', () => {
    const headers = parseResponseHeaders('content-type: text/plain\r\nx-a: 1: 2\r\n\r\n');
    expect([...headers.entries()]).toEqual([['content-type', 'text/plain'], ['x-a', '1: 2']]);
    expect([progressText(null), progressText({ sent: 0, total: 0 }), progressText({ sent: 421, total: 1000 }), progressText({ sent: 1000, total: 1000 })]).toEqual([
      'Uploading…', 'Uploading…', 'Uploading… 42%', 'Uploading… 100%',
    ]);
  });
});
