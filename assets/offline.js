// Offline support, in plain JS rather than in the wasm: it must work whether or not the wasm
// runs, and it keeps the wasm within its size budget. It registers the service worker (sw.js),
// shows « Hors ligne » while the browser is offline, and offers the reload when a new version
// is waiting. The notices are prerendered, hidden, by the app (src/ui/header.rs).
'use strict';

(() => {
  const offlineNote = document.getElementById('hors-ligne');
  const updateNote = document.getElementById('mise-a-jour');

  if (offlineNote) {
    const show = () => { offlineNote.hidden = navigator.onLine; };
    addEventListener('online', show);
    addEventListener('offline', show);
    show();
  }

  // Release builds only (the build marks <html>), and only where a worker may run: not in
  // `trunk serve`, a sandboxed frame, or a context that refuses workers.
  if (document.documentElement.dataset.sw !== 'on' || !('serviceWorker' in navigator)) return;

  const offer = (worker) => {
    if (!updateNote || !worker) return;
    updateNote.hidden = false;
    updateNote.querySelector('button').onclick = () => worker.postMessage('journee:activate');
  };

  let reloading = false;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The new version took over after « Recharger »: load the page it serves, whole.
    if (hadController && !reloading) {
      reloading = true;
      location.reload();
    }
  });

  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((registration) => {
      // A version installed earlier and waiting for this page to let it in.
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
      // Browsers look for a new worker on each visit; an open page also looks when it comes back
      // into view, which is when a participant returns to it.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // Refused (private window, storage blocked…): the app works online as before.
    });
})();
