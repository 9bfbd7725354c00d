use super::*;

fn entry<'a>(id: &str, summary: &'a str, description: &'a str, start: u16, end: u16) -> Entry<'a> {
    Entry {
        uid: uid("mobilites-jeunes-rennes-2024", id),
        summary,
        description,
        location: "Rennes Métropole, 4 avenue Henri Fréville, 35031 Rennes",
        url: "https://www.example.fr/programme/#atelier-2",
        date: Date::new(2024, 6, 6).unwrap(),
        start: Time(start),
        end: Time(end),
    }
}

const STAMP: &str = "20261126T080000Z";

#[test]
fn lines_end_with_crlf_and_none_is_longer_than_75_octets() {
    let long =
        "Valorisation du Volontariat International : Impact sur la Vie Professionnelle, ".repeat(4);
    let ics = calendar(&[entry("atelier-2", &long, &long, 630, 750)], STAMP);
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

#[test]
fn folding_never_splits_a_utf8_character() {
    for pad in 0..4 {
        let line = format!("{}{}", "x".repeat(70 + pad), "éèà€𝄞".repeat(30));
        let folded = fold(&line);
        // Valid UTF-8 by construction (a String); unfolding gives the line back.
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
        for part in folded.trim_end().split("\r\n") {
            assert!(part.len() <= 75, "{}", part.len());
        }
        let first = folded.split("\r\n").next().unwrap();
        assert!(
            first.len() >= 72,
            "filled up to the limit ({})",
            first.len()
        );
    }
    assert_eq!(fold("short"), "short\r\n");
    assert_eq!(fold(&"a".repeat(75)), format!("{}\r\n", "a".repeat(75)));
    assert_eq!(
        fold(&"a".repeat(76)),
        format!("{}\r\n a\r\n", "a".repeat(75))
    );
}

#[test]
fn text_is_escaped() {
    assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    assert_eq!(text("l’été « x »"), "l’été « x »");
    assert_eq!(text("a\r\nb"), "a\\nb");
}

#[test]
fn paris_time_zone_stable_uids_and_every_property() {
    let ics = calendar(&[entry("atelier-2", "Atelier 2", "Texte", 630, 750)], STAMP);
    for part in [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:",
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
        "UID:atelier-2.mobilites-jeunes-rennes-2024@journee\r\n",
        "DTSTAMP:20261126T080000Z\r\n",
        "DTSTART;TZID=Europe/Paris:20240606T103000\r\n",
        "DTEND;TZID=Europe/Paris:20240606T123000\r\n",
        "SUMMARY:Atelier 2\r\n",
        "LOCATION:Rennes Métropole\\, 4 avenue Henri Fréville\\, 35031 Rennes\r\n",
        "URL:https://www.example.fr/programme/#atelier-2\r\n",
    ] {
        assert!(ics.contains(part), "{part:?} missing from {ics}");
    }
    let again = calendar(
        &[entry("atelier-2", "Autre titre", "", 630, 750)],
        "20270101T000000Z",
    );
    let uid_line = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
            .to_string()
    };
    assert_eq!(uid_line(&ics), uid_line(&again));
}

#[test]
fn an_independent_parser_reads_back_the_events_and_times() {
    let description = "Premier paragraphe, avec des virgules ; et un point-virgule.\n\n- Prendre soin : accompagnement\n- Aider à se construire : création d’un « festival jeunes talents »";
    let ics = calendar(
        &[
            entry("atelier-4", "Atelier 4 : Coopération décentralisée franco-palestinienne et présentation du Programme Jer’Est 2 – l’accès aux mobilités dans un contexte de crise", description, 630, 750),
            entry("pleniere", "Session plénière", "", 840, 960),
        ],
        STAMP,
    );
    let mut reader = ical::IcalParser::new(ics.as_bytes());
    let cal = reader.next().expect("one calendar").expect("parses");
    assert!(reader.next().is_none());
    assert_eq!(cal.timezones.len(), 1);
    assert_eq!(cal.events.len(), 2);
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        let p = e
            .properties
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name}"));
        (
            p.value.clone().unwrap_or_default(),
            p.params.clone().unwrap_or_default(),
        )
    };
    let (summary, _) = prop(&cal.events[0], "SUMMARY");
    assert!(summary.starts_with("Atelier 4 : Coopération"), "{summary}");
    assert!(
        summary.ends_with("contexte de crise"),
        "unfolded whole: {summary}"
    );
    let (start, params) = prop(&cal.events[0], "DTSTART");
    assert_eq!(start, "20240606T103000");
    assert_eq!(
        params,
        vec![("TZID".to_string(), vec!["Europe/Paris".to_string()])]
    );
    assert_eq!(prop(&cal.events[0], "DTEND").0, "20240606T123000");
    assert_eq!(prop(&cal.events[1], "DTSTART").0, "20240606T140000");
    // The parser keeps TEXT escapes; undoing them gives the description back.
    let (raw, _) = prop(&cal.events[0], "DESCRIPTION");
    let unescaped = raw
        .replace("\\n", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\");
    assert_eq!(unescaped, description);
    assert_eq!(prop(&cal.events[1], "SUMMARY").0, "Session plénière");
}

#[test]
fn stamps_in_utc() {
    assert_eq!(utc_stamp(0.0), "19700101T000000Z");
    // 2026-11-26 08:00:00 UTC.
    assert_eq!(utc_stamp(1_795_680_000_000.0), "20261126T080000Z");
    assert_eq!(utc_stamp(1_717_662_645_999.0), "20240606T083045Z");
}

#[test]
fn a_session_without_description_has_no_description_line() {
    let ics = calendar(
        &[
            entry("pleniere", "Session plénière", "", 840, 960),
            entry("atelier-1", "Atelier 1", "Un texte.", 630, 750),
        ],
        STAMP,
    );
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    assert!(!events[0].contains("DESCRIPTION"), "{}", events[0]);
    assert!(events[1].contains("\r\nDESCRIPTION:Un texte.\r\n"));
    // Still a calendar the independent reader takes, with both events.
    let cal = ical::IcalParser::new(ics.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(cal.events.len(), 2);
}
