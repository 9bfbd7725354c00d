// Size budget of the release build: the wasm and JS the page loads (glue, wasm, page.js;
// not the service worker, which the browser fetches on its own after the page) within 60 KB
// gzip, the budget for a weak phone on a weak network. Prints every file's raw, gzip and brotli size, and the brotli
// total of wasm + JS against our aim (45 KB), which is reported, not enforced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './browser/harness.mjs';

const BUDGET_GZIP = 60 * 1024;
const AIM_BROTLI = 45 * 1024;

test('wasm + JS of dist/ stay within 60 KB gzip', () => {
  const files = fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile());
  let code = 0;
  let codeBrotli = 0;
  const rows = [];
  for (const f of files.sort()) {
    const raw = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push(`# ${f.padEnd(40)} ${String(raw.length).padStart(8)} raw ${String(gz).padStart(7)} gzip ${String(br).padStart(7)} brotli`);
    // Not part of the page: sw.js, which the browser fetches by itself after the page, and
    // embed.js, which only a host page loads.
    if (/\.(wasm|js)$/.test(f) && f !== 'sw.js' && f !== 'embed.js') {
      code += gz;
      codeBrotli += br;
    }
  }
  console.log(rows.join('\n'));
  console.log(`# wasm + JS: ${code} bytes gzip (budget ${BUDGET_GZIP}), ${codeBrotli} bytes brotli (aim ${AIM_BROTLI})`);
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'dist/ has a wasm file');
  assert.ok(code <= BUDGET_GZIP, `wasm + JS are ${code} bytes gzip, over the ${BUDGET_GZIP} budget`);
});
