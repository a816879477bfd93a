import { expect, test } from '@playwright/test';
import { collectBrowserErrors, expectAccessible } from './support';

test('the app is served at / and runs under its Content-Security-Policy', async ({ page }) => {
  const errors = collectBrowserErrors(page);
  const answer = await page.goto('/');
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, '/');
  expect(errors).toEqual([]);
});
