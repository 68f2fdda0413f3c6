// `npm run audit`: Lighthouse 12 (mobile, simulated slow 4G, 4× CPU slowdown: its defaults) on the built studio,
// served like `npm start` on a free port. Fails below the budgets: performance ≥ 95, accessibility 100. Not part of
// `npm test`: a score on a shared 2-core machine varies from run to run, so it is a report, checked by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { chromePath, chromiumFlags } from '../tests/chromium.mjs';

const pages = ['/', '/photo', '/accessibilite'];
const budgets = { performance: 95, accessibility: 100 };
const out = new URL('../.cache/lighthouse/', import.meta.url);

process.env.NODE_ENV = 'production';
await build({ mode: 'production', logLevel: 'warn', configLoader: 'runner' });
const server = await preview({
  configLoader: 'runner',
  logLevel: 'warn',
  preview: { port: 0, strictPort: false },
});
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
mkdirSync(out, { recursive: true });
let failed = 0;
try {
  console.log('audit: Lighthouse 12, mobile, slow 4G simulated (150 ms RTT, 1.6 Mbit/s, CPU ×4)\n');
  console.log('page              performance  accessibility  FCP      LCP      TBT     CLS');
  for (const page of pages) {
    const result = await lighthouse(`${base}${page}`, {
      port: chrome.port,
      onlyCategories: Object.keys(budgets),
      output: 'json',
      logLevel: 'error',
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
    const { categories, audits } = result.lhr;
    writeFileSync(new URL(`${page.replace(/\W/g, '') || 'hub'}.json`, out), String(result.report));
    const scores = Object.fromEntries(
      Object.keys(budgets).map(name => [name, Math.round((categories[name]?.score ?? 0) * 100)]),
    );
    const misses = Object.entries(budgets).filter(([name, min]) => scores[name] < min);
    failed += misses.length;
    const metric = id => audits[id]?.displayValue ?? '—';
    console.log(
      `${page.padEnd(18)}${String(scores.performance).padStart(11)}${String(scores.accessibility).padStart(15)}  ` +
        `${metric('first-contentful-paint').padEnd(9)}${metric('largest-contentful-paint').padEnd(9)}` +
        `${metric('total-blocking-time').padEnd(8)}${metric('cumulative-layout-shift')}`,
    );
    for (const [name] of misses) {
      const failing = Object.values(audits).filter(a => a.score !== null && a.score < 1 && a.details);
      console.log(`  ${name} below ${budgets[name]}: ${failing.map(a => a.id).join(', ')}`);
    }
  }
  console.log(`\nbudgets: performance ≥ ${budgets.performance}, accessibility ${budgets.accessibility}`);
  console.log(
    `reports: .cache/lighthouse/*.json; ${failed ? `${failed} below budget` : 'all within budget'}`,
  );
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
