//! One session as a card: what a participant scans first (number, title, the choose control),
//! with its presentation and the tools one tap away in a disclosure. Only the card's chosen
//! state and its choose control are the wasm's; the rest is fixed markup (`super::fixed`).

use super::fixed;
use super::state::AppState;
use crate::contract;
use crate::event::Session;
use crate::route::MY_ATELIERS;
use leptos::prelude::*;

/// In « Mes ateliers » the style sheet shows a card only if `chosen`, with its day and time; in
/// the programme its slot says when, except for the card a link points to (`:target`), which
/// shows them too. `parallel`: how many ateliers its slot runs at once, when more than one.
#[component]
pub fn SessionCard(
    state: AppState,
    session: &'static Session,
    parallel: Option<usize>,
) -> impl IntoView {
    let (id, t) = (session.id, state.ui());
    let atelier = session.is_atelier();
    let class = if atelier {
        "session atelier"
    } else {
        "session"
    };
    // Completes the buttons' names for screen readers: which session they act on.
    let which = move || match session.number {
        Some(n) => t.pick_which(n),
        None => format!("({})", session.title),
    };
    // The calendar file and the sharing are assets/tools.js's (system share sheet, else the
    // clipboard, else the link shown to copy): no wasm needed.
    let agenda = move || {
        view! {
            <button type="button" class="action" data-tool=contract::tool::AGENDA data-id=id>
                {t.agenda_add}
                <span class="sr-only">" "{which()}</span>
            </button>
        }
    };
    // Number and title; the day and time when the card is seen on its own.
    let head = fixed(|| {
        view! {
            <h3 id=session.heading_id tabindex="-1">
                {session.number.map(|n| view! {
                    <span class="number">{format!("{} {n}", t.atelier)}<span class="sr-only">{t.number_sep}</span></span>
                })}
                <span class="title" lang=session.title_lang>{session.title}</span>
            </h3>
            <p class="time">
                <span inner_html=session.when.0></span>
                {parallel.map(|n| format!(" · {}", t.parallel(n)))}
            </p>
        }
    });
    // After the choose control: the state in words, with the way to « Mes ateliers » (the
    // style sheet shows it while the card is chosen), then the presentation and the tools; a
    // plenary says what it is.
    let tail = fixed(|| {
        if atelier {
            leptos::either::Either::Left(view! {
                <p class="picked">
                    {t.picked}" "
                    <a href=MY_ATELIERS>{t.see}<span class="sr-only">" "{t.mine_title}</span></a>
                </p>
                <details class="more">
                    <summary>{t.more}<span class="sr-only">" "{which()}</span></summary>
                    <div class="description" inner_html=session.description.0></div>
                    <div class="actions">
                        <button type="button" class="action" data-tool=contract::tool::SHARE data-id=id>
                            {t.share}
                            <span class="sr-only">" "{which()}</span>
                        </button>
                        {agenda()}
                    </div>
                </details>
            })
        } else {
            leptos::either::Either::Right(view! {
                <p class="what">{t.plenary_about}</p>
                <div class="description" inner_html=session.description.0></div>
                <div class="actions">{agenda()}</div>
            })
        }
    });
    view! {
        <article id=id class=class class:chosen=move || state.is_chosen(id) aria-labelledby=session.heading_id>
            <div class="head" inner_html=head></div>
            {atelier.then(|| view! {
                <div class="actions">
                    <PickButton state session/>
                </div>
            })}
            <div class="tail" inner_html=tail></div>
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
