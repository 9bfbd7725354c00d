// The README's first command serves a development build (`trunk serve`, debug, live reload):
// it must show the prerendered programme and hydrate it, with a clean console. Built into its
// own folder so that the release dist/ of the other tests is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './browser/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 18080;

// Chromium from the harness, closed even if the test fails (else the run waits on it); trunk
// serves the pages, so no server of the suite's own.
const s = suite({ dir: null });

test('the development server shows and hydrates the programme', { timeout: 600_000 }, async () => {
  const server = spawn(
    'trunk',
    ['serve', '--offline', '--port', String(PORT), '--dist', 'target/serve-test'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  s.defer(() => process.kill(-server.pid, 'SIGTERM'));
  const url = `http://127.0.0.1:${PORT}/`;
  // The first build compiles the wasm in debug: allow it minutes.
  let html = '';
  for (let i = 0; i < 480 && !html.includes('data-app') && !html.includes('<h1>'); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    html = await fetch(url).then((r) => (r.ok ? r.text() : ''), () => '');
    if (server.exitCode !== null) break;
  }
  assert.match(html, /<h1>L’insertion sociale/, `trunk serve did not serve the prerendered page:\n${log.slice(-2000)}`);
  assert.doesNotMatch(html, /data-sw="on"/, 'no service worker in development');

  const page = await s.open('#atelier-2', { server: { url, origin: `http://127.0.0.1:${PORT}` } });
  await page.click('#atelier-2 button.pick');
  assert.equal(await page.getAttribute('#atelier-2 button.pick', 'aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
});
