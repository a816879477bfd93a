import { describe, expect, it } from 'vitest';
import { checkInterviewForm, emptyInterviewForm, interviewFormOf, interviewPatchOf, interviewRequestOf, type InterviewFormValues } from './interviewForm';
import type { Interview } from './interviewTypes';

const interview: Interview = {
  interview_id: 'i1',
  job_id: 'j1',
  starts_at: '2026-03-09T14:00:00Z',
  time_zone: 'America/New_York',
  local_start: '2026-03-09T10:00:00',
  duration_minutes: 45,
  kind: 'technical',
  location: 'Room 4',
  contact_ids: ['c1', 'c2'],
  notes: 'Bring the laptop',
  status: 'scheduled',
  sequence: 0,
  legacy: false,
  created_at: '2026-03-01T10:00:00Z',
};

const filled: InterviewFormValues = {
  local_start: '2026-03-09T10:00',
  time_zone: 'America/New_York',
  duration_minutes: ' 45 ',
  kind: 'technical',
  location: '  Room 4 ',
  meeting_url: '',
  contact_ids: ['c1'],
  notes: '',
};

describe('the interview form', () => {
  it('starts with an hour of kind other in the given zone', () => {
    expect(emptyInterviewForm('Europe/Berlin')).toEqual({
      local_start: '', time_zone: 'Europe/Berlin', duration_minutes: '60', kind: 'other', location: '', meeting_url: '', contact_ids: [], notes: '',
    });
  });

  it("shows an interview on its own zone's wall clock, to the minute", () => {
    expect(interviewFormOf(interview)).toEqual({
      local_start: '2026-03-09T10:00', time_zone: 'America/New_York', duration_minutes: '45', kind: 'technical', location: 'Room 4',
      meeting_url: '', contact_ids: ['c1', 'c2'], notes: 'Bring the laptop',
    });
  });

  it('sends the wall clock with its zone, numbers as numbers, blank fields left out', () => {
    expect(interviewRequestOf(filled)).toEqual({
      local_start: '2026-03-09T10:00', time_zone: 'America/New_York', duration_minutes: 45, kind: 'technical', location: 'Room 4', contact_ids: ['c1'],
    });
    expect(interviewRequestOf({ ...filled, contact_ids: [], location: '', meeting_url: ' https://meet.example.com/x ', notes: 'Ask about the team' })).toEqual({
      local_start: '2026-03-09T10:00', time_zone: 'America/New_York', duration_minutes: 45, kind: 'technical',
      meeting_url: 'https://meet.example.com/x', notes: 'Ask about the team',
    });
  });

  it('patches only what changed; a new time or zone sends both, a cleared text null, no contacts []', () => {
    const before = interviewFormOf(interview);
    expect(interviewPatchOf(before, before)).toEqual({});
    expect(interviewPatchOf(before, { ...before, local_start: '2026-03-10T11:30' })).toEqual({ local_start: '2026-03-10T11:30', time_zone: 'America/New_York' });
    expect(interviewPatchOf(before, { ...before, time_zone: 'Europe/London' })).toEqual({ local_start: '2026-03-09T10:00', time_zone: 'Europe/London' });
    expect(interviewPatchOf(before, { ...before, duration_minutes: '90', kind: 'final', location: ' ', notes: 'New notes ', contact_ids: [] })).toEqual({
      duration_minutes: 90, kind: 'final', location: null, notes: 'New notes', contact_ids: [],
    });
    // the same contacts in another order, the same duration written differently: no change
    expect(interviewPatchOf(before, { ...before, contact_ids: ['c2', 'c1'], duration_minutes: '045' })).toEqual({});
  });

  it('refuses what the API would refuse, on its field', () => {
    expect(checkInterviewForm(filled)).toEqual({});
    expect(checkInterviewForm({ ...filled, local_start: '', time_zone: '' })).toEqual({
      local_start: 'Enter the date and time.', time_zone: 'Choose the time zone.',
    });
    for (const minutes of ['0', '1441', '7.5', '', 'an hour']) {
      expect(checkInterviewForm({ ...filled, duration_minutes: minutes })).toEqual({
        duration_minutes: 'Enter a whole number of minutes from 1 to 1440 (a day).',
      });
    }
    expect(checkInterviewForm({ ...filled, duration_minutes: '1440' })).toEqual({});
    expect(Object.keys(checkInterviewForm({ ...filled, meeting_url: 'meet.example.com', notes: 'x'.repeat(5001), location: 'y'.repeat(201) }))).toEqual([
      'location', 'meeting_url', 'notes',
    ]);
    expect(checkInterviewForm({ ...filled, notes: '😀'.repeat(5000) })).toEqual({}); // code points, not UTF-16 units
    expect(checkInterviewForm({ ...filled, local_start: '2026-02-30T10:00' }).local_start).toBe('Enter a date and time such as 2026-12-03 10:00.');
  });
});
