// French and English: the English page from the release dist/ served from a sub-folder, the
// switch between the two, the remembered choice, and ?lang= links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ready, visibleSessions, plain } from './harness.mjs';

const KEY = 'journee.mobilites-jeunes-rennes-2024.favoris';

const s = suite();

test('the English page has every text in English, and works like the French one', async () => {
  const page = await s.open('en.html');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.title(), /^The social and professional integration of young people .* – programme, Thursday 6\u00a0June\u00a02024, Rennes Métropole$/);
  assert.equal(
    plain(await page.textContent('h1')),
    'The social and professional integration of young people through the experience of international mobility',
  );
  assert.equal(plain(await page.textContent('header time')), 'Thursday 6 June 2024');
  assert.equal(plain(await page.textContent('#programme-titre')), '10:30 – 12:30 4 parallel workshops');
  assert.equal(plain(await page.textContent('#atelier-2 h3')), 'Workshop 2: Recognising International Volunteering: Impact on Professional Life');
  assert.match(await page.textContent('#atelier-4 .description'), /“young talent festival”/);
  assert.equal(await page.getAttribute('#programme .intro abbr', 'title'), 'international action of French local authorities');
  assert.equal(plain(await page.textContent('#pleniere h3')), 'Plenary session');
  // Every text of the content is translated: nothing on this page is marked French but the switch.
  assert.deepEqual(await page.$$eval('body [lang]', (els) => els.map((e) => e.id || e.tagName)), ['langue']);
  // No French interface text left.
  const text = await page.innerText('body');
  for (const french of ['Choisir', 'atelier', 'Tout le programme', 'Mes ateliers', 'Sigles']) {
    assert.ok(!text.includes(french), `« ${french} » on the English page`);
  }
  // It works: choose, announce, « My workshops ».
  const button = page.getByRole('button', { name: 'Choose this workshop (workshop 3)' });
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  await page.waitForSelector('#choix', { state: 'visible' });
  assert.equal(await page.textContent('#choix span'), 'Workshop 3 added to “My workshops”.');
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForFunction(() => document.activeElement?.id === 'mes-ateliers-titre');
  assert.deepEqual(await visibleSessions(page), ['atelier-3']);
  assert.equal(plain(await page.textContent('.mine .summary')), '1 workshop chosen');
  // One copy of everything after hydration.
  assert.equal(await page.locator('article.session').count(), 5);
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('the switch keeps the view and the choices, and the choice of language is remembered', async () => {
  const page = await s.open('#atelier-2', {
    init: [(key) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, 'v1:atelier-2');
    }, KEY],
  });
  const link = page.locator('#langue');
  assert.equal(await link.getAttribute('hreflang'), 'en');
  await link.click();
  await page.waitForURL(s.url + 'en.html#atelier-2');
  await ready(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'atelier-2-titre');
  assert.equal(await page.getAttribute('#atelier-2 button.pick', 'aria-pressed'), 'true');
  // The French address now opens the English page, with its fragment.
  await page.goto(s.url + '#mes-ateliers');
  await page.waitForURL(s.url + 'en.html#mes-ateliers');
  await ready(page);
  assert.deepEqual(await visibleSessions(page), ['atelier-2']);
  // Back to French, remembered too.
  await page.click('#langue');
  await page.waitForURL(s.url + '#mes-ateliers');
  await ready(page);
  await page.goto(s.url);
  await ready(page);
  assert.equal(page.url(), s.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.evaluate(() => localStorage.getItem('journee.langue')), 'fr');
  assert.deepEqual(page.problems, []);
});

test('a link chooses the language with ?lang=, over the remembered choice', async () => {
  const page = await s.page();
  await page.goto(s.url + '?lang=en#atelier-1');
  await page.waitForURL(s.url + 'en.html?lang=en#atelier-1');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The switch drops ?lang= so that it is not sent back.
  assert.equal(await page.getAttribute('#langue', 'href'), './#atelier-1');
  await page.evaluate(() => localStorage.setItem('journee.langue', 'en'));
  await page.goto(s.url + 'en.html?lang=fr');
  await page.waitForURL(s.url + '?lang=fr');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  // An unknown value is ignored; a direct link to en.html stays English whatever was chosen.
  await page.goto(s.url + 'en.html?lang=de');
  await ready(page);
  assert.equal(page.url(), s.url + 'en.html?lang=de');
  assert.deepEqual(page.problems, []);
});

test('the embed settings survive the switch, and storage that throws only forgets the choice', async () => {
  const page = await s.open('?embed=1&accent=%23c0392b#atelier-4', {
    init: () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    },
  });
  assert.equal(await page.getAttribute('#langue', 'href'), 'en.html?embed=1&accent=%23c0392b#atelier-4');
  await page.click('#langue');
  await page.waitForURL(s.url + 'en.html?embed=1&accent=%23c0392b#atelier-4');
  await ready(page);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));
  // Nothing remembered: the French address stays French.
  await page.goto(s.url);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.deepEqual(page.problems, []);
});
