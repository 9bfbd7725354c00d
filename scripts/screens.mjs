// Screenshots of a release build for a person to look at (not a test): each view at 360 × 800
// and 1280 × 900, light and dark, French and English, into the folder given (default
// /tmp/journee-screens). Usage: node scripts/screens.mjs [folder] [dist folder, default dist/]
// The choices shown are the build's first choosable sessions, whatever its content.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, DIST } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? '/tmp/journee-screens';
const dist = path.resolve(process.argv[3] ?? DIST);
fs.mkdirSync(out, { recursive: true });
const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const KEY = `journee.${index.match(/data-evenement="([^"]+)"/)[1]}.favoris`;
const choosable = [...index.matchAll(/<article id="([^"]+)"[^>]* class="session choosable/g)].map((m) => m[1]);
const [first, second, third] = choosable;
const VIEWS = [
  ['programme', '', ''],
  ['chosen', '', `v1:${second}`],
  ['mine', '#mes-ateliers', `v1:${second},${choosable.at(-1)}`],
  ['mine-empty', '#mes-ateliers', ''],
  ['deeplink', `#${third ?? first}`, ''],
];

const server = await serve(dist);
const browser = await launch();
try {
  for (const [lang, rel] of [['fr', ''], ['en', 'en.html']]) {
    for (const [w, h] of [[360, 800], [1280, 900]]) {
      for (const scheme of ['light', 'dark']) {
        for (const [name, hash, stored] of VIEWS) {
          const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
          if (stored) await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, stored]);
          const page = await context.newPage();
          await page.goto(server.url + rel + hash);
          await page.waitForSelector('html[data-app="ready"]');
          if (name === 'chosen') {
            await page.locator(`#${second} button.pick`).scrollIntoViewIfNeeded();
          }
          await page.waitForTimeout(200);
          const file = path.join(out, `${name}-${lang}-${w}-${scheme}.png`);
          await page.screenshot({ path: file });
          await context.close();
        }
      }
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
