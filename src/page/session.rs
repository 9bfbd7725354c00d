//! One session as a card: what a participant scans first (number, title, the choose control),
//! with its presentation and the tools one tap away in a disclosure. Only the card's chosen
//! state and its choose control are the wasm's; the rest is fixed markup (`super::fixed`).

use super::fixed;
use super::state::AppState;
use crate::contract;
use crate::event::{Access, Event, Session};
use crate::route::MY_ATELIERS;
use crate::strings::Ui;
use leptos::either::Either;
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
    let (id, t, event) = (session.id, state.ui(), state.event());
    let choosable = session.choosable;
    // `atelier` for the kind, `choosable` for the control: the style sheet and the tools read
    // them.
    // Static strings, not a joined list: the wasm renders each card, and a join costs it 0.4 KB
    // gzip (measured).
    let class = match (choosable, session.kind == "atelier", session.cancelled) {
        (true, true, false) => "session choosable atelier",
        (true, false, false) => "session choosable",
        (false, true, false) => "session atelier",
        (false, false, false) => "session",
        (true, true, true) => "session choosable atelier cancelled",
        (true, false, true) => "session choosable cancelled",
        (false, true, true) => "session atelier cancelled",
        (false, false, true) => "session cancelled",
    };
    let which = session.which;
    // The calendar file and the sharing are assets/tools-ui.js's (system share sheet, else the
    // clipboard, else the link shown to copy): no wasm needed.
    let agenda = move || {
        view! {
            <button type="button" class="action" data-tool=contract::tool::AGENDA data-id=id>
                {t.agenda_add}
                <span class="sr-only">" "{which}</span>
            </button>
        }
    };
    // Number and title; the day and time when the card is seen on its own; the room, the
    // speakers and what to know before coming. A day's cards are a level deeper when the event
    // has several days (their day is the heading above their slot's).
    let head = fixed(|| {
        let title = view! {
            {(!session.label.is_empty()).then(|| view! {
                <span class="number">{session.label}<span class="sr-only">{t.number_sep}</span></span>
            })}
            <span class="title" lang=session.title_lang>{session.title}</span>
        };
        let heading = if event.several_days() {
            Either::Left(view! { <h4 id=session.heading_id tabindex="-1">{title}</h4> })
        } else {
            Either::Right(view! { <h3 id=session.heading_id tabindex="-1">{title}</h3> })
        };
        view! {
            {heading}
            // Said in words, first after the title; the style sheet hides its choose control
            // unless it was chosen before (then it can be removed).
            {session.cancelled.then(|| view! {
                <p class="cancelled-note">
                    <strong>{t.cancelled}</strong>
                    {session.cancelled_note.map(|n| view! { " · " <span lang=n.lang>{n.text}</span> })}
                </p>
            })}
            <p
                class="time"
                data-jour=event.days[session.day].label.iso
                data-debut=session.start_at.iso
                data-fin=session.end_at.iso
                data-lieu=location(event, session)
            >
                <span inner_html=session.when.0></span>
                {parallel.map(|n| format!(" · {}", t.parallel(n)))}
            </p>
            {room_line(event, session, t)}
            {(!session.speakers.is_empty()).then(|| view! {
                <p class="speakers">{t.speakers_with}" "{speaker_names(session, t)}</p>
            })}
            {facts(session, t)}
        }
    });
    // After the choose control: the state in words, with the way to « Mes ateliers » (the
    // style sheet shows it while the card is chosen), then the presentation and the tools; a
    // plenary says what it is; a session without a presentation (a break) says no more.
    let tail = fixed(|| {
        if choosable {
            Either::Left(view! {
                <p class="picked">
                    {t.picked}" "
                    <a href=MY_ATELIERS>{t.see}<span class="sr-only">" "{t.mine_title}</span></a>
                </p>
                <details class="more">
                    <summary>{t.more}<span class="sr-only">" "{which}</span></summary>
                    <div class="description" inner_html=session.description.0></div>
                    {details(session, t)}
                    <div class="actions">
                        <button type="button" class="action" data-tool=contract::tool::SHARE data-id=id>
                            {t.share}
                            <span class="sr-only">" "{which}</span>
                        </button>
                        {agenda()}
                    </div>
                </details>
            })
        } else if session.plenary {
            Either::Right(Either::Left(view! {
                <p class="what">{t.plenary_about}</p>
                <div class="description" inner_html=session.description.0></div>
                {details(session, t)}
                <div class="actions">{agenda()}</div>
            }))
        } else {
            // Folded like an atelier's, when there is something to unfold.
            let more = !session.description.0.is_empty() || !session.speakers.is_empty();
            Either::Right(Either::Right(more.then(|| {
                view! {
                    <details class="more">
                        <summary>{t.more}<span class="sr-only">" "{which}</span></summary>
                        <div class="description" inner_html=session.description.0></div>
                        {details(session, t)}
                        <div class="actions">{agenda()}</div>
                    </details>
                }
            })))
        }
    });
    view! {
        <article
            id=id
            class=class
            class:chosen=move || state.is_chosen(id)
            aria-labelledby=session.heading_id
            data-type=session.kind
            data-salle=session.room_id
        >
            <div class="head" inner_html=head></div>
            {choosable.then(|| view! {
                <div class="actions">
                    <PickButton state session/>
                </div>
            })}
            <div class="tail" inner_html=tail></div>
        </article>
    }
}

/// Where the session takes place, for calendars: room, building, place, address.
fn location(event: &Event, session: &Session) -> String {
    let room = session.room.map(|r| &event.rooms[r]);
    let place = room.and_then(|r| r.place).map(|p| &event.places[p]);
    let mut parts: Vec<&str> = Vec::new();
    if let Some(r) = room {
        parts.push(r.name.text);
        parts.extend(r.detail.map(|d| d.text));
    }
    match place {
        Some(p) => parts.extend([p.name.text, p.address]),
        None => parts.push(event.where_line),
    }
    parts.join(", ")
}

/// « Auditorium, rez-de-chaussée · Couvent des Jacobins »: the place only when it is not the
/// event's own.
fn room_line(event: &'static Event, session: &Session, t: &'static Ui) -> Option<impl IntoView> {
    let room = &event.rooms[session.room?];
    let place = room.place.map(|p| &event.places[p]);
    Some(view! {
        <p class="room">
            <span class="sr-only">{t.room_prefix}" "</span>
            <span class="name" lang=room.name.lang>{room.name.text}</span>
            {room.detail.map(|d| view! { ", " <span lang=d.lang>{d.text}</span> })}
            {place.map(|p| view! { " · " <span lang=p.name.lang>{p.name.text}</span> })}
        </p>
    })
}

/// « Awa Diallo, Jean Martin et Léa Roux ».
fn speaker_names(session: &Session, t: &Ui) -> String {
    let names: Vec<&str> = session.speakers.iter().map(|s| s.name).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), t.speakers_and)
        }
        _ => names.concat(),
    }
}

/// What to know before coming, on the card: registration, places, access.
fn facts(session: &'static Session, t: &'static Ui) -> Option<impl IntoView> {
    let access = !session.access.is_empty();
    if session.registration.is_none() && session.capacity.is_none() && !access {
        return None;
    }
    let access_words: Vec<&str> = session.access.iter().map(|a| access_label(*a, t)).collect();
    Some(view! {
        <ul class="facts">
            {session.registration.map(|r| view! { <li lang=r.lang>{r.text}</li> })}
            {session.capacity.map(|c| view! { <li lang=c.lang>{c.text}</li> })}
            {access.then(|| view! { <li>{t.access_prefix}" "{access_words.join(", ")}</li> })}
        </ul>
    })
}

/// The rest, in the presentation: each speaker with role and organisation, the registration
/// link, the access note, the topics.
fn details(session: &'static Session, t: &'static Ui) -> impl IntoView {
    view! {
        {(!session.speakers.is_empty()).then(|| view! {
            <p class="speakers-title">{t.speakers_title}</p>
            <ul class="speakers-list">
                {session.speakers.iter().map(|s| view! {
                    <li>
                        <span class="name">{s.name}</span>
                        {s.role.map(|r| view! { ", " <span lang=r.lang>{r.text}</span> })}
                        {s.organisation.map(|o| view! { " (" <span lang=o.lang>{o.text}</span> ")" })}
                    </li>
                }).collect_view()}
            </ul>
        })}
        {(!session.registration_link.is_empty()).then(|| view! {
            <p class="register">
                <a href=session.registration_link target="_blank" rel="noopener">
                    {t.register}<span class="sr-only">" "{session.which}</span>
                    " "<span class="new-tab">{t.new_tab}</span>
                </a>
            </p>
        })}
        {session.access_note.map(|n| view! { <p class="access-note" lang=n.lang>{n.text}</p> })}
        {(!session.tags.is_empty()).then(|| view! {
            <p class="tags">
                {t.tags_prefix}" "
                {session.tags.iter().enumerate().map(|(i, tag)| view! {
                    {(i > 0).then_some(", ")}<span lang=tag.lang>{tag.text}</span>
                }).collect_view()}
            </p>
        })}
    }
}

fn access_label(a: Access, t: &Ui) -> &'static str {
    match a {
        Access::SignLanguage => t.access_sign_language,
        Access::HearingLoop => t.access_hearing_loop,
        Access::StepFree => t.access_step_free,
        Access::Captions => t.access_captions,
        Access::AudioDescription => t.access_audio_description,
        Access::EasyRead => t.access_easy_read,
    }
}

#[component]
fn PickButton(state: AppState, session: &'static Session) -> impl IntoView {
    let id = session.id;
    let chosen = move || state.is_chosen(id);
    let t = state.ui();
    let which = session.which;
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
