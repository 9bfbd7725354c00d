// @ts-check
// The programme's service worker: after one visit, the whole app works with no network.
//
// The build (src/build/webapp.rs, Trunk's post_build hook) fills in VERSION and FILES from the
// files of dist/ as built: a changed file makes a new version, hence a new worker. Each version
// keeps its files in its own cache, so a page always gets the JS glue and the wasm of one build.
// Reads (src/contract.rs): the message journee:activate from page.js.
'use strict';

// The checker types `self` as any worker's global scope; this one is a service worker's.
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const VERSION = '__JOURNEE_VERSION__';
// @ts-expect-error: a name the build replaces with the list, undeclared until then.
const FILES = __JOURNEE_FILES__;
const CACHE = `journee-${VERSION}`;
const PAGE = new URL('./', worker.registration.scope).href;

worker.addEventListener('install', (event) => {
  // `reload`: take the files from the server, not from the HTTP cache.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
  // No skipWaiting here: a new version waits until the page asks for it (its « Recharger »
  // button), so that an open page never mixes two builds.
});

worker.addEventListener('message', (event) => {
  if (event.data === 'journee:activate') worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('journee-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    // A page: network first, so that a new version shows as soon as it is deployed; this
    // version's own copy when the network fails (the French or English programme, a
    // statement; the programme for any other address). The copy is never replaced by a newer
    // page, which would name files this cache does not hold.
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(request, { ignoreSearch: true }).then((r) => r ?? cache.match(PAGE))),
      ),
    );
    return;
  }
  // Everything else has a content hash in its name (or is this worker's own list): cache first.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((r) => r ?? fetch(request))));
});
