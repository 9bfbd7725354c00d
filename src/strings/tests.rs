use super::*;
use crate::typo;

#[test]
fn every_string_already_has_its_language_typography() {
    for ui in [&FR, &EN, &FR_SEANCES, &EN_SESSIONS] {
        check_typography(ui);
    }
}

fn check_typography(ui: &Ui) {
    for (name, text) in ui.all() {
        let (lang, text) = match name {
            // The switch is written in the other language.
            "other_language" => (ui.lang.other(), text),
            // Its last space joins the number to the title that follows.
            "number_sep" => (ui.lang, text.trim_end_matches(' ')),
            _ => (ui.lang, text),
        };
        assert_eq!(
            typo::for_lang(lang, text),
            text,
            "{name}: {text:?} lacks its typography"
        );
    }
    // The texts put together here rather than in the table.
    let date = crate::dates::Date::new(2024, 6, 6).expect("a date");
    for text in [
        ui.announce(false, 0),
        ui.announce(true, 2),
        ui.app_short_name(date),
    ] {
        assert_eq!(
            typo::for_lang(ui.lang, &text),
            text,
            "{text:?} lacks its typography"
        );
    }
}

#[test]
fn english_counts_and_announcements() {
    assert_eq!(EN.chosen(1), "1\u{A0}workshop chosen");
    assert_eq!(EN.chosen(3), "3\u{A0}workshops chosen");
    assert_eq!(EN.announce(true, 0), "My workshops: no workshop chosen.");
    assert_eq!(
        EN.announce(false, 2),
        "Full programme: 2\u{A0}workshops chosen."
    );
    assert_eq!(ui(Lang::En, false).lang, Lang::En);
    assert_eq!(ui(Lang::Fr, true).lang, Lang::Fr);
}

#[test]
fn an_event_whose_choices_are_not_all_ateliers_speaks_of_seances() {
    let t = ui(Lang::Fr, true);
    assert_eq!(t.nav_mine, "Mes séances");
    assert_eq!(t.chosen(0), "Aucune séance choisie");
    assert_eq!(t.chosen(2), "2\u{A0}séances choisies");
    assert_eq!(t.parallel(3), "3\u{A0}séances en parallèle");
    assert_eq!(
        t.announce(true, 1),
        "Mes séances\u{A0}: 1\u{A0}séance choisie."
    );
    let t = ui(Lang::En, true);
    assert_eq!(t.announce(false, 0), "Full programme: no session chosen.");
    assert_eq!(t.pick, "Choose this session");
    // Texts without a séance form are the same in both.
    assert_eq!(t.undo, EN.undo);
}

#[test]
fn announcements() {
    assert_eq!(
        FR.announce(true, 2),
        "Mes ateliers\u{A0}: 2\u{A0}ateliers choisis."
    );
    assert_eq!(
        FR.announce(false, 0),
        "Tout le programme\u{A0}: aucun atelier choisi."
    );
}

#[test]
fn plurals() {
    assert_eq!(FR.chosen(1), "1\u{A0}atelier choisi");
    assert_eq!(FR.chosen(2), "2\u{A0}ateliers choisis");
    assert_eq!(FR.parallel(4), "4\u{A0}ateliers en parallèle");
}
