//! French typography, applied to every French text of the content at build time (build.rs)
//! and checked against every UI string by the tests, so that the page never shows a colon
//! alone at the start of a line or « guillemets » torn from their words.

use crate::lang::Lang;

/// No-break space: before `:` and inside times and dates.
pub const NBSP: char = '\u{A0}';
/// Narrow no-break space: before `;` `!` `?` and inside « ».
pub const NNBSP: char = '\u{202F}';

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Applies French typographic spacing and punctuation to `text`.
///
/// - runs of spaces and line breaks become one space, ends are trimmed;
/// - a straight apostrophe becomes `’`;
/// - `"mot"` becomes `« mot »`;
/// - `:` gets a no-break space before it, `;` `!` `?` a narrow one, `«` `»` narrow ones inside;
/// - a hyphen standing alone between spaces becomes an en dash, `...` an ellipsis.
///
/// Punctuation inside a word or an address (`10:30`, `https://`, `?q=`) is left alone: a
/// space is added only where the sign is followed by a space or ends the text. The function is
/// idempotent: correct text comes back unchanged.
/// « Table ronde » for « table ronde »: the first letter upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

pub fn fr(text: &str) -> String {
    let chars: Vec<char> = normalise(text).chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut quote_is_opening = true;
    // After an opening guillemet, spaces are skipped and one narrow space put instead.
    let mut after_open = false;
    for (i, &c) in chars.iter().enumerate() {
        if after_open {
            if is_space(c) {
                continue;
            }
            out.push(NNBSP);
            after_open = false;
        }
        let next = chars.get(i + 1).copied();
        let ends_word =
            next.is_none_or(|n| is_space(n) || matches!(n, '»' | '"' | ')' | '!' | '?'));
        match c {
            '«' => {
                out.push(c);
                after_open = true;
            }
            '"' if quote_is_opening => {
                out.push('«');
                after_open = true;
                quote_is_opening = false;
            }
            '"' | '»' => {
                space_before(&mut out, NNBSP, true);
                out.push('»');
                quote_is_opening = true;
            }
            ':' if ends_word => {
                space_before(&mut out, NBSP, false);
                out.push(c);
            }
            ';' | '!' | '?' if ends_word => {
                space_before(&mut out, NNBSP, false);
                out.push(c);
            }
            '\'' => out.push('’'),
            '-' if out.ends_with(' ') && next == Some(' ') => out.push('–'),
            _ => out.push(c),
        }
    }
    out
}

/// Applies English typography to `text`: the same whitespace rules as [`fr`], curly
/// apostrophes and “quotes” (« » become “ ”), no space before `:` `;` `!` `?`, and a spaced
/// hyphen becomes an en dash. Idempotent, like [`fr`].
pub fn en(text: &str) -> String {
    let chars: Vec<char> = normalise(text).chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut quote_is_opening = true;
    let mut after_open = false;
    for (i, &c) in chars.iter().enumerate() {
        if after_open {
            if is_space(c) || c == NNBSP || c == NBSP {
                continue;
            }
            after_open = false;
        }
        let next = chars.get(i + 1).copied();
        match c {
            '«' | '“' => {
                out.push('“');
                after_open = true;
            }
            '"' if quote_is_opening => {
                out.push('“');
                after_open = true;
                quote_is_opening = false;
            }
            '"' | '»' | '”' => {
                trim_space(&mut out);
                out.push('”');
                quote_is_opening = true;
            }
            ':' | ';' | '!' | '?' => {
                trim_space(&mut out);
                out.push(c);
            }
            NBSP | NNBSP if matches!(next, Some(':' | ';' | '!' | '?' | '»')) => {}
            '\'' => out.push('’'),
            '-' if out.ends_with(' ') && next == Some(' ') => out.push('–'),
            _ => out.push(c),
        }
    }
    out
}

/// Removes the spaces French puts before a sign.
fn trim_space(out: &mut String) {
    while out.ends_with([' ', NBSP, NNBSP]) {
        out.pop();
    }
}

/// The typography of `lang`.
pub fn for_lang(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => fr(text),
        Lang::En => en(text),
    }
}

/// Puts `space` before the sign about to be pushed: in place of the space already there, or
/// after a word. A sign right after `!` or `?` (« ?! ») or an opening bracket takes none.
fn space_before(out: &mut String, space: char, after_any: bool) {
    if out.ends_with(is_space) {
        out.pop();
        out.push(space);
    } else if !out.is_empty() && (after_any || !out.ends_with(['!', '?', '(', '['])) {
        out.push(space);
    }
}

/// Collapses whitespace (but keeps the no-break kinds where they already are), trims, and
/// turns `...` into `…`.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split([' ', '\t', '\n', '\r'])
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace("...", "…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> String {
        s.replace('_', "\u{A0}").replace('~', "\u{202F}")
    }

    #[test]
    fn colon_gets_a_no_break_space() {
        assert_eq!(fr("NB : une session"), t("NB_: une session"));
        assert_eq!(fr("NB: une session"), t("NB_: une session"));
        assert_eq!(fr("sont :"), t("sont_:"));
    }

    #[test]
    fn semicolon_exclamation_question_get_a_narrow_space() {
        assert_eq!(fr("franco-palestiniennes ;"), t("franco-palestiniennes~;"));
        assert_eq!(fr("Vraiment ? Oui !"), t("Vraiment~? Oui~!"));
        assert_eq!(fr("Vraiment?"), t("Vraiment~?"));
        assert_eq!(fr("Quoi ?!"), t("Quoi~?!"));
    }

    #[test]
    fn guillemets_get_narrow_spaces_inside() {
        assert_eq!(
            fr("un « festival jeunes talents »"),
            t("un «~festival jeunes talents~»")
        );
        assert_eq!(fr("un «festival»"), t("un «~festival~»"));
        assert_eq!(fr("un \"festival\" ici"), t("un «~festival~» ici"));
    }

    #[test]
    fn apostrophes_dashes_and_ellipsis() {
        assert_eq!(fr("l'accès"), "l’accès");
        assert_eq!(fr("Jer’Est 2 - l’accès"), "Jer’Est 2 – l’accès");
        assert_eq!(fr("et puis..."), "et puis…");
    }

    #[test]
    fn whitespace_is_collapsed_and_trimmed() {
        assert_eq!(fr("  deux\n lignes\t ici  "), "deux lignes ici");
    }

    #[test]
    fn text_that_must_not_change() {
        for s in [
            "10:30",
            "https://example.org/a?b=c",
            "franco-palestiniennes",
            "égalité femme-homme",
            "Jer’Est 2",
            "5ème Assises",
            "",
        ] {
            assert_eq!(fr(s), s, "{s:?} changed");
        }
    }

    #[test]
    fn english_quotes_apostrophes_and_dashes() {
        assert_eq!(
            en("the \"youth talent festival\" here"),
            "the “youth talent festival” here"
        );
        assert_eq!(en("a « festival » here"), "a “festival” here");
        assert_eq!(en("don't"), "don’t");
        assert_eq!(en("Jer'Est 2 - access"), "Jer’Est 2 – access");
        assert_eq!(en("and then..."), "and then…");
    }

    #[test]
    fn english_takes_no_space_before_punctuation() {
        assert_eq!(en("Note : one ; two ! three ?"), "Note: one; two! three?");
        assert_eq!(en(&t("Note_: one~; why~?")), "Note: one; why?");
        assert_eq!(en(&t("«~festival~»")), "“festival”");
    }

    #[test]
    fn english_text_that_must_not_change() {
        for s in [
            "10:30",
            "https://example.org/a?b=c",
            "Franco-Palestinian",
            "Jer’Est 2",
            "“quoted”",
            "",
        ] {
            assert_eq!(en(s), s, "{s:?} changed");
        }
        for s in ["a \"b\" : c - d...", "it's « x » ; y"] {
            let once = en(s);
            assert_eq!(en(&once), once, "{s:?}");
        }
    }

    #[test]
    fn is_idempotent() {
        for s in [
            "NB : une « fête » ; oui ! non ? l'accès - enfin...",
            "Atelier 2 : Valorisation",
            "un \"mot\" : fin",
        ] {
            let once = fr(s);
            assert_eq!(fr(&once), once, "{s:?}");
        }
    }
}
