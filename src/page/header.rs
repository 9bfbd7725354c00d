//! The parts around the views: the event's header, the view switch, the notes.

use super::fixed;
use super::state::AppState;
use crate::contract;
use crate::route::{MY_ATELIERS, PROGRAMME};
use crate::storage_policy::{Note, UnreadableKind};
use leptos::prelude::*;

/// The skip link, the event in three lines (so that the programme starts on the first screen of
/// a phone), and the way to the other language: a plain link to the other page, written in that
/// language (`assets/page.js` keeps the fragment and remembers the choice). The address and
/// directions are after the programme (`build::page_end`).
#[component]
pub fn Header(state: AppState) -> impl IntoView {
    let (event, t) = (state.event(), state.ui());
    let other = state.lang.other();
    let html = fixed(|| {
        view! {
            <a class="skip" href="#contenu">{t.skip_link}</a>
            <p class="language">
                <a id=contract::id::LANGUAGE href=other.page() hreflang=other.code() lang=other.code()>
                    {t.other_language}
                </a>
            </p>
            <h1 lang=event.title_lang>{event.title}</h1>
            <p class="when-where">
                <time datetime=event.day.iso>{event.day.text}</time>
                {format!(" · {}", event.place)}
            </p>
        }
    });
    // Fixed markup (`super::fixed`): the wasm keeps it as it is.
    view! { <header class="event" inner_html=html></header> }
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
            // The view that opened and how many ateliers it holds, for screen readers. A choice
            // is said once, by the bar that confirms it (assets/page.js), not again here.
            <p class="sr-only">
                {move || {
                    let mine = state.mine();
                    t.announce(mine, untrack(|| state.chosen_count()))
                }}
            </p>
            {line(Note::SetAside(UnreadableKind::Damaged))}
            {line(Note::SetAside(UnreadableKind::OtherVersion))}
            {line(Note::NotKept)}
        </div>
    }
}
