//! The accessibility statement (« Déclaration d'accessibilité »), after the RGAA model, written
//! at build time as `accessibilite.html` and, in English, `accessibility.html` (see
//! `build::statement_page`). Its text lives here, in one place; the publisher, contact and
//! date come from the content file. It claims no conformance level, since no audit has
//! established one.

use crate::event::{event, Statement};
use crate::html::escape;
use crate::lang::Lang;
use crate::typo;

/// The statement's own words in one language.
struct Words {
    title: &'static str,
    skip: &'static str,
    intro: &'static str,
    no_date: &'static str,
    sections: [&'static str; 6],
    status: &'static str,
    tests: [&'static str; 4],
    limits: [&'static str; 4],
    made: &'static str,
    contact: &'static str,
    /// Said plainly when the content file gives no contact: never an instruction to the
    /// authority on a published page (the build warns it instead).
    no_contact: &'static str,
    remedies: &'static str,
    remedy_form: &'static str,
    remedy_delegate: &'static str,
    remedy_post: &'static str,
    back: &'static str,
}

const FR: Words = Words {
    title: "Déclaration d’accessibilité",
    skip: "Aller au contenu",
    intro: "{entity} s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n°\u{A0}2005-102 du 11 février 2005. Cette déclaration s'applique au programme en ligne de la journée « {event} » ({day}).",
    no_date: "(date non indiquée)",
    sections: [
        "État de conformité",
        "Tests réalisés",
        "Limites connues",
        "Établissement de cette déclaration",
        "Retour d'information et contact",
        "Voies de recours",
    ],
    status: "Ce programme n'a pas encore fait l'objet d'un audit de conformité au référentiel général d'amélioration de l'accessibilité (RGAA 4.1). Faute d'audit, il est déclaré non conforme au RGAA : aucun taux de conformité n'est annoncé.",
    tests: [
        "Contrôles automatiques à chaque version, dans Chromium : moteur axe-core 4.14, règles des WCAG 2.1 niveaux A et AA et règles étiquetées RGAA v4, sur chaque vue (programme, « Mes ateliers » vide et rempli, lien direct vers un atelier), en français et en anglais, en thèmes clair et sombre, à 320 et 1280 pixels de large, ainsi que sur cette page dans les deux langues : aucune erreur relevée.",
        "Parcours au clavier seul : le changement de langue, les liens de navigation et les boutons « Choisir cet atelier » sont atteints avec la touche Tab et s'activent au clavier ; le focus est visible et se place sur le titre de la vue ouverte.",
        "Affichage à 320 pixels de large sans défilement horizontal, texte agrandi à 200 % sans perte, cibles tactiles d'au moins 44 × 44 pixels ; lecture du programme sans JavaScript.",
        "Vérification par l'équipe de développement de critères RGAA choisis (langue de la page et changements de langue, titre de la page, titres et listes, focus visible, liens d'évitement, ordre de tabulation, information donnée par la couleur) : conformes.",
    ],
    limits: [
        "Tests avec des lecteurs d'écran (NVDA, JAWS, VoiceOver, TalkBack) non encore réalisés.",
        "La version anglaise reprend le texte français là où l'organisateur n'a pas fourni de traduction ; ce texte est alors signalé comme français.",
        "Le sens des sigles s'affiche au survol de la souris ; au clavier et pour les lecteurs d'écran, le lexique « Sigles » du programme le donne.",
        "Dans une page qui intègre le programme, les choix sont gardés à part de ceux faits sur le programme lui-même.",
    ],
    made: "Cette déclaration a été établie le {date}. Technologies utilisées : HTML, CSS, JavaScript, WebAssembly.",
    contact: "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du programme pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :",
    no_contact: "Aucun contact n'a encore été indiqué pour ce programme : adressez-vous à {entity}, qui l'organise.",
    remedies: "Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou une fonctionnalité, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous pouvez saisir le Défenseur des droits :",
    remedy_form: "écrire un message au Défenseur des droits (formulaire en ligne)",
    remedy_delegate: "contacter le délégué du Défenseur des droits dans votre région",
    remedy_post: "envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
    back: "Retour au programme",
};

const EN: Words = Words {
    title: "Accessibility statement",
    skip: "Skip to the content",
    intro: "{entity} is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to the online programme of the day “{event}” ({day}).",
    no_date: "(date not given)",
    sections: [
        "Compliance status",
        "Tests carried out",
        "Known limitations",
        "Preparation of this statement",
        "Feedback and contact",
        "Remedies",
    ],
    status: "This programme has not yet been audited against the French accessibility framework (RGAA 4.1). Without an audit, it is declared non-compliant with the RGAA: no compliance rate is stated.",
    tests: [
        "Automated checks on every version, in Chromium: the axe-core 4.14 engine, with the WCAG 2.1 level A and AA rules and the rules tagged RGAA v4, on every view (programme, “My workshops” empty and filled, direct link to a workshop), in French and English, in light and dark themes, 320 and 1280 pixels wide, and on this page in both languages: no error found.",
        "Keyboard-only walk-through: the language switch, the navigation links and the “Choose this workshop” buttons are reached with the Tab key and work from the keyboard; the focus is visible and moves to the heading of the view opened.",
        "Display 320 pixels wide without horizontal scrolling, text enlarged to 200% without loss, touch targets of at least 44 × 44 pixels; the programme can be read without JavaScript.",
        "Selected RGAA criteria checked by the development team (page language and changes of language, page title, headings and lists, visible focus, skip links, tab order, information given by colour): compliant.",
    ],
    limits: [
        "Tests with screen readers (NVDA, JAWS, VoiceOver, TalkBack) not yet carried out.",
        "Where the organiser has not provided a translation, the English version shows the French text, marked as French.",
        "The meaning of acronyms shows when the mouse hovers over them; for keyboard and screen reader users, the programme’s “Acronyms” glossary gives it.",
        "In a page that embeds the programme, choices are kept apart from those made on the programme itself.",
    ],
    made: "This statement was prepared on {date}. Technologies used: HTML, CSS, JavaScript, WebAssembly.",
    contact: "If you cannot access a content or a service, you can contact the person in charge of the programme to be directed to an accessible alternative or to obtain the content in another form:",
    no_contact: "No contact has been given for this programme yet: please ask {entity}, which organises it.",
    remedies: "If you find an accessibility defect that prevents you from accessing a content or a feature, report it to us and do not get an answer, you can refer the matter to the Défenseur des droits (the French rights ombudsman):",
    remedy_form: "write a message to the Défenseur des droits (online form, in French)",
    remedy_delegate: "contact the Défenseur des droits’ delegate in your region (in French)",
    remedy_post: "send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.",
    back: "Back to the programme",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The page's title.
pub fn title(lang: Lang) -> &'static str {
    words(lang).title
}

/// `text` with the typography of `lang`, then escaped for HTML.
fn esc(lang: Lang, text: &str) -> String {
    escape(&typo::for_lang(lang, text))
}

/// « Retour d'information et contact »: how to reach the accessibility officer, or, when the
/// content file gives no contact, that none is given and whom to ask meanwhile.
fn contact_html(lang: Lang, s: &Statement) -> String {
    let w = words(lang);
    let esc = |text: &str| esc(lang, text);
    match &s.contact {
        Some(contact) => format!("<p>{}</p><p>{}</p>", esc(w.contact), contact.0),
        None => format!(
            "<p>{}</p>",
            esc(&w.no_contact.replace("{entity}", s.entity))
        ),
    }
}

/// The statement's markup in `lang`, for the body of a page that has the programme's style sheet.
pub fn body_html(lang: Lang) -> String {
    let w = words(lang);
    let e = event(lang);
    let s = &e.statement;
    let esc = |text: &str| esc(lang, text);
    let list = |items: &[&str]| {
        let items: String = items
            .iter()
            .map(|i| format!("<li>{}</li>", esc(i)))
            .collect();
        format!("<ul>{items}</ul>")
    };
    let date = if s.date.is_empty() { w.no_date } else { s.date };
    let bodies = [
        format!("<p>{}</p>", esc(w.status)),
        list(&w.tests),
        list(&w.limits),
        format!("<p>{}</p>", esc(&w.made.replace("{date}", date))),
        contact_html(lang, s),
        format!(
            "<p>{}</p><ul><li><a href=\"https://formulaire.defenseurdesdroits.fr/\"{hreflang}>{}</a></li><li><a href=\"https://www.defenseurdesdroits.fr/carte-des-delegues\"{hreflang}>{}</a></li><li>{}</li></ul>",
            esc(w.remedies),
            esc(w.remedy_form),
            esc(w.remedy_delegate),
            esc(w.remedy_post),
            hreflang = if lang == Lang::Fr { "" } else { " hreflang=\"fr\"" },
        ),
    ];
    // The event's title may be French on the English page (no translation).
    let event_title = match e.title_lang {
        Some(l) => format!("<span lang=\"{l}\">{}</span>", escape(e.title)),
        None => escape(e.title),
    };
    let intro = esc(w.intro)
        .replace("{entity}", &escape(s.entity))
        .replace("{event}", &event_title)
        .replace("{day}", &escape(e.day.text));
    let other = lang.other();
    let mut html = format!(
        "<a class=\"skip\" href=\"#contenu\">{}</a><main id=\"contenu\" class=\"statement\">\
         <p class=\"language\"><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a></p>\
         <h1>{}</h1><p>{intro}</p>",
        esc(w.skip),
        other.statement_page(),
        escape(crate::event::words(lang).other_language),
        esc(w.title),
        code = other.code(),
    );
    for (title, body) in w.sections.iter().zip(bodies) {
        html.push_str(&format!("<h2>{}</h2>{body}", esc(title)));
    }
    html.push_str(&format!(
        "<p class=\"to-programme\"><a href=\"{}\">{}</a></p></main>",
        lang.page(),
        esc(w.back)
    ));
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_follows_the_model_and_claims_no_level() {
        let html = body_html(Lang::Fr);
        for part in [
            "<h1>Déclaration d’accessibilité</h1>",
            "<h2>État de conformité</h2>",
            "<h2>Tests réalisés</h2>",
            "<h2>Retour d’information et contact</h2>",
            "<h2>Voies de recours</h2>",
            "non conforme au RGAA\u{A0}: aucun taux",
            "<a href=\"./\">Retour au programme</a>",
            "<a href=\"accessibility.html\" hreflang=\"en\" lang=\"en\">English</a>",
        ] {
            assert!(html.contains(part), "{part} missing");
        }
        assert!(!html.contains("partiellement conforme") && !html.contains("totalement conforme"));
        let s = &event(Lang::Fr).statement;
        assert!(html.contains(&contact_html(Lang::Fr, s)));
        assert!(html.contains(if s.date.is_empty() {
            FR.no_date
        } else {
            s.date
        }));
        assert!(!html.contains('{'), "every placeholder filled");
    }

    #[test]
    fn the_english_statement_says_the_same_and_claims_no_level() {
        let html = body_html(Lang::En);
        for part in [
            "<h1>Accessibility statement</h1>",
            "<h2>Compliance status</h2>",
            "<h2>Tests carried out</h2>",
            "<h2>Feedback and contact</h2>",
            "<h2>Remedies</h2>",
            "declared non-compliant with the RGAA: no compliance rate",
            "<a href=\"en.html\">Back to the programme</a>",
            "<a href=\"accessibilite.html\" hreflang=\"fr\" lang=\"fr\">Français</a>",
        ] {
            assert!(html.contains(part), "{part} missing");
        }
        assert!(!html.contains("partially compliant") && !html.contains("fully compliant"));
        assert!(html.contains(&contact_html(Lang::En, &event(Lang::En).statement)));
        assert!(!html.contains('{'), "every placeholder filled");
        // Both languages list the same sections and items.
        assert_eq!(FR.tests.len(), EN.tests.len());
        assert_eq!(
            html.matches("<h2>").count(),
            body_html(Lang::Fr).matches("<h2>").count()
        );
    }

    #[test]
    fn a_missing_contact_is_said_plainly_and_a_given_one_is_shown() {
        let given = Statement {
            entity: "Rennes Métropole",
            contact: Some(crate::event::Html("accessibilite@exemple.fr")),
            date: "",
        };
        assert!(contact_html(Lang::Fr, &given).contains("<p>accessibilite@exemple.fr</p>"));
        let missing = Statement {
            contact: None,
            ..given
        };
        let fr = contact_html(Lang::Fr, &missing);
        assert!(fr.contains("Aucun contact n’a encore été indiqué pour ce programme\u{A0}: adressez-vous à Rennes Métropole"), "{fr}");
        let en = contact_html(Lang::En, &missing);
        assert!(
            en.contains(
                "No contact has been given for this programme yet: please ask Rennes Métropole"
            ),
            "{en}"
        );
        for html in [fr, en] {
            assert!(
                !html.contains("compléter") && !html.contains("completed"),
                "{html}"
            );
        }
    }
}
