//! The programme, grouped by time slot, and the head of « Mes ateliers » that filters it. What
//! never changes is fixed markup (`super::fixed`): the wasm hydrates the cards' choose controls
//! and the few texts that follow the choices.

use super::fixed;
use super::session::SessionCard;
use super::state::AppState;
use crate::contract;
use crate::event::{slots, Label};
use crate::route::{MY_ATELIERS_HEADING, PROGRAMME, PROGRAMME_HEADING};
use leptos::prelude::*;

#[component]
pub fn Programme(state: AppState) -> impl IntoView {
    let (event, t) = (state.event(), state.ui());
    // The organiser's heading and note, then the introduction folded: on a phone the first
    // screen reaches the first atelier. « Mes ateliers » hides them all.
    let opening = fixed(|| {
        view! {
            <div class="lead" inner_html=event.lead.0></div>
            <details class="intro">
                <summary>{t.intro_more}</summary>
                <div inner_html=event.intro.0></div>
            </details>
        }
    });
    // The style sheet hides the glossary when the content has no acronyms.
    let glossary = fixed(|| {
        view! {
            <h2 id="sigles-titre">{t.glossary_title}</h2>
            <div inner_html=event.glossary.0></div>
        }
    });
    let back = fixed(|| view! { <a href=PROGRAMME>{t.back_to_programme}</a> });
    view! {
        <div id=&PROGRAMME[1..] class="programme">
            <div class="opening" inner_html=opening></div>
            {slots(event)
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
                    let head = fixed(|| {
                        view! {
                            <h2 id=heading_id.clone() tabindex="-1">
                                <TimeRange start=slot.sessions[0].start_at end=slot.sessions[0].end_at/>
                                // The space keeps « 12 h 30 » and « 4 ateliers » apart when read as one name.
                                {parallel.then(|| view! { " " <span class="slot-kind">{t.parallel(ateliers)}</span> })}
                            </h2>
                            {parallel.then(|| view! { <p class="hint">{t.parallel_hint}</p> })}
                        }
                    });
                    view! {
                        <section class="slot" aria-labelledby=heading_id>
                            <div class="slot-head" inner_html=head></div>
                            {slot
                                .sessions
                                .iter()
                                .map(|session| {
                                    let parallel = (parallel && session.is_atelier()).then_some(ateliers);
                                    view! { <SessionCard state session parallel/> }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <section class="glossary" aria-labelledby="sigles-titre" inner_html=glossary></section>
            <p class="back" inner_html=back></p>
        </div>
    }
}

/// The title of « Mes ateliers » with how many are chosen, and what to do when none is (the
/// style sheet shows this help only while nothing is chosen).
#[component]
pub fn MyAteliersHead(state: AppState) -> impl IntoView {
    let t = state.ui();
    let title = fixed(|| view! { <h2 id=MY_ATELIERS_HEADING tabindex="-1">{t.mine_title}</h2> });
    let rest = fixed(|| {
        view! {
            // A calm note, never a block; the style sheet shows it while chosen ateliers
            // overlap in time (`main.overlap`, from the content's times).
            <p class="overlap-note">{t.overlap}</p>
            <p class="remove-how">{t.mine_remove_how}</p>
            <div class="empty">
                <p>{t.mine_empty}</p>
                <p>{t.mine_empty_how}</p>
            </div>
            // Shown once something is chosen; assets/tools.js does the work (loaded when first
            // used, so that the page's first load carries none of it).
            <div class="tools">
                <button type="button" class="action" data-tool=contract::tool::AGENDA_MINE data-fichier=t.agenda_file>
                    {t.agenda_mine}
                </button>
                <button type="button" class="action" data-tool=contract::tool::TRANSFER aria-haspopup="dialog">
                    {t.transfer_open}
                </button>
            </div>
        }
    });
    view! {
        <section class="mine" aria-labelledby=MY_ATELIERS_HEADING>
            <div class="mine-title" inner_html=title></div>
            <p class="summary">{move || t.chosen(state.chosen_count())}</p>
            <div class="mine-rest" inner_html=rest></div>
        </section>
    }
}

/// « 10 h 30 – 12 h 30 » (« 10:30 – 12:30 ») with machine-readable times.
#[component]
pub fn TimeRange(start: Label, end: Label) -> impl IntoView {
    view! {
        <span class="range">
            <time datetime=start.iso>{start.text}</time>
            "\u{A0}– "
            <time datetime=end.iso>{end.text}</time>
        </span>
    }
}
