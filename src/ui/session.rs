//! One session as a card, with its bookmark button for ateliers.

use super::state::AppState;
use crate::calendar::fr_range;
use crate::content::{Block, Session};
use crate::strings::FR;
use leptos::prelude::*;

/// The organiser's paragraphs and lists.
pub fn blocks(blocks: &'static [Block]) -> impl IntoView {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => view! { <p>{*p}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

/// `show_time`: in « Mes ateliers » each card says when it is; in the programme the slot does.
#[component]
pub fn SessionCard(session: &'static Session, show_time: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = session.id;
    let chosen = move || state.is_chosen(id);
    let title_id = format!("{id}-titre");
    let labelledby = title_id.clone();
    view! {
        <article id=id class="session" class:chosen=chosen aria-labelledby=labelledby>
            <h3 id=title_id tabindex="-1">
                {session.number.map(|n| view! {
                    <span class="number">{format!("{} {n}", FR.atelier)}<span class="sr-only">"\u{A0}: "</span></span>
                })}
                <span class="title">{session.title}</span>
            </h3>
            {show_time.then(|| view! {
                <p class="time">
                    <time datetime=session.start.iso()>{fr_range(session.start, session.end)}</time>
                </p>
            })}
            {blocks(session.description)}
            {session.is_atelier().then(|| view! { <PickButton session/> })}
        </article>
    }
}

#[component]
fn PickButton(session: &'static Session) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = session.id;
    let chosen = move || state.is_chosen(id);
    let which = session
        .number
        .map(|n| format!(" ({} {n})", FR.atelier.to_lowercase()));
    view! {
        <button
            type="button"
            class="pick"
            aria-pressed=move || if chosen() { "true" } else { "false" }
            on:click=move |_| state.toggle(id)
        >
            <span class="mark" aria-hidden="true">{move || if chosen() { "★" } else { "☆" }}</span>
            {FR.pick}
            <span class="sr-only">{which}</span>
        </button>
    }
}
