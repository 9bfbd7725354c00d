// Offline after the first visit, updates, and installability, in real Chromium against a copy of
// the release dist/ served from a sub-folder by a server the tests stop and change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, ready, plain, visibleSessions, DIST, readByIcalJs } from './harness.mjs';

const s = suite();

/** A server of its own for the test, on a throw-away copy of dist/: it may stop it or deploy into it. */
async function ownServer() {
  const dir = s.temp('journee-deploy-', DIST);
  return { dir, server: await s.serve(dir) };
}

/** Waits until the page is controlled by an active worker (its files are then cached). */
const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return navigator.serviceWorker.controller.scriptURL;
  });

test('after one visit the programme, the choices and the deep links work with the server stopped', async () => {
  const { server } = await ownServer();
  const page = await s.open('', { server, acceptDownloads: true });
  const context = page.context();
  assert.equal(await controlled(page), `${server.url}sw.js`, 'the worker\'s scope is the app\'s folder');
  await page.click('#atelier-2 button.pick');

  await server.close();
  const stoppedAt = Date.now();
  await page.reload();
  await ready(page);
  console.log(`# from server stop to a working reload: ${Date.now() - stoppedAt} ms`);
  assert.equal(await page.locator('article.session').count(), 5);
  assert.equal(await page.getAttribute('#atelier-2 button.pick', 'aria-pressed'), 'true');

  await page.goto(`${server.url}#mes-ateliers`);
  await ready(page);
  assert.deepEqual(await visibleSessions(page), ['atelier-2']);
  // A deep link opened in a new tab, still with no server.
  const tab = await s.open('#atelier-4', { context, server });
  await tab.waitForFunction(() => document.activeElement?.id === 'atelier-4-titre');
  await tab.click('#atelier-4 button.pick');
  assert.equal(await tab.getAttribute('#atelier-4 button.pick', 'aria-pressed'), 'true');
  // The other language and the statement, never opened before, with no server.
  await tab.click('#langue');
  await tab.waitForURL(`${server.url}en.html#atelier-4`);
  await ready(tab);
  assert.equal(await tab.textContent('#mes-ateliers-titre'), 'My workshops');
  assert.equal(await tab.getAttribute('#atelier-4 button.pick', 'aria-pressed'), 'true');
  // The tools, never used before, with no server: a calendar file (the deep link opened the
  // atelier's presentation, where the button is).
  const [file] = await Promise.all([tab.waitForEvent('download'), tab.click('#atelier-4 [data-tool="agenda"]')]);
  assert.equal(file.suggestedFilename(), 'atelier-4.ics');
  const ics = fs.readFileSync(await file.path(), 'utf8');
  assert.match(ics, /SUMMARY:Workshop 4: Franco-Palestinian/);
  readByIcalJs(ics);
  await tab.goto(`${server.url}accessibility.html`);
  assert.equal(await tab.textContent('h1'), 'Accessibility statement');

  // Airplane mode: the quiet notice comes and goes with the connection.
  assert.ok(!(await page.locator('#hors-ligne').isVisible()));
  await context.setOffline(true);
  await page.waitForSelector('#hors-ligne');
  assert.equal(plain(await page.innerText('#hors-ligne')), 'Hors ligne : le programme reste disponible.');
  await context.setOffline(false);
  await page.waitForSelector('#hors-ligne', { state: 'hidden' });

  assert.deepEqual(page.problems, []);
  assert.deepEqual(tab.problems, []);
});

test('a new version deployed while the page is open is offered, then taken whole', async () => {
  const { dir, server } = await ownServer();
  const page = await s.open('', { server });
  await controlled(page);
  await page.click('#atelier-1 button.pick');
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // Deploy a changed build into the same folder: another page text, hence another worker.
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('Voir tout le programme', 'Voir tout le programme (v2)'));
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'v2$1'"));

  // The participant comes back to the open page: it looks for a new version.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.waitForSelector('#mise-a-jour', { timeout: 15_000 });
  assert.match(plain(await page.innerText('#mise-a-jour')), /^Une nouvelle version est disponible\. Recharger$/);
  assert.ok(!(await page.textContent('.back')).includes('(v2)'), 'the open page is untouched until asked');

  await Promise.all([page.waitForEvent('load'), page.click('#mise-a-jour button')]);
  await ready(page);
  assert.ok((await page.textContent('.back')).includes('(v2)'), 'the new version is shown');
  const newCaches = await page.evaluate(() => caches.keys());
  assert.equal(newCaches.length, 1, `only the new version's cache is left: ${newCaches}`);
  assert.notDeepEqual(newCaches, oldCaches);
  assert.equal(await page.getAttribute('#atelier-1 button.pick', 'aria-pressed'), 'true', 'choices kept');
  assert.deepEqual(page.problems, []);
});

test('a phone browser restarted with no network still opens the programme and the choices', async () => {
  const { server } = await ownServer();
  const profile = s.temp('journee-phone-');
  let page = await s.open('', { context: await s.persistent(profile), server });
  await controlled(page);
  await page.click('#atelier-1 button.pick');
  assert.deepEqual(page.problems, []);
  // The phone's browser quits, the network goes, the browser starts again on its profile.
  await page.context().close();
  await server.close();
  page = await s.open('#mes-ateliers', { context: await s.persistent(profile), server });
  assert.deepEqual(await visibleSessions(page), ['atelier-1']);
  assert.deepEqual(page.problems, []);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString(), 'PNG', `${file} is a PNG`);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
}

test('the manifest makes the app installable from its folder', async () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<link rel="manifest" href="manifest\.webmanifest">/);
  const m = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.match(m.name, /^L’insertion sociale et professionnelle des Jeunes/);
  assert.equal(m.short_name, 'Programme 6\u00a0juin');
  assert.match(m.description, /^Programme de la journée/);
  assert.equal(m.lang, 'fr');
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.equal(m.display, 'standalone');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(m.background_color, /^#[0-9a-f]{6}$/);
  const purposes = new Set();
  for (const icon of m.icons) {
    assert.equal(pngSize(path.join(DIST, icon.src)), icon.sizes, icon.src);
    purposes.add(`${icon.sizes} ${icon.purpose}`);
  }
  assert.deepEqual([...purposes].sort(), ['192x192 any', '512x512 any', '512x512 maskable']);

  // The browser reads it too, from a sub-folder, and finds the app installable: Chromium's own
  // check (the one Lighthouse 11 reported; Lighthouse 12 dropped its PWA audits), in a normal
  // profile (a throw-away context counts as incognito) once the worker controls the page.
  const context = await s.persistent(s.temp('journee-install-'));
  const page = await s.open('', { context });
  const cdp = await context.newCDPSession(page);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  assert.equal(url, `${s.url}manifest.webmanifest`);
  assert.deepEqual(errors, []);
  await controlled(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  console.log(`# installability errors: ${JSON.stringify(installabilityErrors)}`);
  assert.deepEqual(installabilityErrors, []);
  assert.deepEqual(page.problems, []);
});

for (const [why, init] of [
  ['the browser has no service worker (insecure context, some frames)', () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
  }],
  ['reading navigator.serviceWorker throws (sandboxed frame)', () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get() { throw new DOMException('sandboxed', 'SecurityError'); },
    });
  }],
  ['registration is refused (private window, storage blocked)', () => {
    ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('refused', 'SecurityError'));
  }],
]) {
  test(`the app works online as before where ${why}`, async () => {
    const page = await s.open('', { init });
    await page.click('#atelier-3 button.pick');
    assert.equal(await page.getAttribute('#atelier-3 button.pick', 'aria-pressed'), 'true');
    await page.waitForTimeout(300);
    const controller = await page.evaluate(() => {
      try {
        return navigator.serviceWorker?.controller?.scriptURL ?? null;
      } catch {
        return null;
      }
    });
    assert.equal(controller, null, 'no worker controls the page');
    assert.deepEqual(page.problems, []);
  });
}
