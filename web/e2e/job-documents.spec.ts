import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectBrowserErrors, expectAccessible, screenshot, signUpAndLogIn } from './support';

// The documents sent with an application (issue 20) in a real Chromium against the whole system: a TXT resume
// uploaded to the library through the API (the library's own page is another change), a Wishlist job with a
// description, moved to Applied in the job form with resume v1 attached on the way; then resume v2 uploaded and
// the description edited: the job page still says "Resume v1", its download is v1's bytes, and the posting as
// applied for (its download and its text) is the original description.
const run = Date.now().toString(36);
const person = { username: `doc${run}`, email: `doc-${run}@example.com`, password: 'TestPass123!' };
const job = { company: `Globex ${run}`, position: 'Backend Engineer' };
const name = `${job.company} — ${job.position}`;
const original = `Globex is hiring a backend engineer.\nJava 17, Kafka and DynamoDB; remote within the EU.\nRun ${run}.`;
const edited = `${original}\nUpdated after applying: the team moved to Go.`;
const resumeV1 = `Ada Lovelace\nBackend engineer: Java, Kafka.\nVersion 1 (${run}).\n`;
const resumeV2 = `Ada Lovelace\nBackend engineer: Java, Kafka, Go.\nVersion 2 (${run}).\n`;

const section = (page: Page) => page.getByRole('region', { name: /^Documents (sent|to send)$/ });
const summary = (page: Page) => section(page).locator('.sent-summary');

/** Uploads `text` to the library as `file` through the API with the tab's session: a new document, or a new version of `documentId`. */
async function upload(page: Page, file: string, text: string, documentId?: string): Promise<{ document_id: string; version: number }> {
  const token = await page.evaluate(() => sessionStorage.getItem('cognitoAccessToken'));
  expect(token, 'the access token of the signed-in tab').toBeTruthy();
  const fields: Record<string, string> = documentId ? { document_id: documentId } : { name: 'Resume', kind: 'resume' };
  const answer = await page.request.post('/api/documents', {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { ...fields, file: { name: file, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') } },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  const body = (await answer.json()) as { document: { document_id: string }; version: { version: number } };
  return { document_id: body.document.document_id, version: body.version.version };
}

/** Clicks and returns the file it downloads, with its text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  if (!path) throw new Error(`the download failed: ${await file.failure()}`);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function openJob(page: Page, column: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await page.getByRole('region', { name: column, exact: true }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('documents attached when applying keep their version, and the posting as applied for keeps its text', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const errors = collectBrowserErrors(page);
  let resume = { document_id: '', version: 0 };

  await test.step('sign up, log in, upload a TXT resume to the library', async () => {
    await signUpAndLogIn(page, person);
    resume = await upload(page, 'resume.txt', resumeV1);
    expect(resume.version).toBe(1);
  });

  await test.step('create a Wishlist job with a description: nothing to send yet', async () => {
    await page.getByRole('link', { name: 'New job' }).click();
    await page.getByLabel('Company (required)').fill(job.company);
    await page.getByLabel('Position (required)').fill(job.position);
    await page.getByLabel('Status', { exact: true }).selectOption('Wishlist');
    await page.getByLabel('Job description', { exact: true }).fill(original);
    // the new-job form offers the library, nothing chosen
    const picker = page.getByRole('group', { name: 'Documents to send (optional)' });
    await expect(picker.getByLabel('Resume', { exact: true })).toHaveValue('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Added ${name}.`)).toBeVisible();
    await openJob(page, 'Wishlist');
    await expect(section(page).getByRole('heading', { level: 2 })).toHaveText('Documents to send');
    await expect(summary(page)).toHaveText('No documents chosen to send yet');
  });

  await test.step('move it to Applied in the form, attaching resume v1', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    // offered only when the job moves to Applied
    await expect(page.getByRole('group', { name: 'Documents sent (optional)' })).toHaveCount(0);
    await page.getByLabel('Status', { exact: true }).selectOption('Applied');
    const picker = page.getByRole('group', { name: 'Documents sent (optional)' });
    const select = picker.getByLabel('Resume', { exact: true });
    await expect(select.locator('option')).toHaveText([/^Don't send$/, /^v1 — resume\.txt, /]);
    await select.selectOption('1');
    await expectAccessible(page, 'job form attaching documents');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(section(page).getByRole('heading', { level: 2 })).toHaveText('Documents sent');
    await expect(summary(page)).toHaveText(/^Sent: Resume v1 \([^)]+\); posting as of .+$/);
  });

  await test.step('upload resume v2 and edit the description', async () => {
    const second = await upload(page, 'resume-v2.txt', resumeV2, resume.document_id);
    expect(second).toEqual({ document_id: resume.document_id, version: 2 });
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    // already Applied: no picker in the form (the job page has "Choose documents")
    await expect(page.getByRole('group', { name: 'Documents sent (optional)' })).toHaveCount(0);
    await page.getByLabel('Job description', { exact: true }).fill(edited);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  });

  await test.step('the job page still says Resume v1, and the posting as applied for is the original text', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(summary(page)).toHaveText(/^Sent: Resume v1 \([^)]+\); posting as of .+$/);
    await expect(section(page).getByRole('list', { name: 'Documents sent' }).getByRole('listitem')).toHaveCount(1);
    const v1 = await download(page, () => section(page).getByRole('button', { name: 'Download Resume v1' }).click());
    expect(v1).toEqual({ name: 'resume.txt', text: resumeV1 });
    const posting = await download(page, () => section(page).getByRole('button', { name: 'Download posting as applied' }).click());
    expect(posting.name).toMatch(/^posting-as-applied-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(posting.text).toBe(original);
    // the job's own description is the edited one; the frozen one is shown as it was
    await section(page).getByText("The posting's text as applied for").click();
    await expect(section(page).getByRole('region', { name: "The posting's text as applied for" })).toHaveText(original);
    await page.getByText("The posting's text (").click();
    await expect(page.getByRole('region', { name: "The posting's text", exact: true })).toHaveText(edited);
    await expectAccessible(page, 'job page with documents sent');
    await screenshot(page, testInfo, 'job-documents');
  });

  await test.step('"Choose documents" offers v2 and v1 with v1 chosen; cancelling changes nothing', async () => {
    await section(page).getByRole('button', { name: 'Choose documents' }).click();
    const select = section(page).getByRole('form', { name: 'Choose documents' }).getByLabel('Resume', { exact: true });
    await expect(select.locator('option')).toHaveText([/^Don't send$/, /^v2 — resume-v2\.txt, /, /^v1 — resume\.txt, /]);
    await expect(select).toHaveValue('1');
    await section(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(summary(page)).toHaveText(/^Sent: Resume v1 /);
  });

  expect(errors).toEqual([]);
});
