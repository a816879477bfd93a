import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { CountedTextArea } from '../forms/CountedTextArea';
import { describedBy, Field, FieldError, FormAlert, SubmitRow } from '../forms/Field';
import { useValuesForm } from '../forms/useValuesForm';
import { browserTimeZone, timeZones } from '../preferences/timeZones';
import { ZoneOptions } from '../preferences/ZoneOptions';
import { roleAt } from '../contacts/contactForm';
import type { ContactSummary } from '../contacts/contactTypes';
import { checkInterviewForm, INTERVIEW_FIELDS, INTERVIEW_LIMITS, KIND_LABELS, type InterviewField, type InterviewFormValues } from './interviewForm';
import { INTERVIEW_KINDS } from './interviewTypes';
import { instantOf, zonedTime } from './interviewTime';
import type { FormErrors } from '../api/problems';

/**
 * An interview's form (schedule or reschedule): the start as a wall-clock time in a chosen IANA
 * zone (the zone the interview was arranged in), the duration, kind, place or link, the contacts
 * taking part and notes. `onSubmit` sends it and answers the refusal to show, or null when saved.
 */
export function InterviewForm({
  idPrefix,
  values,
  onChange,
  contacts,
  submitLabel,
  onSubmit,
  onClose,
}: {
  idPrefix: string;
  values: InterviewFormValues;
  onChange: (values: InterviewFormValues) => void;
  contacts: readonly ContactSummary[];
  submitLabel: string;
  onSubmit: (values: InterviewFormValues) => Promise<FormErrors<InterviewField> | null>;
  onClose: () => void;
}) {
  const { formRef, errors, busy, fieldErrorCount, change, submit } = useValuesForm({
    fields: INTERVIEW_FIELDS,
    values,
    onChange,
    check: checkInterviewForm,
    onSubmit,
  });
  const browserZone = useMemo(browserTimeZone, []);
  const zones = useMemo(() => timeZones(browserZone, values.time_zone), [browserZone, values.time_zone]);
  const id = (field: string) => `${idPrefix}-${field}`;

  // the start on the browser's clock too, when the chosen zone is another one
  const instant = instantOf(values.local_start, values.time_zone);
  let startHint: ReactNode = 'The time as arranged, on the clock of the time zone below.';
  if (instant !== undefined && values.time_zone !== browserZone) {
    const shown = zonedTime(new Date(instant).toISOString(), browserZone);
    startHint = `That is ${shown.local} in your time zone (${browserZone}).`;
  }

  return (
    <form ref={formRef} className="form interview-form" noValidate onSubmit={submit}>
      <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
      <Field id={id('start')} label="Date and time" hint={startHint} error={errors.fieldErrors.local_start}>
        {(control) => (
          <input {...control} name="local_start" type="datetime-local" value={values.local_start} onChange={(e) => change('local_start', e.target.value)} />
        )}
      </Field>
      <Field id={id('zone')} label="Time zone" hint="The zone the interview was arranged in, such as the interviewer's." error={errors.fieldErrors.time_zone}>
        {(control) => (
          <select {...control} name="time_zone" value={values.time_zone} onChange={(e) => change('time_zone', e.target.value)}>
            <ZoneOptions zones={zones} browserZone={browserZone} />
          </select>
        )}
      </Field>
      <Field id={id('duration')} label="Duration (minutes)" hint="1 to 1440 minutes." error={errors.fieldErrors.duration_minutes}>
        {(control) => (
          <input
            {...control}
            name="duration_minutes"
            type="number"
            inputMode="numeric"
            min={INTERVIEW_LIMITS.durationMin}
            max={INTERVIEW_LIMITS.durationMax}
            step={1}
            value={values.duration_minutes}
            onChange={(e) => change('duration_minutes', e.target.value)}
          />
        )}
      </Field>
      <Field id={id('kind')} label="Kind" error={errors.fieldErrors.kind}>
        {(control) => (
          <select {...control} name="kind" value={values.kind} onChange={(e) => change('kind', e.target.value as InterviewFormValues['kind'])}>
            {INTERVIEW_KINDS.map((kind) => (
              <option key={kind} value={kind}>{KIND_LABELS[kind]}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('location')} label="Location" hint="An address or a room (optional)." error={errors.fieldErrors.location}>
        {(control) => <input {...control} name="location" value={values.location} onChange={(e) => change('location', e.target.value)} />}
      </Field>
      <Field id={id('meeting-url')} label="Meeting link" hint="The video call's address (optional)." error={errors.fieldErrors.meeting_url}>
        {(control) => <input {...control} name="meeting_url" type="url" inputMode="url" value={values.meeting_url} onChange={(e) => change('meeting_url', e.target.value)} />}
      </Field>
      <fieldset className="pick-list" aria-describedby={describedBy(errors.fieldErrors.contact_ids && `${id('contacts')}-error`)}>
        <legend>Contacts taking part</legend>
        {contacts.length === 0 ? (
          <p className="field-hint">
            No contacts yet. <Link to="/contacts">Add the people you meet on the Contacts page</Link>.
          </p>
        ) : (
          <ul>
            {contacts.map((contact) => {
              const checkbox = `${id('contact')}-${contact.contact_id}`;
              const picked = values.contact_ids.includes(contact.contact_id);
              return (
                <li key={contact.contact_id} className="check">
                  <input
                    id={checkbox}
                    type="checkbox"
                    checked={picked}
                    onChange={() =>
                      change('contact_ids', picked ? values.contact_ids.filter((c) => c !== contact.contact_id) : [...values.contact_ids, contact.contact_id])
                    }
                  />
                  <label htmlFor={checkbox}>
                    {contact.name}
                    {roleAt(contact) && <span className="muted"> ({roleAt(contact)})</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        <FieldError id={id('contacts')} message={errors.fieldErrors.contact_ids} />
      </fieldset>
      <CountedTextArea
        id={id('notes')}
        label="Notes"
        hint="What to prepare, who to ask for (optional)."
        error={errors.fieldErrors.notes}
        name="notes"
        rows={3}
        max={INTERVIEW_LIMITS.notes}
        value={values.notes}
        onChange={(v) => change('notes', v)}
      />
      <SubmitRow busy={busy} label={submitLabel} busyLabel="Saving…">
        <button type="button" className="button button-secondary" onClick={onClose}>Close without saving</button>
      </SubmitRow>
    </form>
  );
}
