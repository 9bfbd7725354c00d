// The programme app in real headless Chromium, against the release dist/ served from a
// sub-folder: what a participant sees and does, and what happens when storage misbehaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ready, plain, visibleSessions, DIST } from './harness.mjs';

const KEY = 'journee.mobilites-jeunes-rennes-2024.favoris';
const TITLES = [
  'Les enjeux de l’accès à la mobilité internationale',
  'Valorisation du Volontariat International : Impact sur la Vie Professionnelle',
  'Mobilités internationales dans les études professionnelles',
  'Coopération décentralisée franco-palestinienne et présentation du Programme Jer’Est 2 – l’accès aux mobilités dans un contexte de crise',
];

// A fresh browser profile (empty storage) per page opened; after each test, no page may have
// logged an error or warning or called another origin.
const s = suite({ context: { viewport: { width: 390, height: 844 }, locale: 'fr-FR' }, clean: true });

const pick = (page, n) => page.locator(`#atelier-${n} button.pick`);
const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

test('the whole programme is shown, from a sub-folder, in French', async () => {
  const page = await s.open();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(
    plain(await page.textContent('h1')),
    'L’insertion sociale et professionnelle des Jeunes facilitée par l’expérience des mobilités internationales',
  );
  const header = await page.textContent('header.event');
  assert.match(header, /jeudi 6\u00a0juin\u00a02024/);
  assert.match(plain(header), /Rennes Métropole/);
  assert.equal(plain(await page.textContent('.access .where')), 'Rennes Métropole, 4 avenue Henri Fréville, 35031 Rennes');
  assert.match(await page.textContent('#programme .intro > div'), /^Cette journée a pour but d’explorer/);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('.notes p:not(.sr-only):visible').count(), 0, 'no storage note when all is well');

  const titles = await page.$$eval('#programme article .title', (els) => els.map((e) => e.textContent));
  assert.deepEqual(titles.slice(0, 4).map(plain), TITLES);
  assert.equal(plain(titles[4]), 'Session plénière');
  // French typography reaches the page: no-break space before the colon.
  assert.ok(titles[1].includes('International\u00a0: Impact'));

  const slots = await page.$$eval('.slot h2 .range', (els) => els.map((e) => e.textContent));
  assert.deepEqual(slots, ['10\u00a0h\u00a030\u00a0– 12\u00a0h\u00a030', '14\u00a0h\u00a0– 16\u00a0h']);
  assert.equal(await page.locator('#atelier-4 ul > li').count(), 3);
  assert.equal(await page.locator('button.pick').count(), 4, 'one bookmark button per atelier, none on the plenary');
  for (let n = 1; n <= 4; n++) {
    assert.equal(await pick(page, n).getAttribute('aria-pressed'), 'false');
    assert.equal(plain(await pick(page, n).innerText()), `Choisir cet atelier (atelier ${n})`);
    // The star is drawn by the style sheet from aria-pressed: hollow, then filled.
    const star = await pick(page, n).locator('.mark').evaluate((e) => getComputedStyle(e, '::before').content);
    assert.equal(star, '"☆"');
  }
});

test('a chosen atelier is marked, counted, stored, and survives a reload', async () => {
  const page = await s.open();
  await pick(page, 2).click();
  assert.equal(await pick(page, 2).getAttribute('aria-pressed'), 'true');
  assert.equal(await pick(page, 2).locator('.mark').evaluate((e) => getComputedStyle(e, '::before').content), '"★"');
  assert.equal(await page.textContent('.views .count'), '1');
  assert.equal(await stored(page), 'v1:atelier-2');
  await page.reload();
  await ready(page);
  assert.equal(await pick(page, 2).getAttribute('aria-pressed'), 'true');
  assert.equal(await pick(page, 1).getAttribute('aria-pressed'), 'false');
  assert.equal(await page.textContent('.views .count'), '1');
  // Choosing again removes it.
  await pick(page, 2).click();
  assert.equal(await pick(page, 2).getAttribute('aria-pressed'), 'false');
  assert.equal(await stored(page), 'v1:');
});

test('« Mes ateliers » shows exactly the chosen ones, and back and forward behave', async () => {
  const page = await s.open();
  await pick(page, 3).click();
  await pick(page, 1).click();
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.ok(page.url().endsWith('#mes-ateliers'));
  assert.deepEqual(await visibleSessions(page), ['atelier-1', 'atelier-3']);
  assert.equal(await page.getAttribute('nav.views a[href="#mes-ateliers"]', 'aria-current'), 'page');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'mes-ateliers-titre');
  assert.match(plain(await page.textContent('.mine .summary')), /^2 ateliers choisis$/);

  // Un-choosing from this view removes the card.
  await pick(page, 3).click();
  assert.deepEqual(await visibleSessions(page), ['atelier-1']);

  await page.click('#programme .back a');
  await page.waitForSelector('.mine', { state: 'hidden' });
  assert.equal((await visibleSessions(page)).length, 5);
  await page.goBack();
  await page.waitForSelector('.mine');
  assert.deepEqual(await visibleSessions(page), ['atelier-1']);
  await page.goForward();
  await page.waitForSelector('.mine', { state: 'hidden' });
  assert.ok(page.url().endsWith('#programme'));
});

test('« Mes ateliers » with nothing chosen explains what to do', async () => {
  const page = await s.open('#mes-ateliers');
  assert.deepEqual(await visibleSessions(page), []);
  const empty = plain(await page.textContent('.mine .empty'));
  assert.match(empty, /pas encore choisi d’atelier/);
  assert.match(empty, /« Choisir cet atelier »/);
  assert.ok(await page.locator('#programme .back a[href="#programme"]').isVisible());
});

test('a deep link opens the page on its atelier', async () => {
  const page = await s.open('#atelier-3', { viewport: { width: 360, height: 640 } });
  await page.waitForFunction(() => document.activeElement?.id === 'atelier-3-titre');
  const box = await page.locator('#atelier-3-titre').boundingBox();
  assert.ok(box.y >= 0 && box.y < 640, `the atelier's heading is on screen (y = ${box.y})`);
  // A fragment that is not a view keeps the programme.
  await page.goto(s.url + '#nimporte-quoi');
  await ready(page);
  assert.equal((await visibleSessions(page)).length, 5);
});

test('two open tabs stay in sync', async () => {
  const a = await s.open();
  const b = await s.open('#mes-ateliers', { context: a.context() });
  await pick(a, 4).click();
  await b.waitForSelector('#atelier-4');
  assert.equal(await b.textContent('.views .count'), '1');
  await pick(a, 4).click();
  await b.waitForSelector('.mine .empty');
});

test('storage that throws on access leaves a working page that says so', async () => {
  const page = await s.open('', {
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('blocked', 'SecurityError'); },
      });
    },
  });
  assert.match(await page.innerText('.notes'), /ne pourront pas être conservés sur cet appareil/);
  await pick(page, 1).click();
  assert.equal(await pick(page, 1).getAttribute('aria-pressed'), 'true');
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.deepEqual(await visibleSessions(page), ['atelier-1']);
  assert.equal(await page.locator('.notes p:not(.sr-only):visible').count(), 1, 'said once');
});

test('a full storage keeps the choice in memory and says so once', async () => {
  const page = await s.open('', {
    init: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    },
  });
  assert.equal(await page.locator('.notes p:not(.sr-only):visible').count(), 0);
  await pick(page, 2).click();
  assert.equal(await pick(page, 2).getAttribute('aria-pressed'), 'true');
  await page.waitForSelector('.notes p:not(.sr-only):visible');
  await pick(page, 3).click();
  assert.equal(await page.locator('.notes p:not(.sr-only):visible').count(), 1);
  assert.equal(await page.textContent('.views .count'), '2');
});

test('unreadable stored data is set aside, never overwritten, and the page says so', async () => {
  const page = await s.open();
  await page.evaluate((k) => localStorage.setItem(k, '{"favoris":["atelier-1"]}'), KEY);
  await page.reload();
  await ready(page);
  assert.match(await page.innerText('.notes'), /n’ont pas pu être relus/);
  assert.equal(await page.textContent('.views .count'), '0');
  assert.equal(await stored(page, KEY + '.illisible'), '{"favoris":["atelier-1"]}');
  await pick(page, 1).click();
  assert.equal(await stored(page), 'v1:atelier-1');
  assert.equal(await stored(page, KEY + '.illisible'), '{"favoris":["atelier-1"]}');

  // Data from another version of the app is set aside the same way.
  await page.evaluate((k) => localStorage.setItem(k, 'v2:atelier-1'), KEY);
  await page.reload();
  await ready(page);
  assert.match(await page.innerText('.notes'), /autre version/);
  assert.equal(await stored(page, KEY + '.illisible-2'), 'v2:atelier-1');
});

test('stored ids the content no longer has are kept but not shown', async () => {
  const page = await s.open();
  await page.evaluate((k) => localStorage.setItem(k, 'v1:atelier-9,atelier-2'), KEY);
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('.views .count'), '1');
  await pick(page, 1).click();
  assert.equal(await stored(page), 'v1:atelier-9,atelier-2,atelier-1');
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.deepEqual(await visibleSessions(page), ['atelier-1', 'atelier-2']);
});

test('a choice survives closing and reopening the browser', async () => {
  const profile = s.temp('journee-profile-');
  let page = await s.open('', { context: await s.persistent(profile) });
  await pick(page, 4).click();
  assert.deepEqual(page.problems, []);
  // Closing it is the point: the profile is opened again by a new browser.
  await page.context().close();

  page = await s.open('#mes-ateliers', { context: await s.persistent(profile) });
  assert.deepEqual(await visibleSessions(page), ['atelier-4']);
  assert.deepEqual(page.problems, []);
});

test('the same dist/ works from the root of a host', async () => {
  const root = await s.serve(DIST, '/');
  // As before: Playwright's default window and Chromium's own locale, not this file's phone.
  const page = await s.open('#atelier-2', { server: root, viewport: { width: 1280, height: 720 }, locale: undefined });
  await page.waitForFunction(() => document.activeElement?.id === 'atelier-2-titre');
  assert.equal(await page.locator('article.session').count(), 5);
  // The service worker's scope is the root there.
  const worker = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  assert.equal(worker, root.url);
});
