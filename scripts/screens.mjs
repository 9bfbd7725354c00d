// Screenshots of the release dist/ for a person to look at (not a test): each view at 360 × 800
// and 1280 × 900, light and dark, French and English, into the folder given (default
// /tmp/journee-screens). Usage: node scripts/screens.mjs [folder]
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? '/tmp/journee-screens';
fs.mkdirSync(out, { recursive: true });
const KEY = 'journee.mobilites-jeunes-rennes-2024.favoris';
const VIEWS = [
  ['programme', '', ''],
  ['chosen', '', 'v1:atelier-2'],
  ['mine', '#mes-ateliers', 'v1:atelier-2,atelier-4'],
  ['mine-empty', '#mes-ateliers', ''],
  ['deeplink', '#atelier-3', ''],
];

const server = await serve();
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
            await page.locator('#atelier-2 button.pick').scrollIntoViewIfNeeded();
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
