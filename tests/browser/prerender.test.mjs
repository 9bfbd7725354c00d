// The prerendered page and its takeover by the wasm, under the page's own Content-Security-Policy:
// readable without JavaScript, one copy of everything after hydration, no layout shift, no
// policy violation, integrity enforced on the wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, plain, DIST } from './harness.mjs';

const TITLES = [
  'Les enjeux de l’accès à la mobilité internationale',
  'Valorisation du Volontariat International : Impact sur la Vie Professionnelle',
  'Mobilités internationales dans les études professionnelles',
  'Coopération décentralisée franco-palestinienne et présentation du Programme Jer’Est 2 – l’accès aux mobilités dans un contexte de crise',
  'Session plénière',
];

const s = suite();

const visibleTitles = (page) =>
  page.locator('article.session .title:visible').evaluateAll((els) => els.map((e) => e.textContent));

test('without JavaScript the whole programme is readable', async () => {
  const page = await s.open('', { javaScriptEnabled: false, ready: false });
  assert.deepEqual((await visibleTitles(page)).map(plain), TITLES);
  assert.match(plain(await page.textContent('h1')), /^L’insertion sociale et professionnelle des Jeunes/);
  assert.match(await page.innerText('header'), /jeudi 6\u00a0juin\u00a02024/);
  assert.match(await page.textContent('#programme .intro'), /Cette journée a pour but/);
  assert.ok(!(await page.locator('.mine').isVisible()), '« Mes ateliers » is not shown in the programme');
  assert.equal(await page.getAttribute('html', 'data-app'), null, 'no script ran');
  assert.match(await page.title(), /^L’insertion sociale .* – programme du jeudi 6\u00a0juin\u00a02024, Rennes Métropole$/);
  assert.deepEqual(page.problems, []);
});

test('after hydration: one copy of everything, no layout shift, no policy violation', async () => {
  const page = await s.open('', {
    viewport: { width: 360, height: 740 },
    init: () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    },
  });

  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('article.session').count(), 5);
  for (const id of ['atelier-1', 'atelier-2', 'atelier-3', 'atelier-4', 'pleniere']) {
    assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `one #${id}`);
  }
  assert.equal(await page.locator('nav.views').count(), 1);
  assert.deepEqual((await visibleTitles(page)).map(plain), TITLES);

  // The hydrated page works: choose, switch views, come back.
  await page.click('#atelier-3 button.pick');
  assert.equal(await page.getAttribute('#atelier-3 button.pick', 'aria-pressed'), 'true');
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.deepEqual((await visibleTitles(page)).map(plain), [TITLES[2]]);
  await page.click('nav.views a[href="#programme"]');
  await page.waitForSelector('.mine', { state: 'hidden' });

  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.001, `cumulative layout shift before any input: ${shift}`);
  assert.deepEqual(page.problems, [], 'no console error or warning, no request elsewhere');
});

test('the page carries a strict policy and the wasm is fetched with its integrity', async () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(policy, 'a CSP meta tag');
  assert.match(policy, /default-src 'self'/);
  // One hash per inline script: the language choice, the early taps, the embed set-up and
  // Trunk's loader.
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*'){4};/);
  // The English page is built from the same template: the same scripts, the same policy.
  const en = fs.readFileSync(path.join(DIST, 'en.html'), 'utf8');
  assert.equal(en.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1], policy);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, /base-uri 'self'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.match(html, /module_or_path: fetch\('\.\/journee-[0-9a-f]+_bg\.wasm', \{ integrity: 'sha384-[A-Za-z0-9+/]+=*' \}\)/);
  assert.match(html, /<link rel="modulepreload" href="\.\/journee-[0-9a-f]+\.js" crossorigin="anonymous" integrity="sha384-/);

  // The browser enforces it: an injected inline script does not run.
  const page = await s.open();
  const ran = await page.evaluate(async () => {
    const blocked = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    const violation = await blocked;
    return { injected: window.__injected ?? false, directive: violation.effectiveDirective };
  });
  assert.deepEqual(ran, { injected: false, directive: 'script-src-elem' });
});

test('a wasm altered on the way is refused, and the programme stays readable', async () => {
  const copy = s.temp('journee-tampered-', DIST);
  const wasm = fs.readdirSync(copy).find((f) => f.endsWith('.wasm'));
  const bytes = fs.readFileSync(path.join(copy, wasm));
  bytes[bytes.length - 1] ^= 0xff;
  fs.writeFileSync(path.join(copy, wasm), bytes);
  const page = await s.open('', { server: await s.serve(copy), ready: false });
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm')));
  await page.waitForTimeout(500);
  assert.equal(await page.getAttribute('html', 'data-app'), null, 'the altered wasm did not run');
  assert.ok(page.problems.some((p) => /integrity/i.test(p)), `the browser reported the integrity failure: ${page.problems}`);
  assert.deepEqual((await visibleTitles(page)).map(plain), TITLES);
});

test('the home-screen icon for iOS is opaque, and the icon link carries no integrity', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const href = html.match(/<link rel="apple-touch-icon" href="([^"]+)">/)?.[1];
  assert.ok(href, 'an apple-touch-icon');
  const png = fs.readFileSync(path.join(DIST, href));
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [180, 180]);
  // Colour type 2: truecolour without alpha. iOS paints transparent corners black.
  assert.equal(png[25], 2);
  assert.doesNotMatch(html.match(/<link rel="icon"[^>]*>/)[0], /integrity/);
});
