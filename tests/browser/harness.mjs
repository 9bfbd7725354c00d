// Shared by the browser tests: serves the release dist/ over HTTP from a sub-folder, starts
// Debian's headless Chromium (never a downloaded one), records console errors, gives each test
// file one set-up (`suite`) that closes what a test opened, and reads the calendar files the
// page makes with a second, independent parser (ical.js).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(root, 'dist');
export const SUBFOLDER = '/un/sous-dossier/';
export const CONTENT = path.join(root, 'content/evenement.toml');
/** The release build of the forum fixture (tests/fixtures/forum-2025.toml), made by scripts/test. */
export const FORUM_DIST = path.join(root, 'target/dists/fixture-forum-2025');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * Serves `dir` under `prefix` on 127.0.0.1, any free port. Resolves to { url, origin, close }.
 * `compress`: brotli or gzip as the client accepts, as a well-configured host does (DEPLOY.md).
 * `cors`: `Access-Control-Allow-Origin: *`, for embeds in sandboxed frames.
 * `delay(file)`: milliseconds to wait before answering for that file (a slow server), or a
 * promise the answer waits for (a file held back until the test lets it go).
 */
export function serve(dir = DIST, prefix = SUBFOLDER, { compress = false, cors = false, delay } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('outside the app folder');
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.join(dir, rel);
    const wait = delay?.(rel) ?? 0;
    if (wait instanceof Promise) await wait;
    else if (wait) await new Promise((r) => setTimeout(r, wait));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    // A frame sandboxed without allow-same-origin has an opaque origin: its module script and
    // wasm fetches are cross-origin (DEPLOY.md asks hosts for this header).
    if (cors) headers['access-control-allow-origin'] = '*';
    let body = fs.readFileSync(file);
    const accepts = req.headers['accept-encoding'] ?? '';
    if (compress && /\bbr\b/.test(accepts)) {
      body = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
      headers['content-encoding'] = 'br';
    } else if (compress && /\bgzip\b/.test(accepts)) {
      body = zlib.gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
      });
    });
  });
}

const OPTIONS = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // As root Chromium needs --no-sandbox; the rest stops it calling hosts this network refuses.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Headless Chromium with a fresh, throw-away profile per context. */
export async function launch() {
  return chromium.launch(OPTIONS);
}

/** A browser whose profile lives in `dir`, so that it can be closed and opened again. */
export async function launchPersistent(dir) {
  return chromium.launchPersistentContext(dir, OPTIONS);
}

/**
 * A new page in `context` that records console errors, page errors and requests to other
 * origins in `page.problems`.
 */
export async function openPage(context, origin) {
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => {
    // Chromium notes that it cannot check the integrity of the preloaded wasm (crbug 981419);
    // the fetch that uses it is checked. Every other warning counts.
    if (m.type() === 'warning' && m.text().includes('integrity` attribute is currently ignored for preload')) return;
    if (m.type() === 'error' || m.type() === 'warning') page.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) page.problems.push(`third-party request: ${r.url()}`);
  });
  return page;
}

/** Waits until the app has rendered and applied storage and the fragment (it then marks <html>). */
export async function ready(page) {
  await page.waitForSelector('html[data-app="ready"]');
}

/**
 * One set-up per test file, called at its top level. Before the tests: `dir` served under
 * `prefix` (serve's `compress`, `cors` and `delay` too; no server if `dir` is null), and
 * Chromium. After each test: what
 * the test opened through the returned object (contexts, servers, host sites, profiles,
 * temporary folders) closed or removed, last first, so that no test needs a try/finally. After
 * the file: the browser and the server. `context`: options every new context starts from.
 * `clean`: after each test, assert too that no page `page` or `open` made recorded a problem.
 *
 *   const s = suite();
 *   test('…', async () => { const page = await s.open('#mes-ateliers'); … });
 */
export function suite({ dir = DIST, prefix = SUBFOLDER, compress, cors, delay, context: defaults = {}, clean = false } = {}) {
  const undo = [];
  const pages = [];
  const s = {
    /** The suite's server ({ url, origin, close }) and browser, once started. */
    server: undefined,
    browser: undefined,
    get url() { return s.server.url; },
    get origin() { return s.server.origin; },

    /** Runs `fn` after this test, before what was deferred earlier. */
    defer(fn) {
      undo.push(fn);
    },

    /**
     * A new context (a fresh, empty profile) from the suite's defaults and `options`, closed
     * after the test. `init`: a function, or [function, argument], run before the page's scripts.
     */
    async context({ init, ...options } = {}) {
      const context = await s.browser.newContext({ ...defaults, ...options });
      s.defer(() => context.close());
      if (typeof init === 'function') await context.addInitScript(init);
      else if (init) await context.addInitScript(init[0], init[1]);
      return context;
    },

    /**
     * A blank page that records problems (openPage), requests outside `server`'s origin (the
     * suite's unless given) among them. In `context` if given, else in a new one made with the
     * other options (see `context`).
     */
    async page({ context, server = s.server, ...options } = {}) {
      if (context && Object.keys(options).length) throw new Error(`context options for a given context: ${Object.keys(options)}`);
      const page = await openPage(context ?? (await s.context(options)), server.origin);
      pages.push(page);
      return page;
    },

    /** A page (see `page`) at `rel` of `server`, waited for until the app is ready unless `ready: false`. */
    async open(rel = '', { ready: wait = true, ...options } = {}) {
      const page = await s.page(options);
      await page.goto((options.server ?? s.server).url + rel);
      if (wait) await ready(page);
      return page;
    },

    /** Another server (serve's arguments), closed after the test; the test may close it first. */
    async serve(...args) {
      const server = await serve(...args);
      s.defer(server.close);
      return server;
    },

    /** A host site on its own origin serving `html` at /page.html ({ url, origin }), closed after the test. */
    async host(html) {
      const server = http.createServer((req, res) => {
        if (new URL(req.url, 'http://x').pathname === '/page.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        } else {
          res.writeHead(404).end();
        }
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      s.defer(() => new Promise((r) => { server.closeAllConnections(); server.close(r); }));
      const origin = `http://127.0.0.1:${server.address().port}`;
      return { url: `${origin}/page.html`, origin };
    },

    /** A browser whose profile lives in `dir` (launchPersistent), closed after the test if still open. */
    async persistent(dir) {
      const context = await launchPersistent(dir);
      s.defer(() => context.close());
      return context;
    },

    /** A temporary folder named from `name`, a copy of `from` if given, removed after the test. */
    temp(name, from) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), name));
      s.defer(() => fs.rmSync(dir, { recursive: true, force: true }));
      if (from) fs.cpSync(from, dir, { recursive: true });
      return dir;
    },
  };

  before(async () => {
    if (dir) s.server = await serve(dir, prefix, { compress, cors, delay });
    s.browser = await launch();
  });
  afterEach(async () => {
    // Everything is undone even if something fails to close; then the failures are told.
    const failures = [];
    for (const fn of undo.splice(0).reverse()) {
      try {
        await fn();
      } catch (e) {
        failures.push(e);
      }
    }
    const opened = pages.splice(0);
    if (failures.length) throw failures.length === 1 ? failures[0] : new AggregateError(failures, 'closing after the test');
    if (clean) {
      for (const p of opened) assert.deepEqual(p.problems, [], 'console errors, page errors or third-party requests');
    }
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}

/** Ids of the sessions shown: both views share one document, so count what is visible. */
export const visibleSessions = (page) =>
  page.locator('main article.session:visible').evaluateAll((els) => els.map((e) => e.id));

/** Text with every kind of space folded to a plain one, for comparisons. */
export const plain = (s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Mozilla's ical.js (Thunderbird's reader) takes the file: events with a title, Paris times. */
export function readByIcalJs(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), 'Europe/Paris');
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.ok(events.length > 0, 'events');
  for (const e of events) {
    assert.ok(e.summary && e.uid.endsWith('@journee'), `${e.uid}: ${e.summary}`);
    for (const name of ['dtstart', 'dtend']) {
      assert.equal(e.component.getFirstProperty(name).getParameter('tzid'), 'Europe/Paris', name);
    }
    assert.ok(e.endDate.compare(e.startDate) > 0, 'ends after it starts');
    // A description is there with words, or not at all (never empty).
    const description = e.component.getFirstProperty('description');
    assert.ok(!description || description.getFirstValue().length > 0);
  }
}
