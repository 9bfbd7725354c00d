//! The page's two languages. French is the default; English is a translation that falls back to
//! the French text, marked `lang="fr"`, wherever the content file has none.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code, for `lang` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// From `<html lang>`: anything but English is the default, French.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Fr
        }
    }

    /// The programme page of this language, relative to the app's folder: `./` for French (the
    /// folder's own page), `en.html` for English. Both live in the same folder, so every other
    /// URL of the page is the same in both.
    pub fn page(self) -> &'static str {
        match self {
            Lang::Fr => "./",
            Lang::En => "en.html",
        }
    }

    /// The file of [`Lang::page`] in the built folder.
    pub fn page_file(self) -> &'static str {
        match self {
            Lang::Fr => "index.html",
            Lang::En => "en.html",
        }
    }

    /// The accessibility statement of this language.
    pub fn statement_page(self) -> &'static str {
        match self {
            Lang::Fr => "accessibilite.html",
            Lang::En => "accessibility.html",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_is_french() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), l);
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_code(""), Lang::Fr);
        assert_eq!(Lang::from_code("de"), Lang::Fr);
    }

    #[test]
    fn both_pages_live_in_the_same_folder() {
        for l in Lang::ALL {
            assert!(!l.page().contains('/') || l.page() == "./");
            assert!(!l.statement_page().contains('/'));
        }
    }
}
