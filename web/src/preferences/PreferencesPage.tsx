import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { noErrors, toFormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import { tabStorage } from '../auth/tabStorage';
import { clearDraft, readDraft, writeDraft } from '../forms/drafts';
import { Field, FormAlert } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { useNotify } from '../layout/notifications';
import { browserTimeZone, timeZones } from './timeZones';
import { ZoneOptions } from './ZoneOptions';
import { PREFERENCE_FIELDS, toForm, toRequest, type PreferencesForm } from './preferencesForm';
import './preferences.css';

const DRAFT = 'preferences';

/** Reminder preferences (GET/PUT /api/me/preferences): which emails, after how many days, in which time zone. */
export function PreferencesPage() {
  const notify = useNotify();
  const { formRef, errors, setErrors, refuse, busy, send, fieldErrorCount } = useFormSubmission(PREFERENCE_FIELDS);
  const browserZone = useMemo(browserTimeZone, []);
  const [form, setForm] = useState<PreferencesForm | null>(null);
  const [savedZone, setSavedZone] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = 'Reminders · CareerVault';
  }, []);

  useEffect(() => {
    let current = true;
    api.GET('/api/me/preferences').then(
      ({ data, error }) => {
        if (!current) return;
        if (!data) {
          setLoadError(toFormErrors(error).message);
          return;
        }
        setSavedZone(data.time_zone ?? null);
        const draft = readDraft<PreferencesForm>(tabStorage(), DRAFT);
        setRestored(draft !== undefined);
        // a draft from before a field existed takes the saved value for it
        setForm(draft ? { ...toForm(data, browserZone), ...draft } : toForm(data, browserZone));
      },
      (e: unknown) => current && setLoadError(toFormErrors(e).message),
    );
    return () => {
      current = false;
    };
  }, [browserZone]);

  const zones = useMemo(() => timeZones(browserZone, savedZone ?? '', form?.time_zone ?? ''), [browserZone, savedZone, form?.time_zone]);

  function change<K extends keyof PreferencesForm>(field: K, value: PreferencesForm[K]) {
    setStatus('');
    setForm((previous) => {
      if (!previous) return previous;
      const next = { ...previous, [field]: value };
      writeDraft(tabStorage(), DRAFT, next);
      return next;
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form) return;
    const checked = toRequest(form);
    if ('errors' in checked) {
      refuse({ fieldErrors: checked.errors, message: null });
      return;
    }
    setStatus('');
    await send(async () => {
      const answer = await api.PUT('/api/me/preferences', { body: checked.request });
      const { data } = answer;
      if (!data) {
        refuse(refusalOf(answer, PREFERENCE_FIELDS));
        return;
      }
      clearDraft(tabStorage(), DRAFT);
      setRestored(false);
      setErrors(noErrors());
      setSavedZone(data.time_zone ?? null);
      setForm(toForm(data, data.time_zone ?? browserZone));
      setStatus('Saved.');
      notify({ kind: 'success', message: 'Reminder preferences saved.' });
    });
  }

  return (
    <main id="main" className="preferences">
      <h1>Reminder preferences</h1>
      <p className="preferences-intro">Choose which reminder emails CareerVault sends you, and the time zone they are timed in.</p>
      {loadError ? (
        <p role="alert" className="form-alert">Could not load your preferences: {loadError}</p>
      ) : !form ? (
        <p role="status">Loading your preferences…</p>
      ) : (
        <form ref={formRef} className="form" noValidate onSubmit={submit}>
          <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
          {restored && <p className="preferences-restored">Your unsaved changes are back. Save them, or change them first.</p>}
          <fieldset className="preferences-group">
            <legend>Reminder emails</legend>
            <CheckField
              id="pref-follow-up-enabled"
              label="Follow-up reminders"
              hint="An email when a job has been in Applied for the number of days below."
              checked={form.follow_up_enabled}
              error={errors.fieldErrors.follow_up_enabled}
              onChange={(v) => change('follow_up_enabled', v)}
            />
            <CountField
              id="pref-follow-up-days"
              name="follow_up_days"
              label="Days in Applied before the follow-up reminder"
              hint="1 to 90 days."
              max={90}
              value={form.follow_up_days}
              error={errors.fieldErrors.follow_up_days}
              onChange={(v) => change('follow_up_days', v)}
            />
            <CheckField
              id="pref-interview-enabled"
              label="Interview reminders"
              hint="An email the number of hours below before each interview, with the interview as a calendar file."
              checked={form.interview_enabled}
              error={errors.fieldErrors.interview_enabled}
              onChange={(v) => change('interview_enabled', v)}
            />
            <CountField
              id="pref-interview-lead-hours"
              name="interview_lead_hours"
              label="Hours before an interview for its reminder"
              hint="1 to 168 hours (a week); 24 is the day before."
              max={168}
              value={form.interview_lead_hours}
              error={errors.fieldErrors.interview_lead_hours}
              onChange={(v) => change('interview_lead_hours', v)}
            />
            <CheckField
              id="pref-custom-enabled"
              label="Follow-up date reminders"
              hint="An email at the follow-up time you set on a job."
              checked={form.custom_enabled}
              error={errors.fieldErrors.custom_enabled}
              onChange={(v) => change('custom_enabled', v)}
            />
          </fieldset>
          <fieldset className="preferences-group">
            <legend>Ghosted, found for you</legend>
            <p className="preferences-hint">
              An application with no stage change and no interview for this many days is marked Ghosted for you, and
              your next reminder email lists it. Any change you make to it moves it back.
            </p>
            <Field
              id="pref-ghosted-after-applied-days"
              label="Days without an answer after Applied or Screening"
              hint="1 to 365 days; 21 unless you change it."
              error={errors.fieldErrors.ghosted_after_applied_days}
            >
              {(control) => (
                <input
                  {...control}
                  name="ghosted_after_applied_days"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  step={1}
                  className="preferences-days"
                  value={form.ghosted_after_applied_days}
                  onChange={(e) => change('ghosted_after_applied_days', e.target.value)}
                />
              )}
            </Field>
            <Field
              id="pref-ghosted-after-interview-days"
              label="Days without an answer after an interview"
              hint="1 to 365 days, from the last interview; 14 unless you change it."
              error={errors.fieldErrors.ghosted_after_interview_days}
            >
              {(control) => (
                <input
                  {...control}
                  name="ghosted_after_interview_days"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  step={1}
                  className="preferences-days"
                  value={form.ghosted_after_interview_days}
                  onChange={(e) => change('ghosted_after_interview_days', e.target.value)}
                />
              )}
            </Field>
          </fieldset>
          <Field
            id="pref-time-zone"
            label="Time zone"
            hint={
              savedZone && savedZone !== form.time_zone
                ? `Saved: ${savedZone}. ${form.time_zone === browserZone ? "Your browser's time zone is selected; save to use it." : 'Save to use the one selected.'}`
                : 'Reminders are timed in this zone.'
            }
            error={errors.fieldErrors.time_zone}
          >
            {(control) => (
              <select {...control} name="time_zone" value={form.time_zone} onChange={(e) => change('time_zone', e.target.value)}>
                <ZoneOptions zones={zones} browserZone={browserZone} />
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Saving…' : 'Save'}
            </button>
            <p role="status" className="form-status">
              {status}
            </p>
          </div>
        </form>
      )}
    </main>
  );
}

function CheckField(props: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  error: string | undefined;
  onChange: (checked: boolean) => void;
}) {
  const { id, label, hint, checked, error, onChange } = props;
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <div id={`${id}-hint`} className="field-hint check-hint">
        {hint}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A whole number from 1 to `max` (days or hours), as text while the user types it. */
function CountField(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  max: number;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { id, name, label, hint, max, value, error, onChange } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          className="preferences-days"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
