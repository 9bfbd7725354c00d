//! The programme, grouped by time slot, and the head of « Mes ateliers » that filters it.

use super::session::SessionCard;
use super::state::AppState;
use crate::content::{slots, Label, EVENT};
use crate::route::{MY_ATELIERS_HEADING, PROGRAMME, PROGRAMME_HEADING};
use crate::strings::FR;
use leptos::prelude::*;

#[component]
pub fn Programme(state: AppState) -> impl IntoView {
    view! {
        <div id=&PROGRAMME[1..] class="programme">
            // The introduction belongs to the programme view: « Mes ateliers » goes straight to
            // the choices, and the view switch stays near the top on a phone.
            <div class="intro" inner_html=EVENT.intro.0></div>
            {slots(&EVENT)
                .into_iter()
                .enumerate()
                .map(|(i, slot)| {
                    let ateliers = slot.sessions.iter().filter(|s| s.is_atelier()).count();
                    let parallel = ateliers > 1;
                    // The first slot's heading is where « Tout le programme » puts the focus.
                    let heading_id = if i == 0 {
                        PROGRAMME_HEADING.to_string()
                    } else {
                        format!("creneau-{}", slot.start.0)
                    };
                    let labelledby = heading_id.clone();
                    view! {
                        <section class="slot" aria-labelledby=labelledby>
                            <h2 id=heading_id tabindex="-1">
                                <TimeRange start=slot.sessions[0].start_at end=slot.sessions[0].end_at/>
                                {parallel.then(|| view! { <span class="slot-kind">{FR.parallel(ateliers)}</span> })}
                            </h2>
                            {parallel.then(|| view! { <p class="hint">{FR.parallel_hint}</p> })}
                            {slot
                                .sessions
                                .iter()
                                .map(|session| view! { <SessionCard state session/> })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            // Always in the markup (a conditional costs wasm); the style sheet hides it when the
            // content has no acronyms.
            <section class="glossary" aria-labelledby="sigles-titre">
                <h2 id="sigles-titre">{FR.glossary_title}</h2>
                <div inner_html=EVENT.glossary.0></div>
            </section>
            <p class="back">
                <a href=PROGRAMME>{FR.back_to_programme}</a>
            </p>
        </div>
    }
}

/// The title of « Mes ateliers » with how many are chosen, and what to do when none is (the
/// style sheet shows this help only while nothing is chosen).
#[component]
pub fn MyAteliersHead(state: AppState) -> impl IntoView {
    view! {
        <section class="mine" aria-labelledby=MY_ATELIERS_HEADING>
            <h2 id=MY_ATELIERS_HEADING tabindex="-1">{FR.mine_title}</h2>
            <p class="summary">{move || FR.chosen(state.chosen_count())}</p>
            <div class="empty">
                <p>{FR.mine_empty}</p>
                <p>{FR.mine_empty_how}</p>
            </div>
        </section>
    }
}

/// « 10 h 30 – 12 h 30 » with machine-readable times.
#[component]
pub fn TimeRange(start: Label, end: Label) -> impl IntoView {
    view! {
        <span class="range">
            <time datetime=start.iso>{start.fr}</time>
            "\u{A0}– "
            <time datetime=end.iso>{end.fr}</time>
        </span>
    }
}
