import { describe, expect, it } from 'vitest';
import { toForm, toRequest, type PreferencesForm } from './preferencesForm';
import { timeZones } from './timeZones';

const saved = {
  follow_up_enabled: false, follow_up_days: 10, interview_enabled: true, interview_lead_hours: 3, custom_enabled: false,
  time_zone: 'Asia/Tokyo', ghosted_after_applied_days: 30, ghosted_after_interview_days: 10,
};

describe('the preferences form', () => {
  it('shows the saved preferences', () => {
    expect(toForm(saved, 'Europe/Berlin')).toEqual({
      follow_up_enabled: false,
      follow_up_days: '10',
      interview_enabled: true,
      interview_lead_hours: '3',
      custom_enabled: false,
      time_zone: 'Asia/Tokyo',
      ghosted_after_applied_days: '30',
      ghosted_after_interview_days: '10',
    });
  });

  it('shows the default Ghosted thresholds (21 and 14 days) when none are saved', () => {
    const { ghosted_after_applied_days: _a, ghosted_after_interview_days: _i, ...older } = saved;
    expect(toForm(older, 'UTC')).toMatchObject({ ghosted_after_applied_days: '21', ghosted_after_interview_days: '14' });
  });

  it('refuses Ghosted thresholds the API would refuse (1 to 365 whole days), each on its field', () => {
    for (const days of ['0', '366', '2.5', '', 'x']) {
      expect(toRequest({ ...toForm(saved, 'UTC'), ghosted_after_applied_days: days, ghosted_after_interview_days: days })).toEqual({
        errors: {
          ghosted_after_applied_days: 'Enter a whole number of days from 1 to 365.',
          ghosted_after_interview_days: 'Enter a whole number of days from 1 to 365.',
        },
      });
    }
    expect(toRequest({ ...toForm(saved, 'UTC'), ghosted_after_interview_days: ' 365 ' }))
      .toEqual({ request: { ...saved, ghosted_after_interview_days: 365 } });
  });

  it('shows the default interview lead (24 hours) when none is saved', () => {
    const { interview_lead_hours: _, ...older } = saved;
    expect(toForm(older, 'UTC').interview_lead_hours).toBe('24');
  });

  it('refuses an interview lead the API would refuse (1 to 168 whole hours)', () => {
    for (const hours of ['0', '169', '1.5', '', 'x']) {
      expect(toRequest({ ...toForm(saved, 'UTC'), interview_lead_hours: hours })).toEqual({
        errors: { interview_lead_hours: 'Enter a whole number of hours from 1 to 168 (a week).' },
      });
    }
    expect(toRequest({ ...toForm(saved, 'UTC'), interview_lead_hours: ' 168 ' })).toEqual({ request: { ...saved, interview_lead_hours: 168 } });
  });

  it("offers the browser's time zone to a user still on the default", () => {
    expect(toForm({ ...saved, time_zone: 'UTC' }, 'Europe/Berlin').time_zone).toBe('Europe/Berlin');
  });

  it('sends every field', () => {
    const form: PreferencesForm = { ...toForm(saved, 'UTC'), follow_up_days: ' 14 ' };
    expect(toRequest(form)).toEqual({ request: { ...saved, follow_up_days: 14 } });
  });

  it('refuses days the API would refuse', () => {
    for (const days of ['0', '91', '7.5', '', 'x']) {
      expect(toRequest({ ...toForm(saved, 'UTC'), follow_up_days: days })).toEqual({
        errors: { follow_up_days: 'Enter a whole number of days from 1 to 90.' },
      });
    }
  });

  it('lists the known time zones with UTC and a saved one', () => {
    const zones = timeZones('Mars/Olympus_Mons');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('Mars/Olympus_Mons');
    expect(zones).toEqual([...zones].sort((a, b) => a.localeCompare(b)));
  });
});
