// An event over several days, with rooms in two places, speakers, free kinds of session and the
// organiser's choice of which can be chosen: behaviour checked on a frozen fixture,
// tests/fixtures/forum-2025.toml (scripts/test builds it into FORUM_DIST), so that the words
// and ids below hold whatever the organiser's own files say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { suite, ready, visibleSessions, plain, readByIcalJs, FORUM_DIST } from './harness.mjs';

const KEY = 'journee.forum-jeunesse-rennes-2025.favoris';
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const s = suite({ dir: FORUM_DIST, clean: true });

/** A page with `choices` stored (`v1:` ids), at `rel`. */
async function open(rel = '', choices = '', options = {}) {
  return s.open(rel, {
    ...options,
    init: [([key, value]) => { if (value && localStorage.getItem(key) === null) localStorage.setItem(key, value); }, [KEY, choices]],
  });
}

const texts = async (locator) => (await locator.allTextContents()).map(plain);

test('days: a heading for each, links to each, and slots and cards a level deeper', async () => {
  const page = await open();
  assert.equal(plain(await page.locator('header .when-where').textContent()), '13 et 14 mars 2025 · Hôtel de Rennes Métropole');
  assert.deepEqual(await texts(page.locator('.day-head h2')), ['jeudi 13 mars', 'vendredi 14 mars']);
  const links = page.locator('nav.days a');
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['#jour-2025-03-13', '#jour-2025-03-14']);
  assert.equal(await page.locator('nav.days').getAttribute('aria-label'), 'Jours du programme');
  await links.nth(1).click();
  await page.waitForFunction(() => location.hash === '#jour-2025-03-14');
  const top = (await page.locator('#jour-2025-03-14-titre').boundingBox()).y;
  assert.ok(top >= 0 && top < 200, `the second day's heading is at the top (${top} px)`);
  // The day is the heading above its slots (h3) and cards (h4).
  assert.match(plain(await page.locator('#jour-2025-03-14 .slot-head h3').first().textContent()), /^8 h 45 – 9 h 15$/);
  assert.equal(plain(await page.locator('#atelier-10 h4 .number').textContent()), 'Atelier 10 :');
  assert.equal(await page.locator('main h3 .number, main h2 .number').count(), 0);
  // A card seen on its own says its own day.
  await page.goto(`${s.url}#atelier-10`);
  assert.match(plain(await page.locator('#atelier-10 .time').textContent()), /^vendredi 14 mars 2025, 11 h 15 – 12 h 30/);

  const en = await open('en.html');
  assert.deepEqual(await texts(en.locator('.day-head h2')), ['Thursday 13 March', 'Friday 14 March']);
  assert.match(plain(await en.locator('header .when-where').textContent()), /^13 and 14 March 2025 · /);
});

test('a card says its room, its place when it is another, and who speaks; the details unfold', async () => {
  const page = await open();
  assert.equal(plain(await page.locator('#atelier-1 .room').textContent()).startsWith('Salle : Salle Ille'), true);
  const elsewhere = plain(await page.locator('#atelier-3 .room').textContent());
  assert.match(elsewhere, /^Salle : Salle Europe.* · Maison de la jeunesse et de l’Europe$/);
  assert.equal(await page.locator('#pause-jeudi-matin .room').count(), 0);
  const speakers = plain(await page.locator('#table-ronde-1 .speakers').textContent());
  assert.match(speakers, /^Avec .+, .+ et .+$/);
  await page.click('#table-ronde-1 summary');
  assert.equal(await page.locator('#table-ronde-1 .speakers-list li').count(), 4);
  // The other place, with its way there, after the programme.
  assert.match(plain(await page.locator('.access .places').textContent()), /Maison de la jeunesse et de l’Europe, 27 avenue Henri Fréville/);
  // Access information in words on the card.
  assert.match(plain(await page.locator('#ouverture .facts').textContent()), /interprétation en langue des signes française \(LSF\)/);

  const en = await open('en.html');
  assert.match(plain(await en.locator('#ouverture .facts').textContent()), /French Sign Language \(LSF\) interpretation/);
  assert.match(plain(await en.locator('#atelier-3 .room').textContent()), /^Room: /);
});

test('only the sessions the organiser made choosable have a control, and the words speak of séances', async () => {
  const page = await open();
  for (const id of ['accueil-jeudi', 'pause-jeudi-matin', 'ouverture', 'table-ronde-4']) {
    assert.equal(await page.locator(`#${id} button.pick`).count(), 0, id);
  }
  for (const id of ['atelier-1', 'table-ronde-1', 'cafe-des-langues']) {
    assert.equal(await page.locator(`#${id} button.pick`).count(), 1, id);
  }
  assert.equal(plain(await page.locator('nav.views a[href="#mes-ateliers"]').textContent()), 'Mes séances 0');
  await page.click('#table-ronde-1 button.pick');
  await page.waitForSelector('#table-ronde-1.chosen');
  assert.equal(plain(await page.locator('#choix span').textContent()), 'Ajoutée à « Mes séances » : Table ronde 1.');
  assert.equal(plain(await page.locator('#table-ronde-1 .picked').textContent()), 'Ajoutée à « Mes séances ». Voir Mes séances');
  // A session without a number is named by its title.
  await page.click('#cafe-des-langues button.pick');
  const title = plain(await page.locator('#cafe-des-langues .title').textContent());
  await page.waitForFunction((t) => document.querySelector('#choix span').textContent.includes(t), title);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'v1:table-ronde-1,cafe-des-langues');
  await page.click('nav.views a[href="#mes-ateliers"]');
  assert.deepEqual(await visibleSessions(page), ['table-ronde-1', 'cafe-des-langues']);
  assert.equal(plain(await page.locator('.mine .summary').textContent()), '2 séances choisies');
});

test('sessions at the same hour on different days do not overlap', async () => {
  const page = await open('#mes-ateliers', 'v1:atelier-1,atelier-10');
  assert.equal(await page.locator('main.overlap').count(), 0);
  await page.click('nav.views a[href="#programme"]');
  await page.click('#atelier-2 button.pick');
  await page.waitForSelector('main.overlap');
});

test('the filter by room and kind: folded, by keyboard, kept in the address, ignored by « Mes séances »', async () => {
  const page = await open('', 'v1:atelier-1');
  const all = await page.locator('article.session').count();
  assert.equal(all, 40);
  const box = page.locator('#filtre');
  assert.ok(await box.isVisible(), 'the filter shows once the script runs');
  assert.equal(await box.locator('details').getAttribute('open'), null, 'folded at first');
  await box.locator('summary').click();
  await page.selectOption('#filtre-salle', 'salle-europe');
  const europe = await page.locator('article.session[data-salle="salle-europe"]').evaluateAll((els) => els.map((e) => e.id));
  assert.ok(europe.length > 1 && europe.length < all);
  assert.deepEqual(await visibleSessions(page), europe);
  assert.equal(plain(await box.locator('.filter-result').textContent()), `${europe.length} séances affichées sur ${all}`);
  assert.equal(new URL(page.url()).search, '?salle=salle-europe');
  // Slots left empty go with their cards.
  assert.equal(await page.locator('#jour-2025-03-13 .slot:has(#pause-jeudi-matin)').isVisible(), false);
  // The language link keeps the filter.
  assert.match(await page.locator('#langue').getAttribute('href'), /\?salle=salle-europe$/);

  // By keyboard: a select's arrows change it, and the filter follows.
  await page.focus('#filtre-type');
  await page.keyboard.press('ArrowDown');
  const kind = await page.locator('#filtre-type').inputValue();
  assert.ok(kind);
  await page.waitForFunction((k) => new URLSearchParams(location.search).get('type') === k, kind);
  for (const id of await visibleSessions(page)) {
    assert.equal(await page.locator(`#${id}`).getAttribute('data-type'), kind, id);
  }

  // A reload shows the same, its filter open.
  await page.selectOption('#filtre-type', 'atelier');
  const ateliers = await visibleSessions(page);
  assert.ok(ateliers.every((id) => id.startsWith('atelier-')) && ateliers.length > 0);
  await page.reload();
  await ready(page);
  assert.deepEqual(await visibleSessions(page), ateliers);
  assert.equal(await page.locator('#filtre-salle').inputValue(), 'salle-europe');
  assert.notEqual(await box.locator('details').getAttribute('open'), null);

  // « Mes séances » shows every chosen one, filtered or not.
  await page.click('nav.views a[href="#mes-ateliers"]');
  assert.deepEqual(await visibleSessions(page), ['atelier-1']);
  await page.click('nav.views a[href="#programme"]');

  // Nothing matches: said in words.
  await page.selectOption('#filtre-type', 'pause');
  assert.deepEqual(await visibleSessions(page), []);
  assert.equal(plain(await box.locator('.filter-result').textContent()), 'Aucune séance ne correspond : choisissez un autre type ou une autre salle.');

  await box.getByRole('button', { name: 'Tout afficher' }).click();
  await page.waitForFunction(() => location.search === '');
  assert.equal((await visibleSessions(page)).length, all);
  assert.equal(plain(await box.locator('.filter-result').textContent()), '');
});

test('calendar files: each session on its own day, at its room and place', async () => {
  const page = await open('#atelier-3', 'v1:table-ronde-1', { acceptDownloads: true });
  const download = async (click) => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const text = fs.readFileSync(await file.path(), 'utf8');
    readByIcalJs(text);
    return text.replace(/\r\n /g, '').split('\r\n');
  };
  let lines = await download(() => page.click('#atelier-3 [data-tool="agenda"]'));
  assert.ok(lines.includes('DTSTART;TZID=Europe/Paris:20250313T111500'));
  const location = lines.find((l) => l.startsWith('LOCATION:'));
  assert.match(location, /^LOCATION:Salle Europe\\, .*Maison de la jeunesse et de l’Europe\\, 27 avenue Henri Fréville\\, 35200 Rennes$/);

  await page.goto(`${s.url}#mes-ateliers`);
  await ready(page);
  lines = await download(() => page.click('[data-tool="agenda-mine"]'));
  const uids = lines.filter((l) => l.startsWith('UID:')).map((l) => l.slice(4, l.indexOf('.')));
  // The chosen round table and every session without a choice, on both days; no other choice.
  assert.ok(uids.includes('table-ronde-1') && uids.includes('ouverture') && uids.includes('cloture-forum'));
  assert.ok(!uids.includes('atelier-1') && !uids.includes('table-ronde-2'));
  assert.ok(lines.includes('DTSTART;TZID=Europe/Paris:20250314T091500'), 'the second day');
});

test('axe: no WCAG 2.1 AA / RGAA violation with days, rooms and the filter open, both languages, phone and wide, light and dark', async () => {
  for (const [rel, width, scheme] of [['?salle=salle-europe', 360, 'light'], ['en.html?type=atelier', 1280, 'dark']]) {
    const page = await open(rel, 'v1:table-ronde-1', { viewport: { width, height: 800 }, colorScheme: scheme });
    await page.click('#atelier-3 summary');
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'] } });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    assert.deepEqual(violations, [], `${rel}, ${width} px, ${scheme}`);
  }
});
