// Valid HTML for an independent reader (RGAA criterion 8.2): the Nu Html Checker (vnu.jar, from
// the vnu-jar npm package, run with Java) on every page of the release dist/ as served, and on
// the DOM of each view once the app has hydrated it, in French and English and embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { suite, ready, DIST } from './harness.mjs';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const KEY = 'journee.mobilites-jeunes-rennes-2024.favoris';

// Warnings the checker gives that are not defects, each by its exact form, with the reason.
const ALLOWED = [
  // The checker does not compute the sha256 hashes the policy lists for the inline scripts and
  // the inlined style sheet; Chromium does, and refuses nothing (prerender.test.mjs).
  /^Inline (script|style) violates Content Security Policy \(meta tag\): blocked by “(script|style)-src” directive \(missing “‘unsafe-inline’” or nonce\/hash\)\.$/,
  // Read from a file, a page has no origin for the checker to match 'self' against.
  /^Resource violates Content Security Policy \(meta tag\): external script “[^”]+” blocked by “script-src” directive\.$/,
];
// Only in a serialised DOM: what the scripts set through the CSSOM (the embed's colours, which
// the policy allows) is written out as a style attribute. dist/'s own markup has none.
const ALLOWED_IN_DOM = [
  ...ALLOWED,
  /^The “style” attribute violates Content Security Policy \(meta tag\): blocked by “style-src” directive\.$/,
];

const VIEWS = [
  ['programme', ''],
  ['mes-ateliers', '#mes-ateliers'],
  ['deep-link', '#atelier-3'],
  ['en-programme', 'en.html'],
  ['en-my-workshops', 'en.html#mes-ateliers'],
  ['embedded', '?embed=1&theme=dark&bg=%23141414&accent=%238b1e3f'],
];

const s = suite();

/** Runs the checker on `files`; resolves to its messages. */
function check(files) {
  let out;
  try {
    out = execFileSync('java', ['-jar', VNU, '--format', 'json', '--stdout', ...files], { encoding: 'utf8' });
  } catch (e) {
    // It exits 1 when it found errors; its report is still on stdout.
    out = e.stdout;
  }
  return JSON.parse(out).messages;
}

function assertValid(messages, files, allowed = ALLOWED) {
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const warnings = messages.filter((m) => m.subType === 'warning' && !allowed.some((re) => re.test(m.message)));
  const show = (m) => `${path.basename(m.url ?? '')}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`;
  assert.deepEqual(errors.map(show), [], 'errors');
  assert.deepEqual(warnings.map(show), [], 'warnings not known to be the checker\'s');
  assert.ok(files.length > 0);
}

test('every page of dist/ is valid HTML', () => {
  const files = fs.readdirSync(DIST).filter((f) => f.endsWith('.html')).map((f) => path.join(DIST, f));
  assert.ok(files.length >= 5, files.join(', '));
  assertValid(check(files), files);
});

test('the DOM of each view, once hydrated, is valid HTML', async () => {
  const dir = s.temp('journee-vnu-');
  const page = await s.page({
    viewport: { width: 360, height: 800 },
    init: [(key) => localStorage.setItem(key, 'v1:atelier-2,atelier-4'), KEY],
  });
  const files = [];
  for (const [name, rel] of VIEWS) {
    await page.goto(s.url + rel);
    await ready(page);
    const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
    const file = path.join(dir, `${name}.html`);
    fs.writeFileSync(file, html);
    files.push(file);
  }
  // The accent that does not suit the dark theme is refused, and said in the console.
  assert.equal(page.problems.length, 1);
  assert.match(page.problems[0], /non appliquée au thème sombre/);
  assertValid(check(files), files, ALLOWED_IN_DOM);
});
