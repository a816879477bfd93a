import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { saveBlob } from '../../api/download';
import { Field, FormAlert, SubmitRow } from '../../forms/Field';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { checkRange, countsSentence, EXPORT_FIELDS, exportCsv, IMPORT_FIELDS, importCsv } from './csvApi';
import { csvClient, type CsvImportResult, type CsvImportRow } from './csvTypes';
import './csv.css';

/**
 * The "All jobs" page's spreadsheet tools: export every job (or those applied
 * for in a date range, as proof of a job search) as CSV, and import a CSV file
 * (a dry run first, which shows what each row would do, then the import).
 * `onImported` runs after a real import changed something (the list reloads).
 */
export function CsvTools({ onImported }: { onImported: () => void }) {
  const details = useRef<HTMLDetailsElement>(null);
  const { hash } = useLocation();
  // the board's "Export or import CSV" link (`/jobs#csv-tools`) comes here unfolded
  useEffect(() => {
    if (hash !== '#csv-tools' || !details.current) return;
    details.current.open = true;
    details.current.scrollIntoView({ block: 'start' });
    details.current.querySelector('summary')?.focus();
  }, [hash]);
  return (
    // folded by default: the list is what the page is for; the summary says where export and import are
    <details ref={details} id="csv-tools" className="csv-tools">
      <summary>Export or import CSV</summary>
      <div className="csv-forms">
        <ExportCsvForm />
        <ImportCsvForm onImported={onImported} />
      </div>
    </details>
  );
}

function ExportCsvForm() {
  const { formRef, errors, setErrors, refuse, fixing, busy, send, fieldErrorCount } = useFormSubmission(EXPORT_FIELDS);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const found = checkRange(from, to);
    if (Object.keys(found).length > 0) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    await send(async () => {
      const outcome = await exportCsv(csvClient, { from, to });
      if (outcome.kind === 'refused') {
        refuse(outcome.errors);
        return;
      }
      setErrors({ fieldErrors: {}, message: null });
      saveBlob(outcome.blob, outcome.fileName);
      setStatus(`Downloaded ${outcome.fileName}.`);
    });
  }

  return (
    <form ref={formRef} className="form csv-form" noValidate onSubmit={submit} aria-labelledby="csv-export-title">
      <h2 id="csv-export-title">Export</h2>
      <p className="muted">
        Every job with its tags and the date each stage was reached. For proof of your job search, give the range of
        applied dates; leave both empty for every job.
      </p>
      <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
      <div className="csv-range">
        <Field id="csv-export-from" label="Applied from" error={errors.fieldErrors.from}>
          {(control) => (
            <input {...control} type="date" name="from" value={from} onChange={(e) => { fixing('from'); setFrom(e.target.value); }} />
          )}
        </Field>
        <Field id="csv-export-to" label="Applied to" error={errors.fieldErrors.to}>
          {(control) => (
            <input {...control} type="date" name="to" value={to} onChange={(e) => { fixing('to'); setTo(e.target.value); }} />
          )}
        </Field>
      </div>
      <SubmitRow busy={busy} label="Export CSV" busyLabel="Exporting…" />
      <p role="status" className="form-status">{status}</p>
    </form>
  );
}

function ImportCsvForm({ onImported }: { onImported: () => void }) {
  const { formRef, errors, setErrors, refuse, fixing, busy, send, fieldErrorCount } = useFormSubmission(IMPORT_FIELDS);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<CsvImportResult | null>(null);
  // a new key empties the file input (its value cannot be set)
  const [inputKey, setInputKey] = useState(0);
  const followUps = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => followUps.current.forEach(clearTimeout), []);

  /**
   * The import answers once its events are in the log; the read model follows
   * within moments (longer for a big file, or while the projector restarts).
   * So the list reloads at once and a few times more over the next half minute,
   * and the result stays on screen: nobody has to reload the page.
   */
  function refreshList() {
    onImported();
    followUps.current.forEach(clearTimeout);
    followUps.current = [1_500, 4_000, 8_000, 15_000, 30_000].map((ms) => setTimeout(onImported, ms));
  }

  async function run(dryRun: boolean) {
    if (!file) {
      refuse({ fieldErrors: { file: 'Choose a CSV file.' }, message: null });
      return;
    }
    await send(async () => {
      const outcome = await importCsv(csvClient, file, file.name, dryRun);
      if (outcome.kind === 'refused') {
        refuse(outcome.errors);
        return;
      }
      setErrors({ fieldErrors: {}, message: null });
      setResult(outcome.result);
      if (!dryRun) {
        setFile(null);
        setInputKey((k) => k + 1);
        if (outcome.result.created + outcome.result.updated > 0) refreshList();
      }
    });
  }

  function reset() {
    setResult(null);
    setFile(null);
    setInputKey((k) => k + 1);
  }

  return (
    <>
      <div className="csv-form">
        <form
          ref={formRef}
          className="form"
          noValidate
          aria-labelledby="csv-import-title"
          onSubmit={(event) => {
            event.preventDefault();
            void run(true);
          }}
        >
          <h2 id="csv-import-title">Import</h2>
          <p className="muted">
            A file with the export&apos;s columns (company, position and status are required; other columns are optional),
            at most 5,000 rows. First you see what each row would do; nothing changes until you press Import. Importing the
            same file again creates nothing new.
          </p>
          <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
          <Field id="csv-import-file" label="CSV file" error={errors.fieldErrors.file}>
            {(control) => (
              <input
                {...control}
                key={inputKey}
                type="file"
                name="file"
                accept=".csv,text/csv"
                onChange={(e) => {
                  fixing('file');
                  setResult(null);
                  setFile(e.target.files?.[0] ?? null);
                }}
              />
            )}
          </Field>
          <SubmitRow busy={busy} label="Import CSV" busyLabel={result ? 'Importing…' : 'Checking…'} />
        </form>
      </div>
      {result && <ImportResults result={result} busy={busy} onImport={() => void run(false)} onDone={reset} />}
    </>
  );
}

/**
 * What an import did, or a dry run would do: the counts, the notes (ignored
 * columns), and each row's outcome with its field errors. After a dry run,
 * "Import" runs it for real (rejected rows are skipped) and "Cancel" drops it.
 */
export function ImportResults({
  result,
  busy,
  onImport,
  onDone,
}: {
  result: CsvImportResult;
  busy: boolean;
  onImport: () => void;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  // the results replace the form's focus: a keyboard or screen-reader user lands on them
  useEffect(() => heading.current?.focus(), [result]);
  const changes = result.created + result.updated;
  const rows = onlyProblems ? result.rows.filter((row) => row.outcome === 'rejected') : result.rows;

  return (
    <section className="csv-results" aria-labelledby="csv-results-title">
      <h2 id="csv-results-title" ref={heading} tabIndex={-1}>
        {result.dry_run ? 'Dry run: nothing is imported yet' : 'Import finished'}
      </h2>
      <p role="status" className="csv-counts">{countsSentence(result)}</p>
      {result.dry_run && result.rejected > 0 && (
        <p>Rejected rows are skipped. Fix them in the file and import it again: the rows already imported change nothing.</p>
      )}
      {result.warnings && result.warnings.length > 0 && (
        <ul className="csv-warnings" aria-label="Notes about the file">
          {result.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}
      <div className="actions">
        {result.dry_run ? (
          <>
            <button type="button" className="primary" disabled={busy || changes === 0} onClick={onImport}>
              {busy ? 'Importing…' : 'Import'}
            </button>
            <button type="button" disabled={busy} onClick={onDone}>Cancel</button>
          </>
        ) : (
          <button type="button" onClick={onDone}>Dismiss results</button>
        )}
      </div>
      {result.rejected > 0 && result.rows.length > result.rejected && (
        <label className="csv-filter">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
          Show only rejected rows
        </label>
      )}
      <ImportRowsTable rows={rows} dryRun={result.dry_run} />
    </section>
  );
}

const OUTCOME = {
  dry: { created: 'Would be created', updated: 'Would be updated', unchanged: 'Unchanged', rejected: 'Rejected' },
  done: { created: 'Created', updated: 'Updated', unchanged: 'Unchanged', rejected: 'Rejected' },
} as const;

/** Each row's outcome; a rejected row lists its errors by column. */
export function ImportRowsTable({ rows, dryRun }: { rows: readonly CsvImportRow[]; dryRun: boolean }) {
  if (rows.length === 0) return <p className="muted">The file has no data rows.</p>;
  const words = dryRun ? OUTCOME.dry : OUTCOME.done;
  return (
    <div className="csv-table-wrap" role="region" aria-label="Rows of the file" tabIndex={0}>
      <table className="csv-table">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Outcome</th>
            <th scope="col">Job</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={`outcome-${row.outcome}`}>
              <th scope="row">{row.row}</th>
              <td>{words[row.outcome] ?? row.outcome}</td>
              <td>
                {/* a job that exists: updated or unchanged, or created by the real import */}
                {row.job_id && row.outcome !== 'rejected' && (!dryRun || row.outcome !== 'created') ? (
                  <Link to={`/jobs/${row.job_id}`}>Open<span className="visually-hidden"> the job of row {row.row}</span></Link>
                ) : null}
              </td>
              <td>
                {row.errors && row.errors.length > 0 ? (
                  <ul className="csv-errors">
                    {row.errors.map((problem, i) => (
                      <li key={i}>
                        <strong>{problem.field}</strong>: {problem.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
