import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectBrowserErrors, expectAccessible, screenshot, signUpAndLogIn } from './support';

// Interviews, contacts and the calendar (issue 18), every step through the UI in a real Chromium
// against the whole system: sign up, a job, a contact linked to it, an interview arranged in
// America/New_York (whatever zone the browser is in), rescheduled, on the job page and the board's
// upcoming list, cancelled (struck through), its .ics file, a calendar subscription's address
// (shown once), and the contact's vCard.
const run = Date.now().toString(36);
const person = { username: `cal${run}`, email: `cal-${run}@example.com`, password: 'TestPass123!' };
const job = { company: `Initrode ${run}`, position: 'Site Reliability Engineer' };
const contact = { name: `Grace Hopper ${run}`, role: 'Recruiter', company: `Initrode ${run}`, email: `grace-${run}@example.com` };
const nameOf = (j: { company: string; position: string }) => `${j.company} — ${j.position}`;
// next July: daylight saving time in New York (GMT-04:00), whenever the test runs
const year = new Date().getUTCFullYear() + 1;
const first = `${year}-07-15T10:00`;
const moved = `${year}-07-16T14:30`;

const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const interviewsRegion = (page: Page) => page.getByRole('region', { name: 'Interviews', exact: true });
const interviewItem = (page: Page) => interviewsRegion(page).getByRole('list', { name: 'Interviews, soonest first' }).getByRole('listitem');

/** Clicks `button` (inside `scope`) and returns the file it downloads, with its text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  if (!path) throw new Error(`the download failed: ${await file.failure()}`);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Opens the job's page from the board. */
async function openJob(page: Page) {
  await main(page).getByRole('link', { name: 'Board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await page.getByRole('region', { name: 'Applied', exact: true }).getByRole('link', { name: nameOf(job) }).click();
  await expect(page.getByRole('heading', { level: 1, name: nameOf(job) })).toBeVisible();
}

test('contacts, interviews in their own time zone, and a calendar subscription', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = collectBrowserErrors(page);

  await test.step('sign up and log in', async () => {
    await signUpAndLogIn(page, person);
  });

  await test.step('create a job', async () => {
    await page.getByRole('link', { name: 'New job' }).click();
    await page.getByLabel('Company (required)').fill(job.company);
    await page.getByLabel('Position (required)').fill(job.position);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Added ${nameOf(job)}`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Applied', exact: true }).getByRole('link', { name: nameOf(job) })).toBeVisible();
  });

  await test.step("add a contact from the job's page: linked to the job", async () => {
    await openJob(page);
    const contacts = page.getByRole('region', { name: 'Contacts', exact: true });
    await expect(contacts.getByText('No contacts linked to this job yet.')).toBeVisible();
    await contacts.getByRole('link', { name: 'Add a contact' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    const form = page.getByRole('region', { name: 'Add a contact' });
    // the job it came from is picked already
    await expect(form.getByRole('checkbox', { name: nameOf(job) })).toBeChecked();
    await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(form.getByLabel('Name (required)')).toHaveAttribute('aria-invalid', 'true'); // refused before sending
    await form.getByLabel('Name (required)').fill(contact.name);
    await form.getByLabel('Role', { exact: true }).fill(contact.role);
    await form.getByLabel('Company', { exact: true }).fill(contact.company);
    await form.getByLabel('Email', { exact: true }).fill(contact.email);
    await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Added ${contact.name}.` }).first()).toBeVisible();
    const item = page.getByRole('list', { name: 'Contacts' }).getByRole('listitem').filter({ hasText: contact.name });
    await expect(item.getByRole('link', { name: contact.name })).toBeVisible();
    await expect(item.getByRole('link', { name: nameOf(job) })).toBeVisible();
    await expectAccessible(page, 'contacts');
    await screenshot(page, testInfo, 'contacts');
  });

  await test.step("the job's page lists the contact", async () => {
    await page.getByRole('list', { name: 'Contacts' }).getByRole('link', { name: nameOf(job) }).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(job) })).toBeVisible();
    const link = page.getByRole('region', { name: 'Contacts', exact: true }).getByRole('link', { name: contact.name });
    await expect(async () => {
      await page.reload();
      await expect(link).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  });

  await test.step('schedule an interview in America/New_York with the contact', async () => {
    await interviewsRegion(page).getByRole('button', { name: 'Schedule an interview' }).click();
    await page.getByLabel('Date and time').fill(first);
    await page.getByLabel('Time zone').selectOption('America/New_York');
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByLabel('Kind').selectOption({ label: 'Phone screen' });
    await page.getByLabel('Meeting link').fill('https://meet.example.com/initrode');
    await page.getByRole('group', { name: 'Contacts taking part' }).getByRole('checkbox', { name: contact.name }).check();
    await page.getByLabel('Notes', { exact: true }).fill('Ask about the on-call rota');
    await expectAccessible(page, 'interview form');
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    await expect(interviewsRegion(page).getByRole('status').filter({ hasText: 'Interview scheduled.' })).toBeVisible();
    const item = interviewItem(page);
    await expect(item).toHaveCount(1);
    // 10:00 on New York's clock, named with its zone and the summer offset, wherever the browser is
    await expect(item.locator('time')).toHaveText(/\b10:00\b/);
    await expect(item).toContainText('America/New_York (GMT-04:00)');
    await expect(item).toContainText('Phone screen · 45 min');
    await expect(item.getByRole('link', { name: 'https://meet.example.com/initrode' })).toBeVisible();
    await expect(item.getByRole('link', { name: contact.name })).toBeVisible();
    await expect(item.getByRole('deletion')).toHaveCount(0);
  });

  await test.step('reschedule it: the new time, still in its zone, also after a reload', async () => {
    await interviewItem(page).getByRole('button', { name: 'Reschedule' }).click();
    await expect(page.getByLabel('Date and time')).toHaveValue(first);
    await expect(page.getByLabel('Time zone')).toHaveValue('America/New_York');
    await page.getByLabel('Date and time').fill(moved);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(interviewsRegion(page).getByRole('status').filter({ hasText: 'Interview rescheduled.' })).toBeVisible();
    await expect(interviewItem(page).locator('time')).toHaveText(/\b(02:30 PM|14:30)\b/);
    await page.reload();
    await expect(interviewItem(page)).toHaveCount(1);
    await expect(interviewItem(page).locator('time')).toHaveText(/\b(02:30 PM|14:30)\b/);
    await expect(interviewItem(page)).toContainText('America/New_York (GMT-04:00)');
    await expectAccessible(page, 'job page with an interview');
    await screenshot(page, testInfo, 'job-interviews');
  });

  await test.step('its .ics file: one event, in its zone', async () => {
    const ics = await download(page, () => interviewItem(page).getByRole('button', { name: 'Download .ics' }).click());
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.text).toContain(`DTSTART;TZID=America/New_York:${moved.replace(/[-:]/g, '')}00`);
  });

  await test.step("the board's upcoming interviews list it", async () => {
    await main(page).getByRole('link', { name: 'Board' }).click();
    const upcoming = page.getByRole('region', { name: 'Upcoming interviews' });
    await expect(upcoming.getByRole('link', { name: nameOf(job) })).toBeVisible();
    await expect(upcoming).toContainText('America/New_York');
    await expect(upcoming.locator('time')).toHaveText(/\b(02:30 PM|14:30)\b/);
    await expectAccessible(page, 'board with upcoming interviews');
  });

  await test.step('cancel it: kept, struck through, gone from the upcoming list', async () => {
    await openJob(page);
    // it takes a second click: "Keep it" changes nothing
    await interviewItem(page).getByRole('button', { name: 'Cancel interview' }).click();
    const confirm = interviewItem(page).getByRole('group', { name: 'Cancel this interview?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await expect(interviewItem(page).getByRole('button', { name: 'Reschedule' })).toBeVisible();
    await interviewItem(page).getByRole('button', { name: 'Cancel interview' }).click();
    await confirm.getByRole('button', { name: 'Yes, cancel it' }).click();
    await expect(interviewsRegion(page).getByRole('status').filter({ hasText: 'Interview cancelled.' })).toBeVisible();
    await expect(interviewItem(page)).toHaveCount(1);
    await expect(interviewItem(page).getByRole('deletion')).toContainText('America/New_York');
    await expect(interviewItem(page)).toContainText('Cancelled');
    await expect(interviewItem(page).getByRole('button', { name: 'Reschedule' })).toHaveCount(0);
    await page.reload();
    await expect(interviewItem(page).getByRole('deletion')).toBeVisible();
    await main(page).getByRole('link', { name: 'Board' }).click();
    await expect(page.getByRole('region', { name: 'Applied', exact: true }).getByRole('link', { name: nameOf(job) })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Upcoming interviews' })).toHaveCount(0);
  });

  await test.step('create a calendar subscription: its address is shown once', async () => {
    await main(page).getByRole('link', { name: 'Account' }).click();
    const section = page.getByRole('region', { name: 'Calendar subscription' });
    await expect(section.getByText('No subscription')).toBeVisible();
    await section.getByRole('button', { name: 'Create calendar address' }).click();
    const address = section.getByRole('textbox', { name: 'Your calendar address' });
    // a 32-byte secret, base64url without padding: 43 characters
    await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(section).toContainText('Shown only this once');
    await expect(section.getByRole('button', { name: 'Copy address' })).toBeVisible();
    await expect(section.getByText(/^Active/)).toBeVisible();
    await expectAccessible(page, 'account page with the calendar address');
    await screenshot(page, testInfo, 'calendar-subscription');
    // what a calendar app fetches from that address, without signing in: the cancelled interview in its zone
    const feed = await page.request.get(await address.inputValue());
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const calendar = await feed.text();
    expect(calendar).toContain('STATUS:CANCELLED');
    expect(calendar).toContain(`DTSTART;TZID=America/New_York:${moved.replace(/[-:]/g, '')}00`);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Calendar subscription' }).getByText('since', { exact: false })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your calendar address' })).toHaveCount(0);
  });

  await test.step("download the contact's vCard", async () => {
    await main(page).getByRole('link', { name: 'Contacts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill(run);
    await expect(page).toHaveURL(new RegExp(`q=${run}`));
    const item = page.getByRole('list', { name: 'Contacts' }).getByRole('listitem').filter({ hasText: contact.name });
    const vcard = await download(page, () => item.getByRole('button', { name: 'Download vCard' }).click());
    expect(vcard.name).toMatch(/\.vcf$/);
    expect(vcard.text).toContain('BEGIN:VCARD');
    expect(vcard.text).toContain('VERSION:4.0');
    expect(vcard.text).toContain(`FN:${contact.name}`);
    expect(vcard.text).toContain(contact.email);
  });

  expect(errors).toEqual([]);
});
