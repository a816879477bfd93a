import { useEffect, useState, type FormEvent } from 'react';
import { characterCount, tooLong } from '../../forms/CharacterCount';
import { CountedTextArea } from '../../forms/CountedTextArea';
import { FormAlert } from '../../forms/Field';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { dateTime } from '../dates';
import { resumeClient, type Resume, type ResumeClient } from './aiTypes';
import { loadResume, removeResume, RESUME_FIELDS, RESUME_MAX, saveResume } from './resumeApi';
import './ai.css';

/** What the page knows of the stored resume. */
export type Stored = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'none' } | { kind: 'resume'; resume: Resume };

const ID = 'resume-text';

/**
 * `/account`'s "Resume": the text the AI insights score each job's posting against. Saving it
 * (or removing it) scores every job with a description again. `client` and `initial` are for tests.
 */
export function ResumeSection({ client = resumeClient, initial = { kind: 'loading' } }: { client?: ResumeClient; initial?: Stored }) {
  const { formRef, errors, refuse, setErrors, fixing, busy, send, fieldErrorCount } = useFormSubmission(RESUME_FIELDS);
  const [stored, setStored] = useState<Stored>(initial);
  const [text, setText] = useState(initial.kind === 'resume' ? initial.resume.text : '');
  const [status, setStatus] = useState('');
  const [doing, setDoing] = useState<'save' | 'remove'>('save');

  useEffect(() => {
    if (initial.kind !== 'loading') return;
    const abort = new AbortController();
    loadResume(client, abort.signal)
      .then((outcome) => {
        if (abort.signal.aborted) return;
        setStored(outcome);
        // what was typed meanwhile stays
        if (outcome.kind === 'resume') setText((typed) => typed || outcome.resume.text);
      })
      .catch(() => undefined); // aborted: the page is gone
    return () => abort.abort();
  }, [client, initial.kind]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const count = characterCount(text.trim());
    const found = count === 0 ? "Paste your resume's text first." : tooLong('resume', count, RESUME_MAX);
    if (found) {
      refuse({ fieldErrors: { text: found }, message: null });
      return;
    }
    setDoing('save');
    await send(async () => {
      const outcome = await saveResume(client, text);
      if (outcome.kind === 'saved') {
        setErrors({ fieldErrors: {}, message: null });
        setStored({ kind: 'resume', resume: outcome.resume });
        setText(outcome.resume.text);
        setStatus('Your resume is saved. Every job with a description is being scored against it again.');
      } else refuse(outcome.errors);
    });
  }

  async function remove() {
    setStatus('');
    setDoing('remove');
    await send(async () => {
      const outcome = await removeResume(client);
      if (outcome.kind === 'removed') {
        setErrors({ fieldErrors: {}, message: null });
        setStored({ kind: 'none' });
        setText('');
        setStatus('Your resume is deleted. Your jobs are scored again without it (no match score).');
      } else setErrors({ fieldErrors: {}, message: outcome.message });
    });
  }

  const saved = stored.kind === 'resume' ? stored.resume : undefined;
  return (
    <section className="account-section resume-section" aria-labelledby="account-resume-title">
      <h2 id="account-resume-title">Resume</h2>
      <p>
        Your resume's text lets the AI insights on each job page estimate how well you match the posting: a match score,
        your strengths and your gaps. Saving it scores every job with a description again.
      </p>
      <p>
        It is kept on its own, out of your jobs' history (the log of every change, which is kept), so that removing it
        really deletes it. It is deleted with your account too.
      </p>
      {stored.kind === 'loading' && <p role="status">Loading your resume…</p>}
      {stored.kind === 'failed' && <p role="alert" className="account-problem">{stored.message}</p>}
      {stored.kind !== 'loading' && (
        <p className="resume-updated">
          {saved ? (
            <>
              Last updated <time dateTime={saved.updated_at}>{dateTime.format(new Date(saved.updated_at))}</time>.
            </>
          ) : stored.kind === 'none' ? (
            'No resume saved yet.'
          ) : null}
        </p>
      )}
      <form ref={formRef} className="form" noValidate onSubmit={save}>
        <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
        <CountedTextArea
          id={ID}
          label="Resume"
          hint="Plain text: paste it from your resume document."
          error={errors.fieldErrors.text}
          name="text"
          rows={14}
          spellCheck={false}
          max={RESUME_MAX}
          value={text}
          onChange={(v) => {
            fixing('text');
            setStatus('');
            setText(v);
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || stored.kind === 'loading'}>
            {busy && doing === 'save' ? 'Saving…' : 'Save resume'}
          </button>
          <button type="button" className="button button-secondary" disabled={busy || !saved} onClick={() => void remove()}>
            {busy && doing === 'remove' ? 'Removing…' : 'Remove resume'}
          </button>
        </div>
        <p role="status" className="form-status">{status}</p>
      </form>
    </section>
  );
}
