//! The text format of `introduction` and `description`: paragraphs and bullet lists, written
//! as an organiser would type them.

use super::model::BlockSrc;
use crate::lang::Lang;
use crate::typo;

/// French text: see [`parse_blocks_in`].
pub fn parse_blocks(text: &str) -> Vec<BlockSrc> {
    parse_blocks_in(Lang::Fr, text)
}

/// Paragraphs are separated by blank lines and their line breaks are not kept; a block whose
/// first line starts with `- ` is a list, each `- ` starting an item. The typography of `lang`
/// is applied.
pub fn parse_blocks_in(lang: Lang, text: &str) -> Vec<BlockSrc> {
    let typo = |t: &str| typo::for_lang(lang, t);
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim();
        if !line.is_empty() {
            lines.push(line);
            continue;
        }
        if lines.is_empty() {
            continue;
        }
        if lines[0].starts_with("- ") {
            let mut items: Vec<String> = Vec::new();
            for l in &lines {
                match l.strip_prefix("- ") {
                    Some(item) => items.push(item.to_string()),
                    None => {
                        let last = items.last_mut().expect("a list starts with an item");
                        last.push(' ');
                        last.push_str(l);
                    }
                }
            }
            blocks.push(BlockSrc::List(items.iter().map(|i| typo(i)).collect()));
        } else {
            blocks.push(BlockSrc::Paragraph(typo(&lines.join(" "))));
        }
        lines.clear();
    }
    blocks
}
