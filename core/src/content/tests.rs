use super::acronyms::find_word;
use super::blocks::parse_blocks;
use super::codegen::{blocks_html, to_rust};
use super::*;
use crate::dates::Time;

/// The organiser's file as it is now: only invariants are checked on it, so that any valid edit
/// keeps the tests green.
const REAL: &str = include_str!("../../../content/evenement.toml");
/// A frozen copy of the first event's file (Rennes, 6 June 2024): the fixture of the tests that
/// check exact words, numbers and times.
const RENNES: &str = include_str!("fixtures/rennes-2024.toml");
const FILE: &str = "content/evenement.toml";

/// A small valid file; each broken case below changes one thing in it.
const BASE: &str = r#"
[evenement]
id = "essai"
titre = "Une journée"
date = "2024-06-06"
lieu = "Rennes Métropole"
adresse = "4 avenue Henri Fréville, 35031 Rennes"

[[seance]]
id = "atelier-1"
type = "atelier"
numero = 1
titre = "Premier"
debut = "10:30"
fin = "12:30"
description = "Un texte."

[[seance]]
id = "pleniere"
type = "plénière"
titre = "Session plénière"
debut = "14:00"
fin = "16:00"
"#;

fn broken(from: &str, to: &str) -> ContentError {
    assert!(
        BASE.contains(from),
        "the test's edit does not apply: {from:?}"
    );
    parse(FILE, &BASE.replacen(from, to, 1)).expect_err("this file must be refused")
}

fn assert_err(e: &ContentError, place: &str, field: &str, problem_part: &str) {
    assert_eq!(e.file, FILE);
    assert!(
        e.place.contains(place),
        "place {:?} lacks {place:?}",
        e.place
    );
    assert_eq!(e.field, field, "{e}");
    assert!(e.problem.contains(problem_part), "{e}");
}

#[test]
fn the_first_event_s_file_is_read_whole() {
    let e = parse(FILE, RENNES).unwrap();
    assert_eq!(
        e.title,
        "L’insertion sociale et professionnelle des Jeunes facilitée par l’expérience des mobilités internationales"
    );
    assert_eq!(e.date.fr_long(), "jeudi 6\u{A0}juin\u{A0}2024");
    assert_eq!(e.place, "Rennes Métropole");
    assert_eq!(e.address, "4 avenue Henri Fréville, 35031 Rennes");
    assert_eq!(e.intro.len(), 2);
    let ateliers: Vec<_> = e.sessions.iter().filter(|s| s.kind.is_atelier()).collect();
    assert_eq!(ateliers.len(), 4);
    for (i, a) in ateliers.iter().enumerate() {
        assert_eq!(a.number, Some(i as u8 + 1));
        assert_eq!(
            (a.start.iso(), a.end.iso()),
            ("10:30".into(), "12:30".into())
        );
    }
    assert_eq!(
        ateliers[1].title,
        "Valorisation du Volontariat International\u{A0}: Impact sur la Vie Professionnelle"
    );
    let plenary = e.sessions.iter().find(|s| !s.kind.is_atelier()).unwrap();
    assert_eq!(plenary.title, "Session plénière");
    assert_eq!(
        (plenary.start.iso(), plenary.end.iso()),
        ("14:00".into(), "16:00".into())
    );
}

/// The event's title, and each session's title, paragraphs and list items.
fn french_texts(e: &EventSrc) -> Vec<String> {
    let mut all = vec![e.title.clone()];
    for s in &e.sessions {
        all.push(s.title.clone());
        for b in &s.description {
            match b {
                BlockSrc::Paragraph(p) => all.push(p.clone()),
                BlockSrc::List(items) => all.extend(items.iter().cloned()),
            }
        }
    }
    all
}

#[test]
fn the_organiser_s_file_is_valid_and_typeset() {
    let e = parse(FILE, REAL).unwrap();
    assert!(!e.sessions.is_empty());
    let numbers: Vec<u8> = e.sessions.iter().filter_map(|s| s.number).collect();
    let mut unique = numbers.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), numbers.len(), "atelier numbers are unique");
    for s in &e.sessions {
        assert!(s.start < s.end, "{}", s.id);
        assert!(!s.title.trim().is_empty(), "{}", s.id);
    }
    let mut texts = french_texts(&e);
    texts.extend([e.place.clone(), e.address.clone()]);
    for text in &texts {
        assert!(!text.contains('\n') && !text.contains("  "), "{text}");
        assert!(!text.contains('\'') && !text.contains(" :"), "{text}");
    }
    // Every acronym is explained once, at its first appearance, in either language's statics.
    let code = to_rust(&e, true);
    let fr = &code[..code.find("pub static EVENT_EN").unwrap_or(code.len())];
    for (acronym, meaning) in &e.acronyms {
        let abbr = format!("<abbr title=\\\"{meaning}\\\">{acronym}</abbr>");
        assert_eq!(fr.matches(&abbr).count(), 1, "{abbr}");
    }
}

#[test]
fn atelier_4_has_its_three_axes_as_a_list_between_two_paragraphs() {
    let e = parse(FILE, RENNES).unwrap();
    let a4 = &e.sessions[3].description;
    assert_eq!(a4.len(), 3);
    assert!(matches!(&a4[0], BlockSrc::Paragraph(p) if p.ends_with("ce programme sont\u{A0}:")));
    let BlockSrc::List(axes) = &a4[1] else {
        panic!("the second block must be the list: {a4:?}")
    };
    assert_eq!(axes.len(), 3);
    assert!(axes[0].starts_with("Prendre soin\u{A0}: accompagnement"));
    assert!(axes[1].contains("«\u{202F}festival jeunes talents\u{202F}»"));
    assert!(axes[1].ends_with("franco-palestiniennes\u{202F};"));
    assert!(axes[2].starts_with("Rompre l’isolement des jeunes"));
    assert!(matches!(&a4[2], BlockSrc::Paragraph(p) if p.ends_with("jeunes de Jérusalem Est.")));
}

#[test]
fn the_extraction_damage_is_gone() {
    let e = parse(FILE, RENNES).unwrap();
    let all = french_texts(&e);
    for text in &all {
        assert!(!text.contains('\n'), "line break kept: {text}");
        assert!(!text.contains("  "), "double space: {text}");
        assert!(!text.starts_with("v "), "stray bullet: {text}");
        assert!(!text.contains("franco- "), "word cut at a line end: {text}");
        assert!(!text.contains('\''), "straight apostrophe: {text}");
        assert!(
            !text.contains(" :"),
            "breakable space before a colon: {text}"
        );
    }
    // Words the PDF cut at a line end are whole again.
    assert!(all
        .iter()
        .any(|t| t.contains("cultures croisées franco-palestiniennes")));
    assert!(all
        .iter()
        .any(|t| t.contains("Coopération Décentralisée franco-palestinienne, à Ramallah")));
}

#[test]
fn blocks_join_lines_and_split_on_blank_lines() {
    let blocks = parse_blocks("Une ligne\ncoupée.\n\n- un\n- deux\n  suite\n\nFin.");
    assert_eq!(
        blocks,
        vec![
            BlockSrc::Paragraph("Une ligne coupée.".into()),
            BlockSrc::List(vec!["un".into(), "deux suite".into()]),
            BlockSrc::Paragraph("Fin.".into()),
        ]
    );
    assert!(parse_blocks("  \n\n ").is_empty());
}

#[test]
fn the_generated_rust_names_every_session() {
    let code = to_rust(&parse(FILE, BASE).unwrap(), true);
    assert!(code.contains("pub static EVENT: Event"));
    assert!(code.contains("Session { id: \"atelier-1\", kind: \"atelier\", kind_name: \"atelier\", label: \"Atelier 1\", which: \"(atelier 1)\", plenary: false, choosable: true, cancelled: false, number: Some(1)"));
    assert!(code.contains("kind: \"pleniere\", kind_name: \"plénière\", label: \"\", which: \"(Session plénière)\", plenary: true, choosable: false, cancelled: false, number: None"));
    assert!(code.contains("start: Time(630), end: Time(750)"));
    assert!(code.contains("description: Html(\"<p>Un texte.</p>\")"));
}

#[test]
fn sessions_are_written_in_time_order_keeping_the_file_order_for_equal_times() {
    let text = format!("{BASE}\n[[seance]]\nid = \"atelier-2\"\ntype = \"atelier\"\nnumero = 2\ntitre = \"Deux\"\ndebut = \"10:30\"\nfin = \"12:30\"\n");
    let code = to_rust(&parse(FILE, &text).unwrap(), true);
    let a1 = code.find("Session { id: \"atelier-1\"").unwrap();
    let a2 = code.find("Session { id: \"atelier-2\"").unwrap();
    let p = code.find("Session { id: \"pleniere\"").unwrap();
    assert!(a1 < a2 && a2 < p, "{code}");
}

#[test]
fn html_of_blocks_is_escaped() {
    let html = blocks_html(&parse_blocks("Un <b>&</b> \"deux\"\n\n- a < b"));
    assert_eq!(
        html,
        "<p>Un &lt;b&gt;&amp;&lt;/b&gt; «\u{202F}deux\u{202F}»</p><ul><li>a &lt; b</li></ul>"
    );
}

#[test]
fn unquoted_toml_dates_and_times_are_accepted() {
    let text = BASE
        .replace("\"2024-06-06\"", "2024-06-06")
        .replace("\"14:00\"", "14:00:00");
    let e = parse(FILE, &text).unwrap();
    assert_eq!(e.sessions[1].start, Time(840));
}

#[test]
fn a_missing_field_names_the_session_and_the_field() {
    let e = broken("fin = \"12:30\"\n", "");
    assert_err(&e, "séance « atelier-1 »", "fin", "champ manquant");
    assert_eq!(
        e.to_string(),
        "content/evenement.toml : séance « atelier-1 » (séance n° 1 du fichier), champ « fin » : champ manquant"
    );
    assert_err(
        &broken("titre = \"Premier\"\n", ""),
        "atelier-1",
        "titre",
        "manquant",
    );
    assert_err(
        &broken("numero = 1\n", ""),
        "atelier-1",
        "numero",
        "manquant",
    );
    assert_err(
        &broken("id = \"atelier-1\"\n", ""),
        "séance n° 1",
        "id",
        "manquant",
    );
    assert_err(
        &broken("lieu = \"Rennes Métropole\"\n", ""),
        "[evenement]",
        "lieu",
        "manquant",
    );
    assert_err(
        &broken("date = \"2024-06-06\"\n", ""),
        "[evenement]",
        "date",
        "manquant",
    );
}

#[test]
fn bad_times_and_dates_are_refused() {
    for bad in ["25:00", "10h30", "10:3", "", "dix heures", "10:60"] {
        let e = broken("debut = \"10:30\"", &format!("debut = \"{bad}\""));
        let want = if bad.is_empty() {
            "texte vide"
        } else {
            "heure invalide"
        };
        assert_err(&e, "atelier-1", "debut", want);
    }
    for bad in ["2023-02-29", "06/06/2024", "2024-6-6"] {
        let e = broken("date = \"2024-06-06\"", &format!("date = \"{bad}\""));
        assert_err(&e, "[evenement]", "date", "date invalide");
    }
}

#[test]
fn an_end_before_or_at_the_start_is_refused() {
    assert_err(
        &broken("fin = \"12:30\"", "fin = \"10:00\""),
        "atelier-1",
        "fin",
        "après le début",
    );
    assert_err(
        &broken("fin = \"12:30\"", "fin = \"10:30\""),
        "atelier-1",
        "fin",
        "après le début",
    );
}

#[test]
fn duplicate_ids_and_numbers_are_refused() {
    let e = broken("id = \"pleniere\"", "id = \"atelier-1\"");
    assert_err(&e, "séance n° 2", "id", "déjà utilisé par la séance n° 1");
    let text = BASE.replacen(
        "id = \"pleniere\"\ntype = \"plénière\"",
        "id = \"autre\"\ntype = \"atelier\"\nnumero = 1",
        1,
    );
    let e = parse(FILE, &text).unwrap_err();
    assert_err(&e, "autre", "numero", "atelier 1 existe déjà");
}

#[test]
fn ids_kinds_and_numbers_must_be_well_formed() {
    assert_err(
        &broken("id = \"atelier-1\"", "id = \"Atelier 1\""),
        "Atelier 1",
        "id",
        "minuscules",
    );
    assert_err(
        &broken("id = \"atelier-1\"", "id = \"mes-ateliers\""),
        "mes-ateliers",
        "id",
        "réservé",
    );
    assert_err(
        &broken("id = \"essai\"", "id = \"\""),
        "[evenement]",
        "id",
        "texte vide",
    );
    assert_err(
        &broken("type = \"atelier\"", "type = \"!?\""),
        "atelier-1",
        "type",
        "s'écrit en mots",
    );
    assert_err(
        &broken("numero = 1", "numero = \"1\""),
        "atelier-1",
        "numero",
        "nombre entier",
    );
    assert_err(
        &broken("numero = 1", "numero = 0"),
        "atelier-1",
        "numero",
        "nombre entier",
    );
    assert_err(
        &broken("titre = \"Premier\"", "titre = 3"),
        "atelier-1",
        "titre",
        "texte entre guillemets",
    );
}

#[test]
fn unknown_fields_missing_sections_and_bad_syntax_are_refused() {
    assert_err(
        &broken("titre = \"Premier\"", "titel = \"Premier\""),
        "atelier-1",
        "titel",
        "champ inconnu",
    );
    let no_sessions: String = BASE.split("[[seance]]").next().unwrap().to_string();
    let e = parse(FILE, &no_sessions).unwrap_err();
    assert_err(&e, "début du fichier", "seance", "aucune séance");
    let e = parse(FILE, "[evenemnt]\nid = \"x\"").unwrap_err();
    assert_err(&e, "début du fichier", "evenemnt", "champ inconnu");
    let e = parse(FILE, "titre = \"sans section\"").unwrap_err();
    assert_eq!(e.field, "titre");
    let e = parse(FILE, "[evenement\n").unwrap_err();
    assert_eq!(e.place, "syntaxe TOML");
    assert!(
        e.to_string()
            .starts_with("content/evenement.toml : syntaxe TOML : "),
        "{e}"
    );
}

#[test]
fn acronyms_are_explained_once_at_their_first_appearance_and_in_the_glossary() {
    let e = parse(FILE, RENNES).unwrap();
    let names: Vec<&str> = e.acronyms.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(names, ["AICT", "ECSI", "RCDP", "VSC", "VSI"]);
    let code = to_rust(&e, true);
    for (acronym, meaning) in &e.acronyms {
        let abbr = format!("<abbr title=\\\"{meaning}\\\">{acronym}</abbr>");
        assert_eq!(code.matches(&abbr).count(), 1, "{abbr} once in {code}");
    }
    assert!(
        code.contains("glossary: Html(\"<dl><dt><abbr>AICT</abbr></dt><dd>action internationale")
    );
    // The intro is read first: AICT is explained there.
    let intro = &code[code.find("intro:").unwrap()..code.find("glossary:").unwrap()];
    assert!(intro.contains(">AICT</abbr>"));
}

#[test]
fn english_translations_are_used_and_missing_ones_fall_back_to_marked_french() {
    let text = BASE.replace(
        "titre = \"Premier\"",
        "titre = \"Premier\"\ntitre_en = \"One's \\\"first\\\" : here\"",
    );
    assert_ne!(text, BASE, "the base has an atelier titled « Un »");
    let e = parse(FILE, &text).unwrap();
    assert_eq!(
        e.sessions[0].title_en.as_deref(),
        Some("One’s “first”: here")
    );
    let code = to_rust(&e, true);
    let en = &code[code.find("pub static EVENT_EN").unwrap()..];
    assert!(
        en.contains("title: \"One’s “first”: here\", title_lang: None"),
        "{en}"
    );
    // The plenary has no translation: French, marked as such.
    assert!(en.contains("title_lang: Some(\"fr\")"), "{en}");
    assert!(en.contains("lang: \"en\""));
    // A description without translation is wrapped as French.
    assert!(
        en.contains("description: Html(\"<div lang=\\\"fr\\\"><p>Un texte.</p></div>\")"),
        "{en}"
    );
}

#[test]
fn the_wasm_event_has_the_structure_and_no_text() {
    let e = parse(FILE, RENNES).unwrap();
    let code = to_rust(&e, false);
    assert!(!code.contains("EVENT_EN"));
    assert!(code.contains("Session { id: \"atelier-1\", kind: \"atelier\", kind_name: \"\", label: \"\", which: \"\", plenary: false, choosable: true, cancelled: false, number: Some(1), title: \"\""));
    assert!(code.contains("room: None, speakers: &[]"));
    assert!(code.contains("heading_id: \"atelier-1-titre\""));
    assert!(
        code.contains(&format!("id: {:?}", e.id)),
        "the storage key needs the event id"
    );
    for text in [&e.title, &e.place, &e.sessions[0].title] {
        assert!(!code.contains(text.as_str()), "{text} in {code}");
    }
    assert!(!code.contains("<p>"));
}

#[test]
fn english_acronyms_must_be_known() {
    let text = format!("{BASE}\n[sigles_en]\nABC = \"x\"\n");
    let e = parse(FILE, &text).unwrap_err();
    assert_err(&e, "[sigles_en]", "ABC", "[sigles]");
    let e = parse(
        FILE,
        &BASE.replace(
            "titre = \"Premier\"",
            "titre = \"Premier\"\ntitre_en = \" \"",
        ),
    )
    .unwrap_err();
    assert_err(&e, "atelier-1", "titre_en", "texte vide");
    let e = parse(
        FILE,
        &BASE.replace(
            "titre = \"Premier\"",
            "titre = \"Premier\"\ntitle = \"One\"",
        ),
    )
    .unwrap_err();
    assert_err(&e, "atelier-1", "title", "titre_en");
}

#[test]
fn acronyms_must_be_well_written_and_present() {
    let with = |line: &str| format!("{BASE}\n[sigles]\n{line}\n");
    let e = parse(FILE, &with("aict = \"x\"")).unwrap_err();
    assert_err(&e, "[sigles]", "aict", "majuscules");
    let e = parse(FILE, &with("ZZZ = \"x\"")).unwrap_err();
    assert_err(&e, "[sigles]", "ZZZ", "n'apparaît nulle part");
    assert!(find_word("un VSI ou", "VSI").is_some());
    assert!(find_word("VSIX", "VSI").is_none());
    assert!(find_word("(RCDP)", "RCDP").is_some());
}

#[test]
fn the_heading_and_note_above_the_programme_are_optional_typeset_and_translated() {
    // Without them: nothing above the programme.
    let code = to_rust(&parse(FILE, BASE).unwrap(), true);
    assert!(code.contains("lead: Html(\"\")"), "{code}");
    let text = BASE.replace(
        "adresse = \"4 avenue Henri Fréville, 35031 Rennes\"",
        "adresse = \"4 avenue Henri Fréville, 35031 Rennes\"\nintertitre = \"Présentation des ateliers\"\nnote = \"NB : une plénière de 14 h à 16 h\"\nnote_en = \"NB: a plenary <2 pm>\"",
    );
    let e = parse(FILE, &text).unwrap();
    let code = to_rust(&e, true);
    let (fr, en) = code.split_at(code.find("pub static EVENT_EN").unwrap());
    assert!(
        fr.contains("lead: Html(\"<h2>Présentation des ateliers</h2><p>NB\\u{a0}: une plénière de 14 h à 16 h</p>\")"),
        "{fr}"
    );
    // The heading has no translation: French, marked; the note's is escaped.
    assert!(
        en.contains("lead: Html(\"<h2 lang=\\\"fr\\\">Présentation des ateliers</h2><p>NB: a plenary &lt;2 pm&gt;</p>\")"),
        "{en}"
    );
    // The wasm holds none of it.
    assert!(to_rust(&e, false).contains("lead: Html(\"\")"));
    // An empty one is refused like any empty text.
    let e = broken(
        "adresse = \"4 avenue Henri Fréville, 35031 Rennes\"",
        "adresse = \"x\"\nintertitre = \" \"",
    );
    assert_err(&e, "[evenement]", "intertitre", "texte vide");
}

#[test]
fn a_session_seen_alone_carries_its_day_and_times() {
    let code = to_rust(&parse(FILE, BASE).unwrap(), true);
    assert!(
        code.contains("when: Html(\"<time datetime=\\\"2024-06-06\\\">jeudi 6\\u{a0}juin\\u{a0}2024</time>, <time datetime=\\\"2024-06-06T10:30\\\">10\\u{a0}h\\u{a0}30\\u{a0}– 12\\u{a0}h\\u{a0}30</time>\")"),
        "{code}"
    );
}

#[test]
fn what_serde_refuses_is_reported_in_french_with_its_place_and_field() {
    // An unknown field: the possible ones, in the file's order.
    assert_eq!(
        broken("titre = \"Premier\"", "titel = \"Premier\"").to_string(),
        "content/evenement.toml : séance « atelier-1 » (séance n° 1 du fichier), champ « titel » : champ inconnu (champs possibles : id, type, numero, titre, titre_en, debut, fin, description, description_en, type_en, au_choix, jour, salle, inscription, inscription_en, inscription_lien, capacite, capacite_en, accessibilite, accessibilite_note, accessibilite_note_en, etiquettes, etiquettes_en, intervenant, annule, annule_note, annule_note_en)"
    );
    let e = parse(FILE, &format!("{BASE}\n[accessibilite]\nentit = \"x\"\n")).unwrap_err();
    assert_err(
        &e,
        "section [accessibilite]",
        "entit",
        "champs possibles : entite, contact",
    );
    // A block without id is named by its position.
    assert_err(
        &broken("id = \"pleniere\"", "idx = \"pleniere\""),
        "séance n° 2 du fichier",
        "idx",
        "champ inconnu",
    );
    // A wrong type inside a section, and sections or blocks that are not tables.
    let e = parse(FILE, &format!("{BASE}\n[sigles]\nVSI = 3\n")).unwrap_err();
    assert_err(
        &e,
        "section [sigles]",
        "VSI",
        "doit être un texte entre guillemets",
    );
    let e = broken("[evenement]", "[[evenement]]");
    assert_err(
        &e,
        "début du fichier",
        "evenement",
        "doit être une section [evenement]",
    );
    let e = parse(FILE, &format!("sigles = 3\n{BASE}")).unwrap_err();
    assert_err(
        &e,
        "début du fichier",
        "sigles",
        "doit être une section [sigles]",
    );
    let head = BASE.split("[[seance]]").next().unwrap();
    let e = parse(FILE, &format!("seance = 3\n{head}")).unwrap_err();
    assert_err(&e, "début du fichier", "seance", "blocs [[seance]]");
    let e = parse(FILE, &format!("seance = [1]\n{head}")).unwrap_err();
    assert_err(
        &e,
        "séance n° 1 du fichier",
        "",
        "doit être un bloc [[seance]]",
    );
    // A number out of range, and an unquoted time where a text is expected.
    assert_err(
        &broken("numero = 1", "numero = 300"),
        "atelier-1",
        "numero",
        "nombre entier de 1 à 99",
    );
    let e = parse(
        FILE,
        &BASE.replace("lieu = \"Rennes Métropole\"", "lieu = []"),
    )
    .unwrap_err();
    assert_err(&e, "[evenement]", "lieu", "texte entre guillemets");
}

#[test]
fn a_contact_is_kept_when_given_and_none_otherwise() {
    let e = parse(FILE, BASE).unwrap();
    assert_eq!(e.statement.contact, None);
    assert_eq!(e.statement.entity, "Rennes Métropole");
    let text = format!("{BASE}\n[accessibilite]\ncontact = \"Écrire : a11y@exemple.fr\"\n");
    let e = parse(FILE, &text).unwrap();
    assert_eq!(
        e.statement.contact.as_deref(),
        Some("Écrire\u{A0}: a11y@exemple.fr")
    );
    let code = to_rust(&e, true);
    // The statics spell the no-break space as an escape.
    assert!(
        code.contains("contact: Some(Html(\"Écrire\\u{a0}: a11y@exemple.fr\"))"),
        "{code}"
    );
    assert!(to_rust(&parse(FILE, BASE).unwrap(), true).contains("contact: None"));
}

/// `BASE` over two days, with rooms in two places, speakers and what to know before coming.
const FORUM: &str = r#"
[evenement]
id = "forum"
titre = "Un forum"
date = "2025-03-13"
date_fin = "2025-03-14"
lieu = "Rennes Métropole"
adresse = "4 avenue Henri Fréville, 35031 Rennes"

[[lieu]]
id = "jacobins"
nom = "Couvent des Jacobins"
adresse = "20 place Sainte-Anne, 35000 Rennes"

[[salle]]
id = "auditorium"
nom = "Auditorium"
precision = "rez-de-chaussée"
precision_en = "ground floor"

[[salle]]
id = "nef"
nom = "La Nef"
lieu = "jacobins"

[[seance]]
id = "table-ronde-1"
type = "table ronde"
numero = 1
au_choix = true
jour = "2025-03-14"
salle = "nef"
titre = "Partir"
debut = "09:00"
fin = "10:00"
inscription = "Sur inscription"
inscription_en = "Registration required"
inscription_lien = "https://exemple.fr/inscription"
capacite = "30 places"
accessibilite = ["lsf", "boucle"]
etiquettes = ["Europe", "emploi"]
etiquettes_en = ["Europe", "jobs"]

[[seance.intervenant]]
nom = "Awa Diallo"
fonction = "chargée de mission"
fonction_en = "project officer"
organisation = "Région Bretagne"

[[seance.intervenant]]
nom = "Jean Martin"

[[seance]]
id = "atelier-1"
type = "atelier"
numero = 1
salle = "auditorium"
titre = "Premier"
debut = "09:00"
fin = "10:00"

[[seance]]
id = "pause"
type = "pause"
titre = "Pause"
debut = "10:00"
fin = "10:30"
"#;

fn forum_broken(from: &str, to: &str) -> ContentError {
    assert!(
        FORUM.contains(from),
        "the test's edit does not apply: {from:?}"
    );
    parse(FILE, &FORUM.replacen(from, to, 1)).expect_err("this file must be refused")
}

#[test]
fn an_event_over_days_with_rooms_speakers_and_access_is_read() {
    let e = parse(FILE, FORUM).unwrap();
    assert_eq!(e.last_day.iso(), "2025-03-14");
    assert_eq!(
        e.days().iter().map(|d| d.iso()).collect::<Vec<_>>(),
        ["2025-03-13", "2025-03-14"]
    );
    assert_eq!(e.places[0].id, "jacobins");
    assert_eq!(e.rooms[1].place.as_deref(), Some("jacobins"));
    assert_eq!(
        e.rooms[0].detail.as_ref().unwrap().en.as_deref(),
        Some("ground floor")
    );
    let tr = &e.sessions[0];
    assert_eq!(tr.kind.id, "table-ronde");
    assert_eq!(tr.kind.name.en.as_deref(), Some("round table"));
    assert!(tr.choosable);
    assert_eq!(tr.day.iso(), "2025-03-14");
    assert_eq!(tr.room.as_deref(), Some("nef"));
    assert_eq!(tr.access, [Access::SignLanguage, Access::HearingLoop]);
    assert_eq!(tr.tags[1].en.as_deref(), Some("jobs"));
    assert_eq!(tr.speakers.len(), 2);
    assert_eq!(
        tr.speakers[0].role.as_ref().unwrap().fr,
        "chargée de mission"
    );
    assert!(tr.speakers[1].organisation.is_none());
    assert_eq!(
        tr.registration_link.as_deref(),
        Some("https://exemple.fr/inscription")
    );
    // Without `jour`, the first day; ateliers are choosable by default, other kinds are not.
    assert_eq!(e.sessions[1].day.iso(), "2025-03-13");
    assert!(e.sessions[1].choosable);
    assert!(!e.sessions[2].choosable);
    assert_eq!(e.sessions[2].kind.name.en.as_deref(), Some("break"));
}

#[test]
fn the_generated_event_has_its_days_rooms_and_kinds() {
    let code = to_rust(&parse(FILE, FORUM).unwrap(), true);
    assert!(code.contains("Day { id: \"jour-2025-03-13\", label: Label { iso: \"2025-03-13\", text: \"jeudi 13\\u{a0}mars\" } }"));
    assert!(code
        .contains("day: Label { iso: \"2025-03-13\", text: \"13 et 14\\u{a0}mars\\u{a0}2025\" }"));
    // In time order: day 0 (the atelier, the break) before day 1 (the round table).
    let atelier = code.find("Session { id: \"atelier-1\"").unwrap();
    let round_table = code.find("Session { id: \"table-ronde-1\"").unwrap();
    assert!(atelier < round_table);
    assert!(code.contains(
        "label: \"Table ronde 1\", which: \"(table ronde 1)\", plenary: false, choosable: true"
    ));
    assert!(code.contains("day: 1, start: Time(540)"));
    assert!(code.contains("room_id: \"nef\", room: Some(1)"));
    assert!(code.contains("Room { id: \"nef\", name: Text { text: \"La Nef\", lang: None }, detail: None, place: Some(0) }"));
    assert!(code.contains("Choice { id: \"table-ronde\""));
    assert!(code.contains("access: &[Access::SignLanguage, Access::HearingLoop, ]"));
    // A round table is choosable: the interface speaks of séances.
    assert!(code.contains("ateliers: false"));
    let english = code.split("pub static EVENT_EN").nth(1).unwrap();
    assert!(english.contains("label: \"Round table 1\""));
    // An untranslated role stays French, marked so.
    assert!(english
        .contains("organisation: Some(Text { text: \"Région Bretagne\", lang: Some(\"fr\") })"));
    let wasm = to_rust(&parse(FILE, FORUM).unwrap(), false);
    assert!(wasm.contains("rooms: &[],"));
    assert!(!wasm.contains("Awa"));
}

#[test]
fn days_rooms_and_access_must_be_known() {
    assert_err(
        &forum_broken("date_fin = \"2025-03-14\"", "date_fin = \"2025-03-12\""),
        "[evenement]",
        "date_fin",
        "au plus tôt le 2025-03-13",
    );
    assert_err(
        &forum_broken("jour = \"2025-03-14\"", "jour = \"2025-03-15\""),
        "table-ronde-1",
        "jour",
        "du 2025-03-13 au 2025-03-14",
    );
    assert_err(
        &forum_broken("salle = \"nef\"", "salle = \"cave\""),
        "table-ronde-1",
        "salle",
        "salle inconnue « cave » : identifiants déclarés dans [[salle]] : auditorium, nef",
    );
    assert_err(
        &forum_broken("lieu = \"jacobins\"", "lieu = \"ailleurs\""),
        "salle « nef » (salle n° 2 du fichier)",
        "lieu",
        "lieu inconnu « ailleurs »",
    );
    assert_err(
        &forum_broken("[\"lsf\", \"boucle\"]", "[\"lsf\", \"rampe\"]"),
        "table-ronde-1",
        "accessibilite",
        "« rampe » : valeurs possibles « lsf », « boucle »",
    );
    assert_err(
        &forum_broken("[\"Europe\", \"jobs\"]", "[\"Europe\"]"),
        "table-ronde-1",
        "etiquettes_en",
        "1 étiquette(s) en anglais pour 2 en français",
    );
    assert_err(
        &forum_broken("https://exemple.fr/inscription", "exemple.fr/inscription"),
        "table-ronde-1",
        "inscription_lien",
        "commençant par https://",
    );
    assert_err(
        &forum_broken("au_choix = true", "au_choix = \"oui\""),
        "table-ronde-1",
        "au_choix",
        "true ou false",
    );
    assert_err(
        &forum_broken("id = \"nef\"", "id = \"auditorium\""),
        "salle « auditorium » (salle n° 2",
        "id",
        "déjà utilisé",
    );
    assert_err(
        &forum_broken("nom = \"Jean Martin\"", "name = \"Jean Martin\""),
        "table-ronde-1",
        "name",
        "champ inconnu",
    );
}

#[test]
fn the_forum_example_is_valid_and_spans_its_days() {
    let e = parse(
        "content/forum-jeunesse-2025.toml",
        include_str!("../../../content/forum-jeunesse-2025.toml"),
    )
    .unwrap();
    // Invariants only: an organiser may change every word and time.
    let days = e.days();
    assert_eq!(days.first(), Some(&e.date));
    assert!(days.iter().all(|d| (e.date..=e.last_day).contains(d)));
    for s in &e.sessions {
        if let Some(r) = &s.room {
            assert!(e.room(r).is_some(), "{}", s.id);
        }
    }
}

#[test]
fn a_cancelled_session_says_so_and_why() {
    let text = FORUM.replacen(
        "capacite = \"30 places\"",
        "capacite = \"30 places\"\nannule = true\nannule_note = \"reportée au 20 juin\"",
        1,
    );
    let e = parse(FILE, &text).unwrap();
    assert!(e.sessions[0].cancelled);
    assert_eq!(
        e.sessions[0].cancelled_note.as_ref().unwrap().fr,
        "reportée au 20 juin"
    );
    assert!(!e.sessions[1].cancelled);
    let code = to_rust(&e, true);
    assert!(code.contains("choosable: true, cancelled: true"));
    assert!(
        code.contains("cancelled_note: Some(Text { text: \"reportée au 20 juin\", lang: None })")
    );
    // A note without the flag is a mistake.
    assert_err(
        &forum_broken("capacite = \"30 places\"", "annule_note = \"reportée\""),
        "table-ronde-1",
        "annule_note",
        "sans « annule = true »",
    );
}
