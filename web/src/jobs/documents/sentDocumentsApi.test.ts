import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../../api/client';
import { ServiceStatus } from '../../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../../api/testing';
import { attachDocuments, downloadPinned, downloadPostingAsApplied, loadLibrary, pinDocuments } from './sentDocumentsApi';
import type { PinnedDocument, SentDocumentsClient } from './sentDocumentsTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });
const JOB = { job_id: 'j1', company: 'Acme', position: 'Engineer', status: 'Applied', version: '7' };
const RESUME: PinnedDocument = {
  document_id: 'd1', version: 1, sha256: 'a'.repeat(64), size: 11, media_type: 'text/plain', kind: 'resume',
  pinned_at: '2026-11-12T09:30:00Z', name: 'Resume', file_name: 'resume.txt',
};

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as SentDocumentsClient, calls };
}

beforeEach(() => tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' }));

describe('the documents sent with an application', () => {
  it('puts the whole set with Prefer: wait and takes the job from a 200', async () => {
    const { client, calls } = setUp(() => json(200, JOB));
    expect(await pinDocuments(client, 'j1', [{ document_id: 'd1', version: 1 }, { document_id: 'd2', version: 3 }])).toEqual({ kind: 'pinned', job: JOB });
    expect(await pinDocuments(client, 'j1', [])).toEqual({ kind: 'pinned', job: JOB });
    expect(calls.map((c) => [c.method, c.path, c.headers.get('Content-Type'), c.headers.get('Prefer'), c.authorization, c.body])).toEqual([
      ['PUT', '/api/jobs/j1/documents', 'application/json', 'wait=5', `Bearer ${ACCESS}`, '{"documents":[{"document_id":"d1","version":1},{"document_id":"d2","version":3}]}'],
      ['PUT', '/api/jobs/j1/documents', 'application/json', 'wait=5', `Bearer ${ACCESS}`, '{"documents":[]}'],
    ]);
  });

  it('takes a 202 (JobAccepted: recorded, not yet shown) as pinned without a job', async () => {
    const { client } = setUp(() => json(202, { job_id: 'j1', event_ids: ['e1'] }));
    expect(await pinDocuments(client, 'j1', [{ document_id: 'd1', version: 1 }])).toEqual({ kind: 'pinned', job: undefined });
  });

  it("puts a 422's problems on the documents they are about, by their index in the body", async () => {
    const { client } = setUp(() =>
      json(422, {
        type: 'https://careervault.example/problems/unknown-reference', title: 'Unknown reference', status: 422, detail: 'The request names something you do not have.',
        errors: [
          { field: 'documents[1].version', message: 'document d2 has versions 1 to 2' },
          { field: 'documents[0].document_id', message: 'is not one of your documents' },
        ],
      }),
    );
    expect(await pinDocuments(client, 'j1', [{ document_id: 'd1', version: 1 }, { document_id: 'd2', version: 9 }])).toEqual({
      kind: 'refused',
      byDocument: { d2: 'document d2 has versions 1 to 2', d1: 'is not one of your documents' },
      messages: [],
    });
  });

  it('says what is not about one document: the list, a missing job, a rate limit, no connection', async () => {
    const answers = [
      json(400, { title: 'Bad Request', status: 400, errors: [{ field: 'documents', message: 'must have at most 10 items' }] }),
      json(404, { title: 'Not Found', status: 404, detail: 'No job j1' }),
      json(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '30' }),
    ];
    const { client } = setUp(() => answers.shift() ?? Promise.reject(new TypeError('Failed to fetch')));
    const pin = () => pinDocuments(client, 'j1', [{ document_id: 'd1', version: 1 }]);
    expect(await pin()).toEqual({ kind: 'refused', byDocument: {}, messages: ['documents: must have at most 10 items'] });
    expect(await pin()).toEqual({ kind: 'refused', byDocument: {}, messages: ['This job no longer exists.'] });
    expect(await pin()).toEqual({ kind: 'refused', byDocument: {}, messages: ['Too many attempts; try again in 30 s.'] });
    expect(await pin()).toEqual({ kind: 'refused', byDocument: {}, messages: ['Could not reach CareerVault (Failed to fetch). Try again.'] });
  });

  it("attaches a form's picks in the picker's order; a refusal comes back with the picks and named sentences", async () => {
    const { client, calls } = setUp((call) =>
      call.body.includes('"version":9')
        ? json(422, { title: 'Unknown reference', status: 422, errors: [{ field: 'documents[0].version', message: 'document d2 has versions 1 to 2' }] })
        : json(202, { job_id: 'j1', event_ids: ['e1'] }),
    );
    const names = new Map([['d1', 'Resume'], ['d2', 'Cover letter']]);
    expect(await attachDocuments(client, 'j1', { d2: 1, d1: 2 }, ['d1', 'd2'], names)).toBeNull();
    expect(calls[0]?.body).toBe('{"documents":[{"document_id":"d1","version":2},{"document_id":"d2","version":1}]}');
    expect(await attachDocuments(client, 'j1', { d2: 9 }, ['d1', 'd2'], names)).toEqual({
      jobId: 'j1', picks: { d2: 9 }, byDocument: { d2: 'document d2 has versions 1 to 2' }, lines: ['Cover letter: document d2 has versions 1 to 2'],
    });
  });

  it('loads the library, or says why not', async () => {
    const library = { documents: [{ document_id: 'd1', name: 'Resume', kind: 'resume', latest_version: 1, created_at: 'x', updated_at: 'x', versions: [] }], used_bytes: 0, max_bytes: 10 };
    const answers = [json(200, library), json(503, { title: 'Service Unavailable', status: 503, detail: 'The library is not available.' })];
    const { client, calls } = setUp(() => answers.shift()!);
    expect(await loadLibrary(client)).toEqual({ kind: 'library', documents: library.documents });
    expect(await loadLibrary(client)).toEqual({ kind: 'failed', message: 'The library is not available.' });
    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual([['GET', '/api/documents', `Bearer ${ACCESS}`], ['GET', '/api/documents', `Bearer ${ACCESS}`]]);
  });

  it("downloads a pinned version's bytes and the posting as applied, with the session's token", async () => {
    const { client, calls } = setUp((call) =>
      call.path === '/api/jobs/j1/posting-as-applied'
        ? new Response('We need Kafka.', { status: 200, headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Content-Disposition': 'attachment; filename="posting-as-applied-2026-11-12.txt"' } })
        : new Response('resume text', { status: 200, headers: { 'Content-Type': 'text/plain' } }),
    );
    const resume = await downloadPinned(client, RESUME);
    const posting = await downloadPostingAsApplied(client, 'j1');
    expect(calls.map((c) => [c.path, c.authorization])).toEqual([
      ['/api/documents/d1/versions/1/content', `Bearer ${ACCESS}`],
      ['/api/jobs/j1/posting-as-applied', `Bearer ${ACCESS}`],
    ]);
    // no Content-Disposition: the pin's file name
    expect(resume.kind === 'file' && [resume.fileName, await resume.blob.text()]).toEqual(['resume.txt', 'resume text']);
    expect(posting.kind === 'file' && [posting.fileName, await posting.blob.text()]).toEqual(['posting-as-applied-2026-11-12.txt', 'We need Kafka.']);
  });

  it('says why a download failed (no frozen text)', async () => {
    const { client } = setUp(() => json(404, { title: 'Not Found', status: 404, detail: 'The job j1 has no posting text frozen when applied for' }));
    expect(await downloadPostingAsApplied(client, 'j1')).toEqual({ kind: 'failed', message: 'The job j1 has no posting text frozen when applied for' });
  });
});
