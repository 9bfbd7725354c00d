// Size budget of the release build, in gzip bytes:
// - what the page loads (the wasm, its JS glue and page.js, as index.html names them) within
//   60 KB, the budget for a weak phone on a weak network;
// - the tools, loaded the first time one is used (assets/tools.js and its own wasm), within
//   24 KB;
// - every other wasm or JS file is one the page never loads: sw.js (the browser fetches it by
//   itself after the page) and embed.js (only a host page loads it). Anything else fails, so
//   that no code escapes both budgets.
// Prints every file's raw, gzip and brotli size, and the brotli total of the page's load against
// our aim (45 KB), which is reported, not enforced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './browser/harness.mjs';

const PAGE_GZIP = 60 * 1024;
const TOOLS_GZIP = 24 * 1024;
const AIM_BROTLI = 45 * 1024;
const NOT_LOADED = ['sw.js', 'embed.js'];

test('the page\'s wasm + JS stay within 60 KB gzip, the tools\' within 24 KB', () => {
  const files = fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile()).sort();
  const sizes = {};
  const rows = [];
  for (const f of files) {
    const raw = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    sizes[f] = { gz, br };
    rows.push(`# ${f.padEnd(40)} ${String(raw.length).padStart(8)} raw ${String(gz).padStart(7)} gzip ${String(br).padStart(7)} brotli`);
  }
  console.log(rows.join('\n'));

  // What the page names: its scripts, module preloads and the wasm its loader fetches.
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const named = (html, re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.\//, ''));
  const page = new Set(named(index, /(?:src|href|fetch\()=?\s*['"](\.\/[^'"]+\.(?:js|wasm))['"]/g));
  // The tools: the module page.js imports, what it imports, and the wasm that loads.
  const tools = new Set();
  const entry = index.match(/data-tools="\.\/([^"]+)"/)?.[1];
  assert.ok(entry, 'the page names its tools');
  for (let f = entry; f && !tools.has(f); ) {
    tools.add(f);
    const js = fs.readFileSync(path.join(DIST, f), 'utf8');
    const wasm = js.match(/['"]([\w-]+_bg\.wasm)['"]/)?.[1];
    if (wasm) tools.add(wasm);
    f = js.match(/from '\.\/([\w-]+\.js)'/)?.[1];
  }

  const total = (set, key) => [...set].reduce((sum, f) => sum + sizes[f][key], 0);
  const pageGz = total(page, 'gz');
  const toolsGz = total(tools, 'gz');
  console.log(`# page load (${[...page].join(', ')}): ${pageGz} bytes gzip (budget ${PAGE_GZIP}), ${total(page, 'br')} brotli (aim ${AIM_BROTLI})`);
  console.log(`# tools, on first use (${[...tools].join(', ')}): ${toolsGz} bytes gzip (budget ${TOOLS_GZIP})`);

  assert.ok([...page].some((f) => f.endsWith('.wasm')) && [...page].some((f) => f.startsWith('page-')), 'the page names its wasm and page.js');
  assert.ok([...tools].some((f) => f.endsWith('.wasm')), 'the tools have their wasm');
  const unaccounted = files.filter((f) => /\.(wasm|js)$/.test(f) && !page.has(f) && !tools.has(f) && !NOT_LOADED.includes(f));
  assert.deepEqual(unaccounted, [], 'every wasm and JS file is in a budget');
  assert.ok(pageGz <= PAGE_GZIP, `the page loads ${pageGz} bytes gzip, over the ${PAGE_GZIP} budget`);
  assert.ok(toolsGz <= TOOLS_GZIP, `the tools are ${toolsGz} bytes gzip, over the ${TOOLS_GZIP} budget`);
});
