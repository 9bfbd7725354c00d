//! The accessibility statement (« Déclaration d'accessibilité »), after the RGAA model, written
//! at build time as `accessibilite.html` (see `prerender::statement_page`). Its French text lives
//! here, in one place; the publisher, contact and date come from the content file. It claims no
//! conformance level, since no audit has established one.

use crate::content::EVENT;
use crate::html::escape;
use crate::typo;

/// French typography, then escaped.
fn esc(text: &str) -> String {
    escape(&typo::fr(text))
}

fn list(items: &[&str]) -> String {
    let items: String = items
        .iter()
        .map(|i| format!("<li>{}</li>", esc(i)))
        .collect();
    format!("<ul>{items}</ul>")
}

/// The page's title.
pub const TITLE: &str = "Déclaration d’accessibilité";

/// The statement's markup, for the body of a page that has the programme's style sheet.
pub fn body_html() -> String {
    let s = &EVENT.statement;
    let date = if s.date.is_empty() {
        "(date à compléter)"
    } else {
        s.date
    };
    let sections = [
        (
            "État de conformité",
            format!(
                "<p>{}</p>",
                esc("Ce programme n'a pas encore fait l'objet d'un audit de conformité au référentiel général d'amélioration de l'accessibilité (RGAA 4.1). Faute d'audit, il est déclaré non conforme au RGAA : aucun taux de conformité n'est annoncé.")
            ),
        ),
        (
            "Tests réalisés",
            list(&[
                "Contrôles automatiques à chaque version, dans Chromium : moteur axe-core 4.14, règles des WCAG 2.1 niveaux A et AA et règles étiquetées RGAA v4, sur chaque vue (programme, « Mes ateliers » vide et rempli, lien direct vers un atelier), en thèmes clair et sombre, à 320 et 1280 pixels de large, ainsi que sur cette page : aucune erreur relevée.",
                "Parcours au clavier seul : les boutons « Choisir cet atelier » et les liens de navigation sont atteints avec la touche Tab et s'activent au clavier ; le focus est visible et se place sur le titre de la vue ouverte.",
                "Affichage à 320 pixels de large sans défilement horizontal ; lecture du programme sans JavaScript.",
                "Vérification visuelle par l'équipe de développement des vues à 360 pixels de large, en thèmes clair et sombre.",
            ]),
        ),
        (
            "Limites connues",
            list(&[
                "Tests avec des lecteurs d'écran (NVDA, JAWS, VoiceOver, TalkBack) et agrandissement du texte à 200 % non encore réalisés.",
                "Pas encore de version anglaise.",
                "Le sens des sigles s'affiche au survol de la souris ; au clavier et pour les lecteurs d'écran, le lexique « Sigles » du programme le donne.",
                "Dans une page qui intègre le programme, les choix sont gardés à part de ceux faits sur le programme lui-même.",
            ]),
        ),
        (
            "Établissement de cette déclaration",
            format!(
                "<p>{}</p>",
                esc(&format!("Cette déclaration a été établie le {date}. Technologies utilisées : HTML, CSS, JavaScript, WebAssembly."))
            ),
        ),
        (
            "Retour d'information et contact",
            format!(
                "<p>{}</p><p>{}</p>",
                esc("Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du programme pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :"),
                esc(s.contact)
            ),
        ),
        (
            "Voies de recours",
            format!(
                "<p>{}</p><ul><li><a href=\"https://formulaire.defenseurdesdroits.fr/\">{}</a></li><li><a href=\"https://www.defenseurdesdroits.fr/carte-des-delegues\">{}</a></li><li>{}</li></ul>",
                esc("Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou une fonctionnalité, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous pouvez saisir le Défenseur des droits :"),
                esc("écrire un message au Défenseur des droits (formulaire en ligne)"),
                esc("contacter le délégué du Défenseur des droits dans votre région"),
                esc("envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."),
            ),
        ),
    ];
    let mut html = format!(
        "<a class=\"skip\" href=\"#contenu\">{}</a><main id=\"contenu\" class=\"statement\"><h1>{}</h1><p>{}</p>",
        esc("Aller au contenu"),
        esc(TITLE),
        esc(&format!(
            "{} s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n°\u{A0}2005-102 du 11 février 2005. Cette déclaration s'applique au programme en ligne de la journée « {} » ({}).",
            s.entity, EVENT.title, EVENT.day.fr
        ))
    );
    for (title, body) in sections {
        html.push_str(&format!("<h2>{}</h2>{body}", esc(title)));
    }
    html.push_str(&format!(
        "<p class=\"to-programme\"><a href=\"./\">{}</a></p></main>",
        esc("Retour au programme")
    ));
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_follows_the_model_and_claims_no_level() {
        let html = body_html();
        for part in [
            "<h1>Déclaration d’accessibilité</h1>",
            "<h2>État de conformité</h2>",
            "<h2>Tests réalisés</h2>",
            "<h2>Retour d’information et contact</h2>",
            "<h2>Voies de recours</h2>",
            "non conforme au RGAA\u{A0}: aucun taux",
            EVENT.statement.contact,
            "<a href=\"./\">Retour au programme</a>",
        ] {
            assert!(html.contains(part), "{part} missing");
        }
        assert!(!html.contains("partiellement conforme") && !html.contains("totalement conforme"));
        assert!(
            html.contains("jeudi 26\u{A0}novembre\u{A0}2026"),
            "the date from the content file"
        );
    }
}
