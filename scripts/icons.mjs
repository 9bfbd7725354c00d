// Draws the app's PNG icons (assets/icons/, copied into dist/) from their SVG sources with
// Chromium (run by hand after changing assets/icon-sources/*.svg: `node scripts/icons.mjs`; the PNGs are committed, so builds need no browser).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS paints an icon's transparent parts black: its home-screen icon is the full-bleed one.
  ['icon-maskable.svg', 'apple-touch-icon-180.png', 180],
];
const browser = await launch();
for (const [svg, png, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const source = fs.readFileSync(path.join(root, 'icon-sources', svg), 'utf8');
  await page.setContent(`<body style="margin:0">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: path.join(root, 'icons', png), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(`${png}: ${size}×${size}`);
}
await browser.close();
