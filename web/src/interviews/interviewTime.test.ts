import { describe, expect, it } from 'vitest';
import { formatDuration, instantOf, isLocalDateTime, offsetAt, wallClock, zonedTime } from './interviewTime';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("an interview's time in its zone", () => {
  it('reads the wall clock of an instant in a zone, across New York\'s spring-forward (8 March 2026)', () => {
    expect(wallClock('2026-03-07T15:00:00Z', 'America/New_York')).toBe('2026-03-07T10:00'); // EST, -5
    expect(wallClock('2026-03-09T14:00:00Z', 'America/New_York')).toBe('2026-03-09T10:00'); // EDT, -4
    expect(wallClock('2026-12-03T09:00:00Z', 'Europe/Berlin')).toBe('2026-12-03T10:00');
    expect(offsetAt(Date.parse('2026-03-07T15:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(offsetAt(Date.parse('2026-03-09T14:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
  });

  it('finds the instant of a wall-clock time in a zone, as the API does', () => {
    expect(iso(instantOf('2026-03-07T10:00', 'America/New_York'))).toBe('2026-03-07T15:00:00.000Z');
    expect(iso(instantOf('2026-03-09T10:00', 'America/New_York'))).toBe('2026-03-09T14:00:00.000Z');
    expect(iso(instantOf('2026-12-03T10:00', 'Europe/Berlin'))).toBe('2026-12-03T09:00:00.000Z');
    expect(iso(instantOf('2026-07-01T10:00:30', 'UTC'))).toBe('2026-07-01T10:00:30.000Z');
  });

  it('moves a time in the spring-forward gap later by the gap, and takes the earlier of an overlap (ZonedDateTime.ofLocal)', () => {
    // 02:30 does not exist on 8 March 2026 in New York: 03:30 EDT
    expect(iso(instantOf('2026-03-08T02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 1 November 2026: the first, EDT
    expect(iso(instantOf('2026-11-01T01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('refuses what is not a local date-time, and a zone Intl does not know', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-03-07 10:00', '2026-03-07T24:00', '2026-03-07T10:00Z']) {
      expect(isLocalDateTime(bad)).toBe(false);
      expect(instantOf(bad, 'UTC')).toBeUndefined();
    }
    expect(isLocalDateTime('2026-03-07T10:00')).toBe(true);
    expect(instantOf('2026-03-07T10:00', 'Mars/Olympus_Mons')).toBeUndefined();
  });

  it("shows the start on the zone's wall clock with the zone, the offset then, and the browser's time when it differs", () => {
    const winter = zonedTime('2026-03-07T15:00:00Z', 'America/New_York', 'Europe/Berlin', 'en-GB');
    expect(winter).toEqual({ local: 'Sat, 7 Mar 2026, 10:00', zone: 'America/New_York', offset: 'GMT-05:00', yours: 'Sat, 7 Mar 2026, 16:00' });
    const summer = zonedTime('2026-03-09T14:00:00Z', 'America/New_York', 'Europe/Berlin', 'en-GB');
    expect(summer.local).toBe('Mon, 9 Mar 2026, 10:00');
    expect(summer.offset).toBe('GMT-04:00');
    expect(summer.yours).toBe('Mon, 9 Mar 2026, 15:00'); // Berlin is still on winter time: 5 hours apart, not 6
    expect(zonedTime('2026-12-03T09:00:00Z', 'Europe/Berlin', 'Europe/Berlin', 'en-GB')).toEqual({ local: 'Thu, 3 Dec 2026, 10:00', zone: 'Europe/Berlin', offset: 'GMT+01:00' });
    // the same wall clock in another zone name is not repeated
    expect(zonedTime('2026-12-03T09:00:00Z', 'Europe/Berlin', 'Europe/Paris', 'en-GB').yours).toBeUndefined();
  });

  it('shows a zone the browser does not know in UTC, under the name given', () => {
    expect(zonedTime('2026-12-03T09:00:00Z', 'Mars/Olympus_Mons', undefined, 'en-GB')).toEqual({ local: 'Thu, 3 Dec 2026, 09:00', zone: 'Mars/Olympus_Mons', offset: 'GMT+00:00' });
  });

  it('writes durations as people say them', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(1440)).toBe('24 h');
  });
});
