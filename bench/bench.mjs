// The benchmark (not a test: these machines are shared and noisy). Compares the built app with
// its physical limit, the same prerendered markup and CSS without any script, and prints
// markdown for BENCHMARKS.md. Run it with `scripts/bench`.
//
//   node bench/bench.mjs [--dist DIR] [--static DIR] [--runs N] [--label TEXT] [--a11y-only]
//
// - Lighthouse 12 (mobile profile, simulated throttling), N runs on each page: medians of FCP,
//   LCP, TBT, CLS, Speed Index, performance score and transferred bytes, and our/static ratios.
// - Under Lighthouse's mobile throttling applied through CDP (562.5 ms RTT, 1.47 Mbit/s,
//   CPU × 4), N real navigations of each page: first contentful paint, and the time from
//   navigation start until a click on a bookmark button changes its state.
// - Bytes of every file of dist/ (raw, gzip, brotli).
// - Lighthouse's accessibility score of each page (French and English programme and
//   statement), with the audits that failed; `--a11y-only` runs just this part.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, launch, DIST } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = path.resolve(opt('dist', DIST));
const staticDir = path.resolve(opt('static', 'bench/out/static'));
const runs = Number(opt('runs', 5));
const label = opt('label', 'current build');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
    const a = lhr.audits;
    return {
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      si: a['speed-index'].numericValue,
      score: lhr.categories.performance.score * 100,
      bytes: a['total-byte-weight'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse's accessibility category on `url`: the score and the audits that failed. */
async function lighthouseA11y(url) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['accessibility'], logLevel: 'error' });
    const refs = lhr.categories.accessibility.auditRefs.filter((r) => r.weight > 0);
    const failed = refs.filter((r) => lhr.audits[r.id].score !== 1).map((r) => r.id);
    return { score: Math.round(lhr.categories.accessibility.score * 100), audits: refs.length, failed };
  } finally {
    await chrome.kill();
  }
}

const A11Y_PAGES = [
  ['programme (fr)', ''],
  ['programme (en)', 'en.html'],
  ['« Mes ateliers » (fr)', '#mes-ateliers'],
  ['statement (fr)', 'accessibilite.html'],
  ['statement (en)', 'accessibility.html'],
];

async function a11yTable(url) {
  const out = ['| page | Lighthouse accessibility | weighted audits | failed |', '|---|---:|---:|---|'];
  for (const [name, rel] of A11Y_PAGES) {
    const r = await lighthouseA11y(url + rel);
    out.push(`| ${name} | ${r.score} | ${r.audits} | ${r.failed.join(', ') || 'none'} |`);
  }
  return out;
}

if (args.includes('--a11y-only')) {
  const app = await serve(dist, '/app/', { compress: true });
  console.log((await a11yTable(app.url)).join('\n'));
  await app.close();
  process.exit(0);
}

/**
 * One navigation throttled like a phone (Lighthouse's mobile settings applied through CDP, so
 * the browser really waits): first contentful paint, and, where the page has bookmark buttons,
 * the time of the first click that flips one.
 */
async function throttled(browser, url, { clicks }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  if (clicks) await context.addInitScript(() => {
    // Keeps clicking until the click works (before hydration it does nothing).
    const tryClick = () => {
      const b = document.querySelector('#atelier-1 button.pick');
      if (b) {
        b.click();
        if (b.getAttribute('aria-pressed') === 'true') {
          window.__usableAt = performance.now();
          return;
        }
      }
      setTimeout(tryClick, 5);
    };
    tryClick();
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1474.56 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (clicks) await page.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 60_000 });
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    usable: window.__usableAt,
  }));
  await context.close();
  return result;
}

function sizes(dir) {
  const rows = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!fs.statSync(path.join(dir, f)).isFile()) continue;
    const raw = fs.readFileSync(path.join(dir, f));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push({ f, raw: raw.length, gz, br });
  }
  return rows;
}

// Compressed, as DEPLOY.md asks of hosts: transferred bytes are what a phone downloads.
const app = await serve(dist, '/app/', { compress: true });
const stat = await serve(staticDir, '/static/', { compress: true });
const results = { app: [], static: [] };
for (let i = 0; i < runs; i++) {
  results.app.push(await lighthouseRun(app.url));
  results.static.push(await lighthouseRun(stat.url));
  process.stderr.write(`lighthouse run ${i + 1}/${runs} done\n`);
}
const browser = await launch();
const real = { app: [], static: [] };
for (let i = 0; i < runs; i++) {
  real.app.push(await throttled(browser, app.url, { clicks: true }));
  real.static.push(await throttled(browser, stat.url, { clicks: false }));
}
const usable = real.app.map((r) => r.usable);
const a11y = await a11yTable(app.url);
await browser.close();
await app.close();
await stat.close();

const keys = [
  ['fcp', 'First Contentful Paint (ms)'],
  ['lcp', 'Largest Contentful Paint (ms)'],
  ['tbt', 'Total Blocking Time (ms)'],
  ['cls', 'Cumulative Layout Shift'],
  ['si', 'Speed Index (ms)'],
  ['score', 'Performance score'],
  ['bytes', 'Transferred bytes'],
];
const fmt = (k, v) => (k === 'cls' ? v.toFixed(3) : Math.round(v).toString());
const out = [];
out.push(`### ${label}: ${new Date().toISOString().slice(0, 10)}, ${runs} runs, medians`);
out.push('');
out.push('| metric | app | static page | app / static |');
out.push('|---|---:|---:|---:|');
for (const [k, name] of keys) {
  const a = median(results.app.map((r) => r[k]));
  const s = median(results.static.map((r) => r[k]));
  const ratio = s === 0 ? (a === 0 ? '1.00' : '∞') : (a / s).toFixed(2);
  out.push(`| ${name} | ${fmt(k, a)} | ${fmt(k, s)} | ${ratio} |`);
}
const fcpApp = median(real.app.map((r) => r.fcp));
const fcpStatic = median(real.static.map((r) => r.fcp));
out.push(`| First Contentful Paint, CDP-throttled (ms) | ${Math.round(fcpApp)} | ${Math.round(fcpStatic)} | ${(fcpApp / fcpStatic).toFixed(2)} |`);
out.push(`| Bookmark usable, CDP-throttled (ms) | ${Math.round(median(usable))} | n/a | |`);
out.push('');
out.push(`Bookmark usable, every run (ms): ${usable.map((x) => Math.round(x)).join(', ')}`);
out.push('');
out.push('| file | raw | gzip | brotli |');
out.push('|---|---:|---:|---:|');
for (const { f, raw, gz, br } of sizes(dist)) out.push(`| ${f.replace(/-[0-9a-f]{16}/, '-…')} | ${raw} | ${gz} | ${br} |`);
out.push('');
out.push(...a11y);
console.log(out.join('\n'));
