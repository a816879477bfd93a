import { expect, test, type Page } from '@playwright/test';
import { collectBrowserErrors, expectAccessible, screenshot, signUpAndLogIn } from './support';

// What the history knows (issue 19), every step through the UI in a real Chromium against the whole system:
// sign up, capture a job from a posting's page (a schema.org JobPosting in JSON-LD: the draft with each value's
// source, the prefilled form, Source "Referral"), capture the same posting again (the draft warns of the first
// job and links to it; saved all the same, the warning after creating, and the new job's page says the company
// was applied to before), the first job taken Applied → Interviewing → Rejected, the statistics' funnel (it
// counts in Interviewing) and time in stage, overall and for the Referral source, and the Ghosted thresholds on
// the Reminders page kept over a reload.
const run = Date.now().toString(36);
const person = { username: `his${run}`, email: `his-${run}@example.com`, password: 'TestPass123!' };
const job = { company: `Umbrella Labs ${run}`, position: 'Platform Engineer' };
const name = `${job.company} — ${job.position}`;
const postingUrl = `https://jobs.umbrella.example/postings/${run}?utm_source=newsletter`;
// three days ago (the browser's day), the first job's applied date: the company history's "last outcome" date
const appliedOn = (() => {
  const d = new Date(Date.now() - 3 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();

/** A posting page as a careers site serves it: the JobPosting as JSON-LD, with HTML in its description. */
const postingPage = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Platform Engineer - Umbrella Labs</title>
  <script type="application/ld+json">
  {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "${job.position}",
    "hiringOrganization": {"@type": "Organization", "name": "${job.company}"},
    "datePosted": "2026-11-20",
    "employmentType": "FULL_TIME",
    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Lisbon", "addressCountry": "PT"}},
    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": {"@type": "QuantitativeValue", "minValue": 70000, "maxValue": 90000, "unitText": "YEAR"}},
    "description": "<p>Run our <b>Kafka</b> platform &amp; its tooling.</p><ul><li>Java 17</li><li>Terraform</li></ul>",
    "url": "${postingUrl}"
  }
  </script>
</head>
<body><h1>Platform Engineer</h1><p>Apply today.</p></body>
</html>`;

/** What the draft shows for each field: its value, then where it was read. */
const fromJsonLd = ' — from structured data (JSON-LD)';
const expectedDraft: [string, string][] = [
  ['Company', job.company],
  ['Position', job.position],
  ['Location', 'Lisbon, PT'],
  ['Salary range', 'EUR 70,000-90,000 per year'],
  ['Employment type', 'Full-time'],
  ['Posted on', '2026-11-20'],
  ['Job posting URL', postingUrl],
  ['Job description', 'Run our Kafka platform & its tooling.\n\n- Java 17\n- Terraform'],
];

const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });
const draftRegion = (page: Page) => page.getByRole('region', { name: 'What the page says' });
/** The `<dd>` of the draft's row `label`. */
const draftValue = (page: Page, label: string) =>
  draftRegion(page).locator('.pair').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
/** The funnel's row of `stage`: its cells (reached, moved on). */
const funnelCells = (page: Page, stage: string) =>
  page.getByRole('table', { name: 'Funnel: applications that reached each stage' }).getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: stage, exact: true }) }).getByRole('cell');
const timeInStage = (page: Page, stage: string) =>
  page.locator('.tis-numbers').getByRole('listitem').filter({ has: page.locator('strong', { hasText: new RegExp(`^${stage}$`) }) });

/** Opens the capture page from the board, pastes the posting and reads it; ends on the draft. */
async function capture(page: Page) {
  await main(page).getByRole('link', { name: 'Board' }).click();
  await page.getByRole('link', { name: 'Capture from posting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Capture a job from its posting' })).toBeVisible();
  await page.getByLabel("The page's HTML").fill(postingPage);
  await page.getByRole('button', { name: 'Read the posting' }).click();
  await expect(draftRegion(page)).toBeVisible();
  for (const [label, value] of expectedDraft) {
    await expect(draftValue(page, label), label).toHaveText(value + fromJsonLd);
  }
  // the posting has no end date: no row for it
  await expect(draftRegion(page).locator('dt', { hasText: 'Apply by' })).toHaveCount(0);
}

test('capture from a posting, duplicate warnings, company history, the funnel and the Ghosted thresholds', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = collectBrowserErrors(page);
  let firstId = '';

  await test.step('sign up and log in', async () => {
    await signUpAndLogIn(page, person);
  });

  await test.step('capture a job from its posting: the draft with each source, the prefilled form, Source "Referral"', async () => {
    await capture(page);
    await expect(draftRegion(page).getByText('You may have this job already:')).toHaveCount(0);
    await expectAccessible(page, 'capture draft');
    await screenshot(page, testInfo, 'capture-draft');
    await draftRegion(page).getByRole('button', { name: 'Use this draft' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();
    await expect(page.getByLabel('Company (required)')).toHaveValue(job.company);
    await expect(page.getByLabel('Position (required)')).toHaveValue(job.position);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('Applied');
    await expect(page.getByLabel('Location', { exact: true })).toHaveValue('Lisbon, PT');
    await expect(page.getByLabel('Salary range', { exact: true })).toHaveValue('EUR 70,000-90,000 per year');
    await expect(page.getByLabel('Job posting URL', { exact: true })).toHaveValue(postingUrl);
    await expect(page.getByLabel('Job description', { exact: true })).toHaveValue('Run our Kafka platform & its tooling.\n\n- Java 17\n- Terraform');
    // what has no job field of its own goes to the notes
    await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Employment type: Full-time\nPosted on 2026-11-20');
    await expect(page.getByLabel('Source', { exact: true })).toHaveValue('');
    await page.getByLabel('Source', { exact: true }).fill('Referral');
    await page.getByLabel('Applied on', { exact: true }).fill(appliedOn);
    await expectAccessible(page, 'new job form from a draft');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Added ${name}.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'You may have this job already' })).toHaveCount(0);

    await column(page, 'Applied').getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    firstId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(firstId).toMatch(/^[0-9a-f-]{36}$/);
    const source = page.locator('.pair').filter({ has: page.locator('dt', { hasText: /^Source$/ }) }).locator('dd');
    await expect(source).toHaveText('Referral');
    // the first application to this company: no history line
    await expect(page.locator('.company-history')).toHaveCount(0);
  });

  await test.step('capture it again: the draft warns of the first job; saved anyway, the warning and the company history', async () => {
    await capture(page);
    const warning = draftRegion(page).getByRole('alert');
    await expect(warning.getByText('You may have this job already:', { exact: true })).toBeVisible();
    const link = warning.getByRole('link');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveText(`${name} (Applied, applied ${appliedOn}; same posting)`);
    await expect(link).toHaveAttribute('href', `/jobs/${firstId}`);
    await expectAccessible(page, 'capture draft with a duplicate warning');
    await draftRegion(page).getByRole('button', { name: 'Use this draft' }).click();
    await expect(page.getByLabel('Company (required)')).toHaveValue(job.company);
    await page.getByRole('button', { name: 'Save' }).click();
    // (the first job's message may still be there)
    await expect(page.getByText(`Added ${name}.`).last()).toBeVisible();
    // recorded all the same, with the warning (kept until dismissed)
    const notice = page.getByRole('alert').filter({ hasText: 'You may have this job already' });
    await expect(notice.locator('.notice-message'))
      .toHaveText(`You may have this job already: ${name} (Applied, applied ${appliedOn}; same posting).`);
    await notice.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(notice).toHaveCount(0);

    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
    await expect(column(page, 'Applied').getByRole('link', { name })).toHaveCount(2);
    await column(page, 'Applied').locator(`a[href^="/jobs/"]:not([href="/jobs/${firstId}"])`).filter({ hasText: name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(new URL(page.url()).pathname).not.toBe(`/jobs/${firstId}`);
    await expect(page.locator('.company-history')).toHaveText(`Applied to this company once before; last outcome: Applied (${appliedOn}).`);
    await expectAccessible(page, 'job page with the company history');
    // the "Added" messages (6 s, paused while hovered) would cover the page's details in the screenshot
    await page.mouse.move(0, 0);
    await expect(page.locator('.notice')).toHaveCount(0);
    await screenshot(page, testInfo, 'job-company-history');
  });

  await test.step('take the first job to Interviewing, then Rejected', async () => {
    await main(page).getByRole('link', { name: 'Board' }).click();
    await expect(page.getByText('Loading your jobs…')).toHaveCount(0);
    const first = (status: string) => column(page, status).getByRole('listitem').filter({ has: page.locator(`a[href="/jobs/${firstId}"]`) });
    await first('Applied').getByLabel(`Status of ${name}`).selectOption('Interviewing');
    await expect(first('Interviewing')).toBeVisible();
    await expect(page.getByText('Saving…')).toHaveCount(0);
    await first('Interviewing').getByLabel(`Status of ${name}`).selectOption('Rejected');
    await expect(first('Rejected')).toBeVisible();
    await expect(page.getByText('Saving…')).toHaveCount(0);
    await page.reload();
    await expect(first('Rejected')).toBeVisible();
    await expect(column(page, 'Applied').getByRole('link', { name })).toHaveCount(1);

    await first('Rejected').getByRole('link', { name }).click();
    const timeline = page.getByRole('list', { name: 'Status timeline, newest first' }).getByRole('listitem');
    await expect(timeline).toHaveCount(3);
    await expect(timeline.nth(0)).toContainText('Rejected');
    await expect(timeline.nth(1)).toContainText('Interviewing');
    await expect(timeline.nth(2)).toContainText('Applied');
  });

  await test.step('statistics: the funnel counts it in Interviewing; time in stage; the Referral source', async () => {
    await main(page).getByRole('link', { name: 'Statistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    // the figures come from the analytics stream, a moment behind the commands: until the rejection is in
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: 'How far your applications got' })).toBeVisible({ timeout: 2000 });
      await expect(funnelCells(page, 'Interviewing')).toHaveText(['1', '0%'], { timeout: 2000 });
      await expect(timeInStage(page, 'Interviewing')).toContainText('(1 application)', { timeout: 2000 });
    }).toPass({ timeout: 60_000 });
    const picker = page.getByLabel('Applications', { exact: true });
    await expect(picker).toHaveValue('all');
    await expect(picker.locator('option:checked')).toHaveText('All (2)');
    // rejected after an interview: it reached Interviewing (and, past it, Screening), never Offer
    await expect(funnelCells(page, 'Applied')).toHaveText(['2', '50%']);
    await expect(funnelCells(page, 'Screening')).toHaveText(['1', '100%']);
    await expect(funnelCells(page, 'Interviewing')).toHaveText(['1', '0%']);
    await expect(funnelCells(page, 'Offer')).toHaveText(['0', '0%']);
    await expect(funnelCells(page, 'Accepted')).toHaveText(['0', '—']);
    await expect(page.getByRole('figure').getByText('Time in stage (median bar, 90th percentile tick)')).toBeVisible();
    await expect(page.getByRole('img', { name: /^Applied: median .*; Interviewing: median 0 days, 90th percentile 0 days, 1 applications; / })).toBeVisible();
    // seconds in Interviewing: 0 days to two decimals
    await expect(timeInStage(page, 'Interviewing')).toHaveText('Interviewing: median 0 days, 90th percentile 0 days (1 application)');
    await expect(timeInStage(page, 'Screening')).toHaveText('Screening: no applications yet');
    await expect(timeInStage(page, 'Applied')).toContainText('(1 application)');
    await expect(timeInStage(page, 'First answer')).toContainText('(1 application)');

    await picker.selectOption({ label: 'Referral (1)' });
    await expect(picker).toHaveValue('source:Referral');
    await expect(funnelCells(page, 'Applied')).toHaveText(['1', '100%']);
    await expect(funnelCells(page, 'Screening')).toHaveText(['1', '100%']);
    await expect(funnelCells(page, 'Interviewing')).toHaveText(['1', '0%']);
    await expect(funnelCells(page, 'Offer')).toHaveText(['0', '0%']);
    await expect(funnelCells(page, 'Accepted')).toHaveText(['0', '—']);
    await expect(timeInStage(page, 'Interviewing')).toHaveText('Interviewing: median 0 days, 90th percentile 0 days (1 application)');
    await expectAccessible(page, 'statistics with the funnel');
    await screenshot(page, testInfo, 'statistics-funnel');
  });

  await test.step('the Ghosted thresholds on the Reminders page: 21 and 14 by default, a change kept over a reload', async () => {
    await main(page).getByRole('link', { name: 'Reminders' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reminder preferences' })).toBeVisible();
    const ghosted = page.getByRole('group', { name: 'Ghosted, found for you' });
    const afterApplied = ghosted.getByLabel('Days without an answer after Applied or Screening');
    const afterInterview = ghosted.getByLabel('Days without an answer after an interview');
    await expect(afterApplied).toHaveValue('21');
    await expect(afterInterview).toHaveValue('14');
    await afterInterview.fill('10');
    await expectAccessible(page, 'reminder preferences');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
    await page.reload();
    await expect(afterInterview).toHaveValue('10');
    await expect(afterApplied).toHaveValue('21');
  });

  expect(errors).toEqual([]);
});
