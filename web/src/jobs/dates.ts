/** How every page writes instants and calendar dates, so the app shows one format. */
export const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date (`YYYY-MM-DD`, as the API sends `applied_date`): no time zone shift. */
export const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date from the API, written like the rest of the app. */
export function formatDate(date: string): string {
  return dateOnly.format(new Date(`${date}T00:00:00Z`));
}
