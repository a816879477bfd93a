import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../api/client';
import { ServiceStatus } from '../../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../../api/testing';
import { MemoryStorage } from '../../auth/memoryStorage';
import { TokenStore } from '../../auth/tokens';
import { checkRange, countsSentence, exportCsv, importCsv } from './csvApi';
import type { CsvClient, CsvImportResult } from './csvTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const tokens = new TokenStore(new MemoryStorage());
  tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' });
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as CsvClient, calls };
}

const HEADER = 'job_id,company,position,status';
const csv = (body: string, name = 'careervault-jobs-2026-12-01.csv') =>
  new Response(body, { status: 200, headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': `attachment; filename="${name}"` } });
const problem = (status: number, errors: { field: string; message: string }[] = [], detail?: string) =>
  json(status, { type: 'about:blank', title: 'Bad Request', status, errors, ...(detail ? { detail } : {}) });

const RESULT: CsvImportResult = {
  dry_run: true,
  created: 1,
  updated: 1,
  unchanged: 0,
  rejected: 1,
  warnings: [],
  rows: [
    { row: 2, outcome: 'created', job_id: '0b6f0c1e-7d7b-5c61-9d42-3f1b2c3d4e5f' },
    { row: 3, outcome: 'updated', job_id: '5d1c2b3a-0000-4000-8000-000000000001' },
    { row: 4, outcome: 'rejected', errors: [{ field: 'status', message: 'must be one of Wishlist, Applied, …' }] },
  ],
};

describe('the CSV export', () => {
  it('fetches the file with the bearer token and the applied-date range, named as the API names it', async () => {
    const { client, calls } = setUp(() => csv(`${HEADER}\r\nj1,Acme,Engineer,Applied\r\n`));

    const outcome = await exportCsv(client, { from: '2026-01-01', to: '2026-06-30' });

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/jobs/export.csv', search: '?from=2026-01-01&to=2026-06-30', authorization: `Bearer ${ACCESS}` });
    expect(outcome.kind).toBe('file');
    if (outcome.kind !== 'file') return;
    expect(outcome.fileName).toBe('careervault-jobs-2026-12-01.csv');
    expect(await outcome.blob.text()).toBe(`${HEADER}\r\nj1,Acme,Engineer,Applied\r\n`);
  });

  it('sends no range when none is given', async () => {
    const { client, calls } = setUp(() => csv(`${HEADER}\r\n`));
    await exportCsv(client, { from: '', to: '' });
    expect(calls[0]?.search).toBe('');
  });

  it('puts a refused date on its field', async () => {
    const { client } = setUp(() => problem(400, [{ field: 'from', message: 'must be a date (YYYY-MM-DD)' }]));
    const outcome = await exportCsv(client, { from: '2026-13-01' });
    expect(outcome).toEqual({ kind: 'refused', errors: { fieldErrors: { from: 'must be a date (YYYY-MM-DD)' }, message: null } });
  });

  it('checks the range before asking', () => {
    expect(checkRange('', '')).toEqual({});
    expect(checkRange('2026-01-01', '2026-01-01')).toEqual({});
    expect(checkRange('2026-02-01', '2026-01-01')).toEqual({ to: 'The end date must be on or after the start date.' });
    expect(checkRange('1/2/2026', '')).toEqual({ from: 'Enter a date such as 2026-01-31, or leave it empty.' });
  });
});

describe('the CSV import', () => {
  it('sends a dry run as multipart with the file in the field "file", and returns the per-row result', async () => {
    const { client, calls } = setUp(() => json(200, RESULT));
    const file = new Blob([`${HEADER}\r\n,Acme,Engineer,Applied\r\n`], { type: 'text/csv' });

    const outcome = await importCsv(client, file, 'mine.csv', true);

    expect(outcome).toEqual({ kind: 'result', result: RESULT });
    const call = calls[0]!;
    expect(call).toMatchObject({ method: 'POST', path: '/api/jobs/import', search: '?dry_run=true', authorization: `Bearer ${ACCESS}` });
    expect(call.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(call.body).toContain('Content-Disposition: form-data; name="file"; filename="mine.csv"');
    expect(call.body).toContain(`${HEADER}\r\n,Acme,Engineer,Applied\r\n`);
  });

  it('runs the real import when told', async () => {
    const { client, calls } = setUp(() => json(200, { ...RESULT, dry_run: false }));
    const outcome = await importCsv(client, new Blob(['x']), 'mine.csv', false);
    expect(outcome.kind).toBe('result');
    expect(calls[0]?.search).toBe('?dry_run=false');
  });

  it('puts a refusal of the whole file on the file field, and the rest in the alert', async () => {
    const tooMany = setUp(() => problem(400, [{ field: 'file', message: 'has 5001 data rows; at most 5000 a request' }]));
    expect(await importCsv(tooMany.client, new Blob(['x']), 'big.csv', true)).toEqual({
      kind: 'refused',
      errors: { fieldErrors: { file: 'has 5001 data rows; at most 5000 a request' }, message: null },
    });

    const tooLarge = setUp(() => json(413, { title: 'Content Too Large', status: 413, detail: 'The body is larger than 2 MiB' }));
    expect(await importCsv(tooLarge.client, new Blob(['x']), 'big.csv', true)).toEqual({
      kind: 'refused',
      errors: { fieldErrors: {}, message: 'The body is larger than 2 MiB' },
    });
  });

  it('says the counts as a sentence, for a dry run and for the import', () => {
    expect(countsSentence(RESULT)).toBe('1 to create, 1 to update, 0 unchanged, 1 rejected.');
    expect(countsSentence({ ...RESULT, dry_run: false })).toBe('1 created, 1 updated, 0 unchanged, 1 rejected.');
  });
});
