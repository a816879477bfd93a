/**
 * An interview's time as people arranged it: the wall clock in the interview's own IANA zone
 * (the zone the other side said, such as `America/New_York`), whatever zone the browser is in.
 * Everything goes through `Intl` with `timeZone`, so DST is the browser's tz database's business.
 */

const wallParts = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `instant` (ms) in `zone`. */
function wallClockFields(instant: number, zone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let format = wallParts.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    wallParts.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC at `instant`, in ms (New York in winter: -5 h). */
export function offsetAt(instant: number, zone: string): number {
  const f = wallClockFields(instant, zone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `instant` (RFC 3339) as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) on the wall clock of `zone`. */
export function wallClock(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const f = wallClockFields(ms, zone);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The fields of a local date-time (`YYYY-MM-DDTHH:mm[:ss]`) that is a real calendar date and time, else undefined. */
function localFields(value: string): [number, number, number, number, number, number] | undefined {
  const m = LOCAL.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return [y, mo, d, h, mi, s];
}

/** Whether `value` is a local date-time as `datetime-local` gives it (`YYYY-MM-DDTHH:mm`, seconds allowed). */
export function isLocalDateTime(value: string): boolean {
  return localFields(value) !== undefined;
}

/**
 * The instant (ms) of the wall-clock time `local` in `zone`, resolved as the API resolves it
 * (java.time `ZonedDateTime.ofLocal` without a preferred offset): in an overlap (clocks going
 * back) the earlier instant; in a gap (clocks going forward) the time moved later by the gap's
 * length (02:30 on New York's spring-forward day is 03:30 EDT). Undefined when `local` is not a
 * date-time or the zone is unknown.
 */
export function instantOf(local: string, zone: string): number | undefined {
  const fields = localFields(local);
  if (!fields) return undefined;
  const [y, mo, d, h, mi, s] = fields;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  let before: number;
  let after: number;
  try {
    // at most one transition within a day each side of the time (true of every zone in use)
    before = offsetAt(asUtc - 86_400_000, zone);
    after = offsetAt(asUtc + 86_400_000, zone);
  } catch {
    return undefined; // RangeError: a zone Intl does not know
  }
  const valid = [...new Set([before, after])].map((offset) => asUtc - offset).filter((instant) => offsetAt(instant, zone) === asUtc - instant);
  if (valid.length > 0) return Math.min(...valid);
  return asUtc - before; // a gap: the offset from before it, as ofLocal does
}

/** How an interview's start is shown: on its own zone's wall clock, with the zone, and the offset then. */
export interface ZonedTime {
  /** "Mon, 9 Mar 2026, 10:00" in the zone (the locale's order and clock). */
  readonly local: string;
  /** The IANA zone, such as `America/New_York`. */
  readonly zone: string;
  /** The offset from UTC then, such as `GMT-04:00`. */
  readonly offset: string;
  /** The same instant on the browser's wall clock, when the browser's zone shows another time. */
  readonly yours?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(locale: string | undefined, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${zone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, format);
  }
  return format;
}

const WHEN: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };

/**
 * The start `instant` (RFC 3339) shown in `zone`, and in `browserZone` when that is another wall
 * clock. An unknown zone (one the browser's tz database lacks) is shown in UTC, named as given.
 */
export function zonedTime(instant: string, zone: string, browserZone?: string, locale?: string): ZonedTime {
  const date = new Date(instant);
  let shownZone = zone;
  try {
    formatIn(locale, zone, WHEN);
  } catch {
    shownZone = 'UTC';
  }
  const local = formatIn(locale, shownZone, WHEN).format(date);
  const offsetPart = formatIn('en-US', shownZone, { timeZoneName: 'longOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
  const offset = offsetPart?.value ?? 'GMT+00:00';
  let yours: string | undefined;
  if (browserZone && browserZone !== shownZone) {
    try {
      const there = formatIn(locale, browserZone, WHEN).format(date);
      if (there !== local) yours = there;
    } catch {
      yours = undefined;
    }
  }
  return { local, zone, offset, ...(yours ? { yours } : {}) };
}

/** A duration in minutes as people say it: "45 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
