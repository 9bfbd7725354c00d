// Shows the programme inside a host page, in a titled iframe that takes exactly the height of
// its content. Paste, where the programme should appear:
//   <script src="https://…/programme/embed.js" async></script>
// Options, as attributes of that tag: data-title (the iframe's title), data-accent (a colour
// such as #c0392b), data-font (a font-family list), data-lang (en for the English programme). A host page URL ending in #journee-atelier-2
// opens the programme on atelier 2 (#journee-mes-ateliers on « Mes ateliers »). See EMBED.md.
'use strict';
(() => {
  const script = document.currentScript;
  if (!script) return;
  const app = new URL('./', script.src);
  const prefix = '#journee-';
  const frame = document.createElement('iframe');
  const params = new URLSearchParams({ embed: '1', host: location.origin });
  for (const name of ['accent', 'font', 'lang']) {
    const value = script.dataset[name];
    if (value) params.set(name, value);
  }
  const src = (hash) => `${app.href}?${params}${hash.startsWith(prefix) ? `#${hash.slice(prefix.length)}` : ''}`;
  frame.src = src(location.hash);
  frame.title = script.dataset.title || (script.dataset.lang === 'en' ? 'Programme of the day' : 'Programme de la journée');
  frame.style.cssText = 'display:block;width:100%;height:60vh;border:0;overflow:hidden';
  script.after(frame);

  addEventListener('message', (event) => {
    // Only the programme's own frame, from the programme's own origin, and only a height.
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    const { journee, height } = event.data ?? {};
    if (journee === 'height' && Number.isFinite(height) && height > 0 && height < 100000) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
  });
  addEventListener('hashchange', () => {
    if (location.hash.startsWith(prefix)) frame.src = src(location.hash);
  });
})();
