//! The parts around the views: the event's header, the view switch, the notes, the footer.

use super::state::AppState;
use crate::content::EVENT;
use crate::route::{View, MY_ATELIERS, PROGRAMME};
use crate::strings::FR;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="event">
            <h1>{EVENT.title}</h1>
            <p class="when-where">
                <time datetime=EVENT.date.iso()>{EVENT.date.fr_long()}</time>
                <br/>
                {EVENT.place}
                ", "
                {EVENT.address}
            </p>
        </header>
    }
}

#[component]
pub fn Nav(state: AppState) -> impl IntoView {
    let current = move |v: View| move || (state.route.with(|r| r.view) == v).then_some("page");
    let count = move || state.chosen_count();
    view! {
        <nav class="views" aria-label=FR.nav_label>
            <a href=PROGRAMME aria-current=current(View::Programme)>
                {FR.nav_programme}
            </a>
            <a href=MY_ATELIERS aria-current=current(View::MyAteliers)>
                {FR.nav_mine}
                " "
                <span class="count" aria-hidden="true">{count}</span>
                <span class="sr-only">{move || format!(" ({})", FR.chosen(count()))}</span>
            </a>
        </nav>
    }
}

/// Quiet lines about storage. The live region is always in the page so that a note added later
/// is announced.
#[component]
pub fn Notes(state: AppState) -> impl IntoView {
    view! {
        <div class="notes" role="status">
            {move || {
                state.notes.get().into_iter().map(|n| view! { <p>{FR.note(n)}</p> }).collect_view()
            }}
        </div>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="page-footer">
            <p>{FR.privacy}</p>
        </footer>
    }
}
