import { describe, expect, it } from 'vitest';
import { toForm, toRequest, type PreferencesForm } from './preferencesForm';
import { timeZones } from './timeZones';

const saved = { follow_up_enabled: false, follow_up_days: 10, interview_enabled: true, interview_lead_hours: 3, custom_enabled: false, time_zone: 'Asia/Tokyo' };

describe('the preferences form', () => {
  it('shows the saved preferences', () => {
    expect(toForm(saved, 'Europe/Berlin')).toEqual({
      follow_up_enabled: false,
      follow_up_days: '10',
      interview_enabled: true,
      interview_lead_hours: '3',
      custom_enabled: false,
      time_zone: 'Asia/Tokyo',
    });
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
