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
}

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
  };
}

/** The request to send, or the fields the API would refuse (1 to 90 whole days, 1 to 168 hours, a time zone). */
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
  return {
    request: {
      follow_up_enabled: form.follow_up_enabled,
      follow_up_days: Number(days),
      interview_enabled: form.interview_enabled,
      interview_lead_hours: Number(lead),
      custom_enabled: form.custom_enabled,
      time_zone: form.time_zone,
    },
  };
}
