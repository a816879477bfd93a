import { expect, test, type Page } from '@playwright/test';
import { collectBrowserErrors, expectAccessible, screenshot, signUpAndLogIn } from './support';

// Issue 16's AI insights through the UI, in a real Chromium against the whole system (the enricher
// included, with whatever provider it is configured with; the one-command run's default is the
// offline one): save a resume on the account page, create a job with the posting's text, watch the
// job page compute and show the match score, then change the resume and see the job scored again.
const run = Date.now().toString(36);
const person = { username: `ai${run}`, email: `ai-${run}@example.com`, password: 'TestPass123!' };
const backend = { company: `Initech ${run}`, position: 'Backend Engineer' };
const nameOf = (job: { company: string; position: string }) => `${job.company} — ${job.position}`;

const POSTING = [
  'Initech is hiring a backend engineer to build the payment platform.',
  'You design and run services in Java 17 with Spring Boot, publish events to Apache Kafka and keep data in DynamoDB.',
  'Required: 5+ years of Java, Spring Boot, Kafka, REST APIs, PostgreSQL or DynamoDB, Docker and Kubernetes.',
  'Nice to have: Terraform, observability with Prometheus and Grafana, on-call experience.',
].join('\n');
const BACKEND_RESUME = [
  'Backend engineer with 6 years of Java and Spring Boot.',
  'Built event-driven services on Apache Kafka, REST APIs, PostgreSQL and DynamoDB; shipped with Docker and Kubernetes.',
  'Ran the on-call rotation; dashboards in Prometheus and Grafana; infrastructure in Terraform.',
].join('\n');
const MARKETING_RESUME = [
  'Marketing manager with 8 years in brand campaigns and social media.',
  'Led content strategy, SEO, newsletters and events; managed agencies and a budget of 2 million.',
].join('\n');

const insights = (page: Page) => page.getByRole('region', { name: 'AI insights' });
const matchScore = (page: Page) => insights(page).getByRole('meter', { name: 'Match score' });

/** The score the job page shows, as a number (the meter's value and the "N / 100" text agree). */
async function shownScore(page: Page): Promise<number> {
  const value = Number(await matchScore(page).getAttribute('value'));
  await expect(insights(page)).toContainText(`${value} / 100`);
  return value;
}

async function saveResume(page: Page, text: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  const resume = page.getByRole('region', { name: 'Resume' });
  await expect(resume.getByRole('status').filter({ hasText: 'Loading your resume' })).toHaveCount(0);
  // the section's name is "Resume" too: the textbox by its role
  await resume.getByRole('textbox', { name: 'Resume', exact: true }).fill(text);
  await resume.getByRole('button', { name: 'Save resume' }).click();
  await expect(resume.getByText('Your resume is saved.')).toBeVisible();
  await expect(resume.getByText('Last updated')).toBeVisible();
}

test('save a resume, add a job with its posting, and read the AI insights', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = collectBrowserErrors(page);

  await test.step('sign up and log in', async () => {
    await signUpAndLogIn(page, person);
  });

  await test.step('save a resume on the account page: kept out of the history, deleted with the account', async () => {
    await saveResume(page, BACKEND_RESUME);
    const resume = page.getByRole('region', { name: 'Resume' });
    await expect(resume).toContainText('out of your jobs\' history');
    await expect(resume).toContainText('deleted with your account');
    await expect(resume.getByText(/^[\d,]+ \/ 50,000 characters$/)).toBeVisible();
    await expectAccessible(page, 'account page with a resume');
    await screenshot(page, testInfo, 'account-resume');
  });

  await test.step('create a job with the posting\'s text, its counter counting', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
    await page.getByRole('link', { name: 'New job' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();
    await page.getByLabel('Company (required)').fill(backend.company);
    await page.getByLabel('Position (required)').fill(backend.position);
    await page.getByLabel('Job description', { exact: true }).fill(POSTING);
    await expect(page.getByText(`${new Intl.NumberFormat('en').format([...POSTING].length)} / 20,000 characters`)).toBeVisible();
    await expectAccessible(page, 'new job form with a description');
    await screenshot(page, testInfo, 'job-form-description');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Added ${nameOf(backend)}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  });

  let first = 0;
  await test.step('the job page computes the insights, then shows the match score', async () => {
    await page.getByRole('region', { name: 'Applied', exact: true }).getByRole('link', { name: nameOf(backend) }).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(backend), exact: true })).toBeVisible();
    await expect(insights(page).getByRole('heading', { level: 2, name: 'AI insights' })).toBeVisible();
    // "Computing insights…" while pending (the page asks every 2 s), unless the enricher was quicker than the page
    await expect(matchScore(page)).toBeVisible({ timeout: 60_000 });
    first = await shownScore(page);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThanOrEqual(100);
    await expect(insights(page).getByText('Computing insights…')).toHaveCount(0);
    await expect(insights(page)).toContainText('These are estimates');
    await expect(insights(page).getByRole('heading', { level: 3, name: 'Summary' })).toBeVisible();
    await expect(insights(page).getByRole('heading', { level: 3, name: 'Required skills' })).toBeVisible();
    await expect(insights(page).getByRole('heading', { level: 3, name: 'Strengths' })).toBeVisible();
    await expect(insights(page).getByRole('heading', { level: 3, name: 'Gaps' })).toBeVisible();
    await expect(insights(page).getByText(/^Computed by .+ \(.+\), /)).toBeVisible();
    await expectAccessible(page, 'job page with AI insights');
    await screenshot(page, testInfo, 'job-insights');
  });

  await test.step('a marketing resume scores the backend posting lower once the job is scored again', async () => {
    const jobPage = page.url();
    await saveResume(page, MARKETING_RESUME);
    await page.goto(jobPage);
    // the enricher re-scores every job with a description after a resume change; the page shows the
    // latest result on each load
    await expect(async () => {
      await page.reload();
      await expect(matchScore(page)).toBeVisible({ timeout: 2000 });
      expect(await shownScore(page)).toBeLessThan(first);
    }).toPass({ timeout: 60_000 });
  });

  await test.step('on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    await expect(matchScore(page)).toBeVisible();
    await expectAccessible(page, 'job page with AI insights on a phone');
    await screenshot(page, testInfo, 'job-insights-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  expect(errors).toEqual([]);
});
