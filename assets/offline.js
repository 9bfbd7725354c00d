// Offline support, in plain JS: it works with or without the wasm and costs the wasm nothing.
// Registers sw.js (release builds: the build sets <html data-sw="on">), shows « Hors ligne »
// while offline, and offers « Recharger » when a new version waits. Notices: src/prerender.rs.
'use strict';
(() => {
  const offline = document.getElementById('hors-ligne');
  const update = document.getElementById('mise-a-jour');
  const show = () => { offline.hidden = navigator.onLine; };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();

  // No worker in `trunk serve`, insecure contexts, or browsers that refuse it; in a sandboxed
  // frame merely reading navigator.serviceWorker throws.
  let sw;
  try {
    sw = navigator.serviceWorker;
  } catch {
    return;
  }
  if (document.documentElement.dataset.sw !== 'on' || !sw) return;

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

  sw.register('./sw.js', { scope: './' }).then((reg) => {
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
  }, () => {}); // Refused (private window, storage blocked): online as before.
})();
