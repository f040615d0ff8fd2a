//! Stage 3 for plain text: text already pulled from a page -> blocks.
//!
//! Paragraphs are separated by blank lines (or, when the text has no blank line
//! at all, every line is a paragraph). Inside a paragraph, lines are separate
//! blocks (a caption line and its credit line) unless the paragraph is hard-wrapped
//! prose, whose lines are joined back into one block.

use crate::Error;
use crate::document::{Block, Context, Structure};

/// Hard-wrapped lines fill most of the wrap width; shorter lines are lines of their own.
const WRAP_MIN: usize = 50;
const WRAP_MAX: usize = 100;

/// Splits text into blocks; lines of one paragraph share a `group`. One paragraph is
/// held at a time, and reading stops with [`Error::TooManyBlocks`] past `max_blocks`,
/// so memory follows the blocks kept, not the lines read.
pub(crate) fn split(text: &str, max_blocks: usize) -> Result<Vec<Block>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = || text.lines().map(|l| l.trim_end_matches('\r').trim());
    let has_blank = lines().any(str::is_empty);
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut group = 0u32;
    for line in lines() {
        if line.is_empty() || !has_blank {
            if !paragraph.is_empty() {
                push_paragraph(&paragraph, group, &mut blocks, max_blocks)?;
                paragraph.clear();
                group += 1;
            }
            if !line.is_empty() {
                paragraph.push(line);
            }
        } else {
            paragraph.push(line);
        }
    }
    if !paragraph.is_empty() {
        push_paragraph(&paragraph, group, &mut blocks, max_blocks)?;
    }
    Ok(blocks)
}

/// The blocks of one paragraph: hard-wrapped prose as one block, other lines each
/// their own.
fn push_paragraph(
    lines: &[&str],
    group: u32,
    blocks: &mut Vec<Block>,
    max_blocks: usize,
) -> Result<(), Error> {
    let wrapped = lines.len() > 1
        && lines
            .iter()
            .take(lines.len() - 1)
            .all(|l| (WRAP_MIN..=WRAP_MAX).contains(&l.chars().count()));
    let texts: Vec<String> = if wrapped {
        vec![
            lines
                .iter()
                .map(|l| collapse(l))
                .collect::<Vec<_>>()
                .join(" "),
        ]
    } else {
        lines.iter().map(|l| collapse(l)).collect()
    };
    for text in texts {
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        if blocks.len() >= max_blocks {
            return Err(Error::TooManyBlocks { limit: max_blocks });
        }
        let context = Context {
            position: blocks.len() as u32,
            group: Some(group),
            ..Context::default()
        };
        blocks.push(Block::new(text, Structure::Paragraph, context));
    }
    Ok(())
}

fn collapse(s: &str) -> String {
    crate::segment::collapse_ws(&s.replace(|c: char| c.is_control() && c != '\n', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        split(t, usize::MAX)
            .unwrap()
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_short_lines_are_blocks() {
        let t = texts("Title\n\nCaption line\n(Image credit: X)\n\n\n  Body   text.  \n");
        assert_eq!(
            t,
            ["Title", "Caption line", "(Image credit: X)", "Body text."]
        );
        let b = split("a b\nc d\n\ne f", usize::MAX).unwrap();
        assert_eq!(b[0].context.group, b[1].context.group);
        assert_ne!(b[1].context.group, b[2].context.group);
    }

    #[test]
    fn without_blank_lines_every_line_is_a_paragraph() {
        let b = split("one\ntwo\r\nthree", usize::MAX).unwrap();
        assert_eq!(b.len(), 3);
        assert_ne!(b[0].context.group, b[1].context.group);
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let para = "This is a long paragraph of prose that was wrapped at\n\
                    about seventy characters per line by some mail client, and\n\
                    it ends here.";
        assert_eq!(texts(&format!("x\n\n{para}")).len(), 2);
    }

    #[test]
    fn stops_one_block_past_the_bound() {
        assert_eq!(split("a\n\nb\n\nc", 3).unwrap().len(), 3);
        assert!(matches!(
            split(&"a\n\n".repeat(100), 3),
            Err(Error::TooManyBlocks { limit: 3 })
        ));
    }

    #[test]
    fn empty_and_symbol_only_text() {
        assert!(split("", usize::MAX).unwrap().is_empty());
        assert!(split("\n\n  \n", usize::MAX).unwrap().is_empty());
        assert!(split("***\n\n---", usize::MAX).unwrap().is_empty());
    }
}
