import { expect, test, type Page } from '@playwright/test';
import { collectBrowserErrors, expectAccessible, screenshot } from './support';

// One person's first session with CareerVault, in a real Chromium against the whole
// system (the devstack and all three services): every step goes through the UI.
const run = Date.now().toString(36);
const person = {
  username: `e2e${run}`,
  email: `e2e-${run}@example.com`,
  password: 'TestPass123!',
  given: 'Ada',
  family: 'Lovelace',
};
const acme = { company: `Acme Robotics ${run}`, position: 'Platform Engineer' };
const globex = { company: `Globex ${run}`, position: 'Data Analyst' };
const initech = { company: `Initech ${run}`, position: 'Backend Developer' };
const nameOf = (job: { company: string; position: string }) => `${job.company} — ${job.position}`;

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });
const card = (page: Page, status: string, job: { company: string; position: string }) =>
  column(page, status).getByRole('link', { name: nameOf(job) });

async function addJob(page: Page, job: { company: string; position: string }, extra: Record<string, string> = {}) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await page.getByRole('link', { name: 'New job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();
  await expectAccessible(page, 'new job form');
  await page.getByLabel('Company (required)').fill(job.company);
  await page.getByLabel('Position (required)').fill(job.position);
  for (const [label, value] of Object.entries(extra)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Added ${nameOf(job)}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
}

/** The board has its jobs (not only the one just created) and no move in flight. */
async function boardLoaded(page: Page) {
  await expect(page.getByText('Loading your jobs…')).toHaveCount(0);
  await expect(page.getByText('Saving…')).toHaveCount(0);
}

async function dragCard(page: Page, from: string, job: { company: string; position: string }, to: string) {
  await boardLoaded(page);
  const source = await column(page, from).getByRole('listitem').filter({ hasText: nameOf(job) }).boundingBox();
  const target = await column(page, to).boundingBox();
  if (!source || !target) throw new Error('card or column not on screen');
  // grab the card by its padding, off the link, the Move button and the status menu
  await page.mouse.move(source.x + 5, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 12 });
  await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 4 });
  await page.mouse.up();
}

test('sign up, track applications on the board, and stay signed in', async ({ page }, testInfo) => {
  test.setTimeout(420_000);
  const errors = collectBrowserErrors(page);

  await test.step('a signed-out visit goes to the login page', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expectAccessible(page, 'login');
  });

  await test.step('sign up with the seed fields, the password policy shown while typing', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Username', { exact: true }).fill(person.username);
    await page.getByLabel('Email', { exact: true }).fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await expectAccessible(page, 'sign-up');
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByLabel('Given name (optional)').fill(person.given);
    await page.getByLabel('Family name (optional)').fill(person.family);
    await page.getByRole('button', { name: 'Sign up' }).click();
    // 202 the same whether or not the email had an account: no automatic login, a verification link instead
    await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
    await expect(page.getByText(person.email)).toBeVisible();
    await expectAccessible(page, 'check your email');
    await page.getByRole('link', { name: 'Log in' }).click();
    await expect(page.getByLabel('Username or email')).toHaveValue(person.username);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
    await expect(page.getByText('Verify your email address to get reminders')).toBeVisible();
  });

  await test.step('log out, then log in by email', async () => {
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel('Username or email').fill(person.email.toUpperCase());
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  });

  await test.step('create a job: its card is on the board at once', async () => {
    await addJob(page, acme, { Location: 'Berlin', 'Salary range': '€80k–€95k', Tags: 'remote, backend' });
    await expect(card(page, 'Applied', acme)).toBeVisible();
    await expectAccessible(page, 'board');
  });

  await test.step('drag it to Interviewing; a reload shows it kept', async () => {
    await dragCard(page, 'Applied', acme, 'Interviewing');
    await expect(card(page, 'Interviewing', acme)).toBeVisible();
    await expect(column(page, 'Interviewing').getByText('Saving…')).toHaveCount(0);
    await page.reload();
    await expect(card(page, 'Interviewing', acme)).toBeVisible();
    await expect(card(page, 'Applied', acme)).toHaveCount(0);
  });

  await test.step('bulk-change two jobs from the list, with the per-job results', async () => {
    await addJob(page, globex, { Tags: 'remote' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All jobs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All jobs' })).toBeVisible();
    await page.getByLabel('Tag', { exact: true }).fill('REMOTE');
    // the filter applies once typing pauses, and a new listing clears the selection
    await expect(page).toHaveURL(/tag=REMOTE/);
    await page.waitForLoadState('networkidle');
    await page.getByLabel(`Select ${nameOf(acme)}`).check();
    await page.getByLabel(`Select ${nameOf(globex)}`).check();
    await expectAccessible(page, 'list');
    await page.getByLabel('New status').selectOption('Offer');
    await page.getByRole('button', { name: 'Change status' }).click();
    const results = page.getByRole('status').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(results).toContainText(nameOf(acme));
    await expect(results).toContainText(nameOf(globex));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await expect(card(page, 'Offer', acme)).toBeVisible();
    await expect(card(page, 'Offer', globex)).toBeVisible();
  });

  await test.step('move a card with the keyboard', async () => {
    await addJob(page, initech, { Location: 'Austin, TX' });
    await boardLoaded(page);
    await page.getByRole('button', { name: `Move ${nameOf(initech)}` }).focus();
    // the drag library measures the columns on the next frames: give each key its moment, as a person does
    await page.keyboard.press('Space');
    await expect(page.locator('.card.overlay')).toBeVisible();
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await expect(card(page, 'Wishlist', initech)).toBeVisible();
    await expect(column(page, 'Wishlist').getByText('Saving…')).toHaveCount(0);
    await page.reload();
    await expect(card(page, 'Wishlist', initech)).toBeVisible();
    await screenshot(page, testInfo, 'board');
  });

  await test.step("the job page shows the status timeline", async () => {
    await card(page, 'Offer', acme).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(acme), exact: true })).toBeVisible();
    const timeline = page.getByRole('list', { name: 'Status timeline, newest first' }).getByRole('listitem');
    await expect(timeline).toHaveCount(3);
    await expect(timeline.nth(0)).toContainText('Offer');
    await expect(timeline.nth(1)).toContainText('Interviewing');
    await expect(timeline.nth(2)).toContainText('Applied');
    await expectAccessible(page, 'job page');
    await screenshot(page, testInfo, 'job');
  });

  await test.step('edit the job: the page shows the change', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${nameOf(acme)}` })).toBeVisible();
    await expectAccessible(page, 'edit form');
    await page.getByLabel('Notes', { exact: true }).fill('Met the team lead; next round on site.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(acme), exact: true })).toBeVisible();
    await expect(page.getByText('Met the team lead; next round on site.')).toBeVisible();
  });

  await test.step('delete a job, undo it from the message, restore it from Recently deleted', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await boardLoaded(page);
    // by keyboard: a click's coordinates can land on the neighbouring card of the column while the board settles
    await card(page, 'Offer', globex).press('Enter');
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText(`Deleted ${nameOf(globex)}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(`Restored ${nameOf(globex)}.`)).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await expect(card(page, 'Offer', globex)).toBeVisible();
    await card(page, 'Offer', globex).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText(`Deleted ${nameOf(globex)}.`)).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recently deleted' }).click();
    await expectAccessible(page, 'recently deleted');
    await page.getByRole('button', { name: `Restore ${nameOf(globex)}` }).click();
    await expect(page.getByRole('button', { name: `Restore ${nameOf(globex)}` })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await expect(card(page, 'Offer', globex)).toBeVisible();
  });

  await test.step('the statistics', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    // the figures come from the analytics stream, a moment behind the commands
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: 'Jobs per status (3 in all)' })).toBeVisible({ timeout: 2000 });
      await expect(page.getByText('Interview rate')).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 60_000 });
    // issue 19: the funnel from the stage events and the time in stage
    await expect(page.getByRole('table', { name: 'Funnel: applications that reached each stage' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Applied: median / })).toBeVisible();
    await expectAccessible(page, 'statistics');
    await screenshot(page, testInfo, 'statistics');
  });

  await test.step('an unknown address says so and leads back to the board', async () => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page, 'not found');
    await page.getByRole('link', { name: 'Go to your board' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  });

  await test.step('change the reminder preferences; a reload shows them kept', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click();
    await page.getByLabel('Days in Applied before the follow-up reminder').fill('10');
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await expectAccessible(page, 'preferences');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Days in Applied before the follow-up reminder')).toHaveValue('10');
    await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
  });

  await test.step('an expired access token is refreshed without the user noticing', async () => {
    const expired = await page.evaluate(() => {
      const [header, payload, signature] = (sessionStorage.getItem('cognitoAccessToken') ?? '').split('.');
      const claims = JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')));
      claims.exp = Math.floor(Date.now() / 1000) - 60;
      const forged = btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      const token = `${header}.${forged}.${signature}`;
      sessionStorage.setItem('cognitoAccessToken', token);
      return token;
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await expect(card(page, 'Offer', acme)).toBeVisible();
    await expect(page).not.toHaveURL(/\/login/);
    expect(await page.evaluate(() => sessionStorage.getItem('cognitoAccessToken'))).not.toBe(expired);
  });

  await test.step('a refused access token (401) is refreshed once and the request retried', async () => {
    await page.evaluate(() => {
      const [header, payload] = (sessionStorage.getItem('cognitoAccessToken') ?? '').split('.');
      sessionStorage.setItem('cognitoAccessToken', `${header}.${payload}.not-its-signature`);
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All jobs' }).click();
    await expect(page.getByLabel(`Select ${nameOf(acme)}`)).toBeVisible();
    await expect(page).not.toHaveURL(/\/login/);
  });

  await test.step('on a phone the board is one column with a status switcher', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    await page.getByLabel('Column shown').selectOption('Offer');
    await expect(card(page, 'Offer', acme)).toBeVisible();
    await expect(column(page, 'Applied')).toBeHidden();
    await expectAccessible(page, 'board on a phone');
    await screenshot(page, testInfo, 'board-phone');
    await card(page, 'Offer', acme).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(acme), exact: true })).toBeVisible();
    await screenshot(page, testInfo, 'job-phone');
    await page.goto('/insights');
    await expect(page.getByRole('heading', { level: 2, name: 'Jobs per status (3 in all)' })).toBeVisible();
    await screenshot(page, testInfo, 'statistics-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step('log out: the app is closed until the next login', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await page.evaluate(() => sessionStorage.getItem('cognitoRefreshToken'))).toBeNull();
    await page.goto('/jobs');
    await expect(page).toHaveURL(/\/login/);
  });

  expect(errors).toEqual([]);
});
