//! Every piece of interface text, in one place for translation. The organiser's words live in
//! the content file; these are the app's own, in French (`FR`) and English (`EN`). Each is
//! written with its language's typography already applied (French: `\u{A0}` before `:`,
//! `\u{202F}` before `;!?` and inside « »), which a test checks.
//!
//! Each text is one row of the table below, French then English, from which `strings!` writes
//! the struct `Ui`, `FR`, `EN`, the methods that fill a text's parameters and the list the
//! typography test walks: a text is written once, and is in every one of them.

use crate::lang::Lang;
use crate::storage_policy::{Note, UnreadableKind};

/// A text only the prerendered page shows. The wasm hydrates that page and never writes such a
/// text again, so it gets an empty string instead and carries no words it would not use (the
/// content's texts are left out the same way: see `content::codegen`). The texts the wasm does
/// write, the counts and announcements, use the table's `written` rows, which stay.
macro_rules! shown {
    ($text:expr) => {
        if cfg!(all(feature = "hydrate", not(feature = "ssr"))) {
            ""
        } else {
            $text
        }
    };
}

/// Writes, from the table below, the struct `Ui` with one field per text, `FR` and `EN`, a
/// method per text with parameters, and `Ui::all` for the tests. A row is
/// `name: "français" / "English",`, under `written` when the wasm writes it (it keeps its words)
/// or `shown` when only the prerendered page does (`shown!`: empty in the wasm). A text with
/// parameters is a method, `fn name(param: Type) { "… {param} …" / "… {param} …" }`, its
/// parameters named in the text and filled by `format!`; `fn name(n: usize) match n { 0 => … }`
/// gives one text per case (plurals).
///
/// A text that names ateliers has a second pair after `|`, for events whose choices are not all
/// ateliers (round tables, talks…): they speak of séances, sessions. `FR_SEANCES` and
/// `EN_SESSIONS` hold those.
macro_rules! strings {
    (
        written {
            $( $(#[$written_doc:meta])* $written:ident: $written_fr:literal / $written_en:literal
               $(| $written_fr_s:literal / $written_en_s:literal)?, )*
        }
        shown {
            $( $(#[$shown_doc:meta])* $shown:ident: $shown_fr:literal / $shown_en:literal
               $(| $shown_fr_s:literal / $shown_en_s:literal)?, )*
        }
        formatted {
            $(
                $(#[$fn_doc:meta])*
                $vis:vis fn $fn:ident($($param:ident: $type:ty),*) $(match $on:ident)? { $($texts:tt)* }
            )*
        }
    ) => {
        /// The interface's texts in one language.
        pub struct Ui {
            pub lang: Lang,
            /// Whether the texts speak of séances rather than ateliers.
            pub seances: bool,
            $( $(#[$written_doc])* pub $written: &'static str, )*
            $( $(#[$shown_doc])* pub $shown: &'static str, )*
        }

        pub const FR: Ui = Ui {
            lang: Lang::Fr,
            seances: false,
            $( $written: $written_fr, )*
            $( $shown: shown!($shown_fr), )*
        };

        pub const EN: Ui = Ui {
            lang: Lang::En,
            seances: false,
            $( $written: $written_en, )*
            $( $shown: shown!($shown_en), )*
        };

        pub const FR_SEANCES: Ui = Ui {
            lang: Lang::Fr,
            seances: true,
            $( $written: last!($written_fr $(, $written_fr_s)?), )*
            $( $shown: shown!(last!($shown_fr $(, $shown_fr_s)?)), )*
        };

        pub const EN_SESSIONS: Ui = Ui {
            lang: Lang::En,
            seances: true,
            $( $written: last!($written_en $(, $written_en_s)?), )*
            $( $shown: shown!(last!($shown_en $(, $shown_en_s)?)), )*
        };

        impl Ui {
            $(
                $(#[$fn_doc])*
                $vis fn $fn(&self, $($param: $type),*) -> String {
                    fill!(self, [$($on)?] $($texts)*)
                }
            )*

            /// Every text with its name: the texts with parameters as written, `{param}` and all.
            #[cfg(test)]
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                let mut all = vec![
                    $( (stringify!($written), self.$written), )*
                    $( (stringify!($shown), self.$shown), )*
                ];
                $( all.extend(templates!(self, $fn, [$($on)?] $($texts)*)); )*
                all
            }
        }
    };
}

/// The last of its literals: the séances' text when a row has one.
macro_rules! last {
    ($text:literal) => {
        $text
    };
    ($text:literal, $seances:literal) => {
        $seances
    };
}

/// The body of a method of `strings!`: its text in the language of `ui`, parameters filled in.
macro_rules! fill {
    ($ui:expr, [] $fr:literal / $en:literal $(| $fr_s:literal / $en_s:literal)?) => {
        match $ui.lang {
            Lang::Fr => pick!($ui, $fr $(, $fr_s)?),
            Lang::En => pick!($ui, $en $(, $en_s)?),
        }
    };
    ($ui:expr, [$on:ident] $($case:pat => $fr:literal / $en:literal $(| $fr_s:literal / $en_s:literal)?),+ $(,)?) => {
        match $ui.lang {
            Lang::Fr => match $on { $($case => pick!($ui, $fr $(, $fr_s)?),)+ },
            Lang::En => match $on { $($case => pick!($ui, $en $(, $en_s)?),)+ },
        }
    };
}

/// `format!` of the text for `ui`'s vocabulary.
macro_rules! pick {
    ($ui:expr, $text:literal) => {
        format!($text)
    };
    ($ui:expr, $text:literal, $seances:literal) => {
        if $ui.seances {
            format!($seances)
        } else {
            format!($text)
        }
    };
}

/// The texts of a method of `strings!` for `ui`, unfilled, named after it (and the case).
#[cfg(test)]
macro_rules! templates {
    ($ui:expr, $fn:ident, [] $fr:literal / $en:literal $(| $fr_s:literal / $en_s:literal)?) => {
        [(stringify!($fn), match ($ui.lang, $ui.seances) {
            (Lang::Fr, false) => $fr,
            (Lang::En, false) => $en,
            (Lang::Fr, true) => last!($fr $(, $fr_s)?),
            (Lang::En, true) => last!($en $(, $en_s)?),
        })]
    };
    ($ui:expr, $fn:ident, [$on:ident] $($case:pat => $fr:literal / $en:literal $(| $fr_s:literal / $en_s:literal)?),+ $(,)?) => {
        [$((
            concat!(stringify!($fn), " ", stringify!($case)),
            match ($ui.lang, $ui.seances) {
                (Lang::Fr, false) => $fr,
                (Lang::En, false) => $en,
                (Lang::Fr, true) => last!($fr $(, $fr_s)?),
                (Lang::En, true) => last!($en $(, $en_s)?),
            },
        ),)+]
    };
}

strings! {
    // Written by the wasm too: the counts, the announcements, the calendar file's name.
    written {
        nav_programme: "Tout le programme" / "Full programme",
        nav_mine: "Mes ateliers" / "My workshops" | "Mes séances" / "My sessions",
        /// The file « Ajouter mon programme à mon agenda » saves.
        agenda_file: "mon-programme.ics" / "my-programme.ics",
    }
    // Only in the prerendered page: empty in the wasm (`shown!`).
    shown {
        /// The name of the other language, in that language: the switch's text.
        other_language: "English" / "Français",
        skip_link: "Aller au programme" / "Skip to the programme",
        nav_label: "Affichage du programme" / "Programme views",
        parallel_hint: "Ces ateliers ont lieu en même temps."
            / "These workshops take place at the same time."
            | "Ces séances ont lieu en même temps." / "These sessions take place at the same time.",
        /// Between an atelier's number and its title, for screen readers (« Atelier 2 : … »).
        number_sep: "\u{A0}: " / ": ",
        pick: "Choisir cet atelier" / "Choose this workshop"
            | "Choisir cette séance" / "Choose this session",
        mine_title: "Mes ateliers" / "My workshops" | "Mes séances" / "My sessions",
        mine_empty: "Vous n’avez pas encore choisi d’atelier."
            / "You have not chosen any workshop yet."
            | "Vous n’avez pas encore choisi de séance." / "You have not chosen any session yet.",
        mine_empty_how: "Dans le programme, appuyez sur «\u{202F}Choisir cet atelier\u{202F}»\u{A0}: l’atelier apparaîtra ici, et vous le retrouverez sur cet appareil."
            / "In the programme, press “Choose this workshop”: the workshop will appear here, and you will find it again on this device."
            | "Dans le programme, appuyez sur «\u{202F}Choisir cette séance\u{202F}»\u{A0}: la séance apparaîtra ici, et vous la retrouverez sur cet appareil."
            / "In the programme, press “Choose this session”: the session will appear here, and you will find it again on this device.",
        /// Under « Mes ateliers » once something is chosen: how to remove one.
        mine_remove_how: "Pour retirer un atelier, appuyez de nouveau sur son bouton «\u{202F}Choisir cet atelier\u{202F}»\u{A0}: vous pourrez annuler."
            / "To remove a workshop, press its “Choose this workshop” button again: you will be able to undo."
            | "Pour retirer une séance, appuyez de nouveau sur son bouton «\u{202F}Choisir cette séance\u{202F}»\u{A0}: vous pourrez annuler."
            / "To remove a session, press its “Choose this session” button again: you will be able to undo.",
        back_to_programme: "Voir tout le programme" / "See the full programme",
        note_not_kept: "Vos choix ne pourront pas être conservés sur cet appareil\u{A0}: ils restent valables tant que cette page est ouverte."
            / "Your choices cannot be kept on this device: they stay valid while this page is open.",
        note_other_version: "Des choix enregistrés par une autre version de ce programme ont été mis de côté sur cet appareil\u{202F}; la liste repart de zéro."
            / "Choices saved by another version of this programme were set aside on this device; the list starts again from zero.",
        note_damaged: "Des choix enregistrés sur cet appareil n’ont pas pu être relus\u{202F}; ils ont été mis de côté et la liste repart de zéro."
            / "Choices saved on this device could not be read; they were set aside and the list starts again from zero.",
        privacy: "Vos choix restent dans ce navigateur, sur cet appareil\u{A0}: rien n’est envoyé."
            / "Your choices stay in this browser, on this device: nothing is sent.",
        offline: "Hors ligne\u{A0}: le programme reste disponible."
            / "Offline: the programme is still available.",
        update_available: "Une nouvelle version est disponible." / "A new version is available.",
        reload: "Recharger" / "Reload",
        embed_full: "Ouvrir le programme en plein écran" / "Open the programme full screen",
        glossary_title: "Sigles" / "Acronyms",
        statement_link: "Accessibilité\u{A0}: non conforme (déclaration d’accessibilité)"
            / "Accessibility: not compliant (accessibility statement)",
        embed_storage: "Dans cette page, vos choix sont gardés par ce navigateur pour ce site, à part de ceux de la page du programme."
            / "On this page, your choices are kept by this browser for this site, apart from those made on the programme’s own page.",
        agenda_add: "Ajouter à mon agenda" / "Add to my calendar",
        agenda_mine: "Ajouter mon programme à mon agenda" / "Add my programme to my calendar",
        share: "Partager" / "Share",
        share_copied: "Lien copié\u{A0}: collez-le où vous voulez."
            / "Link copied: paste it wherever you like.",
        share_manual: "Copiez ce lien\u{A0}:" / "Copy this link:",
        transfer_open: "Transférer mes choix" / "Move my choices to another device",
        transfer_how: "Sur votre autre appareil, ouvrez ce lien ou scannez ce code\u{A0}: vos choix s’y ajouteront, après confirmation."
            / "On your other device, open this link or scan this code: your choices will be added there, once you confirm.",
        qr_label: "Code QR du lien de transfert" / "QR code of the transfer link",
        incoming_title: "Des choix arrivent d’un autre appareil" / "Choices from another device",
        incoming_intro: "Ce lien apporte ces ateliers\u{A0}:" / "This link brings these workshops:"
            | "Ce lien apporte ces séances\u{A0}:" / "This link brings these sessions:",
        incoming_merge: "Ils s’ajouteront à vos choix sur cet appareil, sans en retirer aucun."
            / "They will be added to your choices on this device; none will be removed."
            | "Elles s’ajouteront à vos choix sur cet appareil, sans en retirer aucun."
            / "They will be added to your choices on this device; none will be removed.",
        incoming_add: "Ajouter à mes choix" / "Add to my choices",
        incoming_keep: "Ne rien changer" / "Change nothing",
        incoming_unknown: "Ce lien nomme aussi des ateliers que ce programme n’a pas\u{A0}: ils sont ignorés."
            / "This link also names workshops this programme does not have: they are ignored."
            | "Ce lien nomme aussi des séances que ce programme n’a pas\u{A0}: elles sont ignorées."
            / "This link also names sessions this programme does not have: they are ignored.",
        incoming_duplicates: "Un atelier figurait plusieurs fois dans ce lien\u{A0}: il ne compte qu’une fois."
            / "A workshop appeared more than once in this link: it counts once."
            | "Une séance figurait plusieurs fois dans ce lien\u{A0}: elle ne compte qu’une fois."
            / "A session appeared more than once in this link: it counts once.",
        incoming_refused: "Ce lien de transfert est incomplet ou abîmé\u{A0}: vos choix n’ont pas changé."
            / "This transfer link is incomplete or damaged: your choices have not changed.",
        incoming_none: "Aucun atelier de ce lien n’existe dans ce programme\u{A0}: vos choix n’ont pas changé."
            / "None of the workshops in this link exists in this programme: your choices have not changed."
            | "Aucune séance de ce lien n’existe dans ce programme\u{A0}: vos choix n’ont pas changé."
            / "None of the sessions in this link exists in this programme: your choices have not changed.",
        directions: "Itinéraire sur OpenStreetMap" / "Directions on OpenStreetMap",
        maps_app: "Ouvrir dans une application de cartes" / "Open in a maps app",
        close: "Fermer" / "Close",
        /// Shown while chosen ateliers take place at the same time.
        overlap: "Des ateliers que vous avez choisis ont lieu en même temps\u{A0}: vous ne pourrez suivre que l’un d’eux."
            / "Some of the workshops you chose take place at the same time: you will only be able to attend one of them."
            | "Des séances que vous avez choisies ont lieu en même temps\u{A0}: vous ne pourrez suivre que l’une d’elles."
            / "Some of the sessions you chose take place at the same time: you will only be able to attend one of them.",
        /// Said to every sighted reader after a link that opens a new tab, left out in print.
        new_tab: "(nouvel onglet)" / "(new tab)",
        /// Under a chosen atelier's button: the state in words, and the way to « Mes ateliers ».
        picked: "Ajouté à «\u{202F}Mes ateliers\u{202F}»." / "Added to “My workshops”."
            | "Ajoutée à «\u{202F}Mes séances\u{202F}»." / "Added to “My sessions”.",
        see: "Voir" / "See",
        see_mine: "Voir mes ateliers" / "See my workshops" | "Voir mes séances" / "See my sessions",
        /// The disclosure of an atelier's presentation and tools, and of the day's introduction.
        more: "Présentation et partage" / "Description and sharing",
        intro_more: "Lire l’introduction de la journée" / "Read the introduction to the day",
        intro_more_days: "Lire l’introduction" / "Read the introduction",
        /// What a plenary is, on its card.
        plenary_about: "Pour tous les participants." / "For all participants.",
        /// The address and directions, after the programme.
        access_title: "Accès" / "Getting there",
        /// The bar that confirms a choice (assets/page.js): `{atelier}` is « Atelier 2 ».
        toast_added: "{atelier} ajouté à «\u{202F}Mes ateliers\u{202F}»."
            / "{atelier} added to “My workshops”."
            | "Ajoutée à «\u{202F}Mes séances\u{202F}»\u{A0}: {atelier}." / "Added to “My sessions”: {atelier}.",
        toast_removed: "{atelier} retiré de «\u{202F}Mes ateliers\u{202F}»."
            / "{atelier} removed from “My workshops”."
            | "Retirée de «\u{202F}Mes séances\u{202F}»\u{A0}: {atelier}." / "Removed from “My sessions”: {atelier}.",
        undo: "Annuler" / "Undo",
        copy_link: "Copier le lien" / "Copy the link",
        /// The printed page's heading when something is chosen.
        print_title: "Mon programme" / "My programme",
        /// On a cancelled session's card.
        cancelled: "Annulé" / "Cancelled",
        /// The links to each day of an event over several days.
        days_label: "Jours du programme" / "Days of the programme",
        /// The filter of the programme by kind and room (assets/page.js applies it).
        filter_title: "Filtrer le programme" / "Filter the programme",
        filter_kind: "Type de séance" / "Type of session",
        filter_room: "Salle" / "Room",
        filter_all_kinds: "Tous les types" / "All types",
        filter_all_rooms: "Toutes les salles" / "All rooms",
        filter_reset: "Tout afficher" / "Show everything",
        /// Said after filtering (assets/page.js fills `{n}` and `{total}`).
        filter_shown: "{n}\u{A0}séances affichées sur {total}" / "{n} of {total} sessions shown",
        filter_none: "Aucune séance ne correspond\u{A0}: choisissez un autre type ou une autre salle."
            / "No session matches: choose another type or room.",
        /// Before a card's room, for screen readers.
        room_prefix: "Salle\u{A0}:" / "Room:",
        speakers_with: "Avec" / "With",
        speakers_and: "et" / "and",
        speakers_title: "Intervenants" / "Speakers",
        register: "S’inscrire" / "Register",
        access_prefix: "Accessibilité\u{A0}:" / "Accessibility:",
        access_sign_language: "interprétation en langue des signes française (LSF)"
            / "French Sign Language (LSF) interpretation",
        access_hearing_loop: "boucle magnétique" / "hearing loop",
        access_step_free: "accès de plain-pied" / "step-free access",
        access_captions: "sous-titrage en direct" / "live captions",
        access_audio_description: "audiodescription" / "audio description",
        access_easy_read: "documents faciles à lire et à comprendre (FALC)" / "easy-to-read documents",
        tags_prefix: "Thèmes\u{A0}:" / "Topics:",
        other_places: "Autres lieux" / "Other venues",
    }
    // With parameters, named in the text and filled by `format!`: the wasm keeps those it calls.
    formatted {
        /// The document's title: « <event> – programme du jeudi 6 juin 2024, <place> ».
        pub fn page_title(event: &str, date: &str, place: &str) {
            "{event} – programme du {date}, {place}" / "{event} – programme, {date}, {place}"
        }
        /// The page's description for search engines and link previews.
        pub fn page_description(event: &str) {
            "Programme de la journée «\u{202F}{event}\u{202F}»\u{A0}: les ateliers, la session plénière, et vos choix sur cet appareil."
            / "Programme of the day “{event}”: the workshops, the plenary session, and your choices on this device."
            | "Programme «\u{202F}{event}\u{202F}»\u{A0}: les séances, et vos choix sur cet appareil."
            / "Programme of “{event}”: the sessions, and your choices on this device."
        }
        /// The document's title for an event over several days: « <event> – programme, 13 et 14 mars 2025, <place> ».
        pub fn page_title_days(event: &str, days: &str, place: &str) {
            "{event} – programme, {days}, {place}" / "{event} – programme, {days}, {place}"
        }
        /// « 4 ateliers en parallèle », « 4 parallel workshops ».
        pub fn parallel(n: usize) {
            "{n}\u{A0}ateliers en parallèle" / "{n}\u{A0}parallel workshops"
            | "{n}\u{A0}séances en parallèle" / "{n}\u{A0}parallel sessions"
        }
        /// « 1 atelier choisi », « 2 ateliers choisis ».
        pub fn chosen(n: usize) match n {
            0 => "Aucun atelier choisi" / "No workshop chosen"
                | "Aucune séance choisie" / "No session chosen",
            1 => "1\u{A0}atelier choisi" / "1\u{A0}workshop chosen"
                | "1\u{A0}séance choisie" / "1\u{A0}session chosen",
            _ => "{n}\u{A0}ateliers choisis" / "{n}\u{A0}workshops chosen"
                | "{n}\u{A0}séances choisies" / "{n}\u{A0}sessions chosen",
        }
        /// `announce` when nothing is chosen: « Mes ateliers : aucun atelier choisi. »
        fn announce_none(view: &str) {
            "{view}\u{A0}: aucun atelier choisi." / "{view}: no workshop chosen."
            | "{view}\u{A0}: aucune séance choisie." / "{view}: no session chosen."
        }
        /// `announce` otherwise, `chosen` the count in words: « Mes ateliers : 2 ateliers choisis. »
        fn announce_some(view: &str, chosen: &str) { "{view}\u{A0}: {chosen}." / "{view}: {chosen}." }
    }
}

/// The interface text of `lang`, speaking of ateliers or, when `seances`, of séances.
pub fn ui(lang: Lang, seances: bool) -> &'static Ui {
    match (lang, seances) {
        (Lang::Fr, false) => &FR,
        (Lang::En, false) => &EN,
        (Lang::Fr, true) => &FR_SEANCES,
        (Lang::En, true) => &EN_SESSIONS,
    }
}

impl Ui {
    /// The installed app's short name: « Programme 6 juin ». In French whatever the language,
    /// like the web app manifest that is its only reader.
    pub fn app_short_name(&self, date: crate::dates::Date) -> String {
        format!("Programme {day}", day = date.fr_day_month())
    }

    pub fn note(&self, note: Note) -> &'static str {
        match note {
            Note::NotKept => self.note_not_kept,
            Note::SetAside(UnreadableKind::OtherVersion) => self.note_other_version,
            Note::SetAside(UnreadableKind::Damaged) => self.note_damaged,
        }
    }

    /// Said politely when the view or the number of chosen ateliers changes.
    pub fn announce(&self, mine: bool, chosen: usize) -> String {
        let view = if mine {
            self.nav_mine
        } else {
            self.nav_programme
        };
        match chosen {
            0 => self.announce_none(view),
            n => self.announce_some(view, &self.chosen(n)),
        }
    }
}

#[cfg(test)]
mod tests;
