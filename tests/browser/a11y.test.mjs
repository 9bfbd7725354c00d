// Accessibility checks in real Chromium: axe-core with the WCAG 2.1 A/AA and RGAA tags on each
// view and state, and reflow at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { suite, ready, plain } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'];

const s = suite();

async function axe(page) {
  // Evaluated by the test driver: the page's CSP rightly refuses an injected <script>.
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      rules: r.passes.length + r.violations.length + r.incomplete.length,
      violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    };
  }, TAGS);
}

const STATES = [
  ['programme', '', false],
  ['« Mes ateliers » empty', '#mes-ateliers', false],
  ['« Mes ateliers » with choices', '#mes-ateliers', true],
  ['deep link', '#atelier-2', true],
  ['accessibility statement', 'accessibilite.html', false],
  ['English programme', 'en.html', false],
  ['English « My workshops » empty', 'en.html#mes-ateliers', false],
  ['English « My workshops » with choices', 'en.html#mes-ateliers', true],
  ['English deep link', 'en.html#atelier-3', true],
  ['English accessibility statement', 'accessibility.html', false],
];

for (const [width, scheme] of [[320, 'light'], [1280, 'light'], [320, 'dark'], [1280, 'dark']]) {
  for (const [name, hash, withChoices] of STATES) {
    test(`axe: no WCAG 2.1 AA / RGAA violation: ${name}, ${width} px, ${scheme}`, async () => {
      const page = await s.open(hash, {
        viewport: { width, height: 800 },
        colorScheme: scheme,
        init: withChoices
          ? () => localStorage.setItem('journee.mobilites-jeunes-rennes-2024.favoris', 'v1:atelier-2,atelier-4')
          : undefined,
        // The statements have no app; every programme page, English included, is awaited.
        ready: !hash.startsWith('accessib'),
      });
      const result = await axe(page);
      console.log(`# axe ${name}, ${width} px, ${scheme}: ${result.rules} rules, ${result.violations.length} violations`);
      assert.ok(result.rules >= 10, `axe ran its rules (${result.rules})`);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(page.problems, []);
    });
  }
}

test('axe: the tools\' dialogs open, French and English, light and dark', async () => {
  for (const [rel, scheme] of [['#mes-ateliers', 'light'], ['en.html#mes-ateliers', 'dark']]) {
    const page = await s.open(rel, {
      viewport: { width: 320, height: 800 },
      colorScheme: scheme,
      init: () => localStorage.setItem('journee.mobilites-jeunes-rennes-2024.favoris', 'v1:atelier-1,atelier-2'),
    });
    await page.click('[data-tool="transfert"]');
    await page.waitForSelector('#transfert', { state: 'visible' });
    let result = await axe(page);
    console.log(`# axe transfer dialog, ${rel}, ${scheme}: ${result.rules} rules, ${result.violations.length} violations`);
    assert.deepEqual(result.violations, []);
    // Keyboard: the dialog took the focus (on « Copier le lien »), Escape gives it back.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.copier), '');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.dataset.tool === 'transfert');
    // A transfer link's offer.
    await page.goto(s.url + rel.replace('#mes-ateliers', '#transfert=atelier-3.atelier-9'));
    await page.waitForSelector('#transfert-recu', { state: 'visible' });
    result = await axe(page);
    console.log(`# axe transfer offer, ${rel}, ${scheme}: ${result.rules} rules, ${result.violations.length} violations`);
    assert.deepEqual(result.violations, []);
    assert.deepEqual(page.problems, []);
  }
});

test('at 320 px the page is no wider than the viewport', async () => {
  const page = await s.page({
    viewport: { width: 320, height: 640 },
    init: () => localStorage.setItem('journee.mobilites-jeunes-rennes-2024.favoris', 'v1:atelier-4'),
  });
  for (const hash of ['', '#mes-ateliers']) {
    await page.goto(s.url + hash);
    await ready(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `document is ${width} px wide at 320 px (${hash || 'programme'})`);
  }
});

test('bookmark buttons are real buttons with a name that says which atelier', async () => {
  const page = await s.open();
  for (let n = 1; n <= 4; n++) {
    const button = page.getByRole('button', { name: `Choisir cet atelier (atelier ${n})` });
    assert.equal(await button.count(), 1, `button for atelier ${n}`);
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
  }
  // Keyboard: Tab reaches the first button, Space toggles it.
  const first = page.locator('#atelier-1 button.pick');
  for (let i = 0; i < 30 && !(await first.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await first.evaluate((b) => b === document.activeElement), 'reached by Tab');
  await page.keyboard.press('Space');
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
});

test('acronyms are explained at first use and in a glossary that « Mes ateliers » leaves out', async () => {
  const page = await s.open();
  assert.equal(
    await page.getAttribute('#programme .intro abbr', 'title'),
    'action internationale des collectivités territoriales',
  );
  assert.equal(await page.locator('abbr[title]').count(), 5, 'each acronym explained once');
  const glossary = await page.locator('.glossary dt').allInnerTexts();
  assert.deepEqual(glossary, ['AICT', 'ECSI', 'RCDP', 'VSC', 'VSI']);
  assert.match(await page.innerText('.glossary'), /VSI\s+volontariat de solidarité internationale/);
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.ok(!(await page.locator('.glossary').isVisible()));
  assert.deepEqual(page.problems, []);
});

test('the accessibility statement is reachable from every view and claims no conformance level', async () => {
  const page = await s.page();
  for (const hash of ['', '#mes-ateliers', '#atelier-3']) {
    await page.goto(s.url + hash);
    await ready(page);
    const link = page.locator('footer a[href="accessibilite.html"]');
    assert.ok(await link.isVisible(), `footer link in ${hash || 'the programme'}`);
    assert.match(await link.innerText(), /^Accessibilité\s: non conforme/);
  }
  await page.click('footer a[href="accessibilite.html"]');
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Déclaration d’accessibilité');
  const text = await page.innerText('main');
  assert.match(text, /non conforme au RGAA\s: aucun taux de conformité n’est annoncé/);
  assert.match(text, /Retour d’information et contact/);
  assert.doesNotMatch(text, /compléter/, 'no instruction meant for the authority on a published page');
  assert.match(text, /axe-core/);
  assert.doesNotMatch(text, /partiellement conforme|totalement conforme/);
  assert.equal(await page.locator('script').count(), 0, 'a page without script');
  await page.click('main .to-programme a');
  await ready(page);
  assert.deepEqual(page.problems, []);
});

test('keyboard only: skip link, views, a bookmark and back, by focus and state', async () => {
  const page = await s.open();
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return e.id || e.getAttribute('href') || e.textContent.trim();
  });
  await page.keyboard.press('Tab');
  assert.equal(await focused(), '#contenu', 'the skip link comes first');
  assert.ok(await page.locator('a.skip').isVisible(), 'and shows when focused');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'langue', 'then the language switch');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), '#programme', 'then the views: the programme comes before the event\'s details');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), '#mes-ateliers');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'mes-ateliers-titre');
  // The empty view's only way on is back to the programme.
  await page.keyboard.press('Tab');
  assert.equal(await focused(), '#programme');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'programme-titre');
  // From the first slot's heading, the next stop is the first atelier's button.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('article')?.id), 'atelier-1');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('#atelier-1 button.pick', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('.views .count'), '1');
  // Focus is visible: an outline of at least 2 px.
  const outline = await page.evaluate(() => parseFloat(getComputedStyle(document.activeElement).outlineWidth));
  assert.ok(outline >= 2, `outline ${outline} px`);
  assert.deepEqual(page.problems, []);
});

test('keyboard only: switch to English and back, keeping the view and the choices', async () => {
  const page = await s.open('#mes-ateliers');
  await page.click('nav.views a[href="#programme"]');
  await page.waitForFunction(() => document.activeElement?.id === 'programme-titre');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('#atelier-1 button.pick', 'aria-pressed'), 'true');
  await page.goto(s.url + '#mes-ateliers');
  await page.reload();
  await ready(page);
  const onHeading = () => page.waitForFunction(() => document.activeElement?.id === 'mes-ateliers-titre');
  await onHeading();
  // From the view's heading (where the deep link put the focus), back up with Shift+Tab.
  const toSwitch = async () => {
    for (let i = 0; i < 15 && (await page.evaluate(() => document.activeElement.id)) !== 'langue'; i++) {
      await page.keyboard.press('Shift+Tab');
    }
    return page.evaluate(() => [document.activeElement.id, document.activeElement.lang, document.activeElement.textContent.trim()]);
  };
  assert.deepEqual(await toSwitch(), ['langue', 'en', 'English']);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\.html#mes-ateliers$/);
  await ready(page);
  await onHeading();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#mes-ateliers-titre'), 'My workshops');
  assert.ok(await page.locator('#atelier-1').isVisible(), 'the choice made in French');
  assert.ok(!(await page.locator('#atelier-2').isVisible()));
  assert.deepEqual(await toSwitch(), ['langue', 'fr', 'Français']);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.endsWith('/') && url.hash === '#mes-ateliers');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.textContent('#mes-ateliers-titre'), 'Mes ateliers');
  assert.deepEqual(page.problems, []);
});

test('view changes with the number of choices, and each choice, are said in polite live regions', async () => {
  const page = await s.open();
  const said = () => page.locator('[role="status"] .sr-only').textContent();
  assert.equal(await page.getAttribute('.notes', 'role'), 'status');
  await page.click('#atelier-2 button.pick');
  // A choice is said by the bar that confirms it (phone.test.mjs), not twice.
  await page.waitForSelector('#choix', { state: 'visible' });
  assert.equal(await said(), 'Tout le programme\u00a0: aucun atelier choisi.');
  await page.click('nav.views a[href="#mes-ateliers"]');
  await page.waitForSelector('.mine');
  assert.equal(await said(), 'Mes ateliers\u00a0: 1\u00a0atelier choisi.');
  await page.click('#atelier-2 button.pick');
  await page.waitForFunction(() => document.querySelector('#choix span').textContent.includes('retiré'));
  assert.equal(plain(await page.textContent('#choix span')), 'Atelier 2 retiré de « Mes ateliers ».');
  // The link's name carries the count too.
  assert.equal(plain(await page.locator('nav.views a[href="#mes-ateliers"]').innerText()), 'Mes ateliers 0');
  assert.deepEqual(page.problems, []);
});

test('text spacing overridden as WCAG 1.4.12 allows loses nothing, in both languages', async () => {
  const page = await s.page({ viewport: { width: 320, height: 800 } });
  for (const rel of ['', 'en.html']) {
    await page.goto(s.url + rel);
    await ready(page);
    // Through the CSSOM: the page's policy rightly refuses an injected <style>.
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('body *')) {
        e.style.setProperty('line-height', '1.5', 'important');
        e.style.setProperty('letter-spacing', '0.12em', 'important');
        e.style.setProperty('word-spacing', '0.16em', 'important');
        if (e.tagName === 'P') e.style.setProperty('margin-bottom', '2em', 'important');
      }
    });
    const spacing = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).letterSpacing);
    assert.notEqual(spacing, 'normal', 'the spacing applied');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${rel || 'index'}: ${overflow} px too wide`);
    // No control clips its text.
    const clipped = await page.$$eval('button, a', (els) => els
      .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible')
      .map((e) => e.textContent.trim()));
    assert.deepEqual(clipped, []);
  }
  assert.deepEqual(page.problems, []);
});

test('touch targets are at least 44 × 44 px, and text at 200 % loses nothing', async () => {
  const page = await s.open('', { viewport: { width: 1280, height: 900 } });
  const small = await page.$$eval('button, nav.views a, .language a', (els) =>
    els.filter((e) => e.offsetParent !== null)
      .map((e) => [e.textContent.trim(), e.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([t, r]) => `${t}: ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert.deepEqual(small, []);
  // Text zoom to 200 % (the root font size doubled) at a 640 px window, as on a phone held wide.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 200 % (${overflow} px too wide)`);
  for (let n = 1; n <= 4; n++) assert.ok(await page.locator(`#atelier-${n} button.pick`).isVisible());
  assert.deepEqual(page.problems, []);
});
