import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CsvTools, ImportResults } from './CsvTools';
import type { CsvImportResult } from './csvTypes';

function render(node: ReactNode) {
  const html = renderToStaticMarkup(<MemoryRouter>{node}</MemoryRouter>);
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
}

/** The table's body rows, each as its cells' text. */
function rows(html: string): string[][] {
  const body = /<tbody>(.*)<\/tbody>/s.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
  );
}

const CREATED_ID = '0b6f0c1e-7d7b-5c61-9d42-3f1b2c3d4e5f';
const UPDATED_ID = '5d1c2b3a-0000-4000-8000-000000000001';
const DRY_RUN: CsvImportResult = {
  dry_run: true,
  created: 1,
  updated: 1,
  unchanged: 0,
  rejected: 1,
  warnings: ['Unknown column favourite ignored'],
  rows: [
    { row: 2, outcome: 'created', job_id: CREATED_ID },
    { row: 3, outcome: 'updated', job_id: UPDATED_ID },
    {
      row: 4,
      outcome: 'rejected',
      errors: [
        { field: 'status', message: 'must be one of Wishlist, Applied, Screening' },
        { field: 'company', message: 'must not be blank' },
      ],
    },
  ],
};
const noop = () => undefined;

describe('the CSV tools of the All jobs page', () => {
  it('offer the export with an optional range and the import of a labelled file', () => {
    const { html, text } = render(<CsvTools onImported={noop} />);
    expect(html).toContain('<summary>Export or import CSV</summary>');
    expect(html).toContain('<label for="csv-export-from">Applied from</label>');
    expect(html).toContain('<label for="csv-export-to">Applied to</label>');
    expect(html).toMatch(/<button type="submit"[^>]*>Export CSV<\/button>/);
    expect(html).toContain('<label for="csv-import-file">CSV file</label>');
    expect(html).toMatch(/<input id="csv-import-file"[^>]*type="file"[^>]*accept=".csv,text\/csv"/);
    expect(html).toMatch(/<button type="submit"[^>]*>Import CSV<\/button>/);
    expect(text).toContain('nothing changes until you press Import');
  });
});

describe('the results of a dry run', () => {
  it('say nothing is imported yet, give the counts and the notes, and offer Import and Cancel', () => {
    const { html, text } = render(<ImportResults result={DRY_RUN} busy={false} onImport={noop} onDone={noop} />);
    expect(text).toContain('Dry run: nothing is imported yet');
    expect(html).toContain('<p role="status" class="csv-counts">1 to create, 1 to update, 0 unchanged, 1 rejected.</p>');
    expect(text).toContain('Rejected rows are skipped.');
    expect(text).toContain('Unknown column favourite ignored');
    expect(html).toMatch(/<button type="button" class="primary">Import<\/button>/);
    expect(html).toContain('>Cancel</button>');
  });

  it('show each row with its outcome, the errors of a rejected row by field, and links only to jobs that exist', () => {
    const { html } = render(<ImportResults result={DRY_RUN} busy={false} onImport={noop} onDone={noop} />);
    expect(rows(html)).toEqual([
      ['2', 'Would be created', '', ''],
      ['3', 'Would be updated', 'Open the job of row 3', ''],
      ['4', 'Rejected', '', 'status : must be one of Wishlist, Applied, Screening company : must not be blank'],
    ]);
    expect(html).toContain(`href="/jobs/${UPDATED_ID}"`);
    // the job a dry run would create does not exist yet
    expect(html).not.toContain(`href="/jobs/${CREATED_ID}"`);
    expect(html).toContain('<li><strong>status</strong>: must be one of Wishlist, Applied, Screening</li>');
  });

  it('offer no Import when nothing would change', () => {
    const nothing: CsvImportResult = { ...DRY_RUN, created: 0, updated: 0, unchanged: 1, rejected: 0, warnings: [], rows: [{ row: 2, outcome: 'unchanged', job_id: UPDATED_ID }] };
    const { html } = render(<ImportResults result={nothing} busy={false} onImport={noop} onDone={noop} />);
    expect(html).toMatch(/<button type="button" class="primary" disabled="">Import<\/button>/);
    expect(rows(html)).toEqual([['2', 'Unchanged', 'Open the job of row 2', '']]);
  });
});

describe('the results of the import', () => {
  it('give the final counts, link to the new jobs, and offer to dismiss them', () => {
    const done = { ...DRY_RUN, dry_run: false };
    const { html, text } = render(<ImportResults result={done} busy={false} onImport={noop} onDone={noop} />);
    expect(text).toContain('Import finished');
    expect(html).toContain('1 created, 1 updated, 0 unchanged, 1 rejected.');
    expect(rows(html).map((row) => row.slice(0, 2))).toEqual([['2', 'Created'], ['3', 'Updated'], ['4', 'Rejected']]);
    expect(html).toContain(`href="/jobs/${CREATED_ID}"`);
    expect(html).not.toMatch(/>Import<\/button>/);
    expect(html).toContain('>Dismiss results</button>');
  });

  it('say so when the file had no data rows', () => {
    const empty: CsvImportResult = { dry_run: true, created: 0, updated: 0, unchanged: 0, rejected: 0, warnings: [], rows: [] };
    expect(render(<ImportResults result={empty} busy={false} onImport={noop} onDone={noop} />).text).toContain('The file has no data rows.');
  });
});
