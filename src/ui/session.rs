//! One session as a card, with its bookmark button for ateliers.

use super::state::AppState;
use crate::content::Session;
use leptos::prelude::*;

/// In « Mes ateliers » the style sheet shows a card only if `chosen`, with its time (in the
/// programme its slot says when).
#[component]
pub fn SessionCard(state: AppState, session: &'static Session) -> impl IntoView {
    let (id, t) = (session.id, state.ui());
    view! {
        <article id=id class="session" class:chosen=move || state.is_chosen(id) aria-labelledby=session.heading_id>
            <h3 id=session.heading_id tabindex="-1">
                {session.number.map(|n| view! {
                    <span class="number">{format!("{} {n}", t.atelier)}<span class="sr-only">{t.number_sep}</span></span>
                })}
                <span class="title" lang=session.title_lang>{session.title}</span>
            </h3>
            <p class="time">
                <time datetime=session.start_at.iso>{session.range}</time>
            </p>
            <div class="description" inner_html=session.description.0></div>
            {session.is_atelier().then(|| view! { <PickButton state session/> })}
        </article>
    }
}

#[component]
fn PickButton(state: AppState, session: &'static Session) -> impl IntoView {
    let id = session.id;
    let chosen = move || state.is_chosen(id);
    let t = state.ui();
    let which = session.number.map(|n| t.pick_which(n));
    view! {
        <button
            type="button"
            class="pick"
            aria-pressed=move || if chosen() { "true" } else { "false" }
            on:click=move |_| state.toggle(id)
        >
            // ☆ or ★, drawn by the style sheet from aria-pressed.
            <span class="mark" aria-hidden="true"></span>
            {t.pick}
            <span class="sr-only">" "{which}</span>
        </button>
    }
}
