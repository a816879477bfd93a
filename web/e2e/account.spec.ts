import { expect, test, type Page } from '@playwright/test';
import { collectBrowserErrors, expectAccessible, screenshot, signUp } from './support';

// The emails a person gets and the pages their links open, in a real Chromium against the whole
// system: verification before any reminder, one-click unsubscribe, password change and reset, and
// the lock after repeated wrong passwords. The mails are read from the devstack's SMTP server
// (GreenMail) through the system test's loopback mailbox (CAREERVAULT_MAILBOX_URL).
const run = Date.now().toString(36);
const person = { username: `mail${run}`, email: `mail-${run}@example.com`, password: 'TestPass123!' };
const secondPassword = 'Changed456!x';
const thirdPassword = 'ResetPass789?';

interface Mail { subject: string; text: string; headers: Record<string, string> }

async function mails(to: string): Promise<Mail[]> {
  const mailbox = process.env.CAREERVAULT_MAILBOX_URL;
  if (!mailbox) throw new Error('CAREERVAULT_MAILBOX_URL is not set (the system module\'s WebAppBrowserTest sets it)');
  const answer = await fetch(`${mailbox}/messages?to=${encodeURIComponent(to)}`);
  return (await answer.json()) as Mail[];
}

/** The path of the first link in the newest mail whose text has `/<page>?token=`, once one arrives. */
async function linkIn(to: string, page: string, after = 0): Promise<string> {
  let path = '';
  await expect.poll(async () => {
    const found = (await mails(to)).slice(after).reverse()
      .map((mail) => new RegExp(`https?://[^/\\s]+(/${page}\\?token=[A-Za-z0-9_.-]+)`).exec(mail.text))
      .find((match) => match !== null);
    path = found?.[1] ?? '';
    return path;
  }, { message: `a ${page} link mailed to ${to}`, timeout: 30_000 }).not.toBe('');
  return path;
}

async function logIn(page: Page, password: string) {
  await page.getByLabel('Username or email').fill(person.username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('verify the address, then reminders; unsubscribe in one click; change and reset the password', async ({ page }, testInfo) => {
  test.setTimeout(420_000);
  const errors = collectBrowserErrors(page);

  await test.step('sign up: a verification link is mailed, and the app says so', async () => {
    await signUp(page, person);
  });

  await test.step('signed in but unverified: the banner offers a new link', async () => {
    await page.getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
    await expect(page.getByText('Verify your email address to get reminders')).toBeVisible();
    await expectAccessible(page, 'board with the verification banner');
    await screenshot(page, testInfo, 'verify-email-banner');
  });

  await test.step('the mailed link opens a page that changes nothing until its button is pressed', async () => {
    const link = await linkIn(person.email, 'verify-email');
    await page.goto(link);
    await expect(page.getByRole('button', { name: 'Verify my email address' })).toBeVisible();
    await expectAccessible(page, 'verify-email page');
    await page.getByRole('button', { name: 'Verify my email address' }).click();
    await expect(page.getByRole('status').filter({ hasText: /verified/i })).toBeVisible();
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
    await expect(page.getByText('Verify your email address to get reminders')).toHaveCount(0);
    await expectAccessible(page, 'account page');
    await screenshot(page, testInfo, 'account');
  });

  await test.step('a reminder arrives, and its unsubscribe link turns reminders off with one click', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click();
    await page.getByLabel('Days in Applied before the follow-up reminder').fill('1');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await page.getByRole('link', { name: 'New job' }).click();
    await page.getByLabel('Company (required)').fill(`Umbrella ${run}`);
    await page.getByLabel('Position (required)').fill('Site Reliability Engineer');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();

    const link = await linkIn(person.email, 'unsubscribe');
    const reminder = (await mails(person.email)).find((mail) => mail.text.includes(link));
    expect(reminder?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(reminder?.headers['List-Unsubscribe']).toContain(link);
    await page.goto(link);
    await expect(page.getByRole('button', { name: 'Turn off reminder emails' })).toBeVisible();
    await expectAccessible(page, 'unsubscribe page');
    await screenshot(page, testInfo, 'unsubscribe');
    // opening the page (as a mail scanner would) turned nothing off
    await page.goto('/preferences');
    await expect(page.getByLabel('Follow-up reminders')).toBeChecked();
    await page.goto(link);
    await page.getByRole('button', { name: 'Turn off reminder emails' }).click();
    await expect(page.getByRole('status').filter({ hasText: person.email })).toBeVisible();
    await page.goto('/preferences');
    await expect(page.getByLabel('Follow-up reminders')).not.toBeChecked();
  });

  await test.step('change the password on the account page; the new one logs in', async () => {
    await page.goto('/account');
    await page.locator('#change-password-current').fill(person.password);
    await page.getByLabel('New password').fill(secondPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Your password is changed.')).toBeVisible();
    await logOut(page);
    await logIn(page, secondPassword);
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
    await logOut(page);
  });

  await test.step('forgot password: the mailed link sets a new one', async () => {
    const before = (await mails(person.email)).length;
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(person.email);
    await expectAccessible(page, 'forgot-password page');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'we sent a link' })).toBeVisible();
    const link = await linkIn(person.email, 'reset-password', before);
    await page.goto(link);
    await page.getByLabel('New password').fill(thirdPassword);
    await expectAccessible(page, 'reset-password page');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('Your new password is set')).toBeVisible();
    await logIn(page, thirdPassword);
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
    await logOut(page);
  });

  await test.step('after five wrong passwords even the right one waits', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await logIn(page, `Wrong${attempt}!pass`);
      await expect(page.getByRole('alert').filter({ hasText: 'do not match an account' })).toBeVisible();
    }
    await logIn(page, thirdPassword);
    await expect(page.getByRole('alert').filter({ hasText: /Too many attempts; try again in \d+ (s|min)/ })).toBeVisible();
    await screenshot(page, testInfo, 'login-rate-limited');
  });

  expect(errors).toEqual([]);
});
