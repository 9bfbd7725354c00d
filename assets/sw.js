// The programme's service worker: after one visit, the whole app works with no network.
//
// The build (src/prerender.rs, Trunk's post_build hook) fills in VERSION and FILES from the files
// of dist/ as built: a changed file makes a new version, hence a new worker. Each version keeps
// its files in its own cache, so a page always gets the JS glue and the wasm of one build.
'use strict';

const VERSION = '__JOURNEE_VERSION__';
const FILES = __JOURNEE_FILES__;
const CACHE = `journee-${VERSION}`;
const PAGE = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // `reload`: take the files from the server, not from the HTTP cache.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
  // No skipWaiting here: a new version waits until the page asks for it (its « Recharger »
  // button), so that an open page never mixes two builds.
});

self.addEventListener('message', (event) => {
  if (event.data === 'journee:activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('journee-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
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
