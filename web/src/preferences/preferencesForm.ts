import type { components } from '../api/schema';

type ReminderPreferences = components['schemas']['ReminderPreferences'];
type PreferencesRequest = components['schemas']['PreferencesRequest'];
export type PreferencesField = keyof PreferencesRequest;

export const PREFERENCE_FIELDS: readonly PreferencesField[] = [
  'follow_up_enabled',
  'follow_up_days',
  'interview_enabled',
  'interview_lead_hours',
  'custom_enabled',
  'time_zone',
  'ghosted_after_applied_days',
  'ghosted_after_interview_days',
];

/** The form's state: the number as typed, so that a half-typed value is not lost. */
export interface PreferencesForm {
  follow_up_enabled: boolean;
  follow_up_days: string;
  interview_enabled: boolean;
  /** Hours before each interview its reminder goes, as typed (1 to 168). */
  interview_lead_hours: string;
  custom_enabled: boolean;
  time_zone: string;
  /** Days without an answer before an application in Applied or Screening is marked Ghosted, as typed (1 to 365). */
  ghosted_after_applied_days: string;
  /** The same after an interview, as typed (1 to 365). */
  ghosted_after_interview_days: string;
}

/** The API's Ghosted thresholds when none are saved (`ReminderPreferences`' defaults). */
export const DEFAULT_GHOSTED_AFTER_APPLIED_DAYS = 21;
export const DEFAULT_GHOSTED_AFTER_INTERVIEW_DAYS = 14;

/** The reminder's lead when none is saved (`ReminderPreferences.interviewLead()`'s default). */
export const DEFAULT_INTERVIEW_LEAD_HOURS = 24;

/** The API's default time zone: what a user who never chose one has. */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The form for the saved `preferences`. A user still on the default time zone
 * is offered the browser's (`suggestedZone`) instead; saving makes it theirs.
 */
export function toForm(preferences: ReminderPreferences, suggestedZone: string): PreferencesForm {
  const saved = preferences.time_zone ?? DEFAULT_TIME_ZONE;
  return {
    follow_up_enabled: preferences.follow_up_enabled ?? true,
    follow_up_days: String(preferences.follow_up_days ?? 7),
    interview_enabled: preferences.interview_enabled ?? true,
    interview_lead_hours: String(preferences.interview_lead_hours ?? DEFAULT_INTERVIEW_LEAD_HOURS),
    custom_enabled: preferences.custom_enabled ?? true,
    time_zone: saved === DEFAULT_TIME_ZONE ? suggestedZone : saved,
    ghosted_after_applied_days: String(preferences.ghosted_after_applied_days ?? DEFAULT_GHOSTED_AFTER_APPLIED_DAYS),
    ghosted_after_interview_days: String(preferences.ghosted_after_interview_days ?? DEFAULT_GHOSTED_AFTER_INTERVIEW_DAYS),
  };
}

/**
 * The request to send, or the fields the API would refuse (1 to 90 whole days, 1 to 168 hours, a time zone, 1 to 365
 * days for each Ghosted threshold).
 */
export function toRequest(
  form: PreferencesForm,
): { request: PreferencesRequest } | { errors: Partial<Record<PreferencesField, string>> } {
  const days = form.follow_up_days.trim();
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 90) {
    return { errors: { follow_up_days: 'Enter a whole number of days from 1 to 90.' } };
  }
  const lead = (form.interview_lead_hours ?? String(DEFAULT_INTERVIEW_LEAD_HOURS)).trim();
  if (!/^\d+$/.test(lead) || Number(lead) < 1 || Number(lead) > 168) {
    return { errors: { interview_lead_hours: 'Enter a whole number of hours from 1 to 168 (a week).' } };
  }
  if (!form.time_zone) return { errors: { time_zone: 'Choose a time zone.' } };
  const ghostedErrors: Partial<Record<PreferencesField, string>> = {};
  const applied = (form.ghosted_after_applied_days ?? String(DEFAULT_GHOSTED_AFTER_APPLIED_DAYS)).trim();
  if (!wholeDays(applied)) ghostedErrors.ghosted_after_applied_days = 'Enter a whole number of days from 1 to 365.';
  const interview = (form.ghosted_after_interview_days ?? String(DEFAULT_GHOSTED_AFTER_INTERVIEW_DAYS)).trim();
  if (!wholeDays(interview)) ghostedErrors.ghosted_after_interview_days = 'Enter a whole number of days from 1 to 365.';
  if (Object.keys(ghostedErrors).length > 0) return { errors: ghostedErrors };
  return {
    request: {
      follow_up_enabled: form.follow_up_enabled,
      follow_up_days: Number(days),
      interview_enabled: form.interview_enabled,
      interview_lead_hours: Number(lead),
      custom_enabled: form.custom_enabled,
      time_zone: form.time_zone,
      ghosted_after_applied_days: Number(applied),
      ghosted_after_interview_days: Number(interview),
    },
  };
}

function wholeDays(value: string): boolean {
  return /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 365;
}
