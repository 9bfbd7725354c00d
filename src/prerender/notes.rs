//! The static HTML written after the app's markup (hydration stops at the app's last node, so
//! it costs the wasm nothing): the notices of assets/page.js, what only an embedded copy shows,
//! and the tools' dialogs that assets/tools.js opens. Their words come from `strings`.

use crate::content::event;
use crate::html::escape;
use crate::lang::Lang;
use crate::strings::ui;

/// The notices of `assets/page.js`, hidden until it shows them: static HTML after the app's
/// markup (hydration stops at the app's last node), so they cost the wasm nothing.
pub fn connection_notes(lang: Lang) -> String {
    let t = ui(lang);
    format!(
        "<div class=\"connection\" role=\"status\"><p id=\"hors-ligne\" hidden>{}</p>\
         <p id=\"mise-a-jour\" hidden>{} <button type=\"button\">{}</button></p>\
         <p id=\"lien-copie\" hidden>{}</p></div>",
        escape(t.offline),
        escape(t.update_available),
        escape(t.reload),
        escape(t.share_copied)
    )
}

/// What only an embedded copy shows (the style sheet hides it elsewhere): where choices are
/// kept, and the way out to the standalone page, which says it opens a new tab.
pub fn embed_notes(lang: Lang) -> String {
    let t = ui(lang);
    format!(
        "<div class=\"embed-only\"><p>{}</p><p><a id=\"plein-ecran\" href=\"{}\" target=\"_blank\" \
         rel=\"noopener\">{}</a></p></div>",
        escape(t.embed_storage),
        lang.page(),
        escape(t.embed_full)
    )
}

/// The tools' dialogs and notes (assets/tools.js opens them), static HTML after the app's
/// markup like the connection notes: they cost the wasm nothing.
pub fn tool_dialogs(lang: Lang) -> String {
    let (t, e) = (ui(lang), event(lang));
    let items: String = e
        .sessions
        .iter()
        .filter(|s| s.is_atelier())
        .map(|s| {
            let lang = s
                .title_lang
                .map(|l| format!(" lang=\"{l}\""))
                .unwrap_or_default();
            format!(
                "<li data-id=\"{}\" hidden>{} {}{}<span{lang}>{}</span></li>",
                s.id,
                escape(t.atelier),
                s.number.unwrap_or(0),
                escape(t.number_sep),
                escape(s.title)
            )
        })
        .collect();
    let close = escape(t.close);
    format!(
        "<dialog id=\"transfert\" class=\"tool\" aria-labelledby=\"transfert-titre\">\
         <h2 id=\"transfert-titre\">{}</h2>\
         <p><label for=\"transfert-lien\">{}</label></p>\
         <input id=\"transfert-lien\" type=\"text\" readonly>\
         <svg class=\"qr\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 1 1\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"\"/></svg>\
         <p class=\"actions\"><button type=\"button\" class=\"action\" data-fermer>{close}</button></p></dialog>\
         <dialog id=\"transfert-recu\" class=\"tool\" aria-labelledby=\"transfert-recu-titre\">\
         <h2 id=\"transfert-recu-titre\">{}</h2>\
         <div data-si=\"ids\" hidden><p>{}</p><ul>{items}</ul><p>{}</p></div>\
         <p class=\"note\" data-si=\"unknown\" hidden>{}</p>\
         <p class=\"note\" data-si=\"duplicates\" hidden>{}</p>\
         <p class=\"note\" data-si=\"none\" hidden>{}</p>\
         <p class=\"note\" data-si=\"refused\" hidden>{}</p>\
         <p class=\"actions\"><button type=\"button\" class=\"action primary\" data-ajouter data-si=\"ids\" hidden>{}</button> \
         <button type=\"button\" class=\"action\" data-fermer>{}</button></p></dialog>\
         <dialog id=\"lien-a-copier\" class=\"tool\" aria-labelledby=\"lien-a-copier-titre\">\
         <p><label id=\"lien-a-copier-titre\" for=\"lien-a-copier-champ\">{}</label></p>\
         <input id=\"lien-a-copier-champ\" type=\"text\" readonly>\
         <p class=\"actions\"><button type=\"button\" class=\"action\" data-fermer>{close}</button></p></dialog>",
        escape(t.transfer_open),
        escape(t.transfer_how),
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
