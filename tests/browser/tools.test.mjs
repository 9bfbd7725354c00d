// Taking the programme along: calendar files, sharing, moving one's choices to another device,
// the overlap note, printing and directions. Release dist/ from a sub-folder, real Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suite, ready, visibleSessions, plain, readByIcalJs } from './harness.mjs';

const KEY = 'journee.mobilites-jeunes-rennes-2024.favoris';

const s = suite();

/**
 * A page in a new context (`options`, see the harness's `suite`), with `choices` stored, at
 * `rel`, recording the type of every Blob made into a URL.
 */
async function open(rel = '', choices = '', options = {}) {
  const context = await s.context(options);
  await context.addInitScript(([key, value]) => {
    if (value && localStorage.getItem(key) === null) localStorage.setItem(key, value);
    const make = URL.createObjectURL;
    window.__blobTypes = [];
    URL.createObjectURL = (blob) => { window.__blobTypes.push(blob.type); return make(blob); };
  }, [KEY, choices]);
  return s.open(rel, { context });
}

/** A calendar file the page makes; each is also read by a second, independent parser. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  readByIcalJs(text);
  return { name: file.suggestedFilename(), text, type: (await page.evaluate(() => window.__blobTypes)).at(-1) };
}

/** Unfolds an iCalendar text into its content lines. */
const unfold = (ics) => ics.replace(/\r\n /g, '').split('\r\n');

test('« Ajouter à mon agenda » gives a calendar file of the session, right name, type and content', async () => {
  const page = await open('', '', { acceptDownloads: true });
  const { name, text, type } = await download(page, () =>
    page.click('#atelier-4 summary').then(() => page.getByRole('button', { name: 'Ajouter à mon agenda (atelier 4)' }).click()));
  assert.equal(name, 'atelier-4.ics');
  assert.equal(type, 'text/calendar;charset=utf-8');
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  const lines = unfold(text);
  assert.ok(lines.includes('BEGIN:VTIMEZONE') && lines.includes('TZID:Europe/Paris'));
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT'));
  const prop = (name) => event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  assert.equal(prop('DTSTART'), 'DTSTART;TZID=Europe/Paris:20240606T103000');
  assert.equal(prop('DTEND'), 'DTEND;TZID=Europe/Paris:20240606T123000');
  assert.equal(prop('UID'), 'UID:atelier-4.mobilites-jeunes-rennes-2024@journee');
  assert.match(prop('SUMMARY'), /^SUMMARY:Atelier 4\u00a0: Coopération décentralisée franco-palestinienne .* contexte de crise$/);
  assert.equal(prop('LOCATION'), 'LOCATION:Rennes Métropole\\, 4 avenue Henri Fréville\\, 35031 Rennes');
  assert.equal(prop('URL'), `URL:${s.url}#atelier-4`);
  assert.match(prop('DESCRIPTION'), /\\n- Prendre soin\u00a0: accompagnement/);
  assert.match(prop('DTSTAMP'), /^DTSTAMP:\d{8}T\d{6}Z$/);
  // The plenary has its own, in English on the English page.
  await page.goto(s.url + 'en.html');
  await ready(page);
  const plenary = await download(page, () => page.click('#pleniere [data-tool="agenda"]'));
  assert.equal(plenary.name, 'pleniere.ics');
  assert.ok(unfold(plenary.text).includes('SUMMARY:Plenary session'));
  assert.ok(unfold(plenary.text).includes(`URL:${s.url}en.html#pleniere`));
  // No description: no empty DESCRIPTION, which libical refuses.
  assert.ok(!plenary.text.includes('DESCRIPTION'));
  assert.deepEqual(page.problems, []);
});

test('« Mon programme » holds the chosen ateliers and the plenary, and says when chosen ateliers overlap', async () => {
  const page = await open('#mes-ateliers', 'v1:atelier-3', { acceptDownloads: true });
  assert.ok(!(await page.locator('.overlap-note').isVisible()), 'one atelier: no overlap');
  await page.click('#atelier-3 button.pick');
  await page.click('nav.views a[href="#programme"]');
  await page.click('#atelier-1 button.pick');
  await page.click('#atelier-3 button.pick');
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.deepEqual(await visibleSessions(page), ['atelier-1', 'atelier-3']);
  // Two ateliers of 10 h 30 – 12 h 30: a calm note, nothing blocked.
  assert.equal(plain(await page.innerText('.overlap-note')),
    'Des ateliers que vous avez choisis ont lieu en même temps : vous ne pourrez suivre que l’un d’eux.');
  const { name, text } = await download(page, () => page.click('[data-tool="agenda-mine"]'));
  assert.equal(name, 'mon-programme.ics');
  const uids = unfold(text).filter((l) => l.startsWith('UID:')).map((l) => l.split(/[:.]/)[1]);
  assert.deepEqual(uids, ['atelier-1', 'atelier-3', 'pleniere']);
  await page.click('#atelier-1 button.pick');
  assert.ok(!(await page.locator('.overlap-note').isVisible()), 'the note leaves with the overlap');
  assert.deepEqual(page.problems, []);
});

test('« Partager » opens the system share sheet where the browser has one', async () => {
  const page = await open('en.html', '', {
    init: () => {
      Navigator.prototype.share = async function (data) { window.__shared = data; };
    },
  });
  await page.click('#atelier-1 summary').then(() => page.getByRole('button', { name: 'Share (workshop 1)' }).click());
  await page.waitForFunction(() => window.__shared);
  assert.deepEqual(await page.evaluate(() => window.__shared), {
    title: 'Workshop 1: The issues of access to international mobility',
    url: `${s.url}en.html#atelier-1`,
  });
  assert.ok(!(await page.locator('#lien-copie').isVisible()), 'no other fallback');
  assert.deepEqual(page.problems, []);
});

test('« Partager » falls back to copying the link, then to showing it, with no console error', async () => {
  // Headless Chromium on Linux has no share sheet; make sure of it.
  const page = await open('', '', {
    permissions: ['clipboard-read', 'clipboard-write'],
    init: () => { delete Navigator.prototype.share; },
  });
  await page.click('#atelier-2 summary').then(() => page.getByRole('button', { name: 'Partager (atelier 2)' }).click());
  await page.waitForSelector('#lien-copie', { state: 'visible' });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${s.url}#atelier-2`);
  assert.equal(await page.locator('#lien-copie').evaluate((e) => e.closest('[role="status"]') !== null), true);
  assert.match(plain(await page.innerText('#lien-copie')), /^Lien copié : collez-le/);
  assert.deepEqual(page.problems, []);

  // Clipboard refused: the link shown selected, in a dialog, for a manual copy.
  const p = await open('en.html', '', {
    init: () => {
      delete Navigator.prototype.share;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    },
  });
  await p.click('#atelier-3 summary').then(() => p.getByRole('button', { name: 'Share (workshop 3)' }).click());
  await p.waitForSelector('#lien-a-copier', { state: 'visible' });
  assert.equal(await p.inputValue('#lien-a-copier-champ'), `${s.url}en.html#atelier-3`);
  assert.equal(await p.evaluate(() => {
    const f = document.getElementById('lien-a-copier-champ');
    return document.activeElement === f && f.selectionEnd - f.selectionStart === f.value.length;
  }), true);
  assert.equal(plain(await p.innerText('#lien-a-copier label')), 'Copy this link:');
  await p.keyboard.press('Escape');
  await p.waitForSelector('#lien-a-copier', { state: 'hidden' });
  assert.deepEqual(p.problems, []);
});

test('a transfer link carries the choices to a fresh browser, which asks, then merges', async () => {
  const page = await open('#mes-ateliers', 'v1:atelier-3,atelier-1');
  await page.click('[data-tool="transfert"]');
  await page.waitForSelector('#transfert', { state: 'visible' });
  const link = await page.inputValue('#transfert-lien');
  assert.equal(link, `${s.url}#transfert=atelier-1.atelier-3`);
  const qr = await page.getAttribute('#transfert svg', 'viewBox');
  assert.match(qr, /^0 0 (\d+) \1$/);
  assert.ok((await page.getAttribute('#transfert path', 'd')).length > 100, 'the code is drawn');
  // The link reads from its start; « Copier le lien » is the first thing offered.
  assert.equal(await page.$eval('#transfert-lien', (f) => f.scrollLeft), 0);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.copier), '');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
  await page.click('#transfert [data-copier]');
  await page.waitForFunction(() => document.querySelector('#transfert .copied').textContent !== '');
  assert.match(plain(await page.textContent('#transfert .copied')), /^Lien copié : collez-le/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(page.problems, []);

  // Another device, which has chosen atelier 2 already.
  const p = await open('', 'v1:atelier-2');
  await p.goto(link);
  await p.waitForSelector('#transfert-recu', { state: 'visible' });
  const listed = await p.locator('#transfert-recu li:visible').allInnerTexts();
  assert.deepEqual(listed.map(plain), [
    'Atelier 1 : Les enjeux de l’accès à la mobilité internationale',
    'Atelier 3 : Mobilités internationales dans les études professionnelles',
  ]);
  // Nothing changes before the answer.
  assert.equal(await p.evaluate((k) => localStorage.getItem(k), KEY), 'v1:atelier-2');
  assert.equal(await p.evaluate(() => document.activeElement.textContent), 'Ajouter à mes choix');
  await p.click('#transfert-recu [data-ajouter]');
  await p.waitForURL(`${s.url}#mes-ateliers`);
  await p.waitForFunction(() => document.activeElement?.id === 'mes-ateliers-titre');
  assert.deepEqual(await visibleSessions(p), ['atelier-1', 'atelier-2', 'atelier-3']);
  assert.equal(await p.evaluate((k) => localStorage.getItem(k), KEY), 'v1:atelier-2,atelier-1,atelier-3');
  assert.equal(await p.textContent('.views .count'), '3');
  // A reload does not ask again.
  await p.reload();
  await ready(p);
  assert.ok(!(await p.locator('#transfert-recu').isVisible()));
  assert.deepEqual(p.problems, []);
});

test('a bad transfer link says so and changes nothing', async () => {
  const page = await open('', 'v1:atelier-4');
  const cases = [
    ['#transfert=atelier-1..%3Cscript%3E', 'refused', /incomplet ou abîmé/],
    [`#transfert=${'atelier-1.'.repeat(120)}atelier-2`, 'refused', /incomplet ou abîmé/],
    ['#transfert=atelier-9.atelier-77', 'none', /Aucun atelier de ce lien/],
    ['#transfert=atelier-2.atelier-9.atelier-2', 'ids', /Atelier 2/],
  ];
  for (const [hash, what, said] of cases) {
    await page.goto(s.url + hash);
    await ready(page);
    await page.waitForSelector('#transfert-recu', { state: 'visible' });
    const text = plain(await page.innerText('#transfert-recu'));
    assert.match(text, said, hash);
    assert.equal(await page.locator('#transfert-recu [data-ajouter]').isVisible(), what === 'ids', hash);
    if (what === 'ids') {
      assert.match(text, /n’a pas : ils sont ignorés/);
      assert.match(text, /plusieurs fois dans ce lien/);
    }
    await page.click('#transfert-recu [data-fermer]');
    await page.waitForSelector('#transfert-recu', { state: 'hidden' });
    await page.waitForFunction(() => location.hash === '#programme');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'v1:atelier-4', hash);
  }
  assert.deepEqual(page.problems, []);
});

test('printing gives one A4 page of « Mon programme », with no button and the addresses written out', async () => {
  const page = await open('#mes-ateliers', 'v1:atelier-2');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
  assert.equal(pages, 1, 'one page');
  await page.emulateMedia({ media: 'print' });
  const text = plain(await page.innerText('body'));
  assert.match(text, /Atelier 2 : Valorisation du Volontariat International/i);
  assert.match(text, /Session plénière/);
  assert.doesNotMatch(text, /Atelier [134] :/i);
  for (const label of ['Choisir cet atelier', 'Ajouter à mon agenda', 'Partager', 'Transférer', 'Tout le programme', 'nouvel onglet', 'Présentation et partage']) {
    assert.ok(!text.includes(label), `« ${label} » printed`);
  }
  // A heading with the date above the picks, and their presentations, folded on screen, open.
  assert.match(text, /Mon programme – jeudi 6 juin 2024/);
  const above = await page.evaluate(() => document.querySelector('.print-title').getBoundingClientRect().y < document.querySelector('h1').getBoundingClientRect().y);
  assert.ok(above, 'the heading comes first on paper');
  assert.match(text, /Cet atelier étudiera les bénéfices du Volontariat International/);
  // Generated content is not in innerText: the style says what paper shows after the link.
  const after = await page.$eval('.directions a[target="_blank"]', (a) => getComputedStyle(a, '::after').content);
  assert.match(after, /\(https:\/\/www\.openstreetmap\.org\/search\?query=4%20avenue%20Henri%20Fr%C3%A9ville/);
  // With nothing chosen, the whole programme, still one page.
  const all = await open();
  const whole = await all.pdf({ format: 'A4' });
  assert.equal(whole.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1, 'the whole programme on one page');
  await all.emulateMedia({ media: 'print' });
  const allText = plain(await all.innerText('body'));
  for (const n of [1, 2, 3, 4]) assert.match(allText, new RegExp(`Atelier ${n} :`, 'i'));
});

test('directions: OpenStreetMap in a new tab, said so, and a geo: link, from the content', async () => {
  const page = await open();
  const osm = page.locator('.directions a[target="_blank"]');
  assert.equal(await osm.getAttribute('href'),
    'https://www.openstreetmap.org/search?query=4%20avenue%20Henri%20Fr%C3%A9ville%2C%2035031%20Rennes');
  assert.equal(await osm.getAttribute('rel'), 'noopener');
  assert.equal(plain(await osm.innerText()), 'Itinéraire sur OpenStreetMap (nouvel onglet)');
  assert.equal(await page.getAttribute('.directions a[href^="geo:"]', 'href'),
    'geo:0,0?q=4%20avenue%20Henri%20Fr%C3%A9ville%2C%2035031%20Rennes');
  // No request leaves the page's origin until the participant follows the link.
  assert.deepEqual(page.problems, []);
});
