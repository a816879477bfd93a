import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectBrowserErrors, expectAccessible, screenshot, signUpAndLogIn } from './support';

// The document library (issue 20), every step through the UI in a real Chromium against the whole
// system: sign up, upload a plain-text resume (v1), upload its second version (v2), both listed with
// the latest marked, v1 downloaded byte for byte, and two refused files (a PDF named .docx, checked
// by the API from its bytes; an empty file, refused before sending) that leave what was typed.
const run = Date.now().toString(36);
const person = { username: `doc${run}`, email: `doc-${run}@example.com`, password: 'TestPass123!' };
const resumeName = `Resume ${run}`;
// non-ASCII too: the bytes must come back exactly, whatever the encodings on the way
const v1 = Buffer.from(`Ada Lovelace\nAnalyst — Engines & Notes\nrun ${run}\n`, 'utf8');
const v2 = Buffer.from(`Ada Lovelace\nAnalyst — Engines & Notes, 2nd edition\nrun ${run}\n`, 'utf8');
// what Apache Tika takes for a PDF (its magic: "%PDF-" at the start)
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const uploadForm = (page: Page) => page.getByRole('form', { name: 'Upload a document' });
const resume = (page: Page) => page.getByRole('region', { name: 'Resumes' }).getByRole('article', { name: resumeName });
const versions = (page: Page) => resume(page).getByRole('list', { name: `Versions of ${resumeName}` }).getByRole('listitem');
const uploaded = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).first();

test('a resume in two versions, downloaded byte for byte, and refused files explained', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const errors = collectBrowserErrors(page);

  await test.step('sign up, log in, open the empty library', async () => {
    await signUpAndLogIn(page, person);
    await main(page).getByRole('link', { name: 'Documents' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
    await expect(page.getByText('No resumes yet.')).toBeVisible();
    await expect(page.getByText('No cover letters yet.')).toBeVisible();
    await expect(page.getByText(/Using 0 bytes of your 200 MB\./)).toBeVisible();
    await expect(uploadForm(page).getByText('PDF, Word (.docx), plain text or Markdown, at most 5 MB.')).toBeVisible();
    await expectAccessible(page, 'the empty document library');
  });

  await test.step('upload a plain-text resume: version 1', async () => {
    const form = uploadForm(page);
    await form.getByLabel('File (required)').setInputFiles({ name: 'resume.txt', mimeType: 'text/plain', buffer: v1 });
    // the name starts from the file's, then the user's own
    await expect(form.getByLabel('Name (required)')).toHaveValue('resume');
    await form.getByLabel('Name (required)').fill(resumeName);
    await form.getByLabel('Kind (required)').selectOption({ label: 'Resume' });
    await form.getByRole('button', { name: 'Upload' }).click();
    await expect(uploaded(page, `Uploaded ${resumeName} v1 (resume.txt).`)).toBeVisible();
    await expect(versions(page)).toHaveCount(1);
    await expect(versions(page).first()).toContainText('v1');
    await expect(versions(page).first()).toContainText('Latest');
    await expect(versions(page).first()).toContainText(`${v1.length} bytes · Plain text`);
    // sent: the form is empty again for the next document
    await expect(form.getByLabel('Name (required)')).toHaveValue('');
  });

  await test.step('upload its second version: both listed, the latest marked', async () => {
    await resume(page).getByRole('button', { name: `Upload new version of ${resumeName}` }).click();
    const file = resume(page).getByLabel('File for v2');
    await expect(file).toBeFocused();
    await file.setInputFiles({ name: 'resume-2026.txt', mimeType: 'text/plain', buffer: v2 });
    await resume(page).getByRole('button', { name: 'Upload v2' }).click();
    await expect(uploaded(page, `Uploaded ${resumeName} v2 (resume-2026.txt).`)).toBeVisible();
    await expect(versions(page)).toHaveCount(2);
    await expect(versions(page).nth(0)).toContainText('v2');
    await expect(versions(page).nth(0)).toContainText('Latest');
    await expect(versions(page).nth(0)).toContainText('resume-2026.txt');
    await expect(versions(page).nth(1)).toContainText('v1');
    await expect(versions(page).nth(1)).not.toContainText('Latest');
    await expect(versions(page).nth(1)).toContainText('resume.txt');
    await expect(resume(page)).toContainText('Resume · 2 versions');
    await expect(page.getByText(`Using ${v1.length + v2.length} bytes of your 200 MB.`, { exact: false })).toBeVisible();
    await expectAccessible(page, 'the library with a resume in two versions');
    // the upload messages would cover the library in the picture
    const dismiss = page.getByRole('button', { name: 'Dismiss message' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await screenshot(page, testInfo, 'documents');
  });

  await test.step('download v1: the bytes as uploaded, under its name', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      resume(page).getByRole('button', { name: `Download v1 of ${resumeName}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('resume.txt');
    const path = await download.path();
    expect(path, `the download failed: ${await download.failure()}`).toBeTruthy();
    expect(Buffer.compare(await readFile(path!), v1)).toBe(0);
  });

  await test.step('a PDF named .docx: refused from its bytes, what was typed kept', async () => {
    const form = uploadForm(page);
    await form.getByLabel('File (required)').setInputFiles({ name: 'letter.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: pdf });
    await form.getByLabel('Name (required)').fill(`Letter ${run}`);
    await form.getByLabel('Kind (required)').selectOption({ label: 'Cover letter' });
    await form.getByRole('button', { name: 'Upload' }).click();
    await expect(form.getByRole('alert')).toContainText("The file's content is PDF but its name ends with .docx: rename it or upload the intended file.");
    await expect(form.getByLabel('Name (required)')).toHaveValue(`Letter ${run}`);
    await expect(form.getByLabel('Kind (required)')).toHaveValue('cover_letter');
    await expect(page.getByText('No cover letters yet.')).toBeVisible();
    await expectAccessible(page, 'the upload form with a refused file');
  });

  await test.step('an empty file: refused before sending, on the file field', async () => {
    const form = uploadForm(page);
    await form.getByLabel('File (required)').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await form.getByRole('button', { name: 'Upload' }).click();
    await expect(form.getByLabel('File (required)')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('empty.txt is empty (0 bytes). Choose the file with your document in it.')).toBeVisible();
    await expect(form.getByRole('alert')).toContainText('Check the field marked below.');
    await expect(form.getByLabel('Name (required)')).toHaveValue(`Letter ${run}`);
  });

  await test.step('after a reload: both versions still there', async () => {
    await page.reload();
    await expect(versions(page)).toHaveCount(2);
    await expect(page.getByText('No cover letters yet.')).toBeVisible();
  });

  expect(errors).toEqual([]);
});
