//! The static HTML written after the app's markup (hydration stops at the app's last node, so
//! it costs the wasm nothing): the notices of assets/page.js, what only an embedded copy shows,
//! and the tools' dialogs that assets/tools-ui.js opens. Their words come from `strings`.

use crate::contract::{attr, id, MY_ATELIERS};
use crate::event::{event, words as ui};
use crate::html::escape;
use crate::lang::Lang;

/// The notices of `assets/page.js`, hidden until it shows them: static HTML after the app's
/// markup (hydration stops at the app's last node), so they cost the wasm nothing.
pub fn connection_notes(lang: Lang) -> String {
    let t = ui(lang);
    let (offline, update, copied, bar) = (id::OFFLINE, id::UPDATE, id::LINK_COPIED, id::CHOICE_BAR);
    let (added, removed) = (attr::ADDED, attr::REMOVED);
    format!(
        "<div class=\"connection\" role=\"status\"><p id=\"{offline}\" hidden>{}</p>\
         <p id=\"{update}\" hidden>{} <button type=\"button\">{}</button></p>\
         <p id=\"{copied}\" hidden>{}</p>\
         <p id=\"{bar}\" hidden {added}=\"{}\" {removed}=\"{}\"><span></span> \
         <a href=\"{MY_ATELIERS}\">{}</a><button type=\"button\">{}</button></p></div>",
        escape(t.offline),
        escape(t.update_available),
        escape(t.reload),
        escape(t.share_copied),
        escape(t.toast_added),
        escape(t.toast_removed),
        escape(t.see_mine),
        escape(t.undo),
    )
}

/// What follows the programme, static: the address with directions (OpenStreetMap, and a
/// `geo:` link for phones' map apps), the footer, and the heading printed above « Mon
/// programme » (the style sheet shows it on paper only, when something is chosen).
pub fn page_end(lang: Lang) -> String {
    let (t, e) = (ui(lang), event(lang));
    // The event's further places, each with its way there.
    let places: String = e
        .places
        .iter()
        .map(|p| {
            let lang = p
                .name
                .lang
                .map(|l| format!(" lang=\"{l}\""))
                .unwrap_or_default();
            format!(
                "<li><span{lang}>{}</span>, {} <a href=\"{}\" target=\"_blank\" rel=\"noopener\">{} \
                 <span class=\"new-tab\">{}</span></a></li>",
                escape(p.name.text),
                escape(p.address),
                escape(p.map_url),
                escape(t.directions),
                escape(t.new_tab)
            )
        })
        .collect();
    let places = if places.is_empty() {
        places
    } else {
        format!(
            "<h3>{}</h3><ul class=\"places\">{places}</ul>",
            escape(t.other_places)
        )
    };
    format!(
        "<section class=\"access\" aria-labelledby=\"acces-titre\"><h2 id=\"acces-titre\">{}</h2>\
         <p class=\"where\">{}</p><p class=\"directions\">\
         <a href=\"{}\" target=\"_blank\" rel=\"noopener\">{} <span class=\"new-tab\">{}</span></a> \
         <a href=\"{}\">{}</a></p>{places}</section>\
         <footer class=\"page-footer\"><p>{}</p><p><a href=\"{}\">{}</a></p></footer>\
         <p class=\"print-title\">{} – <time datetime=\"{}\">{}</time></p>",
        escape(t.access_title),
        escape(e.where_line),
        escape(e.map_url),
        escape(t.directions),
        escape(t.new_tab),
        escape(e.geo_url),
        escape(t.maps_app),
        escape(t.privacy),
        lang.statement_page(),
        escape(t.statement_link),
        escape(t.print_title),
        e.day.iso,
        escape(e.day.text),
    )
}

/// What only an embedded copy shows (the style sheet hides it elsewhere, with the page's own
/// footer): where choices are kept, and the way out to the standalone page, which says it opens
/// a new tab.
pub fn embed_notes(lang: Lang) -> String {
    let t = ui(lang);
    let full = id::FULL_PAGE;
    format!(
        "<footer class=\"embed-only\"><p>{}</p><p><a id=\"{full}\" href=\"{}\" target=\"_blank\" \
         rel=\"noopener\">{} <span class=\"new-tab\">{}</span></a></p></footer>",
        escape(t.embed_storage),
        lang.page(),
        escape(t.embed_full),
        escape(t.new_tab)
    )
}

/// The tools' dialogs and notes (assets/tools-ui.js opens them), static HTML after the app's
/// markup like the connection notes: they cost the wasm nothing.
pub fn tool_dialogs(lang: Lang) -> String {
    let (t, e) = (ui(lang), event(lang));
    let items: String = e
        .sessions
        .iter()
        .filter(|s| s.choosable)
        .map(|s| {
            let lang = s
                .title_lang
                .map(|l| format!(" lang=\"{l}\""))
                .unwrap_or_default();
            format!(
                "<li {}=\"{}\" hidden>{}<span{lang}>{}</span></li>",
                attr::SESSION_ID,
                s.id,
                if s.label.is_empty() {
                    String::new()
                } else {
                    escape(&format!("{}{}", s.label, t.number_sep))
                },
                escape(s.title)
            )
        })
        .collect();
    let close = escape(t.close);
    let (transfer, link, received) = (id::TRANSFER, id::TRANSFER_LINK, id::TRANSFER_RECEIVED);
    let (copy_link, copy_field) = (id::COPY_LINK, id::COPY_LINK_FIELD);
    let (copy, add, shut, shown_if) = (attr::COPY, attr::ADD, attr::CLOSE, attr::SHOWN_IF);
    let (ok, manual) = (attr::COPY_OK, attr::COPY_MANUAL);
    format!(
        "<dialog id=\"{transfer}\" class=\"tool\" aria-labelledby=\"{transfer}-titre\">\
         <h2 id=\"{transfer}-titre\">{}</h2>\
         <p><label for=\"{link}\">{}</label></p>\
         <input id=\"{link}\" type=\"text\" readonly>\
         <p class=\"actions\"><button type=\"button\" class=\"action primary\" {copy}>{}</button></p>\
         <p class=\"copied\" role=\"status\" {ok}=\"{}\" {manual}=\"{}\"></p>\
         <svg class=\"qr\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 1 1\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"\"/></svg>\
         <p class=\"actions\"><button type=\"button\" class=\"action\" {shut}>{close}</button></p></dialog>\
         <dialog id=\"{received}\" class=\"tool\" aria-labelledby=\"{received}-titre\">\
         <h2 id=\"{received}-titre\">{}</h2>\
         <div {shown_if}=\"ids\" hidden><p>{}</p><ul>{items}</ul><p>{}</p></div>\
         <p class=\"note\" {shown_if}=\"unknown\" hidden>{}</p>\
         <p class=\"note\" {shown_if}=\"duplicates\" hidden>{}</p>\
         <p class=\"note\" {shown_if}=\"none\" hidden>{}</p>\
         <p class=\"note\" {shown_if}=\"refused\" hidden>{}</p>\
         <p class=\"actions\"><button type=\"button\" class=\"action primary\" {add} {shown_if}=\"ids\" hidden>{}</button> \
         <button type=\"button\" class=\"action\" {shut}>{}</button></p></dialog>\
         <dialog id=\"{copy_link}\" class=\"tool\" aria-labelledby=\"{copy_link}-titre\">\
         <p><label id=\"{copy_link}-titre\" for=\"{copy_field}\">{}</label></p>\
         <input id=\"{copy_field}\" type=\"text\" readonly>\
         <p class=\"actions\"><button type=\"button\" class=\"action\" {shut}>{close}</button></p></dialog>",
        escape(t.transfer_open),
        escape(t.transfer_how),
        escape(t.copy_link),
        escape(t.share_copied),
        escape(t.share_manual),
        escape(t.qr_label),
        escape(t.incoming_title),
        escape(t.incoming_intro),
        escape(t.incoming_merge),
        escape(t.incoming_unknown),
        escape(t.incoming_duplicates),
        escape(t.incoming_none),
        escape(t.incoming_refused),
        escape(t.incoming_add),
        escape(t.incoming_keep),
        escape(t.share_manual),
    )
}
