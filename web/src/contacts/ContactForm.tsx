import type { FormErrors } from '../api/problems';
import { CountedTextArea } from '../forms/CountedTextArea';
import { Field, FieldError, FormAlert, SubmitRow } from '../forms/Field';
import { useValuesForm } from '../forms/useValuesForm';
import { jobName, type Job } from '../jobs/statuses';
import { checkContactForm, CONTACT_FIELDS, CONTACT_LIMITS, type ContactField, type ContactFormValues } from './contactForm';

/**
 * A contact's form (add or edit): name, role, company, email, phone, profile URL, notes and the
 * jobs to link. `onSubmit` sends it and answers the refusal to show, or null when saved.
 */
export function ContactForm({
  idPrefix,
  values,
  onChange,
  jobs,
  submitLabel,
  onSubmit,
  children,
}: {
  idPrefix: string;
  values: ContactFormValues;
  onChange: (values: ContactFormValues) => void;
  /** The user's jobs to link; undefined while loading. */
  jobs: readonly Job[] | undefined;
  submitLabel: string;
  onSubmit: (values: ContactFormValues) => Promise<FormErrors<ContactField> | null>;
  children?: React.ReactNode;
}) {
  const { formRef, errors, busy, fieldErrorCount, change, submit } = useValuesForm({
    fields: CONTACT_FIELDS,
    values,
    onChange,
    check: checkContactForm,
    onSubmit,
  });
  const id = (field: string) => `${idPrefix}-${field}`;

  const text = (field: 'name' | 'role' | 'company' | 'email' | 'phone' | 'profile_url', label: string, extra: Record<string, string> = {}, hint?: string) => (
    <Field id={id(field)} label={label} hint={hint} error={errors.fieldErrors[field]}>
      {(control) => <input {...control} {...extra} name={field} value={values[field]} onChange={(e) => change(field, e.target.value)} />}
    </Field>
  );
  // jobs linked already stay listed even when the loaded list lacks them (more than it holds)
  const known = new Set((jobs ?? []).map((j) => j.job_id));
  const missing = values.job_ids.filter((j) => !known.has(j));

  return (
    <form ref={formRef} className="form contact-form" noValidate onSubmit={submit}>
      <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
      {text('name', 'Name (required)', { autoComplete: 'off' })}
      {text('role', 'Role', {}, 'Such as Recruiter or Engineering manager.')}
      {text('company', 'Company')}
      {text('email', 'Email', { type: 'email', autoComplete: 'off' })}
      {text('phone', 'Phone', { type: 'tel', autoComplete: 'off' })}
      {text('profile_url', 'Profile URL', { type: 'url', inputMode: 'url' }, 'Such as their LinkedIn page.')}
      <CountedTextArea
        id={id('notes')}
        label="Notes"
        error={errors.fieldErrors.notes}
        name="notes"
        rows={3}
        max={CONTACT_LIMITS.notes}
        value={values.notes}
        onChange={(v) => change('notes', v)}
      />
      <fieldset className="pick-list" aria-describedby={errors.fieldErrors.job_ids ? `${id('jobs')}-error` : undefined}>
        <legend>Jobs</legend>
        {!jobs ? (
          <p className="field-hint">Loading your jobs…</p>
        ) : jobs.length === 0 && missing.length === 0 ? (
          <p className="field-hint">No jobs yet.</p>
        ) : (
          <ul>
            {[...jobs.map((job) => ({ jobId: job.job_id, name: jobName(job) })), ...missing.map((jobId) => ({ jobId, name: 'A job not listed here' }))].map(
              ({ jobId, name }) => {
                const checkbox = `${id('job')}-${jobId}`;
                const picked = values.job_ids.includes(jobId);
                return (
                  <li key={jobId} className="check">
                    <input
                      id={checkbox}
                      type="checkbox"
                      checked={picked}
                      onChange={() => change('job_ids', picked ? values.job_ids.filter((j) => j !== jobId) : [...values.job_ids, jobId])}
                    />
                    <label htmlFor={checkbox}>{name}</label>
                  </li>
                );
              },
            )}
          </ul>
        )}
        <FieldError id={id('jobs')} message={errors.fieldErrors.job_ids} />
      </fieldset>
      <SubmitRow busy={busy} label={submitLabel} busyLabel="Saving…">{children}</SubmitRow>
    </form>
  );
}
