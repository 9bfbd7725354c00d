//! One table of the content file, read with the words needed to report a problem in it: each
//! reader says which file, which section or session, which field.

use super::blocks::parse_blocks_in;
use super::model::{BlockSrc, ContentError};
use crate::dates::Time;
use crate::ids::is_valid_id;
use crate::lang::Lang;
use crate::typo;
use toml::{Table, Value};

/// One table of the file with the words needed to report a problem in it.
pub(super) struct Section<'a> {
    pub(super) file: &'a str,
    pub(super) place: String,
    pub(super) table: &'a Table,
}

impl Section<'_> {
    pub(super) fn err(&self, field: &str, problem: impl Into<String>) -> ContentError {
        ContentError {
            file: self.file.to_string(),
            place: self.place.clone(),
            field: field.to_string(),
            problem: problem.into(),
        }
    }

    pub(super) fn reject_unknown(&self, known: &[&str]) -> Result<(), ContentError> {
        match self.table.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => Err(self.err(
                k,
                format!("champ inconnu (champs possibles : {})", known.join(", ")),
            )),
            None => Ok(()),
        }
    }

    pub(super) fn optional_text(&self, field: &str) -> Result<Option<String>, ContentError> {
        match self.table.get(field) {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Err(self.err(field, "texte vide")),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            // Dates and times written without quotes are TOML values of their own.
            Some(Value::Datetime(d)) => Ok(Some(d.to_string())),
            Some(_) => Err(self.err(field, "doit être un texte entre guillemets")),
        }
    }

    pub(super) fn text(&self, field: &str) -> Result<String, ContentError> {
        self.optional_text(field)?
            .ok_or_else(|| self.err(field, "champ manquant"))
    }

    /// An English translation (`<field>_en`), typeset the English way.
    pub(super) fn english(&self, field: &str) -> Result<Option<String>, ContentError> {
        Ok(self
            .optional_text(&format!("{field}_en"))?
            .map(|t| typo::en(&t)))
    }

    /// An English text of paragraphs and lists (`<field>_en`).
    pub(super) fn english_blocks(
        &self,
        field: &str,
    ) -> Result<Option<Vec<BlockSrc>>, ContentError> {
        Ok(self
            .optional_text(&format!("{field}_en"))?
            .map(|t| parse_blocks_in(Lang::En, &t)))
    }

    pub(super) fn id(&self) -> Result<String, ContentError> {
        let id = self.text("id")?;
        if is_valid_id(&id) {
            Ok(id)
        } else {
            Err(self.err(
                "id",
                format!("« {id} » : seulement des minuscules sans accents, des chiffres et des tirets (ex. atelier-2)"),
            ))
        }
    }

    pub(super) fn time(&self, field: &str) -> Result<Time, ContentError> {
        let raw = self.text(field)?;
        // A TOML time written without quotes reads `HH:MM:00`.
        let hm = raw.strip_suffix(":00").filter(|r| r.len() > 3);
        Time::parse(hm.unwrap_or(&raw)).ok_or_else(|| {
            self.err(
                field,
                format!("heure invalide « {raw} » (attendu HH:MM, par exemple 10:30)"),
            )
        })
    }
}
