// @ts-check
// Shows the programme inside a host page, in a titled iframe that takes exactly the height of
// its content. Paste, where the programme should appear:
//   <script src="https://…/programme/embed.js" async></script>
// Options, as attributes of that tag: data-title (the iframe's title), data-accent (a colour
// such as #c0392b, used only where it keeps its contrast), data-font (a font-family list),
// data-lang (en for the English programme), data-theme (light, dark or auto; by default the
// theme of the background the tag sits on). A host page URL ending in #journee-atelier-2 opens
// the programme on atelier 2 (#journee-mes-ateliers on « Mes ateliers »). See EMBED.md.
// The frame is told which part of it is on screen, so that its view switch and its notices stay
// in sight while the host page scrolls.
// Reads (src/contract.rs): its own tag's options (EMBED_OPTIONS), the host's #journee-…
// fragment, and the frame's messages ({ journee: 'height' }); sends { journee: 'view' }.
'use strict';
(() => {
  const script = /** @type {HTMLScriptElement} */ (document.currentScript);
  if (!script) return;
  const app = new URL('./', script.src);
  const prefix = '#journee-';
  const frame = document.createElement('iframe');
  const params = new URLSearchParams({ embed: '1', host: location.origin });
  for (const name of ['accent', 'font', 'lang']) {
    const value = script.dataset[name];
    if (value) params.set(name, value);
  }
  const background = hostBackground(script.parentElement);
  const theme = ['light', 'dark', 'auto'].includes(script.dataset.theme) ? script.dataset.theme : background.theme;
  params.set('theme', theme);
  if (background.hex && theme === background.theme) params.set('bg', background.hex);
  const src = (hash) => `${app.href}?${params}${hash.startsWith(prefix) ? `#${hash.slice(prefix.length)}` : ''}`;
  frame.src = src(location.hash);
  frame.title = script.dataset.title || (script.dataset.lang === 'en' ? 'Programme of the day' : 'Programme de la journée');
  // The same colour scheme as the frame's page, or browsers paint an opaque canvas behind it.
  frame.style.cssText = `display:block;width:100%;height:60vh;border:0;overflow:hidden;color-scheme:${theme === 'auto' ? 'light dark' : theme}`;
  script.after(frame);

  addEventListener('message', (event) => {
    // Only the programme's own frame, from the programme's own origin, and only a height.
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    const { journee, height } = event.data ?? {};
    if (journee === 'height' && Number.isFinite(height) && height > 0 && height < 100000) {
      frame.style.height = `${Math.ceil(height)}px`;
      live = true;
      follow();
    }
  });
  // The part of the frame on screen, in the frame's own coordinates; once the programme has
  // loaded in it (before, the frame holds another origin's blank page).
  let queued = false;
  let live = false;
  function follow() {
    if (queued || !live) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const box = frame.getBoundingClientRect();
      const top = Math.max(0, -box.top);
      const bottom = Math.max(top, Math.min(box.height, innerHeight - box.top));
      frame.contentWindow?.postMessage({ journee: 'view', top, bottom }, app.origin);
    });
  }
  addEventListener('scroll', follow, { passive: true });
  addEventListener('resize', follow);

  // The first background with colour behind the tag (white if none): its #rrggbb, and whether
  // it is light or dark.
  function hostBackground(el) {
    for (; el; el = el.parentElement) {
      const [r, g, b, a = 1] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      if (!(a >= 0.5)) continue;
      const l = [r, g, b].map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      // Below 0.18, white text has more contrast than black: a dark background.
      const theme = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2] < 0.18 ? 'dark' : 'light';
      return { theme, hex: `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}` };
    }
    return { theme: 'light' };
  }
})();
