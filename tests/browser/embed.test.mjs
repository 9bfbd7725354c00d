// The programme embedded in a host page of another origin: the release dist/ on one local port,
// the host page on another, in real Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { suite, plain } from './harness.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The app's server; each test's host site is another (s.host).
const s = suite({ prefix: '/programme/', cors: true });

const page = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Site de la collectivité</title>
<link rel="icon" href="data:,"></head>
<body style="margin:0 1rem"><h1>Agenda jeunesse</h1>${body}<p id="after">Suite de la page.</p></body></html>`;
const snippet = () => `<script src="${s.url}embed.js" data-title="Programme de la journée du 6 juin 2024" async></script>`;

/** Opens the host page; resolves to { page, frame } once the embedded app is ready. */
async function openHost(context, site, hash = '') {
  const p = await s.page({ context, server: site });
  // The host page and the programme are two origins: requests to the app's are expected.
  p.problems = [];
  p.removeAllListeners('request');
  await p.goto(site.url + hash);
  const frame = await (await p.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('html[data-app="ready"]');
  return { page: p, frame };
}

/** The iframe's height against its content's, once the sizes settle. */
async function heights(p, frame) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const iframe = await p.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    const now = `${iframe} ${content}`;
    if (Math.abs(iframe - content) <= 2 && now === last) return { iframe, content };
    last = now;
    await p.waitForTimeout(100);
  }
  const iframe = await p.$eval('iframe', (f) => f.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  return { iframe, content };
}

test('the embedded programme shows the ateliers in a titled frame that takes its content\'s height', async () => {
  const site = await s.host(page(snippet()));
  const context = await s.context({ viewport: { width: 320, height: 700 } });
  const { page: p, frame } = await openHost(context, site);
  assert.equal(await p.getAttribute('iframe', 'title'), 'Programme de la journée du 6 juin 2024');
  assert.equal(await frame.locator('article.session .title:visible').count(), 5);
  assert.ok(await frame.locator('#plein-ecran').isVisible(), 'the way out to the full page');
  assert.equal(await frame.getAttribute('#plein-ecran', 'target'), '_blank');
  assert.match(plain(await frame.innerText('#plein-ecran')), /plein écran \(nouvel onglet\)$/);
  assert.ok(!(await frame.locator('.page-footer').isVisible()), 'no footer of its own');

  for (const width of [320, 768, 1280]) {
    await p.setViewportSize({ width, height: 700 });
    const h = await heights(p, frame);
    assert.ok(Math.abs(h.iframe - h.content) <= 2, `at ${width} px: iframe ${h.iframe}, content ${h.content}`);
    const inner = await frame.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
    assert.ok(inner <= 2, `no inner scrolling at ${width} px (${inner})`);
  }

  // Views change the height; it follows.
  const programme = (await heights(p, frame)).iframe;
  await frame.click('#atelier-2 button.pick');
  await frame.click('nav.views a[href="#mes-ateliers"]');
  await frame.waitForSelector('.mine');
  const mine = await heights(p, frame);
  assert.ok(mine.iframe < programme - 200, `« Mes ateliers » is shorter: ${mine.iframe} < ${programme}`);
  assert.ok(Math.abs(mine.iframe - mine.content) <= 2);
  await frame.click('nav.views a[href="#programme"]');
  await frame.waitForSelector('.mine', { state: 'hidden' });
  const back = await heights(p, frame);
  assert.ok(Math.abs(back.iframe - programme) <= 2, `back to the programme: ${back.iframe} ≈ ${programme}`);

  assert.deepEqual(p.problems, []);
});

test('a choice made in the embed survives a reload of the host page, and deep links work from it', async () => {
  const site = await s.host(page(snippet()));
  const context = await s.context();
  let { page: p, frame } = await openHost(context, site);
  await frame.click('#atelier-3 button.pick');
  await p.reload();
  frame = await (await p.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('html[data-app="ready"]');
  assert.equal(await frame.getAttribute('#atelier-3 button.pick', 'aria-pressed'), 'true');

  ({ page: p, frame } = await openHost(context, site, '#journee-mes-ateliers'));
  await frame.waitForSelector('.mine');
  assert.deepEqual(await frame.locator('main article.session:visible').evaluateAll((els) => els.map((e) => e.id)), ['atelier-3']);
  assert.deepEqual(p.problems, []);
});

test('messages from another origin or window do not change the frame', async () => {
  const site = await s.host(page(snippet()));
  const context = await s.context();
  const { page: p, frame } = await openHost(context, site);
  const before = (await heights(p, frame)).iframe;
  // The host page itself (another origin than the programme) and a foreign frame try it.
  await p.evaluate(() => window.postMessage({ journee: 'height', height: 7 }, '*'));
  await p.evaluate(() => {
    const other = document.createElement('iframe');
    other.srcdoc = '<script>parent.postMessage({ journee: "height", height: 9 }, "*")<\/script>';
    document.body.append(other);
  });
  await p.waitForTimeout(500);
  assert.equal(await p.$eval('iframe', (f) => f.getBoundingClientRect().height), before);
});

test('the plain iframe snippet, and a sandbox that refuses storage, still give a working programme', async () => {
  const frameTag = (extra) =>
    `<iframe src="${s.url}?embed=1" title="Programme de la journée" style="width:100%;height:3000px;border:0" ${extra}></iframe>`;
  const site = await s.host(page(frameTag('') + frameTag('sandbox="allow-scripts allow-popups"')));
  const p = await s.page({ server: site });
  p.removeAllListeners('request');
  await p.goto(site.url);
  const frames = await Promise.all((await p.$$('iframe')).map((f) => f.contentFrame()));
  for (const frame of frames) {
    await frame.waitForSelector('html[data-app="ready"]');
    assert.equal(await frame.locator('article.session .title:visible').count(), 5);
    await frame.click('#atelier-1 button.pick');
    assert.equal(await frame.getAttribute('#atelier-1 button.pick', 'aria-pressed'), 'true');
  }
  // The sandboxed copy has no storage: it says so, and works in memory.
  assert.match(await frames[1].innerText('.notes'), /ne pourront pas être conservés/);
  assert.deepEqual(p.problems, []);
});

test('data-lang="en" embeds the English programme, which still sizes its frame', async () => {
  const site = await s.host(page(`<script src="${s.url}embed.js" data-lang="en" async></script>`));
  const context = await s.context({ viewport: { width: 360, height: 700 } });
  const { page: p, frame } = await openHost(context, site);
  assert.equal(await p.getAttribute('iframe', 'title'), 'Programme of the day');
  assert.equal(await frame.getAttribute('html', 'lang'), 'en');
  assert.match(frame.url(), /\/en\.html\?embed=1&/);
  assert.ok(await frame.locator('button', { hasText: 'Choose this workshop' }).first().isVisible());
  assert.match(plain(await frame.innerText('#plein-ecran')), /full screen \(new tab\)$/);
  assert.equal(await frame.getAttribute('#plein-ecran', 'href'), 'en.html');
  const h = await heights(p, frame);
  assert.ok(Math.abs(h.iframe - h.content) <= 2, `iframe ${h.iframe}, content ${h.content}`);
  assert.deepEqual(p.problems, []);
});

test('the host\'s accent colour and font reach the frame; malformed values are ignored', async () => {
  const tag = (accent, font) =>
    `<script src="${s.url}embed.js" data-accent="${accent}" data-font="${font}" async></script>`;
  for (const [accent, font, wantAccent, wantFont] of [
    ['#8b1e3f', 'Georgia, serif', '#8b1e3f', 'Georgia, serif'],
    ['red;background:url(x)', 'x</style>', '#0b5671', null],
  ]) {
    const site = await s.host(page(tag(accent, font)));
    const context = await s.context({ colorScheme: 'light' });
    const { page: p, frame } = await openHost(context, site);
    const style = await frame.evaluate(() => ({
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      font: getComputedStyle(document.body).fontFamily,
    }));
    assert.equal(style.accent, wantAccent);
    if (wantFont) assert.equal(style.font, wantFont);
    else assert.match(style.font, /system-ui/);
    // A malformed colour is refused, and the console says how to write one.
    const warned = wantFont ? [] : ['console warning: journee : couleur d’accent « red;background:url(x) » ignorée : écrivez-la #rrggbb.'];
    assert.deepEqual(p.problems, warned);
  }
});

test('the demonstration page in dist/ shows the embedded programme', async () => {
  const p = await s.open('embed-demo.html', { ready: false });
  const frame = await (await p.waitForSelector('iframe[title]')).contentFrame();
  await frame.waitForSelector('html[data-app="ready"]');
  assert.equal(await frame.locator('article.session .title:visible').count(), 5);
  const h = await heights(p, frame);
  assert.ok(Math.abs(h.iframe - h.content) <= 2, `iframe ${h.iframe}, content ${h.content}`);
  assert.deepEqual(p.problems, []);
});

/** WCAG contrast of two CSS colours as getComputedStyle gives them (rgb or rgba, opaque). */
function contrast(a, b) {
  const lum = (c) => {
    // color-mix() computes to color(srgb r g b), in 0–1; rgb() in 0–255.
    const scale = c.startsWith('color(') ? 1 : 255;
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      v /= scale;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// The frame takes the host's light or dark background, whatever the phone's setting; a host's
// accent is applied only where it keeps 4.5:1, else refused with a console message.
const HOSTS = [
  ['light host, dark phone', '#ffffff', 'dark', 'light'],
  ['dark host, light phone', '#141414', 'light', 'dark'],
];
const ACCENTS = [null, '#8b1e3f', '#ffcc00'];
for (const [name, background, system, theme] of HOSTS) {
  for (const accent of ACCENTS) {
    for (const width of [320, 1280]) {
      test(`embed theme: ${name}, accent ${accent ?? 'none'}, ${width} px: matches the host, keeps its contrast, axe clean`, async () => {
        const tag = `<script src="${s.url}embed.js"${accent ? ` data-accent="${accent}"` : ''} async></script>`;
        const site = await s.host(page(tag).replace('<body style="', `<body style="background:${background};`));
        const context = await s.context({ viewport: { width, height: 800 }, colorScheme: system });
        const { page: p, frame } = await openHost(context, site);
        assert.ok(await frame.evaluate((t) => document.documentElement.classList.contains(t), theme), `the ${theme} theme`);
        assert.equal(await p.$eval('iframe', (f) => getComputedStyle(f).colorScheme), theme);
        const hostBg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const looks = await frame.evaluate(() => {
          const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
          return {
            canvas: css('html', 'backgroundColor'),
            text: css('body', 'color'),
            accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
            link: css('#atelier-1 summary', 'color'),
            card: css('#atelier-1', 'backgroundColor'),
            pill: css('nav.views a[aria-current="page"]', 'color'),
            pillBg: css('nav.views a[aria-current="page"]', 'backgroundColor'),
          };
        });
        assert.equal(looks.canvas, hostBg, 'the frame is painted with the host\'s own background');
        assert.ok(contrast(looks.text, hostBg) >= 4.5, `text ${looks.text} on the host's ${hostBg}`);
        assert.ok(contrast(looks.link, looks.card) >= 4.5, `links ${looks.link} on cards ${looks.card}`);
        assert.ok(contrast(looks.link, hostBg) >= 4.5, `accent ${looks.link} on the host's ${hostBg}`);
        assert.ok(contrast(looks.pill, looks.pillBg) >= 4.5, `the current view's pill ${looks.pill} on ${looks.pillBg}`);
        // The accent that suits the theme is taken as given; the other is refused, and said.
        const fits = accent && (accent === '#8b1e3f') === (theme === 'light');
        if (!accent) assert.deepEqual(p.problems, []);
        else if (fits) {
          assert.equal(looks.accent, accent);
          assert.deepEqual(p.problems, []);
        } else {
          assert.notEqual(looks.accent, accent);
          assert.equal(p.problems.length, 1);
          assert.match(p.problems[0], new RegExp(`couleur d’accent ${accent} non appliquée au thème .* il faut 4\\.5:1 \\(RGAA 3\\.2\\)\\. Passez une couleur`));
        }
        // The chosen card's tint follows the accent in use.
        await frame.click('#atelier-1 button.pick');
        await frame.waitForSelector('#atelier-1.chosen');
        const tint = await frame.$eval('#atelier-1', (e) => getComputedStyle(e).backgroundColor);
        assert.notEqual(tint, looks.card);
        const number = await frame.$eval('#atelier-1 .number', (e) => getComputedStyle(e).color);
        assert.ok(contrast(number, tint) >= 4.5, `the number ${number} on the tint ${tint}`);
        await frame.evaluate(AXE);
        const violations = await frame.evaluate(async () => {
          const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'] } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, []);
      });
    }
  }
}

test('embedded, the view switch and the notices follow the host page\'s scrolling', async () => {
  const site = await s.host(page(`<div style="height:300px"></div>${snippet()}<div style="height:2000px"></div>`));
  const context = await s.context({ viewport: { width: 360, height: 700 } });
  const { page: p, frame } = await openHost(context, site);
  await heights(p, frame);
  await frame.click('#atelier-3 button.pick');
  const iframe = await p.$('iframe');
  for (const y of [900, 1500]) {
    await p.evaluate((top) => scrollTo(0, top), y);
    // The host's view of the nav and of the bar, once the frame has moved them.
    await p.waitForFunction(async () => true);
    await p.waitForTimeout(300);
    const frameTop = (await iframe.boundingBox()).y;
    const nav = await frame.$eval('nav.views', (e) => e.getBoundingClientRect().top);
    const bar = await frame.$eval('#choix', (e) => e.getBoundingClientRect().bottom);
    assert.ok(Math.abs(frameTop + nav) <= 2, `the view switch at the top of the screen (${frameTop + nav})`);
    assert.ok(Math.abs(frameTop + bar - 700) <= 2, `the bar at the bottom of the screen (${frameTop + bar})`);
  }
  assert.deepEqual(p.problems, []);
});
