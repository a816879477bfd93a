import { useMemo, useState } from 'react';
import { saveBlob, type FileOutcome } from '../../api/download';
import { characterCount } from '../../forms/CharacterCount';
import { dateTime } from '../dates';
import { fetchJob } from '../jobsApi';
import type { Job } from '../statuses';
import { DocumentPicker, namesOf, orderOf, useLibrary } from './DocumentPicker';
import { downloadPinned, downloadPostingAsApplied, pinDocuments, refusalLines, type UnsavedPicks } from './sentDocumentsApi';
import { dayMonthIn, documentName, formatSize, isApplied, picksOf, referencesOf, sentSummary } from './sentSummary';
import { sentDocumentsClient, type Picks, type PinnedDocument, type SentDocumentsClient } from './sentDocumentsTypes';
import './documents.css';

/**
 * The job page's "Documents sent" (issue 20): a one-line summary of the library versions pinned to the job
 * and the posting as applied for, each version with its download, the frozen posting (download, address,
 * text), and "Choose documents" to set the whole set. Before the job is applied for they are the documents
 * to send. `client` is for tests.
 */
export function SentDocumentsSection({
  job,
  onJob,
  unsaved,
  client = sentDocumentsClient,
}: {
  job: Job;
  /** The job as it is after a change (the answer, or read again). */
  onJob: (job: Job) => void;
  unsaved?: UnsavedPicks;
  client?: SentDocumentsClient;
}) {
  const dayMonth = useMemo(() => dayMonthIn(), []);
  const [choosing, setChoosing] = useState(unsaved !== undefined);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<readonly string[]>(unsaved?.lines ?? []);
  const [busy, setBusy] = useState<string>();
  const applied = isApplied(job);
  const documents = job.documents ?? [];
  const posting = job.posting_as_applied;
  const title = applied ? 'Documents sent' : 'Documents to send';

  async function download(key: string, get: () => Promise<FileOutcome>) {
    setBusy(key);
    setProblem([]);
    setSaid('');
    const file = await get();
    setBusy(undefined);
    if (file.kind === 'failed') setProblem([file.message]);
    else {
      saveBlob(file.blob, file.fileName);
      setSaid(`Downloaded ${file.fileName}.`);
    }
  }

  return (
    <section className="sent-documents" aria-labelledby="sent-documents-title">
      <div className="section-head">
        <h2 id="sent-documents-title">{title}</h2>
        {!choosing && (
          <button type="button" className="button" onClick={() => { setChoosing(true); setSaid(''); setProblem([]); }}>Choose documents</button>
        )}
      </div>
      <p className="sent-summary">{sentSummary({ documents, posting, applied }, dayMonth)}</p>
      <p role="status" className="form-status">{said}</p>
      <div role="alert" className="sent-documents-problem">
        {problem.length > 0 && (
          <>
            <p>The documents were not saved:</p>
            <ul>{problem.map((line, i) => <li key={i}>{line}</li>)}</ul>
          </>
        )}
      </div>
      {choosing && (
        <ChooseDocuments
          job={job}
          client={client}
          initial={unsaved?.picks ?? picksOf(job.documents)}
          initialProblems={unsaved?.byDocument ?? {}}
          legend={applied ? 'The versions sent with this application' : 'The versions to send with this application'}
          onCancel={() => { setChoosing(false); setProblem([]); }}
          onRefused={setProblem}
          onSaved={async (saved, count) => {
            setChoosing(false);
            setProblem([]);
            const latest = saved ?? (await fetchJob(job.job_id).then((a) => a.data).catch(() => undefined));
            if (latest) onJob(latest);
            const what = count === 0 ? 'No documents are attached now.' : `${count} ${count === 1 ? 'document' : 'documents'} attached.`;
            setSaid(saved ? what : `${what} The page shows them in a moment.`);
          }}
        />
      )}
      {documents.length > 0 && (
        <ul className="sent-list" aria-label={title}>
          {documents.map((document) => (
            <PinnedItem
              key={`${document.document_id}-${document.version}`}
              document={document}
              pinnedOn={dateTime.format(new Date(document.pinned_at))}
              busy={busy !== undefined}
              onDownload={() => void download(`doc-${document.document_id}`, () => downloadPinned(client, document))}
            />
          ))}
        </ul>
      )}
      {posting && (
        <div className="sent-posting">
          <h3>Posting as applied for</h3>
          <p className="muted">As it was on {dateTime.format(new Date(posting.frozen_at))}; later edits of the job leave it as it was.</p>
          {posting.url && (
            <p>Address then: <a href={posting.url} rel="noopener noreferrer" target="_blank">{posting.url}</a></p>
          )}
          {posting.job_description ? (
            <>
              <p>
                <button type="button" className="link-button" disabled={busy !== undefined} onClick={() => void download('posting', () => downloadPostingAsApplied(client, job.job_id))}>
                  Download posting as applied
                </button>
              </p>
              <details className="job-description">
                <summary>The posting's text as applied for ({characterCount(posting.job_description).toLocaleString('en')} characters)</summary>
                <div className="sent-posting-text" tabIndex={0} role="region" aria-label="The posting's text as applied for">{posting.job_description}</div>
              </details>
            </>
          ) : (
            <p className="muted">The job had no description when it was applied for.</p>
          )}
        </div>
      )}
    </section>
  );
}

/** One pinned version: "Resume v3", its file, size and the day it was pinned, and its download. */
export function PinnedItem({ document, pinnedOn, busy, onDownload }: { document: PinnedDocument; pinnedOn: string; busy: boolean; onDownload: () => void }) {
  const label = `${documentName(document)} v${document.version}`;
  return (
    <li>
      <strong>{label}</strong>
      <span>{[document.file_name, formatSize(document.size)].filter(Boolean).join(', ')}</span>
      <span className="muted">attached {pinnedOn}</span>
      <button type="button" className="link-button" disabled={busy} onClick={onDownload} aria-label={`Download ${label}`}>Download</button>
    </li>
  );
}

/** The picker with Save and Cancel: saves the whole set; a refusal keeps the choice and marks the documents. */
function ChooseDocuments({
  job, client, initial, initialProblems, legend, onCancel, onRefused, onSaved,
}: {
  job: Job;
  client: SentDocumentsClient;
  initial: Picks;
  initialProblems: Readonly<Record<string, string>>;
  legend: string;
  onCancel: () => void;
  onRefused: (lines: string[]) => void;
  onSaved: (job: Job | undefined, count: number) => Promise<void>;
}) {
  const library = useLibrary(client);
  const [picks, setPicks] = useState<Picks>(initial);
  const [problems, setProblems] = useState(initialProblems);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const references = referencesOf(picks, orderOf(library));
    const outcome = await pinDocuments(client, job.job_id, references);
    setBusy(false);
    if (outcome.kind === 'refused') {
      setProblems(outcome.byDocument);
      onRefused(refusalLines(outcome, namesOf(library)));
      return;
    }
    await onSaved(outcome.job, references.length);
  }

  return (
    <form className="sent-editor" aria-label="Choose documents" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <DocumentPicker
        legend={legend}
        hint="One version of each document, or don't send it. Saving replaces the job's whole set; uploading newer versions later leaves it as it is."
        library={library}
        picks={picks}
        onChange={(next) => { setPicks(next); setProblems({}); }}
        problems={problems}
        disabled={busy}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || library.kind === 'loading'}>{busy ? 'Saving…' : 'Save documents'}</button>
        <button type="button" onClick={onCancel} disabled={busy}>Cancel</button>
      </div>
    </form>
  );
}
