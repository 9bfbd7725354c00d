//! One session as a card, with its bookmark button for ateliers.

use super::state::AppState;
use crate::content::Session;
use leptos::prelude::*;

/// In « Mes ateliers » the style sheet shows a card only if `chosen`, with its time (in the
/// programme its slot says when).
#[component]
pub fn SessionCard(state: AppState, session: &'static Session) -> impl IntoView {
    let (id, t) = (session.id, state.ui());
    // Completes the buttons' names for screen readers: which session they act on.
    let which = match session.number {
        Some(n) => t.pick_which(n),
        None => format!("({})", session.title),
    };
    let class = if session.is_atelier() {
        "session atelier"
    } else {
        "session"
    };
    view! {
        <article id=id class=class class:chosen=move || state.is_chosen(id) aria-labelledby=session.heading_id>
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
            // The calendar file and the sharing are assets/tools.js's (system share sheet, else
            // the clipboard, else the link shown to copy): no wasm needed.
            <div class="actions">
                {session.is_atelier().then(|| view! {
                    <PickButton state session/>
                    <button type="button" class="action" data-outil="partager" data-id=id>
                        {t.share}
                        <span class="sr-only">" "{which.clone()}</span>
                    </button>
                })}
                <button type="button" class="action" data-outil="agenda" data-id=id>
                    {t.agenda_add}
                    <span class="sr-only">" "{which}</span>
                </button>
            </div>
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
