import { defineConfig } from '@playwright/test';

// The browser tests run against a running CareerVault (the system module's test starts
// one and sets CAREERVAULT_URL) in Debian's Chromium; Playwright's own browsers are
// never downloaded.
const baseURL = process.env.CAREERVAULT_URL ?? 'http://localhost:8000';
const outputDir = process.env.CAREERVAULT_E2E_OUT ?? 'target/e2e';
// CAREERVAULT_E2E_SPECS=job-documents runs only the specs whose file name matches (a regular expression),
// e.g. through WebAppBrowserTest, whose Playwright inherits the environment; every spec without it
const only = process.env.CAREERVAULT_E2E_SPECS;

export default defineConfig({
  testDir: 'e2e',
  ...(only ? { testMatch: new RegExp(`(${only})[^/]*\\.spec\\.ts$`) } : {}),
  outputDir: `${outputDir}/results`,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${outputDir}/report.json` }]],
  use: {
    baseURL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // this machine's network is closed: no background connections, no sandbox as root
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
