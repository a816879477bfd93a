import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Where the tests save the screenshots the docs use. */
export const screenshotDir = process.env.CAREERVAULT_SCREENSHOTS ?? 'target/e2e/screenshots';

/** Saves a full-page screenshot as `<name>.png` and attaches it to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Fails on any serious or critical accessibility violation axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
      .map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `axe-core on ${where}`).toEqual([]);
}

/**
 * Collects what the browser reports as errors: Content-Security-Policy violations,
 * uncaught exceptions. Call at the start of a test, check with `expect(errors).toEqual([])`.
 */
export function collectBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Someone the specs sign up: a fresh username and address per run. */
export interface Person {
  username: string;
  email: string;
  password: string;
}

/** Signs `person` up on /signup; ends on the "Check your email" page. */
export async function signUp(page: Page, person: Person): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Username', { exact: true }).fill(person.username);
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
}

/**
 * Signs `person` up, then follows the "Log in" link (which carries the username over) and logs in
 * without verifying the address; ends on the Board.
 */
export async function signUpAndLogIn(page: Page, person: Person): Promise<void> {
  await signUp(page, person);
  await page.getByRole('link', { name: 'Log in' }).click();
  await expect(page.getByLabel('Username or email')).toHaveValue(person.username);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
}
