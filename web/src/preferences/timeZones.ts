/** The IANA time zones the browser knows, with `also` (such as a saved value) added when missing, sorted. */
export function timeZones(...also: string[]): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = []; // an older browser: the saved and the browser's zone are still offered
  }
  return [...new Set([...zones, 'UTC', ...also.filter(Boolean)])].sort((a, b) => a.localeCompare(b));
}

/** The browser's time zone (such as `Europe/Berlin`), or UTC when it does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
