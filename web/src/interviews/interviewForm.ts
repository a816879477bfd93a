import { characterCount, tooLong } from '../forms/CharacterCount';
import { isLocalDateTime } from './interviewTime';
import type { Interview, InterviewKind, InterviewPatch, InterviewRequest } from './interviewTypes';

/** `InterviewLimits` (contracts): code points after NFC, minutes. */
export const INTERVIEW_LIMITS = { durationMin: 1, durationMax: 1440, location: 200, meetingUrl: 2048, notes: 5000, contacts: 20 } as const;

/** The interview form's fields as the inputs hold them (text), so a draft keeps what was typed. */
export interface InterviewFormValues {
  /** A `datetime-local` value: the wall clock in `time_zone`. */
  local_start: string;
  /** An IANA zone, such as `America/New_York`. */
  time_zone: string;
  /** Minutes, as typed. */
  duration_minutes: string;
  kind: InterviewKind;
  location: string;
  meeting_url: string;
  contact_ids: string[];
  notes: string;
}

export type InterviewField = keyof InterviewFormValues;
export const INTERVIEW_FIELDS: readonly InterviewField[] = [
  'local_start', 'time_zone', 'duration_minutes', 'kind', 'location', 'meeting_url', 'contact_ids', 'notes',
];

/** How the kinds read. */
export const KIND_LABELS: Record<InterviewKind, string> = {
  phone_screen: 'Phone screen',
  technical: 'Technical',
  on_site: 'On-site',
  panel: 'Panel',
  final: 'Final',
  other: 'Other',
};

/** A new interview's form: an hour, kind other, in `zone` (the browser's, or the user's preference). */
export function emptyInterviewForm(zone: string): InterviewFormValues {
  return { local_start: '', time_zone: zone, duration_minutes: '60', kind: 'other', location: '', meeting_url: '', contact_ids: [], notes: '' };
}

/** The form for an interview as the API shows it (its own zone's wall clock, to the minute). */
export function interviewFormOf(interview: Interview): InterviewFormValues {
  return {
    local_start: interview.local_start.slice(0, 16),
    time_zone: interview.time_zone,
    duration_minutes: String(interview.duration_minutes),
    kind: interview.kind,
    location: interview.location ?? '',
    meeting_url: interview.meeting_url ?? '',
    contact_ids: [...interview.contact_ids],
    notes: interview.notes ?? '',
  };
}

/** What the API would refuse, found before sending (each message for its field). */
export function checkInterviewForm(v: InterviewFormValues): Partial<Record<InterviewField, string>> {
  const errors: Partial<Record<InterviewField, string>> = {};
  if (!v.local_start) errors.local_start = 'Enter the date and time.';
  else if (!isLocalDateTime(v.local_start)) errors.local_start = 'Enter a date and time such as 2026-12-03 10:00.';
  if (!v.time_zone) errors.time_zone = 'Choose the time zone.';
  const minutes = v.duration_minutes.trim();
  if (!/^\d+$/.test(minutes) || Number(minutes) < INTERVIEW_LIMITS.durationMin || Number(minutes) > INTERVIEW_LIMITS.durationMax) {
    errors.duration_minutes = 'Enter a whole number of minutes from 1 to 1440 (a day).';
  }
  const location = tooLong('location', characterCount(v.location.trim()), INTERVIEW_LIMITS.location);
  if (location) errors.location = location;
  const url = v.meeting_url.trim();
  if (url && !isHttpUrl(url)) errors.meeting_url = 'Enter a web address starting with https:// or http://.';
  const notes = tooLong('notes', characterCount(v.notes.trim()), INTERVIEW_LIMITS.notes);
  if (notes) errors.notes = notes;
  if (v.contact_ids.length > INTERVIEW_LIMITS.contacts) errors.contact_ids = `Pick at most ${INTERVIEW_LIMITS.contacts} contacts.`;
  return errors;
}

/** Whether `text` is an absolute http(s) URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const optional = (s: string) => s.trim() || undefined;

/** `POST /api/jobs/{jobId}/interviews`'s body: the wall clock and its zone; blank fields left out. */
export function interviewRequestOf(v: InterviewFormValues): InterviewRequest {
  const body: InterviewRequest = {
    local_start: v.local_start,
    time_zone: v.time_zone,
    duration_minutes: Number(v.duration_minutes.trim()),
    kind: v.kind,
  };
  const location = optional(v.location);
  const meetingUrl = optional(v.meeting_url);
  const notes = optional(v.notes);
  if (location) body.location = location;
  if (meetingUrl) body.meeting_url = meetingUrl;
  if (v.contact_ids.length > 0) body.contact_ids = [...v.contact_ids];
  if (notes) body.notes = notes;
  return body;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * The JSON Merge Patch (RFC 7396) from `before` to `after`: only what changed. A new time or zone
 * sends both `local_start` and `time_zone` (the wall clock means nothing without its zone); a
 * cleared text is `null`; no contacts any more is `[]`. Empty when nothing changed.
 */
export function interviewPatchOf(before: InterviewFormValues, after: InterviewFormValues): InterviewPatch {
  const patch: InterviewPatch = {};
  if (after.local_start !== before.local_start.slice(0, 16) || after.time_zone !== before.time_zone) {
    patch.local_start = after.local_start;
    patch.time_zone = after.time_zone;
  }
  if (Number(after.duration_minutes.trim()) !== Number(before.duration_minutes.trim())) patch.duration_minutes = Number(after.duration_minutes.trim());
  if (after.kind !== before.kind) patch.kind = after.kind;
  for (const key of ['location', 'meeting_url', 'notes'] as const) {
    const a = after[key].trim();
    if (a !== before[key].trim()) patch[key] = a || null;
  }
  if (!sameIds(before.contact_ids, after.contact_ids)) patch.contact_ids = [...after.contact_ids];
  return patch;
}

/** The field an API problem names, as the form calls it (`starts_at` is the start too). */
export function interviewFieldOf(field: string): string {
  return field === 'starts_at' ? 'local_start' : field;
}
