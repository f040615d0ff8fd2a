//! Stage 6: classified blocks -> output text.
//!
//! Rendering never changes what is kept; it only joins the kept blocks.

use crate::document::{Block, Kind};

/// Kept blocks joined by blank lines; consecutive kept blocks of one group (items of
/// one list, lines of one plain-text paragraph) by single line breaks.
pub(crate) fn text(blocks: &[Block], include_title: bool) -> String {
    let mut out = String::new();
    let mut last_group: Option<u32> = None;
    for block in blocks
        .iter()
        .filter(|b| b.kept && (include_title || b.kind != Kind::Title))
    {
        if !out.is_empty() {
            let same_group = block.context.group.is_some() && block.context.group == last_group;
            out.push_str(if same_group { "\n" } else { "\n\n" });
        }
        out.push_str(&block.text);
        last_group = block.context.group;
    }
    out
}
