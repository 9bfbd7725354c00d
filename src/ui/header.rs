//! The parts around the views: the event's header, the view switch, the notes, the footer.

use super::state::AppState;
use crate::route::{MY_ATELIERS, PROGRAMME};
use crate::store::{Note, UnreadableKind};
use leptos::prelude::*;

/// The event, and the way to the other language: a plain link to the other page, written in
/// that language (`assets/page.js` keeps the fragment and remembers the choice).
#[component]
pub fn Header(state: AppState) -> impl IntoView {
    let (event, t) = (state.event(), state.ui());
    let other = state.lang.other();
    view! {
        <header class="event">
            <p class="language">
                <a id="langue" href=other.page() hreflang=other.code() lang=other.code()>
                    {t.other_language}
                </a>
            </p>
            <h1 lang=event.title_lang>{event.title}</h1>
            <p class="when-where">
                <time datetime=event.day.iso>{event.day.text}</time>
                <br/>
                <span class="where">{event.where_line}</span>
            </p>
            <p class="directions">
                <a href=event.map_url target="_blank" rel="noopener">{t.directions}</a>
                <a href=event.geo_url>{t.maps_app}</a>
            </p>
        </header>
    }
}

#[component]
pub fn Nav(state: AppState) -> impl IntoView {
    let t = state.ui();
    // One closure type for both links.
    let current = move |mine: bool| move || (state.mine() == mine).then_some("page");
    view! {
        <nav class="views" aria-label=t.nav_label>
            <a href=PROGRAMME aria-current=current(false)>
                {t.nav_programme}
            </a>
            <a href=MY_ATELIERS aria-current=current(true)>
                {t.nav_mine}
                " "
                <span class="count">{move || state.chosen_count()}</span>
            </a>
        </nav>
    }
}

/// Quiet lines about storage, each shown when it applies. The live region is in the page from
/// the start so that a line shown later is announced.
#[component]
pub fn Notes(state: AppState) -> impl IntoView {
    let t = state.ui();
    let line = move |note: Note| {
        view! { <p hidden=move || !state.notes.with(|n| n.contains(&note))>{t.note(note)}</p> }
    };
    view! {
        <div class="notes" role="status">
            // What changed, for screen readers: the view and how many ateliers are chosen.
            <p class="sr-only">{move || t.announce(state.mine(), state.chosen_count())}</p>
            {line(Note::SetAside(UnreadableKind::Damaged))}
            {line(Note::SetAside(UnreadableKind::OtherVersion))}
            {line(Note::NotKept)}
        </div>
    }
}

#[component]
pub fn Footer(state: AppState) -> impl IntoView {
    let t = state.ui();
    view! {
        <footer class="page-footer">
            <p>{t.privacy}</p>
            <p>
                <a href=state.lang.statement_page()>{t.statement_link}</a>
            </p>
        </footer>
    }
}
