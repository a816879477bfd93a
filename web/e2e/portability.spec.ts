import { expect, test, type Download, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFile } from 'node:fs/promises';
import { collectBrowserErrors, expectAccessible, screenshot, signUp } from './support';

// A person's data goes out and comes in through the UI, in a real Chromium against the whole system:
// the CSV export (all jobs, and an applied-date range as proof of search), a CSV import (a dry run,
// then the import), "Download my data" (a ZIP), and deleting the account, after which the login no longer
// works. The verification link is read from the devstack's SMTP server (GreenMail) through the system
// test's loopback mailbox (CAREERVAULT_MAILBOX_URL), as account.spec.ts does.
const run = Date.now().toString(36);
const person = { username: `port${run}`, email: `port-${run}@example.com`, password: 'TestPass123!' };
const acme = { company: `Acme Robotics ${run}`, position: 'Platform Engineer', applied: '2026-03-10', notes: '=1+2 call back' };
const globex = { company: `Globex ${run}`, position: 'Data Analyst', applied: '2026-05-20' };
const initech = { company: `Initech ${run}`, position: 'Backend Developer' };
const nameOf = (job: { company: string; position: string }) => `${job.company} — ${job.position}`;

/** The export's columns, in this order (docs/openapi.json, `GET /api/jobs/export.csv`; issue 16 added `job_description`, issue 19 `source` last). */
const HEADER = [
  'job_id', 'company', 'position', 'status', 'location', 'salary_range', 'applied_date', 'url', 'notes', 'interview_at',
  'follow_up_at', 'tags', 'created_at', 'updated_at', 'wishlist_at', 'applied_at', 'screening_at', 'interviewing_at',
  'offer_at', 'accepted_at', 'rejected_at', 'withdrawn_at', 'ghosted_at', 'job_description', 'source',
].join(',');

interface Mail { subject: string; text: string; headers: Record<string, string> }

async function mails(to: string): Promise<Mail[]> {
  const mailbox = process.env.CAREERVAULT_MAILBOX_URL;
  if (!mailbox) throw new Error('CAREERVAULT_MAILBOX_URL is not set (the system module\'s WebAppBrowserTest sets it)');
  const answer = await fetch(`${mailbox}/messages?to=${encodeURIComponent(to)}`);
  return (await answer.json()) as Mail[];
}

/** The path of the first verify-email link mailed to `to`, once one arrives. */
async function verifyLink(to: string): Promise<string> {
  let path = '';
  await expect.poll(async () => {
    const found = (await mails(to)).reverse()
      .map((mail) => /https?:\/\/[^/\s]+(\/verify-email\?token=[A-Za-z0-9_.-]+)/.exec(mail.text))
      .find((match) => match !== null);
    path = found?.[1] ?? '';
    return path;
  }, { message: `a verify-email link mailed to ${to}`, timeout: 30_000 }).not.toBe('');
  return path;
}

async function logIn(page: Page, password: string) {
  await page.getByLabel('Username or email').fill(person.username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function addJob(page: Page, job: { company: string; position: string; applied?: string; notes?: string }) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await page.getByRole('link', { name: 'New job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();
  await page.getByLabel('Company (required)').fill(job.company);
  await page.getByLabel('Position (required)').fill(job.position);
  if (job.applied) await page.getByLabel('Applied on', { exact: true }).fill(job.applied);
  if (job.notes) await page.getByLabel('Notes', { exact: true }).fill(job.notes);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Added ${nameOf(job)}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
}

/** The "All jobs" page with its CSV tools unfolded. */
async function openCsvTools(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All jobs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'All jobs' })).toBeVisible();
  const tools = page.locator('details.csv-tools');
  if ((await tools.getAttribute('open')) === null) await page.getByText('Export or import CSV', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
}

/** Clicks `button` and returns the file it downloads, as text and as bytes. */
async function download(page: Page, button: string): Promise<{ file: Download; text: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  if (!path) throw new Error(`the download of "${button}" failed: ${await file.failure()}`);
  const content = await readFile(path);
  // Node's decoding keeps a byte order mark (TextDecoder would drop it): the CSV step checks there is none
  return { file, text: content.toString('utf8'), bytes: new Uint8Array(content) };
}

/** The export's records (RFC 4180: CRLF line ends; these tests' values hold no quotes or line breaks). */
const records = (csv: string) => csv.split(/\r?\n/).filter((line) => line !== '');

test('export and import CSV, download my data, delete the account', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = collectBrowserErrors(page);
  let exported = '';

  await test.step('sign up, verify the address, log in', async () => {
    await signUp(page, person);
    await page.goto(await verifyLink(person.email));
    await page.getByRole('button', { name: 'Verify my email address' }).click();
    await expect(page.getByRole('status').filter({ hasText: /verified/i })).toBeVisible();
    await page.goto('/login');
    await logIn(page, person.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  });

  await test.step('create two jobs', async () => {
    await addJob(page, acme);
    await addJob(page, globex);
  });

  await test.step('export every job as CSV: the header, a row per job, formula cells inert', async () => {
    await openCsvTools(page);
    await expectAccessible(page, 'all jobs with the CSV tools');
    const { file, text } = await download(page, 'Export CSV');
    expect(file.suggestedFilename()).toMatch(/^careervault-jobs-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(false); // UTF-8 without a byte order mark
    const lines = records(text);
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(3);
    const acmeRow = lines.find((line) => line.includes(`,${acme.company},`));
    const globexRow = lines.find((line) => line.includes(`,${globex.company},`));
    expect(acmeRow).toContain(`,${acme.company},${acme.position},Applied,`);
    expect(acmeRow).toContain(`,${acme.applied},`);
    expect(acmeRow).toContain(`,'${acme.notes},`); // a spreadsheet would run "=1+2…"
    expect(globexRow).toContain(`,${globex.company},${globex.position},Applied,`);
    await expect(page.getByText(`Downloaded ${file.suggestedFilename()}.`)).toBeVisible();
    exported = text;
  });

  await test.step('export a range of applied dates: proof of search for March', async () => {
    await page.getByLabel('Applied from').fill('2026-03-01');
    await page.getByLabel('Applied to').fill('2026-03-31');
    const lines = records((await download(page, 'Export CSV')).text);
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${acme.company},`);
    await page.getByLabel('Applied from').fill('');
    await page.getByLabel('Applied to').fill('');
  });

  await test.step('re-importing the export creates nothing', async () => {
    await page.getByLabel('CSV file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(exported, 'utf8') });
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await expect(page.getByRole('heading', { name: 'Dry run: nothing is imported yet' })).toBeVisible();
    await expect(page.locator('.csv-counts')).toHaveText(/^0 to create, \d+ to update, \d+ unchanged, 0 rejected\.$/);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Dry run: nothing is imported yet' })).toHaveCount(0);
  });

  await test.step('import a small CSV: a dry run with per-row results, then the import', async () => {
    const csv = `company,position,status,applied_date\r\n${initech.company},${initech.position},Applied,2026-04-01\r\n,Nobody's job,Applied,\r\n`;
    await page.getByLabel('CSV file').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await expect(page.getByRole('heading', { name: 'Dry run: nothing is imported yet' })).toBeVisible();
    await expect(page.locator('.csv-counts')).toHaveText('1 to create, 0 to update, 0 unchanged, 1 rejected.');
    const table = page.getByRole('region', { name: 'Rows of the file' });
    const row = (outcome: string) => table.locator('tbody tr').filter({ hasText: outcome });
    await expect(row('Would be created')).toHaveCount(1);
    await expect(row('Would be created').locator('th')).toHaveText('2');
    await expect(row('Rejected')).toHaveCount(1);
    await expect(row('Rejected').locator('th')).toHaveText('3');
    await expect(row('Rejected')).toContainText('company');
    await expectAccessible(page, 'CSV dry run');
    await screenshot(page, testInfo, 'csv-import-dry-run');
    // nothing is imported by the dry run
    await expect(page.getByRole('link', { name: nameOf(initech) })).toHaveCount(0);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await expect(page.locator('.csv-counts')).toHaveText('1 created, 0 updated, 0 unchanged, 1 rejected.');
    // the list reloads by itself (at once and a few times over half a minute: the read model follows
    // the log within a moment), and the result stays on screen beside it
    await expect(page.getByRole('link', { name: nameOf(initech) })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await screenshot(page, testInfo, 'csv-import-done');
  });

  await test.step('download my data: a ZIP with the JSON (the profile and every job); no documents, so no files', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
    const { file, bytes } = await download(page, 'Download my data');
    expect(file.suggestedFilename()).toMatch(/^careervault-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(['careervault-export.json']);
    const data = JSON.parse(strFromU8(entries['careervault-export.json']!)) as {
      profile: { username: string; email: string };
      jobs: { company: string }[];
      documents: unknown[];
    };
    expect(data.documents).toEqual([]);
    expect(data.profile.username).toBe(person.username);
    expect(data.profile.email).toBe(person.email);
    expect(data.jobs.map((job) => job.company).sort()).toEqual([acme.company, globex.company, initech.company].sort());
  });

  await test.step('delete the account: a wrong password is refused on its field, the right one deletes it', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Delete account' })).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill('Wrong123!pass');
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete account' }).click();
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
    await expectAccessible(page, 'account page with the delete section');
    await screenshot(page, testInfo, 'account-delete');

    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Delete account' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your account was deleted.' })).toBeVisible();
    await expectAccessible(page, 'login after deleting the account');
    await screenshot(page, testInfo, 'account-deleted');
  });

  await test.step('the login no longer works', async () => {
    await logIn(page, person.password);
    await expect(page.getByRole('alert').filter({ hasText: 'do not match an account' })).toBeVisible();
  });

  expect(errors).toEqual([]);
});
