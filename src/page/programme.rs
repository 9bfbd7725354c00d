//! The programme, grouped by time slot, and the head of « Mes ateliers » that filters it. What
//! never changes is fixed markup (`super::fixed`): the wasm hydrates the cards' choose controls
//! and the few texts that follow the choices.

use super::fixed;
use super::session::SessionCard;
use super::state::AppState;
use crate::contract;
use crate::event::{slots, Event, Label, Slot, Text};
use crate::route::{MY_ATELIERS_HEADING, PROGRAMME, PROGRAMME_HEADING};
use crate::strings::Ui;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Programme(state: AppState) -> impl IntoView {
    let (event, t) = (state.event(), state.ui());
    let several_days = event.several_days();
    // The organiser's heading and note, then the introduction folded: on a phone the first
    // screen reaches the first atelier. Then, for larger events, the way to each day and the
    // filter. « Mes ateliers » hides them all.
    let opening = fixed(|| {
        view! {
            <div class="lead" inner_html=event.lead.0></div>
            <details class="intro">
                <summary>{if several_days { t.intro_more_days } else { t.intro_more }}</summary>
                <div inner_html=event.intro.0></div>
            </details>
            {several_days.then(|| view! {
                <nav class="days" aria-label=t.days_label>
                    <ul>
                        {event.days.iter().map(|d| view! {
                            <li><a href=format!("#{}", d.id)>{d.label.text}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
            })}
            {filter(event, t)}
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
    let all_slots = slots(event);
    view! {
        <div id=&PROGRAMME[1..] class="programme">
            <div class="opening" inner_html=opening></div>
            {event
                .days
                .iter()
                .enumerate()
                .map(|(day, d)| {
                    // A day's heading only when there are several.
                    let head = fixed(|| {
                        several_days.then(|| view! {
                            <h2 id=format!("{}-titre", d.id)>
                                <time datetime=d.label.iso>{d.label.text}</time>
                            </h2>
                        })
                    });
                    view! {
                        <div class="day" id=d.id>
                            <div class="day-head" inner_html=head></div>
                            {all_slots
                                .iter()
                                .filter(|slot| slot.day == day)
                                .copied()
                                .enumerate()
                                .map(|(i, times)| {
                                    let first = day == 0 && i == 0;
                                    view! { <SlotSection state times first/> }
                                })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
            <section class="glossary" aria-labelledby="sigles-titre" inner_html=glossary></section>
            <p class="back" inner_html=back></p>
        </div>
    }
}

/// The sessions of one time slot under their times; `first`: the event's first slot, whose
/// heading is where « Tout le programme » puts the focus.
#[component]
fn SlotSection(state: AppState, times: Slot, first: bool) -> impl IntoView {
    let slot = times;
    let (event, t) = (state.event(), state.ui());
    let choosable = slot.sessions.iter().filter(|s| s.choosable).count();
    let parallel = choosable > 1;
    let heading_id = if first {
        PROGRAMME_HEADING.to_string()
    } else if event.several_days() {
        format!("creneau-{}-{}", slot.day + 1, slot.start.0)
    } else {
        format!("creneau-{}", slot.start.0)
    };
    let head = fixed(|| {
        let range = view! {
            <TimeRange start=slot.sessions[0].start_at end=slot.sessions[0].end_at/>
            // The space keeps « 12 h 30 » and « 4 ateliers » apart when read as one name.
            {parallel.then(|| view! { " " <span class="slot-kind">{t.parallel(choosable)}</span> })}
        };
        // A level deeper under a day's heading.
        let heading = if event.several_days() {
            Either::Left(view! { <h3 id=heading_id.clone() tabindex="-1">{range}</h3> })
        } else {
            Either::Right(view! { <h2 id=heading_id.clone() tabindex="-1">{range}</h2> })
        };
        view! {
            {heading}
            {parallel.then(|| view! { <p class="hint">{t.parallel_hint}</p> })}
        }
    });
    view! {
        <section class="slot" aria-labelledby=heading_id.clone()>
            <div class="slot-head" inner_html=head></div>
            {slot
                .sessions
                .iter()
                .map(|session| {
                    let parallel = (parallel && session.choosable).then_some(choosable);
                    view! { <SessionCard state session parallel/> }
                })
                .collect_view()}
        </section>
    }
}

/// Below this many sessions the programme is read at a glance and gets no filter: a day of
/// ateliers and a plenary has two kinds, and a filter would only push the ateliers down.
pub const FILTER_FROM: usize = 10;

/// The filter by kind and room, for an event of at least [`FILTER_FROM`] sessions with more
/// than one kind or room: plain selects that assets/page.js applies and keeps in the address
/// (`?type=…&salle=…`). Hidden until then, since without the script it would do nothing.
fn filter(event: &'static Event, t: &'static Ui) -> Option<impl IntoView> {
    let kinds = event.kinds.len() > 1;
    let rooms = event.rooms.len() > 1;
    if event.sessions.len() < FILTER_FROM || (!kinds && !rooms) {
        return None;
    }
    let options = |choices: Vec<(&'static str, Text)>| {
        choices
            .into_iter()
            .map(|(id, name)| view! { <option value=id lang=name.lang>{name.text}</option> })
            .collect_view()
    };
    // Folded: on a phone the first sessions stay on the first screen.
    Some(view! {
        <div class="filter" id=contract::id::FILTER hidden data-compte=t.filter_shown data-aucun=t.filter_none>
            <details>
                <summary>{t.filter_title}</summary>
                <form>
                {kinds.then(|| view! {
                    <p>
                        <label for="filtre-type">{t.filter_kind}</label>
                        <select id="filtre-type" name="type">
                            <option value="">{t.filter_all_kinds}</option>
                            {options(event.kinds.iter().map(|c| (c.id, c.name)).collect())}
                        </select>
                    </p>
                })}
                {rooms.then(|| view! {
                    <p>
                        <label for="filtre-salle">{t.filter_room}</label>
                        <select id="filtre-salle" name="salle">
                            <option value="">{t.filter_all_rooms}</option>
                            {options(event.rooms.iter().map(|r| (r.id, r.name)).collect())}
                        </select>
                    </p>
                })}
                <p><button type="reset" class="action">{t.filter_reset}</button></p>
                </form>
            </details>
            <p class="filter-result" role="status"></p>
        </div>
    })
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
