//! The parts around the views: the event's header, the view switch, the notes, the footer.

use super::state::AppState;
use crate::content::EVENT;
use crate::route::{MY_ATELIERS, PROGRAMME};
use crate::store::{Note, UnreadableKind};
use crate::strings::FR;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="event">
            <h1>{EVENT.title}</h1>
            <p class="when-where">
                <time datetime=EVENT.day.iso>{EVENT.day.fr}</time>
                <br/>
                {EVENT.where_line}
            </p>
        </header>
    }
}

#[component]
pub fn Nav(state: AppState) -> impl IntoView {
    // One closure type for both links.
    let current = move |mine: bool| move || (state.mine() == mine).then_some("page");
    view! {
        <nav class="views" aria-label=FR.nav_label>
            <a href=PROGRAMME aria-current=current(false)>
                {FR.nav_programme}
            </a>
            <a href=MY_ATELIERS aria-current=current(true)>
                {FR.nav_mine}
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
    let line = move |note: Note| {
        view! { <p hidden=move || !state.notes.with(|n| n.contains(&note))>{FR.note(note)}</p> }
    };
    view! {
        <div class="notes" role="status">
            // What changed, for screen readers: the view and how many ateliers are chosen.
            <p class="sr-only">{move || FR.announce(state.mine(), state.chosen_count())}</p>
            {line(Note::SetAside(UnreadableKind::Damaged))}
            {line(Note::SetAside(UnreadableKind::OtherVersion))}
            {line(Note::NotKept)}
        </div>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="page-footer">
            <p>{FR.privacy}</p>
            <p>
                <a href="accessibilite.html">{FR.statement_link}</a>
            </p>
        </footer>
    }
}
