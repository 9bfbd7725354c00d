//! Every piece of interface text, in one place for translation. The organiser's words live in
//! the content file; these are the app's own, in French (`FR`) and English (`EN`). Each is
//! written with its language's typography already applied (French: `\u{A0}` before `:`,
//! `\u{202F}` before `;!?` and inside « »), which a test checks.

use crate::lang::Lang;
use crate::storage_policy::{Note, UnreadableKind};

pub struct Ui {
    pub lang: Lang,
    /// The name of the other language, in that language: the switch's text.
    pub other_language: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub nav_programme: &'static str,
    pub nav_mine: &'static str,
    pub parallel_hint: &'static str,
    pub atelier: &'static str,
    /// Between an atelier's number and its title, for screen readers (« Atelier 2 : … »).
    pub number_sep: &'static str,
    pub pick: &'static str,
    pub mine_title: &'static str,
    pub mine_empty: &'static str,
    pub mine_empty_how: &'static str,
    /// Under « Mes ateliers » once something is chosen: how to remove one.
    pub mine_remove_how: &'static str,
    pub back_to_programme: &'static str,
    pub note_not_kept: &'static str,
    pub note_other_version: &'static str,
    pub note_damaged: &'static str,
    pub privacy: &'static str,
    pub offline: &'static str,
    pub update_available: &'static str,
    pub reload: &'static str,
    pub embed_full: &'static str,
    pub glossary_title: &'static str,
    pub statement_link: &'static str,
    pub embed_storage: &'static str,
    /// The file « Ajouter mon programme à mon agenda » saves (written by the wasm: not `shown!`).
    pub agenda_file: &'static str,
    pub agenda_add: &'static str,
    pub agenda_mine: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub share_manual: &'static str,
    pub transfer_open: &'static str,
    pub transfer_how: &'static str,
    pub qr_label: &'static str,
    pub incoming_title: &'static str,
    pub incoming_intro: &'static str,
    pub incoming_merge: &'static str,
    pub incoming_add: &'static str,
    pub incoming_keep: &'static str,
    pub incoming_unknown: &'static str,
    pub incoming_duplicates: &'static str,
    pub incoming_refused: &'static str,
    pub incoming_none: &'static str,
    pub directions: &'static str,
    pub maps_app: &'static str,
    pub close: &'static str,
    /// Shown while chosen ateliers take place at the same time.
    pub overlap: &'static str,
    /// Said to every sighted reader after a link that opens a new tab, left out in print.
    pub new_tab: &'static str,
    /// Under a chosen atelier's button: the state in words, and the way to « Mes ateliers ».
    pub picked: &'static str,
    pub see: &'static str,
    pub see_mine: &'static str,
    /// The disclosure of an atelier's presentation and tools, and of the day's introduction.
    pub more: &'static str,
    pub intro_more: &'static str,
    /// What a plenary is, on its card.
    pub plenary_about: &'static str,
    /// The address and directions, after the programme.
    pub access_title: &'static str,
    /// The bar that confirms a choice (assets/page.js): `{atelier}` is « Atelier 2 ».
    pub toast_added: &'static str,
    pub toast_removed: &'static str,
    pub undo: &'static str,
    pub copy_link: &'static str,
    /// The printed page's heading when something is chosen.
    pub print_title: &'static str,
}

/// A text only the prerendered page shows. The wasm hydrates that page and never writes such a
/// text again, so it gets an empty string instead and carries no words it would not use (the
/// content's texts are left out the same way: see `content::codegen`). The texts the wasm does
/// write, the counts and announcements, use `nav_programme` and `nav_mine`, which stay.
macro_rules! shown {
    ($text:literal) => {
        if cfg!(all(feature = "hydrate", not(feature = "ssr"))) {
            ""
        } else {
            $text
        }
    };
}

pub const FR: Ui = Ui {
    lang: Lang::Fr,
    other_language: shown!("English"),
    agenda_file: "mon-programme.ics",
    skip_link: shown!("Aller au programme"),
    nav_label: shown!("Affichage du programme"),
    nav_programme: "Tout le programme",
    nav_mine: "Mes ateliers",
    parallel_hint: shown!("Ces ateliers ont lieu en même temps."),
    atelier: shown!("Atelier"),
    number_sep: shown!("\u{A0}: "),
    pick: shown!("Choisir cet atelier"),
    mine_title: shown!("Mes ateliers"),
    mine_empty: shown!("Vous n’avez pas encore choisi d’atelier."),
    mine_empty_how: shown!("Dans le programme, appuyez sur «\u{202F}Choisir cet atelier\u{202F}»\u{A0}: l’atelier apparaîtra ici, et vous le retrouverez sur cet appareil."),
    mine_remove_how: shown!("Pour retirer un atelier, appuyez de nouveau sur son bouton «\u{202F}Choisir cet atelier\u{202F}»\u{A0}: vous pourrez annuler."),
    back_to_programme: shown!("Voir tout le programme"),
    note_not_kept: shown!("Vos choix ne pourront pas être conservés sur cet appareil\u{A0}: ils restent valables tant que cette page est ouverte."),
    note_other_version: shown!("Des choix enregistrés par une autre version de ce programme ont été mis de côté sur cet appareil\u{202F}; la liste repart de zéro."),
    note_damaged: shown!("Des choix enregistrés sur cet appareil n’ont pas pu être relus\u{202F}; ils ont été mis de côté et la liste repart de zéro."),
    privacy: shown!("Vos choix restent dans ce navigateur, sur cet appareil\u{A0}: rien n’est envoyé."),
    offline: shown!("Hors ligne\u{A0}: le programme reste disponible."),
    update_available: shown!("Une nouvelle version est disponible."),
    reload: shown!("Recharger"),
    embed_full: shown!("Ouvrir le programme en plein écran"),
    glossary_title: shown!("Sigles"),
    statement_link: shown!("Accessibilité\u{A0}: non conforme (déclaration d’accessibilité)"),
    embed_storage: shown!("Dans cette page, vos choix sont gardés par ce navigateur pour ce site, à part de ceux de la page du programme."),
    agenda_add: shown!("Ajouter à mon agenda"),
    agenda_mine: shown!("Ajouter mon programme à mon agenda"),
    share: shown!("Partager"),
    share_copied: shown!("Lien copié\u{A0}: collez-le où vous voulez."),
    share_manual: shown!("Copiez ce lien\u{A0}:"),
    transfer_open: shown!("Transférer mes choix"),
    transfer_how: shown!("Sur votre autre appareil, ouvrez ce lien ou scannez ce code\u{A0}: vos choix s’y ajouteront, après confirmation."),
    qr_label: shown!("Code QR du lien de transfert"),
    incoming_title: shown!("Des choix arrivent d’un autre appareil"),
    incoming_intro: shown!("Ce lien apporte ces ateliers\u{A0}:"),
    incoming_merge: shown!("Ils s’ajouteront à vos choix sur cet appareil, sans en retirer aucun."),
    incoming_add: shown!("Ajouter à mes choix"),
    incoming_keep: shown!("Ne rien changer"),
    incoming_unknown: shown!("Ce lien nomme aussi des ateliers que ce programme n’a pas\u{A0}: ils sont ignorés."),
    incoming_duplicates: shown!("Un atelier figurait plusieurs fois dans ce lien\u{A0}: il ne compte qu’une fois."),
    incoming_refused: shown!("Ce lien de transfert est incomplet ou abîmé\u{A0}: vos choix n’ont pas changé."),
    incoming_none: shown!("Aucun atelier de ce lien n’existe dans ce programme\u{A0}: vos choix n’ont pas changé."),
    directions: shown!("Itinéraire sur OpenStreetMap"),
    maps_app: shown!("Ouvrir dans une application de cartes"),
    close: shown!("Fermer"),
    overlap: shown!("Des ateliers que vous avez choisis ont lieu en même temps\u{A0}: vous ne pourrez suivre que l’un d’eux."),
    new_tab: shown!("(nouvel onglet)"),
    picked: shown!("Ajouté à «\u{202F}Mes ateliers\u{202F}»."),
    see: shown!("Voir"),
    see_mine: shown!("Voir mes ateliers"),
    more: shown!("Présentation et partage"),
    intro_more: shown!("Lire l’introduction de la journée"),
    plenary_about: shown!("Pour tous les participants."),
    access_title: shown!("Accès"),
    toast_added: shown!("{atelier} ajouté à «\u{202F}Mes ateliers\u{202F}»."),
    toast_removed: shown!("{atelier} retiré de «\u{202F}Mes ateliers\u{202F}»."),
    undo: shown!("Annuler"),
    copy_link: shown!("Copier le lien"),
    print_title: shown!("Mon programme"),
};

pub const EN: Ui = Ui {
    lang: Lang::En,
    other_language: shown!("Français"),
    agenda_file: "my-programme.ics",
    skip_link: shown!("Skip to the programme"),
    nav_label: shown!("Programme views"),
    nav_programme: "Full programme",
    nav_mine: "My workshops",
    parallel_hint: shown!("These workshops take place at the same time."),
    atelier: shown!("Workshop"),
    number_sep: shown!(": "),
    pick: shown!("Choose this workshop"),
    mine_title: shown!("My workshops"),
    mine_empty: shown!("You have not chosen any workshop yet."),
    mine_empty_how: shown!("In the programme, press “Choose this workshop”: the workshop will appear here, and you will find it again on this device."),
    mine_remove_how: shown!("To remove a workshop, press its “Choose this workshop” button again: you will be able to undo."),
    back_to_programme: shown!("See the full programme"),
    note_not_kept: shown!("Your choices cannot be kept on this device: they stay valid while this page is open."),
    note_other_version: shown!("Choices saved by another version of this programme were set aside on this device; the list starts again from zero."),
    note_damaged: shown!("Choices saved on this device could not be read; they were set aside and the list starts again from zero."),
    privacy: shown!("Your choices stay in this browser, on this device: nothing is sent."),
    offline: shown!("Offline: the programme is still available."),
    update_available: shown!("A new version is available."),
    reload: shown!("Reload"),
    embed_full: shown!("Open the programme full screen"),
    glossary_title: shown!("Acronyms"),
    statement_link: shown!("Accessibility: not compliant (accessibility statement)"),
    embed_storage: shown!("On this page, your choices are kept by this browser for this site, apart from those made on the programme’s own page."),
    agenda_add: shown!("Add to my calendar"),
    agenda_mine: shown!("Add my programme to my calendar"),
    share: shown!("Share"),
    share_copied: shown!("Link copied: paste it wherever you like."),
    share_manual: shown!("Copy this link:"),
    transfer_open: shown!("Move my choices to another device"),
    transfer_how: shown!("On your other device, open this link or scan this code: your choices will be added there, once you confirm."),
    qr_label: shown!("QR code of the transfer link"),
    incoming_title: shown!("Choices from another device"),
    incoming_intro: shown!("This link brings these workshops:"),
    incoming_merge: shown!("They will be added to your choices on this device; none will be removed."),
    incoming_add: shown!("Add to my choices"),
    incoming_keep: shown!("Change nothing"),
    incoming_unknown: shown!("This link also names workshops this programme does not have: they are ignored."),
    incoming_duplicates: shown!("A workshop appeared more than once in this link: it counts once."),
    incoming_refused: shown!("This transfer link is incomplete or damaged: your choices have not changed."),
    incoming_none: shown!("None of the workshops in this link exists in this programme: your choices have not changed."),
    directions: shown!("Directions on OpenStreetMap"),
    maps_app: shown!("Open in a maps app"),
    close: shown!("Close"),
    overlap: shown!("Some of the workshops you chose take place at the same time: you will only be able to attend one of them."),
    new_tab: shown!("(new tab)"),
    picked: shown!("Added to “My workshops”."),
    see: shown!("See"),
    see_mine: shown!("See my workshops"),
    more: shown!("Description and sharing"),
    intro_more: shown!("Read the introduction to the day"),
    plenary_about: shown!("For all participants."),
    access_title: shown!("Getting there"),
    toast_added: shown!("{atelier} added to “My workshops”."),
    toast_removed: shown!("{atelier} removed from “My workshops”."),
    undo: shown!("Undo"),
    copy_link: shown!("Copy the link"),
    print_title: shown!("My programme"),
};

/// The interface text of `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl Ui {
    /// The installed app's short name: « Programme 6 juin ».
    pub fn app_short_name(&self, date: crate::dates::Date) -> String {
        format!("Programme {}", date.fr_day_month())
    }

    /// The document's title: « <event> – programme du jeudi 6 juin 2024, <place> ».
    pub fn page_title(&self, event: &str, date: &str, place: &str) -> String {
        match self.lang {
            Lang::Fr => format!("{event} – programme du {date}, {place}"),
            Lang::En => format!("{event} – programme, {date}, {place}"),
        }
    }

    /// The page's description for search engines and link previews.
    pub fn page_description(&self, event: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Programme de la journée «\u{202F}{event}\u{202F}»\u{A0}: les ateliers, la session plénière, et vos choix sur cet appareil."),
            Lang::En => format!("Programme of the day “{event}”: the workshops, the plenary session, and your choices on this device."),
        }
    }

    pub fn note(&self, note: Note) -> &'static str {
        match note {
            Note::NotKept => self.note_not_kept,
            Note::SetAside(UnreadableKind::OtherVersion) => self.note_other_version,
            Note::SetAside(UnreadableKind::Damaged) => self.note_damaged,
        }
    }

    /// Completes the bookmark button's name for screen readers: « Choisir cet atelier (atelier 2) ».
    pub fn pick_which(&self, n: u8) -> String {
        match self.lang {
            Lang::Fr => format!("(atelier {n})"),
            Lang::En => format!("(workshop {n})"),
        }
    }

    /// Said politely when the view or the number of chosen ateliers changes.
    pub fn announce(&self, mine: bool, chosen: usize) -> String {
        let view = if mine {
            self.nav_mine
        } else {
            self.nav_programme
        };
        let colon = match self.lang {
            Lang::Fr => "\u{A0}:",
            Lang::En => ":",
        };
        match (chosen, self.lang) {
            (0, Lang::Fr) => format!("{view}{colon} aucun atelier choisi."),
            (0, Lang::En) => format!("{view}{colon} no workshop chosen."),
            (n, _) => format!("{view}{colon} {}.", self.chosen(n)),
        }
    }

    /// « 4 ateliers en parallèle », « 4 parallel workshops ».
    pub fn parallel(&self, n: usize) -> String {
        match self.lang {
            Lang::Fr => format!("{n}\u{A0}ateliers en parallèle"),
            Lang::En => format!("{n}\u{A0}parallel workshops"),
        }
    }

    /// « 1 atelier choisi », « 2 ateliers choisis ».
    pub fn chosen(&self, n: usize) -> String {
        match (n, self.lang) {
            (0, Lang::Fr) => "Aucun atelier choisi".to_string(),
            (1, Lang::Fr) => "1\u{A0}atelier choisi".to_string(),
            (n, Lang::Fr) => format!("{n}\u{A0}ateliers choisis"),
            (0, Lang::En) => "No workshop chosen".to_string(),
            (1, Lang::En) => "1\u{A0}workshop chosen".to_string(),
            (n, Lang::En) => format!("{n}\u{A0}workshops chosen"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typo;

    #[test]
    fn every_string_already_has_its_language_typography() {
        for ui in [&FR, &EN] {
            check_typography(ui);
        }
    }

    fn check_typography(ui: &Ui) {
        let mut all = vec![
            ui.skip_link,
            ui.nav_label,
            ui.nav_programme,
            ui.nav_mine,
            ui.parallel_hint,
            ui.atelier,
            ui.pick,
            ui.mine_title,
            ui.mine_empty,
            ui.mine_empty_how,
            ui.mine_remove_how,
            ui.back_to_programme,
            ui.privacy,
            ui.offline,
            ui.update_available,
            ui.reload,
            ui.embed_full,
            ui.glossary_title,
            ui.statement_link,
            ui.embed_storage,
            ui.agenda_add,
            ui.agenda_mine,
            ui.share,
            ui.share_copied,
            ui.share_manual,
            ui.transfer_open,
            ui.transfer_how,
            ui.qr_label,
            ui.incoming_title,
            ui.incoming_intro,
            ui.incoming_merge,
            ui.incoming_add,
            ui.incoming_keep,
            ui.incoming_unknown,
            ui.incoming_duplicates,
            ui.incoming_refused,
            ui.incoming_none,
            ui.directions,
            ui.maps_app,
            ui.close,
            ui.overlap,
            ui.new_tab,
            ui.picked,
            ui.see,
            ui.see_mine,
            ui.more,
            ui.intro_more,
            ui.plenary_about,
            ui.access_title,
            ui.toast_added,
            ui.toast_removed,
            ui.undo,
            ui.copy_link,
            ui.print_title,
        ];
        all.extend(
            [
                Note::NotKept,
                Note::SetAside(UnreadableKind::OtherVersion),
                Note::SetAside(UnreadableKind::Damaged),
            ]
            .map(|n| ui.note(n)),
        );
        let formatted = [
            ui.parallel(4),
            ui.chosen(0),
            ui.chosen(1),
            ui.chosen(3),
            ui.page_title("Titre", "jeudi 6\u{A0}juin\u{A0}2024", "Rennes"),
            ui.page_description("Titre"),
            ui.pick_which(2),
            ui.announce(false, 0),
            ui.announce(true, 2),
        ];
        all.extend(formatted.iter().map(String::as_str));
        for s in all {
            assert_eq!(typo::for_lang(ui.lang, s), s, "{s:?} lacks its typography");
        }
        // The switch is written in the other language.
        let other = ui.other_language;
        assert_eq!(typo::for_lang(ui.lang.other(), other), other);
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
        assert_eq!(ui(Lang::En).lang, Lang::En);
        assert_eq!(ui(Lang::Fr).lang, Lang::Fr);
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
}
