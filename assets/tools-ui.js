// @ts-check
// The page's tools, loaded by assets/page.js the first time one is used, so that the first
// visit downloads none of it: calendar files, sharing an atelier, and moving one's choices to
// another device. The logic is Rust (src/bin/tools.rs, a wasm of its own whose glue is
// tools.js, tested natively), called through typed exports (assets/tools.d.ts); this module
// reads the page, which has every word in its language, and shows the results. The build
// renames it by content and points its import to the renamed tools.js.
// Reads from the page (src/contract.rs): <html data-evenement data-app>; cards
// article.session / .choosable / .chosen with their heading (aria-labelledby), .time (data-jour,
// data-debut, data-fin, data-lieu), .description and
// button.pick; header time; .access .where; buttons [data-tool] with data-id, data-fichier;
// the dialogs #transfert (#transfert-lien, [data-copier], .copied data-ok data-manual, svg
// path), #transfert-recu ([data-si], li[data-id], [data-ajouter]), #lien-a-copier
// (#lien-a-copier-champ), [data-fermer]; #lien-copie; the fragments #transfert=,
// #mes-ateliers, #programme.
import init, { qr_svg, calendar_file, read_transfer, transfer_fragment } from './tools.js';

const ready = init();
const root = document.documentElement;
/** @type {(selector: string, from?: ParentNode) => HTMLElement} */
const $ = (selector, from = document) => from.querySelector(selector);
// Spaces folded, but not the no-break ones that French typography put there.
const text = (el) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
// The page's own address: links made here never carry the embed's settings.
const page = () => location.origin + location.pathname;

/** Runs the tool of a clicked `data-tool` button. */
export async function run(button) {
  await ready;
  const id = button.dataset.id;
  switch (button.dataset.tool) {
    case 'agenda':
      return save([document.getElementById(id)], `${id}.ics`);
    case 'agenda-mine':
      // The chosen sessions and every one without a choice (the plenary, the breaks).
      return save([...document.querySelectorAll('article.session')]
        .filter((a) => a.classList.contains('chosen') || !a.classList.contains('choosable')), button.dataset.fichier);
    case 'partager':
      return share(text(heading(document.getElementById(id))), `${page()}#${id}`);
    case 'transfert':
      return showTransfer(button);
  }
}

/** A card's heading, whatever its level. */
const heading = (card) => document.getElementById(card.getAttribute('aria-labelledby'));

// Calendar: the words from the page, the day, times and place from the card's time line.
function save(cards, name) {
  const sessions = cards.map((card) => {
    const when = /** @type {HTMLElement} */ ($('.time', card)).dataset;
    return {
      id: card.id, date: when.jour, start: when.debut, end: when.fin,
      summary: text(heading(card)), description: description(card),
      location: when.lieu, url: `${page()}#${card.id}`,
    };
  });
  const ics = calendar_file(root.dataset.evenement, sessions, Date.now());
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

// Paragraphs apart, list items as « - » lines.
function description(card) {
  let out = '';
  let lastItem = false;
  for (const el of card.querySelectorAll('.description p, .description li')) {
    const item = el.tagName === 'LI';
    if (out) out += item && lastItem ? '\n' : '\n\n';
    out += (item ? '- ' : '') + text(el);
    lastItem = item;
  }
  return out;
}

// Share: the system's share sheet, else the clipboard, else the link shown to copy by hand.
async function share(title, url) {
  if (navigator.share) {
    try {
      await navigator.share({ title, url });
      return;
    } catch (/** @type {any} */ e) {
      if (e.name === 'AbortError') return; // the participant closed the sheet
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    const done = document.getElementById('lien-copie');
    done.hidden = false;
    clearTimeout(share.timer);
    share.timer = setTimeout(() => { done.hidden = true; }, 8000);
  } catch {
    const field = /** @type {HTMLInputElement} */ (document.getElementById('lien-a-copier-champ'));
    field.value = url;
    open(document.getElementById('lien-a-copier'));
    field.select();
  }
}
// The « lien copié » note's timer, kept between shares: declared for the type checker.
/** @type {number} */
share.timer;

function open(dialog, from) {
  for (const b of dialog.querySelectorAll('[data-fermer]')) b.onclick = () => dialog.close();
  // Back to the button that opened it.
  dialog.onclose = () => from?.focus();
  dialog.showModal();
}

function showTransfer(button) {
  const ids = [...document.querySelectorAll('article.choosable.chosen')].map((a) => a.id);
  const link = page() + transfer_fragment(ids);
  // A link always fits a code (the transfer link's length is capped far below the limit).
  const { side, path } = JSON.parse(qr_svg(link));
  const dialog = document.getElementById('transfert');
  const field = /** @type {HTMLInputElement} */ ($('#transfert-lien'));
  field.value = link;
  $('svg', dialog).setAttribute('viewBox', `0 0 ${side} ${side}`);
  $('path', dialog).setAttribute('d', path);
  const said = $('.copied', dialog);
  said.textContent = '';
  // The same fallbacks as sharing: the clipboard, else the link selected to copy by hand.
  $('[data-copier]', dialog).onclick = async () => {
    try {
      await navigator.clipboard.writeText(link);
      said.textContent = said.dataset.ok;
    } catch {
      said.textContent = said.dataset.manual;
      field.focus();
      field.select();
    }
  };
  open(dialog, button);
  // The first thing offered is the copy; the link reads from its start (the address).
  $('[data-copier]', dialog).focus();
  field.scrollLeft = 0;
}

/** A transfer link (#transfert=…) opened: shows what it brings and asks before adding. */
export async function arrive() {
  await ready;
  // The choices go to the running app (its buttons): wait until it has read the stored ones.
  await new Promise((resolve) => {
    if (root.dataset.app === 'ready') return resolve();
    new MutationObserver((_, observer) => {
      if (root.dataset.app !== 'ready') return;
      observer.disconnect();
      resolve();
    }).observe(root, { attributes: true, attributeFilter: ['data-app'] });
  });
  // A cancelled session can no longer be chosen, from a link either.
  const ateliers = [...document.querySelectorAll('article.choosable:not(.cancelled)')].map((a) => a.id);
  const read = JSON.parse(read_transfer(location.hash, ateliers));
  if (!read) return;
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('transfert-recu'));
  // The same dialog may have shown another link before.
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (dialog.querySelectorAll('[data-si], li'))) el.hidden = true;
  const show = (what) => { for (const el of /** @type {NodeListOf<HTMLElement>} */ (dialog.querySelectorAll(`[data-si="${what}"]`))) el.hidden = false; };
  const ids = read.ids ?? [];
  if (read.refused) {
    show('refused');
  } else {
    if (!ids.length) show('none');
    else {
      show('ids');
      for (const id of ids) /** @type {HTMLElement} */ (dialog.querySelector(`li[data-id="${id}"]`)).hidden = false;
      if (read.unknown) show('unknown');
    }
    if (read.duplicates) show('duplicates');
  }
  // The link leaves the address whatever the answer, so that a reload does not ask again.
  const leave = (to) => {
    if (location.hash.startsWith('#transfert=')) location.replace(to);
  };
  // A merge: each atelier not chosen yet is chosen as a click would (saved, counted, said);
  // nothing is removed.
  $('[data-ajouter]', dialog).onclick = () => {
    for (const id of ids) /** @type {HTMLElement} */ (document.querySelector(`#${id} button.pick[aria-pressed="false"]`))?.click();
    leave('#mes-ateliers');
    dialog.close();
  };
  open(dialog);
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (dialog.querySelectorAll('[data-fermer]'))) b.onclick = () => { leave('#programme'); dialog.close(); };
  // Escape closes it too.
  dialog.onclose = () => leave('#programme');
}
