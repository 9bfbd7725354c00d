//! journee: the programme of a one-day event, as a page that runs entirely in the browser.
//!
//! Pure logic (content, choices, storage policy, routes, typography, calendar) is kept apart from
//! the components (`ui`) and from the browser (`storage`), so that it is tested natively.

pub mod agenda;
pub mod bookmarks;
pub mod calendar;
pub mod content;
pub mod html;
pub mod ids;
pub mod lang;
pub mod qr;
pub mod route;
pub mod storage;
pub mod store;
pub mod strings;
pub mod transfer;
pub mod typo;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
pub mod statement;

/// Takes over the programme prerendered in the page's body (see `prerender`): the markup is
/// kept, events and reactive attributes are attached to it.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    // The page's language is the one it was prerendered in.
    let lang = leptos::prelude::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .map_or(lang::Lang::Fr, |code| lang::Lang::from_code(&code));
    leptos::mount::hydrate_body(move || leptos::view! { <ui::App lang/> });
}
