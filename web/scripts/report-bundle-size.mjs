// Reports the gzipped JavaScript a browser loads for the first page (the entry
// script and the chunks index.html preloads) and fails the build above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const budgetBytes = Number(process.env.FIRST_PAGE_JS_BUDGET_BYTES ?? 200 * 1024);
const dist = process.env.CAREERVAULT_WEB_OUT_DIR ?? new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of scripts) {
  const gzipped = gzipSync(readFileSync(join(dist, file))).length;
  total += gzipped;
  console.log(`  ${file}: ${(gzipped / 1024).toFixed(1)} kB gzipped`);
}
console.log(`First page JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (budget ${(budgetBytes / 1024).toFixed(0)} kB)`);
if (scripts.length === 0 || total > budgetBytes) {
  console.error(scripts.length === 0 ? 'no script found in dist/index.html' : 'over the first-page JavaScript budget');
  process.exit(1);
}
