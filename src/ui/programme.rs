//! The programme, grouped by time slot, and the head of « Mes ateliers » that filters it.

use super::session::SessionCard;
use super::state::AppState;
use crate::calendar::Time;
use crate::content::{slots, EVENT};
use crate::route::{MY_ATELIERS_HEADING, PROGRAMME, PROGRAMME_HEADING};
use crate::strings::FR;
use leptos::prelude::*;

#[component]
pub fn Programme(state: AppState) -> impl IntoView {
    let mine = move || state.mine();
    view! {
        <div id=&PROGRAMME[1..] class="programme">
            // The introduction belongs to the programme view: « Mes ateliers » goes straight to
            // the choices, and the view switch stays near the top on a phone.
            <div class="intro" hidden=mine inner_html=EVENT.intro.0></div>
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
                    let sessions = slot.sessions;
                    let nothing_chosen = move || {
                        !sessions.iter().any(|s| s.is_atelier() && state.is_chosen(s.id))
                    };
                    view! {
                        <section
                            class="slot"
                            aria-labelledby=labelledby
                            hidden=move || mine() && nothing_chosen()
                        >
                            <h2 id=heading_id tabindex="-1" hidden=mine>
                                <TimeRange start=slot.start end=slot.end/>
                                {parallel.then(|| view! { <span class="slot-kind">{FR.parallel(ateliers)}</span> })}
                            </h2>
                            {parallel.then(|| view! { <p class="hint" hidden=mine>{FR.parallel_hint}</p> })}
                            {sessions
                                .iter()
                                .map(|session| view! { <SessionCard state session/> })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <p class="back" hidden=move || !mine()>
                <a href=PROGRAMME>{FR.back_to_programme}</a>
            </p>
        </div>
    }
}

/// The title of « Mes ateliers » with how many are chosen, or what to do when none is.
#[component]
pub fn MyAteliersHead(state: AppState) -> impl IntoView {
    let count = move || state.chosen_count();
    // Named closures: a `>` inside the view macro's attribute would end the tag.
    let none = move || count() == 0;
    let some = move || count() > 0;
    view! {
        <section class="mine" aria-labelledby=MY_ATELIERS_HEADING hidden=move || !state.mine()>
            <h2 id=MY_ATELIERS_HEADING tabindex="-1">{FR.mine_title}</h2>
            <p class="summary" hidden=none>{move || FR.chosen(count())}</p>
            <div class="empty" hidden=some>
                <p>{FR.mine_empty}</p>
                <p>{FR.mine_empty_how}</p>
            </div>
        </section>
    }
}

/// « 10 h 30 – 12 h 30 » with machine-readable times.
#[component]
pub fn TimeRange(start: Time, end: Time) -> impl IntoView {
    view! {
        <span class="range">
            <time datetime=start.iso()>{start.fr()}</time>
            "\u{A0}– "
            <time datetime=end.iso()>{end.fr()}</time>
        </span>
    }
}
