import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../api/testing';
import { downloadVersion, listDocuments, loadDocument, uploadDocument, uploadRefusal } from './documentsApi';
import type { DocumentClient, DocumentLibrary, LibraryDocument } from './documentTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });
const ID = '5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d';
const V1 = { version: 1, sha256: 'a'.repeat(64), size: 11, media_type: 'text/plain' as const, file_name: 'resume.txt', created_at: '2026-12-01T10:00:00Z' };
const RESUME: LibraryDocument = { document_id: ID, name: 'Resume', kind: 'resume', latest_version: 1, created_at: V1.created_at, updated_at: V1.created_at, versions: [V1] };
const LIBRARY: DocumentLibrary = { documents: [RESUME], used_bytes: 11, max_bytes: 209_715_200 };
const P = 'https://careervault.dev/problems/';

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as DocumentClient, calls };
}

/** A problem+json answer as the documents API gives it (the file's problems name the field `file`). */
function problem(status: number, type: string, detail: string, extra: Record<string, unknown> = {}) {
  return json(status, { type: `${P}${type}`, title: 'x', status, detail, errors: [{ field: 'file', message: detail }], ...extra });
}

beforeEach(() => tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' }));

describe('the documents API', () => {
  it('lists the library and loads one document, a 404 as missing', async () => {
    const { client, calls } = setUp((call) => (call.path === '/api/documents' ? json(200, LIBRARY) : call.path === `/api/documents/${ID}` ? json(200, RESUME) : json(404, { title: 'Not Found', status: 404 })));
    expect(await listDocuments(client)).toEqual({ kind: 'library', library: LIBRARY });
    expect(await loadDocument(client, ID)).toEqual({ kind: 'document', document: RESUME });
    expect(await loadDocument(client, 'nope')).toEqual({ kind: 'missing' });
    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual([
      ['GET', '/api/documents', `Bearer ${ACCESS}`], ['GET', `/api/documents/${ID}`, `Bearer ${ACCESS}`], ['GET', '/api/documents/nope', `Bearer ${ACCESS}`],
    ]);
  });

  it("says why the library could not be loaded (the problem's detail, or no connection)", async () => {
    const down = setUp(() => json(500, { title: 'Internal Server Error', status: 500, detail: 'The library is unavailable' }));
    expect(await listDocuments(down.client)).toEqual({ kind: 'failed', message: 'The library is unavailable' });
    const offline = setUp(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await listDocuments(offline.client)).toEqual({ kind: 'failed', message: 'Could not reach CareerVault (Failed to fetch). Try again.' });
  });

  it('uploads a new document as multipart: name, kind (trimmed) and the file with its name', async () => {
    const { client, calls } = setUp(() => json(201, { document: RESUME, version: V1 }, { Location: `/api/documents/${ID}` }));
    const outcome = await uploadDocument(client, { file: new Blob(['Hello, CV!\n'], { type: 'text/plain' }), fileName: 'resume.txt', name: ' Resume ', kind: 'resume' });
    expect(outcome).toEqual({ kind: 'uploaded', added: { document: RESUME, version: V1 } });
    const call = calls[0]!;
    expect([call.method, call.path, call.authorization]).toEqual(['POST', '/api/documents', `Bearer ${ACCESS}`]);
    expect(call.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const parts = call.body.split(/--[^\r\n]+\r\n/).filter((p) => p.includes('Content-Disposition'));
    expect(parts.map((p) => p.replace(/\r\n--[^\r\n]*--\r\n$/, '').replace(/\r\n$/, ''))).toEqual([
      'Content-Disposition: form-data; name="name"\r\n\r\nResume',
      'Content-Disposition: form-data; name="kind"\r\n\r\nresume',
      'Content-Disposition: form-data; name="file"; filename="resume.txt"\r\nContent-Type: text/plain\r\n\r\nHello, CV!\n',
    ]);
  });

  it('uploads a new version with document_id only: the document keeps its name and kind', async () => {
    const v2 = { ...V1, version: 2, file_name: 'resume-2.md', media_type: 'text/markdown' as const };
    const { client, calls } = setUp(() => json(201, { document: { ...RESUME, latest_version: 2, versions: [v2, V1] }, version: v2 }));
    const outcome = await uploadDocument(client, { file: new Blob(['# CV\n']), fileName: 'resume-2.md', documentId: ID });
    expect(outcome.kind === 'uploaded' && outcome.added.version).toEqual(v2);
    expect(calls[0]!.body).toContain(`Content-Disposition: form-data; name="document_id"\r\n\r\n${ID}\r\n`);
    expect(calls[0]!.body).toContain('Content-Disposition: form-data; name="file"; filename="resume-2.md"');
    expect(calls[0]!.body).not.toContain('name="name"');
    expect(calls[0]!.body).not.toContain('name="kind"');
  });

  it("shows the whole file's refusals in the alert, in words and human units", async () => {
    const cases: [Response, string][] = [
      [problem(413, 'payload-too-large', 'The file is larger than the 5242880 bytes a document may have', { max_bytes: 5_242_880 }),
        'The file is too large: a document may have at most 5 MB.'],
      [problem(413, 'document-quota-exceeded', 'The file does not fit in your document quota of 209715200 bytes', { max_bytes: 209_715_200 }),
        'The file does not fit in what is left of your document storage (200 MB in all).'],
      [problem(415, 'unsupported-document-type', 'The file is not a PDF, DOCX, plain text or Markdown file (checked from its content)'),
        'The file is not a PDF, Word (.docx), plain text or Markdown file (its content was checked, not its name). Choose another file.'],
      [problem(415, 'document-type-mismatch', "The file's content is application/pdf but its name ends with .docx: rename it or upload the intended file"),
        "The file's content is PDF but its name ends with .docx: rename it or upload the intended file."],
      [problem(415, 'document-type-mismatch', "The file's content is application/vnd.openxmlformats-officedocument.wordprocessingml.document but its name ends with .pdf: rename it or upload the intended file"),
        "The file's content is Word (DOCX) but its name ends with .pdf: rename it or upload the intended file."],
      [json(404, { type: `${P}not-found`, title: 'Not Found', status: 404, detail: 'No such document' }),
        'This document is no longer in your library. Reload the page.'],
    ];
    for (const [answer, message] of cases) {
      const { client } = setUp(() => answer.clone());
      expect(await uploadDocument(client, { file: new Blob(['x']), fileName: 'x.docx', documentId: ID })).toEqual({ kind: 'refused', errors: { fieldErrors: {}, message } });
    }
  });

  it("puts the API's field problems on the form's fields, and a document_id problem in the alert", async () => {
    const { client } = setUp(() =>
      json(400, {
        type: `${P}invalid-request`, title: 'Bad Request', status: 400, detail: 'x',
        errors: [{ field: 'name', message: 'must be at most 100 characters' }, { field: 'file', message: 'must not be empty' }, { field: 'document_id', message: "must be a document's id (a UUID)" }],
      }),
    );
    expect(await uploadDocument(client, { file: new Blob([]), fileName: 'e.txt', name: 'n', kind: 'other' })).toEqual({
      kind: 'refused',
      errors: { fieldErrors: { name: 'must be at most 100 characters', file: 'must not be empty' }, message: "document_id: must be a document's id (a UUID)" },
    });
  });

  it("a 413 without the documents' problem (a proxy's) says its detail, or that the file is too large", () => {
    const answer = (body: unknown) => ({ error: body, response: new Response(null, { status: 413 }) });
    expect(uploadRefusal(answer({ type: `${P}payload-too-large`, title: 'Content Too Large', status: 413, detail: 'Too big' }))).toEqual({ fieldErrors: {}, message: 'Too big.' });
    expect(uploadRefusal(answer('Request Entity Too Large'))).toEqual({ fieldErrors: {}, message: 'Request Entity Too Large' });
  });

  it('says no connection in the alert', async () => {
    const { client } = setUp(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await uploadDocument(client, { file: new Blob(['x']), fileName: 'x.txt', documentId: ID })).toEqual({
      kind: 'refused', errors: { fieldErrors: {}, message: 'Could not reach CareerVault (Failed to fetch). Try again.' },
    });
  });

  it("downloads a version's bytes with the token, named as Content-Disposition says", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    const { client, calls } = setUp(() =>
      new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename=\"Resume 2026.pdf\"; filename*=UTF-8''Resume%202026.pdf" } }),
    );
    const file = await downloadVersion(client, ID, 2, 'fallback.pdf');
    expect(calls.map((c) => [c.path, c.authorization])).toEqual([[`/api/documents/${ID}/versions/2/content`, `Bearer ${ACCESS}`]]);
    expect(file.kind === 'file' && file.fileName).toBe('Resume 2026.pdf');
    expect(file.kind === 'file' && new Uint8Array(await file.blob.arrayBuffer())).toEqual(bytes);
  });

  it('says why a download failed', async () => {
    const { client } = setUp(() => json(404, { type: `${P}not-found`, title: 'Not Found', status: 404, detail: 'No such version' }));
    expect(await downloadVersion(client, ID, 9, 'x.txt')).toEqual({ kind: 'failed', message: 'No such version' });
  });
});
