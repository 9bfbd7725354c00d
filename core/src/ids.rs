//! The one grammar of session ids, shared by the content check (build.rs)
//! and the reading of stored choices.

/// Lower-case ASCII letters and digits in groups joined by single hyphens: `atelier-2`.
/// Safe in a URL fragment, an HTML id and the stored list (no comma).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_grammar() {
        for ok in ["atelier-1", "pleniere", "a", "x-2-b"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        let long = "a".repeat(65);
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "é",
            "a b",
            "a_b",
            "a,b",
            long.as_str(),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
