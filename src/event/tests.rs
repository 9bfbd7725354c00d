use super::*;

#[test]
fn the_generated_event_matches_the_content_file() {
    let parsed = journee_core::content::parse(
        "content/evenement.toml",
        include_str!("../../content/evenement.toml"),
    )
    .unwrap();
    assert_eq!(EVENT.id, parsed.id);
    assert_eq!(EVENT.title, parsed.title);
    assert_eq!(EVENT.sessions.len(), parsed.sessions.len());
    for (s, p) in EVENT.sessions.iter().zip(&parsed.sessions) {
        assert_eq!(s.id, p.id);
        assert_eq!(s.title, p.title);
        assert_eq!((s.start, s.end), (p.start, p.end));
    }
}

#[test]
fn sessions_with_the_same_times_form_one_slot() {
    let day: &'static [Session] = Box::leak(Box::new([
        session("atelier-1", 630, 750),
        session("atelier-2", 630, 750),
        session("pleniere", 840, 960),
    ]));
    let slots = slots_of(day);
    assert_eq!(slots.len(), 2);
    let ids: Vec<_> = slots[0].sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["atelier-1", "atelier-2"]);
    assert_eq!((slots[0].start, slots[0].end), (Time(630), Time(750)));
    assert_eq!((slots[1].start, slots[1].end), (Time(840), Time(960)));
}

#[test]
fn the_content_s_slots_hold_every_session_once_in_time_order() {
    let slots = slots(&EVENT);
    let ids: Vec<_> = slots
        .iter()
        .flat_map(|s| s.sessions)
        .map(|s| s.id)
        .collect();
    let all: Vec<_> = EVENT.sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids, all);
    for slot in &slots {
        assert!(slot
            .sessions
            .iter()
            .all(|s| (s.start, s.end) == (slot.start, slot.end)));
    }
    for pair in slots.windows(2) {
        assert!((pair[0].start, pair[0].end) < (pair[1].start, pair[1].end));
    }
}

fn session(id: &'static str, start: u16, end: u16) -> Session {
    Session {
        id,
        kind: "atelier",
        kind_name: "",
        label: "",
        which: "",
        plenary: false,
        choosable: true,
        cancelled: false,
        number: None,
        title: "",
        title_lang: None,
        day: 0,
        start: Time(start),
        end: Time(end),
        heading_id: "",
        start_at: Label { iso: "", text: "" },
        end_at: Label { iso: "", text: "" },
        when: Html(""),
        description: Html(""),
        room: None,
        room_id: "",
        speakers: &[],
        registration: None,
        registration_link: "",
        capacity: None,
        access: &[],
        access_note: None,
        tags: &[],
        cancelled_note: None,
    }
}

#[test]
fn chosen_parallel_ateliers_overlap_and_others_do_not() {
    let chosen = |ids: &'static [&str]| move |id: &str| ids.contains(&id);
    assert!(any_overlap(
        EVENT.sessions,
        chosen(&["atelier-1", "atelier-3"])
    ));
    assert!(any_overlap(
        EVENT.sessions,
        chosen(&["atelier-1", "atelier-4"])
    ));
    assert!(!any_overlap(EVENT.sessions, chosen(&["atelier-2"])));
    assert!(!any_overlap(
        EVENT.sessions,
        chosen(&["atelier-2", "pleniere"])
    ));
    assert!(any_overlap(EVENT.sessions, |_| true));
}

#[test]
fn overlap_follows_the_times_not_the_slots() {
    // 9:00–10:00, 9:30–11:00 and 10:45–12:00 overlap in a chain whose ends do not meet;
    // 12:00–13:00 touches the end of the last without overlapping.
    let sessions = [
        session("a", 540, 600),
        session("b", 570, 660),
        session("c", 645, 720),
        session("d", 720, 780),
    ];
    let only = |x: &'static str, y: &'static str| move |id: &str| id == x || id == y;
    assert!(any_overlap(&sessions, only("a", "b")));
    assert!(any_overlap(&sessions, only("b", "c")));
    assert!(!any_overlap(&sessions, only("a", "c")));
    assert!(!any_overlap(&sessions, only("c", "d")));
    assert!(!any_overlap(&sessions, only("a", "d")));
}

#[test]
fn a_cancelled_session_overlaps_nothing() {
    let mut cancelled = session("b", 540, 600);
    cancelled.cancelled = true;
    let sessions = [session("a", 540, 600), cancelled, session("c", 540, 600)];
    assert!(!any_overlap(&sessions, |id| id != "c"));
    assert!(any_overlap(&sessions, |_| true));
}

#[test]
fn sessions_on_different_days_do_not_overlap() {
    let mut later = session("b", 540, 600);
    later.day = 1;
    let sessions = [session("a", 540, 600), later];
    assert!(!any_overlap(&sessions, |_| true));
}

#[test]
fn session_lookup() {
    assert_eq!(EVENT.session("atelier-2").unwrap().number, Some(2));
    assert!(EVENT.session("atelier-9").is_none());
}
