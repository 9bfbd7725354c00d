// The page's plain-JS parts: they work with or without the wasm and cost the wasm nothing.
// - Offline: registers sw.js (release builds: the build sets <html data-sw="on">), shows
//   « Hors ligne » while offline, offers « Recharger » when a new version waits.
// - Language: the switch keeps the view and the embed settings, and its choice is remembered
//   (index.html's head script reads it back).
// - Embedded (?embed=1, set up by embed.js): tells the host page the content's height.
// Notices and the embed link are written by the build (src/prerender.rs).
'use strict';
(() => {
  const root = document.documentElement;
  const offline = document.getElementById('hors-ligne');
  const update = document.getElementById('mise-a-jour');
  const show = () => { offline.hidden = navigator.onLine; };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();

  if (root.classList.contains('embed')) embedded();
  language();
  tools();

  // No worker in `trunk serve`, insecure contexts, or browsers that refuse it; in a sandboxed
  // frame merely reading navigator.serviceWorker throws.
  let sw;
  try {
    sw = navigator.serviceWorker;
  } catch {
    return;
  }
  if (root.dataset.sw !== 'on' || !sw) return;

  // Only a reload the participant asked for: the new worker then serves the whole new build.
  let asked = false;
  sw.addEventListener('controllerchange', () => asked && location.reload());
  const offer = (worker) => {
    update.hidden = false;
    update.querySelector('button').onclick = () => {
      asked = true;
      worker.postMessage('journee:activate');
    };
  };

  // After the page has loaded, so that caching the files does not compete with the first visit.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });

  function register() {
    // A refusal (private window, storage blocked) leaves the app online as before.
    sw.register('./sw.js', { scope: './' }).then(registered, () => {});
  }

  function registered(reg) {
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      // Without a controller this is the first install, not an update.
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && sw.controller) offer(worker);
      });
    });
    // An open page looks for a new version when the participant comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
  }

  // The tools (calendar files, sharing, transfer links: assets/tools.js and its own wasm) are
  // loaded the first time one is used, so that the first visit downloads none of them.
  function tools() {
    const url = root.dataset.outils;
    if (!url) return;
    let module;
    const load = () => (module ??= import(url));
    document.addEventListener('click', (event) => {
      const button = event.target.closest?.('[data-outil]');
      if (button) load().then((m) => m.run(button));
    });
    const arrived = () => location.hash.startsWith('#transfert=') && load().then((m) => m.arrive());
    arrived();
    addEventListener('hashchange', arrived);
  }

  function language() {
    const link = document.getElementById('langue');
    if (!link) return;
    const page = link.getAttribute('href');
    const follow = () => {
      // The same view (fragment) and embed settings; a ?lang= that opened this page is dropped.
      const query = new URLSearchParams(location.search);
      query.delete('lang');
      const search = query.toString();
      link.href = page + (search ? `?${search}` : '') + location.hash;
    };
    follow();
    addEventListener('hashchange', follow);
    link.addEventListener('click', () => {
      try {
        localStorage.setItem('journee.langue', link.hreflang);
      } catch {
        // Not remembered (storage blocked): the link still opens the other language.
      }
    });
  }

  // In a frame: the height of the content, and the fragment, to the host page only (its origin
  // came in the URL from embed.js; without it, nothing is sent).
  function embedded() {
    const host = new URLSearchParams(location.search).get('host');
    let origin;
    try {
      origin = new URL(host).origin;
    } catch {
      return;
    }
    const full = document.getElementById('plein-ecran');
    let last = -1;
    const send = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (full) full.href = full.getAttribute('href').split('#')[0] + location.hash;
      if (height === last) return;
      last = height;
      parent.postMessage({ journee: 'height', height, hash: location.hash }, origin);
    };
    new ResizeObserver(send).observe(document.body);
    addEventListener('hashchange', () => { last = -1; send(); });
    send();
  }
})();
