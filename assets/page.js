// @ts-check
// The page's plain-JS parts: they work with or without the wasm and cost the wasm nothing.
// - Offline: registers sw.js (release builds: the build sets <html data-sw="on">), shows
//   « Hors ligne » while offline, offers « Recharger » when a new version waits.
// - Language: the switch keeps the view and the embed settings, and its choice is remembered
//   (index.html's head script reads it back).
// - Embedded (?embed=1, set up by embed.js): tells the host page the content's height.
// - Choosing: a bar that confirms each choice in words (« Annuler » after a removal), the focus
//   kept in « Mes ateliers » when a card leaves it, a deep link's card opened, and the focus ring
//   on moved headings for keyboard users only (html.kbd).
// Notices and the embed link are written by the build (src/build/notes.rs).
// Reads from the page (src/contract.rs): <html data-sw data-tools data-app .embed>, #hors-ligne,
// #mise-a-jour, #choix (data-ajoute, data-retire, {atelier}), .connection, #langue,
// #plein-ecran, #mes-ateliers-titre, main.mine-view, article.session / .chosen with .number,
// .picked, details.more and button.pick (data-tap), buttons [data-tool], the filter #filtre
// (data-compte, data-aucun, {n}, {total}) with its selects and the cards' data-type, data-salle,
// .slot, .day, .title; the query ?type=, ?salle=; the fragments
// #transfert=, #mes-ateliers; the key journee.langue; messages to sw.js (journee:activate) and
// to and from embed.js ({ journee: 'height' | 'view' }).
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
  const keepLanguageLink = language();
  tools();
  choices();
  keyboard();
  opened();
  filter(keepLanguageLink);

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

  // The tools (calendar files, sharing, transfer links: assets/tools-ui.js and its own wasm) are
  // loaded the first time one is used, so that the first visit downloads none of them.
  function tools() {
    const url = root.dataset.tools;
    if (!url) return;
    let module;
    const load = () => (module ??= import(url));
    document.addEventListener('click', (event) => {
      const button = /** @type {Element} */ (event.target).closest?.('[data-tool]');
      if (button) load().then((m) => m.run(button));
    });
    const arrived = () => location.hash.startsWith('#transfert=') && load().then((m) => m.arrive());
    arrived();
    addEventListener('hashchange', arrived);
  }

  // A choice is confirmed in words, once (the bar is in a polite live region), with the way to
  // « Mes ateliers »; a removal offers « Annuler » and, in « Mes ateliers », where the card
  // disappears, the focus goes to the next chosen card (or the view's heading). Only the
  // participant's own taps: the app's replays and the tools' merges click too.
  function choices() {
    const bar = document.getElementById('choix');
    if (!bar) return;
    const [said, see, undo] = ['span', 'a', 'button'].map((s) => /** @type {HTMLElement} */ (bar.querySelector(s)));
    let last, timer;
    // A tap made before the app was ready is shown by data-tap (index.html) until applied.
    const chosen = (card) => (card.dataset.tap ? card.dataset.tap === 'on' : card.classList.contains('chosen'));
    const confirm = (card, inMine) => {
      const on = chosen(card);
      // « Atelier 2 », or the title of a session without a number.
      const name = (card.querySelector('.number') ?? card.querySelector('.title'))?.firstChild?.textContent ?? '';
      said.textContent = (on ? bar.dataset.ajoute : bar.dataset.retire).replace('{atelier}', name);
      see.hidden = !on || inMine;
      undo.hidden = on;
      bar.hidden = false;
      last = card;
      if (!on && inMine) nextInMine(card).focus();
      // The bar must not hide what was just tapped (WCAG 2.4.11): scroll it clear if it does.
      const tapped = card.querySelector('.picked') ?? card;
      if (!inMine && tapped.getBoundingClientRect().bottom > innerHeight - bar.offsetHeight) {
        tapped.scrollIntoView({ block: 'nearest' });
      }
      clearTimeout(timer);
      timer = setTimeout(hide, 8000);
    };
    // Not while the participant is on it.
    const hide = () => {
      if (bar.matches(':focus-within, :hover')) timer = setTimeout(hide, 4000);
      else bar.hidden = true;
    };
    addEventListener('click', (event) => {
      const button = event.isTrusted && /** @type {Element} */ (event.target).closest?.('button.pick');
      if (!button) return;
      const inMine = !!document.querySelector('main.mine-view');
      // After the app (or the early-tap script) has drawn the change.
      setTimeout(() => confirm(button.closest('article'), inMine));
    }, true);
    undo.addEventListener('click', () => {
      const button = last.querySelector('button.pick');
      button.click();
      setTimeout(() => {
        confirm(last, false);
        button.focus();
      });
    });
  }

  function nextInMine(card) {
    const shown = [...document.querySelectorAll('main article.chosen')].filter((a) => a !== card);
    const next = shown.find((a) => card.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) ?? shown.at(-1);
    return /** @type {HTMLElement} */ (next?.querySelector('button.pick')) ?? document.getElementById('mes-ateliers-titre');
  }

  // The filter by kind and room (src/page/programme.rs), shown only with this script: hides the
  // other cards, and the slots and days it leaves empty, in the programme view; kept in the
  // address (?type=…&salle=…) so that a reload or a shared link shows the same.
  /** @param {() => void} onAddress told when the filter changes the address */
  function filter(onAddress) {
    const box = document.getElementById('filtre');
    if (!box) return;
    const form = box.querySelector('form');
    const result = box.querySelector('.filter-result');
    const cards = [...document.querySelectorAll('article.session')];
    const fields = /** @type {HTMLSelectElement[]} */ ([...form.querySelectorAll('select')]);
    const asked = new URLSearchParams(location.search);
    for (const f of fields) {
      const value = asked.get(f.name);
      if (value && [...f.options].some((o) => o.value === value)) f.value = value;
    }
    const apply = () => {
      const wanted = fields.filter((f) => f.value);
      let shown = 0;
      for (const card of cards) {
        const out = wanted.some((f) => card.getAttribute(`data-${f.name}`) !== f.value);
        card.classList.toggle('filtered', out);
        if (!out) shown++;
      }
      for (const box of document.querySelectorAll('.slot, .day')) {
        box.classList.toggle('filtered', !box.querySelector('article.session:not(.filtered)'));
      }
      const query = new URLSearchParams(location.search);
      for (const f of fields) {
        if (f.value) query.set(f.name, f.value);
        else query.delete(f.name);
      }
      const search = query.toString();
      history.replaceState(history.state, '', location.pathname + (search ? `?${search}` : '') + location.hash);
      onAddress();
      result.textContent = !wanted.length ? ''
        : shown ? box.dataset.compte.replace('{n}', String(shown)).replace('{total}', String(cards.length))
          : box.dataset.aucun;
    };
    form.addEventListener('change', apply);
    // After the reset has emptied the fields.
    form.addEventListener('reset', () => setTimeout(apply));
    form.addEventListener('submit', (e) => e.preventDefault());
    box.hidden = false;
    // A filtered address shows its filter open.
    if (fields.some((f) => f.value)) {
      /** @type {HTMLDetailsElement} */ (box.querySelector('details')).open = true;
      apply();
    }
  }

  function keyboard() {
    addEventListener('keydown', (e) => {
      if (!e.altKey && !e.ctrlKey && !e.metaKey) root.classList.add('kbd');
    }, true);
    addEventListener('pointerdown', () => root.classList.remove('kbd'), true);
  }

  // A link to one atelier (#atelier-3) opens its presentation.
  function opened() {
    const open = () => {
      const card = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
      const more = card?.matches('article.session') && /** @type {HTMLDetailsElement} */ (card.querySelector('details.more'));
      if (more) more.open = true;
    };
    open();
    addEventListener('hashchange', open);
  }

  /** The language link follows the view; returns what updates it when the address changes. */
  function language() {
    const link = /** @type {HTMLAnchorElement} */ (document.getElementById('langue'));
    if (!link) return () => {};
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
    return follow;
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
    const full = /** @type {HTMLAnchorElement} */ (document.getElementById('plein-ecran'));
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

    // The frame is as tall as its content, so position: sticky and fixed have nothing to hold
    // to: the host page says which part of the frame is on screen (embed.js), and the view
    // switch and the notices bar follow it. Only from the host page, only numbers.
    /** @type {HTMLElement} */
    const views = document.querySelector('nav.views');
    /** @type {HTMLElement} */
    const bar = document.querySelector('.connection');
    addEventListener('message', (event) => {
      const { journee, top, bottom } = event.data ?? {};
      if (event.source !== parent || event.origin !== origin || journee !== 'view') return;
      if (!Number.isFinite(top) || !Number.isFinite(bottom)) return;
      const height = document.body.getBoundingClientRect().height;
      if (views) {
        const shift = Math.max(0, Math.min(top - views.offsetTop, height - views.offsetTop - views.offsetHeight));
        views.style.transform = shift ? `translateY(${shift}px)` : '';
      }
      if (bar) bar.style.bottom = `${Math.max(0, height - bottom)}px`;
    });
  }
})();
