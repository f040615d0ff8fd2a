//! Stage 4: per-block signals and page-level facts.
//!
//! One pass over each block's text gives its counts (words, stopwords, capitals,
//! sentences); one phrase-set search over the short blocks gives the phrase hits.
//! Page-level: whether the stopword signal applies (the page is in a language we
//! have stopwords for), the publisher's name, repeated texts, and the main-content
//! container, found in one sweep over the recorded elements with prefix sums.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use crate::document::{Block, Element, Landmarks};
use crate::rules::hints::{Hint, HintSet};
use crate::rules::{lang, phrases, stopwords};

/// Per-block counts and hits.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    pub words: u32,
    pub stopwords: u32,
    pub capitalized: u32,
    pub sentences: u32,
    pub ends_like_sentence: bool,
    /// Bit `i` set: row `i` of the phrase table matched (within its `max_words`).
    pub phrases: u64,
    pub mentions_publisher: bool,
    /// Under a customer-reviews name on a page declared a product.
    pub customer_review: bool,
    pub duplicate: bool,
    /// A summary under a linked headline in a small card, a pattern repeated on the page.
    pub teaser: bool,
    /// The text is HTML markup shown as text (`<img src=...>`).
    pub markup: bool,
    /// A definition list's term (`<dt>`) whose definition (`<dd>`) follows it as a sentence:
    /// a reference page's entry, whose term links to its own page.
    pub term: bool,
    /// `None` when the page has no container structure (plain-text input).
    pub in_main: Option<bool>,
    /// Chrome landmarks that say nothing about this block: those the page's prose core
    /// inherits (see [`prose_core`]).
    pub neutral_landmarks: Landmarks,
    /// Chrome names that say nothing about this block, likewise.
    pub neutral_hints: HintSet,
}

impl Features {
    pub(crate) fn stopword_density(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f32 / self.words as f32
        }
    }
}

/// What holds for the whole page.
#[derive(Debug, Clone, Default)]
pub(crate) struct PageFeatures {
    /// Share of the page's plain prose (bytes) inside the main container: under one half,
    /// the page's text is spread over sections (landing and service pages).
    pub main_prose_share: f32,
    /// The stopword signal is meaningful (English text).
    pub stopwords_active: bool,
    /// Stopword density from which a block reads as running prose (T010): English prose
    /// is denser in stopwords than prose in languages with fewer function words.
    pub stopword_rich: f32,
    pub publisher: Option<String>,
    /// The page is English (no language said, or English): the language whose phrase
    /// tables are fullest, so that no evidence against a block means little chrome.
    pub english: bool,
}

const _: () = assert!(phrases::TABLE.len() <= 64, "phrase hits are a u64 bitset");

/// Hints that say "not the article".
const NEGATIVE_HINTS: &[Hint] = &[
    Hint::Share,
    Hint::Comments,
    Hint::Subscribe,
    Hint::Newsletter,
    Hint::Paywall,
    Hint::Related,
    Hint::Advertisement,
    Hint::Promo,
    Hint::Cookie,
    Hint::Navigation,
    Hint::Footer,
    Hint::Sidebar,
    Hint::Tags,
    Hint::Modal,
    Hint::Widget,
];

/// Landmarks whose text is never the article's.
const CHROME_LANDMARKS: Landmarks = Landmarks::NAV
    .union(Landmarks::FOOTER)
    .union(Landmarks::ASIDE)
    .union(Landmarks::FORM)
    .union(Landmarks::BUTTON)
    .union(Landmarks::DIALOG);

pub(crate) fn has_negative_hint(set: HintSet) -> bool {
    !set.is_empty() && NEGATIVE_HINTS.iter().any(|h| set.contains(*h))
}

/// Computes every block's features and the page's.
///
/// `product`: the page declares itself a product (JSON-LD or `og:type`), whose
/// customer reviews are not its text (see [`main_container`]).
pub(crate) fn compute(
    blocks: &[Block],
    elements: &[Element],
    publisher: Option<String>,
    language: Option<&str>,
    product: bool,
) -> (Vec<Features>, PageFeatures) {
    // The page's language picks the stopword list and adds its chrome phrases to
    // the English ones (English chrome turns up on pages in every language).
    let lang_stop = language.and_then(stopwords::for_language);
    let stop = lang_stop.unwrap_or_else(stopwords::english);
    let english = language.is_none_or(|l| crate::language::primary(l).eq_ignore_ascii_case("en"));
    let local = language
        .filter(|_| !english)
        .and_then(|l| Some((lang::table(l)?, lang::set(l)?)));
    let set = phrases::set();
    let max_phrase_words = phrases::max_words();
    let credit_shape_rows = phrases::credit_shape_rows();
    // A local phrase fires its English rule (same code, kind, weight, length):
    // each local row's English row, looked up once a page.
    let local_rule: Vec<Option<usize>> = local.map_or_else(Vec::new, |(table, _)| {
        table
            .iter()
            .map(|lp| phrases::TABLE.iter().position(|p| p.rule.code == lp.code))
            .collect()
    });
    let mut feats: Vec<Features> = Vec::with_capacity(blocks.len());
    let mut lower = String::new();
    for block in blocks {
        let mut f = count(&block.text, stop, &mut lower);
        // A block that is one link of headline length reads as short as a label: a
        // "Read also:" lead with the linked headline after it is the lead's.
        let phrase_words =
            if block.context.link_density >= LINKED_LEAD_DENSITY && f.words <= LINKED_LEAD_WORDS {
                f.words.min(LABEL_WORDS)
            } else {
                f.words
            };
        if phrase_words <= max_phrase_words {
            // Phrases anchored at the start read past the decoration a label opens with
            // ("» Publicidade", "(Leggi anche: ...", "• Advertisement").
            let text = block.text.trim_start_matches(LEAD_DECORATION);
            // Only the rows that apply to a block this long are run; a heading is never
            // shaped like a credit ("Family Law / Divorce" is a section, not a
            // photographer and an outlet).
            let mut applicable = phrases::applicable(phrase_words);
            if matches!(block.structure, crate::Structure::Heading { .. }) {
                applicable &= !credit_shape_rows;
            }
            if let Some(set) = set {
                // The table has at most 64 rows (asserted above).
                f.phrases |= set.matches_among(text, applicable).bits() as u64;
            }
            if let Some((_, set)) = local {
                let local_applicable = local_rule
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.is_some_and(|r| applicable & 1 << r != 0))
                    .fold(0u128, |bits, (i, _)| bits | 1 << i);
                for i in set.matches_among(text, local_applicable).iter() {
                    if let Some(Some(r)) = local_rule.get(i) {
                        f.phrases |= 1 << r;
                    }
                }
            }
        }
        feats.push(f);
    }

    // The stopword signal needs a language we have a list for. With enough words
    // the measured density decides (sites declare `lang="de"` over English
    // articles); with too few, whether we have a list does.
    let (w, s) = feats
        .iter()
        .filter(|f| f.words >= 10)
        .fold((0u64, 0u64), |(w, s), f| {
            (w + u64::from(f.words), s + u64::from(f.stopwords))
        });
    let stopwords_active = if w >= 50 {
        s as f64 / w as f64 >= 0.08
    } else {
        english || lang_stop.is_some()
    };

    let publisher = publisher.or_else(|| learn_publisher(blocks, &feats));
    if let Some(name) = publisher.as_deref().filter(|n| !n.is_empty()) {
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        // A page whose own headline names the publisher is about it (a service or
        // product page of the company itself): naming it is the subject, not chrome.
        let about_publisher = blocks.iter().any(|b| {
            b.structure == crate::Structure::Heading { level: 1 }
                && finder.find(b.text.as_bytes()).is_some()
        });
        for (block, f) in blocks.iter().zip(feats.iter_mut()) {
            f.mentions_publisher =
                !about_publisher && f.words <= 30 && finder.find(block.text.as_bytes()).is_some();
        }
    }

    // (all occurrences, those that are no in-page jump): a heading repeated only by
    // the table of contents that links to it (or by its own anchor) is said once.
    let mut seen: HashMap<&str, (u32, u32)> = HashMap::default();
    let jumps: Vec<bool> = blocks
        .iter()
        .map(|b| b.jumps_within_page() && !matches!(b.structure, crate::Structure::Heading { .. }))
        .collect();
    for ((block, f), jump) in blocks.iter().zip(&feats).zip(&jumps) {
        if f.words < 40 {
            let n = seen.entry(block.text.as_str()).or_default();
            n.0 += 1;
            n.1 += u32::from(!jump);
        }
    }
    for ((block, f), jump) in blocks.iter().zip(feats.iter_mut()).zip(&jumps) {
        f.duplicate = f.words < 40
            && seen
                .get(block.text.as_str())
                .is_some_and(|(all, own)| if *jump { *all > 1 } else { *own > 1 });
    }

    mark_terms(blocks, &mut feats, elements);
    mark_teasers(blocks, &mut feats, elements);
    // The prose core, or on a page with too little prose for one (listings, products),
    // the page-wide wrappers.
    let prose = ProsePrefix::new(blocks, &feats);
    let core = prose_core(&prose, elements);
    let sections = core
        .as_ref()
        .map(|c| prose_sections(&prose, elements, &c.blocks))
        .unwrap_or_default();
    let wrappers = core
        .is_none()
        .then(|| page_wrappers(blocks.len(), elements))
        .into_iter()
        .flatten();
    paragraph_style(blocks, &mut feats, elements);
    long_prose(blocks, &mut feats);
    for layout in core.into_iter().chain(sections).chain(wrappers) {
        let range = layout.blocks.start as usize..layout.blocks.end as usize;
        for f in feats.get_mut(range).unwrap_or_default() {
            f.neutral_landmarks = f.neutral_landmarks.union(layout.landmarks);
            f.neutral_hints = f.neutral_hints.union(layout.hints);
        }
    }
    let reviews = if product {
        in_reviews(blocks.len(), elements)
    } else {
        Vec::new()
    };
    for (f, r) in feats.iter_mut().zip(&reviews) {
        f.customer_review = *r;
    }
    let main = main_container(blocks, &feats, elements, stopwords_active);
    let mut main_prose_share = 1.0;
    if let Some(range) = &main {
        let (mut inside, mut all) = (0usize, 0usize);
        for (i, (block, f)) in blocks.iter().zip(feats.iter_mut()).enumerate() {
            // Text has no container to vouch for its run: inside it, only long prose
            // and lines that are not sentences (subheads, items) count as in the main content;
            // a short sentence between paragraphs (a pitch) is left to its own evidence.
            f.in_main = match (range.contains(&(i as u32)), elements.is_empty()) {
                (true, true) if f.words < 20 && f.ends_like_sentence => None,
                (inside, _) => Some(inside),
            };
            if is_plain_prose(block, f) {
                let chars = block.text.len();
                all += chars;
                inside += if f.in_main == Some(true) { chars } else { 0 };
            }
        }
        if all > 0 {
            main_prose_share = inside as f32 / all as f32;
        }
    }
    (
        feats,
        PageFeatures {
            main_prose_share,
            stopwords_active,
            stopword_rich: if english {
                STOPWORD_RICH_ENGLISH
            } else {
                STOPWORD_RICH_OTHER
            },
            publisher,
            english,
        },
    )
}

/// Marks a label may open with that no phrase starts with: arrows, bullets, brackets,
/// dashes and the spaces between them (not "©", which the copyright phrases read).
const LEAD_DECORATION: &[char] = &[
    '»', '«', '›', '‹', '•', '·', '|', '>', '(', '[', '*', '-', '–', '—', '→', '►', '▶', '■', ' ',
    '\u{a0}',
];

/// Counts words, stopwords, capitalised words and sentences in one pass.
pub(crate) fn count(text: &str, stop: &stopwords::StopSet, lower: &mut String) -> Features {
    let mut f = count_words(text, stop, lower);
    // Markup shown as text: a tag (`<img src=...>`), a CMS shortcode (`[button link=...]`)
    // or a bare URL.
    f.markup = (text.starts_with('<')
        && text.contains('>')
        && (text.contains('=') || text.contains("/>")))
        || (text.starts_with('[') && text.contains(']') && text.contains('='))
        || ((text.starts_with("http://") || text.starts_with("https://"))
            && !text.contains(char::is_whitespace));
    let tail = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', ' ']);
    f.ends_like_sentence = tail.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';']);
    f
}

/// The character at byte `i` of `text` and its length; ASCII without decoding.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Words, stopwords, capitalised words and sentence ends. ASCII bytes (most of
/// any page, curly quotes and dashes aside) skip Unicode decoding, and ASCII
/// words skip Unicode case mapping (the class look-ups take their ASCII path
/// in `core`); the tests hold it to the plain character loop `count_chars`
/// on every fixture line, in every bundled language.
fn count_words(text: &str, stop: &stopwords::StopSet, lower: &mut String) -> Features {
    let mut f = Features::default();
    let (mut cjk, mut thai) = (0u32, 0u32);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if is_cjk(c) {
            // Written without spaces: two characters make about one English word,
            // and function words are single characters (的, 是, の, に).
            cjk += 1;
            f.stopwords += u32::from(stop.chars.contains(&c));
        } else if is_thai(c) {
            // Thai has no spaces either, and longer words: about four characters each.
            thai += 1;
        } else if c.is_alphanumeric() {
            // A word: letters and digits, with apostrophes inside ("don't", "Week's").
            let start = i;
            let mut ascii = c.is_ascii();
            i += len;
            while let Some((n, n_len)) = char_at(text, i) {
                let letter = n.is_alphanumeric() && !is_cjk(n);
                let apostrophe = matches!(n, '\'' | '’')
                    && char_at(text, i + n_len).is_some_and(|(a, _)| a.is_alphanumeric());
                if !letter && !apostrophe {
                    break;
                }
                ascii &= n.is_ascii();
                i += n_len;
            }
            let word = text.get(start..i).unwrap_or_default();
            f.words += 1;
            f.capitalized += u32::from(c.is_uppercase());
            if word.len() <= stop.max_len {
                lower.clear();
                if ascii {
                    lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                } else {
                    lower.extend(
                        word.chars()
                            .flat_map(char::to_lowercase)
                            .map(|c| if c == '’' { '\'' } else { c }),
                    );
                }
                f.stopwords += u32::from(stop.words.contains(lower.as_str()));
            }
            continue;
        } else if matches!(c, '。' | '！' | '？' | '؟' | '।') {
            // Full-width and other scripts' sentence ends need no space after them.
            f.sentences += 1;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let next = char_at(text, i + len).map(|(n, _)| n);
            if next.is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | '’' | '\'' | ')'))
            {
                f.sentences += 1;
            }
        }
        i += len;
    }
    f.words += cjk.div_ceil(2) + thai.div_ceil(4);
    f
}

/// Words, stopwords, capitalised words and sentence ends, a character at a time:
/// the plain reference [`count_words`] is tested against.
#[cfg(test)]
fn count_chars(text: &str, stop: &stopwords::StopSet, lower: &mut String) -> Features {
    let mut f = Features::default();
    let mut chars = text.char_indices().peekable();
    let (mut cjk, mut thai) = (0u32, 0u32);
    while let Some((start, c)) = chars.next() {
        if is_cjk(c) {
            // Written without spaces: two characters make about one English word,
            // and function words are single characters (的, 是, の, に).
            cjk += 1;
            if stop.chars.contains(&c) {
                f.stopwords += 1;
            }
        } else if is_thai(c) {
            // Thai has no spaces either, and longer words: about four characters each.
            thai += 1;
        } else if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            // A word: letters and digits, with apostrophes inside ("don't", "Week's").
            while let Some(&(i, n)) = chars.peek() {
                if n.is_alphanumeric() && !is_cjk(n) {
                    end = i + n.len_utf8();
                    chars.next();
                } else if matches!(n, '\'' | '’') {
                    let mut ahead = chars.clone();
                    ahead.next();
                    if ahead.peek().is_some_and(|(_, a)| a.is_alphanumeric()) {
                        chars.next();
                        end = i + n.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let word = text.get(start..end).unwrap_or_default();
            f.words += 1;
            if c.is_uppercase() {
                f.capitalized += 1;
            }
            if word.len() <= stop.max_len {
                lower.clear();
                lower.extend(
                    word.chars()
                        .flat_map(char::to_lowercase)
                        .map(|c| if c == '’' { '\'' } else { c }),
                );
                if stop.words.contains(lower.as_str()) {
                    f.stopwords += 1;
                }
            }
        } else if matches!(c, '。' | '！' | '？' | '؟' | '।') {
            // Full-width and other scripts' sentence ends need no space after them.
            f.sentences += 1;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let next = chars.peek().map(|&(_, n)| n);
            if next.is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | '’' | '\'' | ')'))
            {
                f.sentences += 1;
            }
        }
    }
    f.words += cjk.div_ceil(2) + thai.div_ceil(4);
    f
}

/// Thai letters: written without spaces between words.
fn is_thai(c: char) -> bool {
    matches!(c, '\u{0e00}'..='\u{0e7f}')
}

/// Han ideographs and kana: scripts written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether a text ends with an ellipsis: an excerpt cut at a length ("…", "...",
/// "[…]", "[...]", "(...)"), not a passage that ends where its author ended it.
fn ends_cut_short(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches([']', ')']).trim_end();
    t.ends_with('…') || t.ends_with("...")
}

/// Marks definition terms ([`Features::term`]): a `<dt>` block whose next block sits
/// in a `<dd>` and reads as a sentence (5+ words, under half link text, a sentence
/// end): a file's "(95 KiB) Downloaded 478 times" under its link is no definition.
fn mark_terms(blocks: &[Block], feats: &mut [Features], elements: &[Element]) {
    for i in 0..blocks.len().saturating_sub(1) {
        let (Some(b), Some(next)) = (blocks.get(i), blocks.get(i + 1)) else {
            continue;
        };
        let defined = b.item_tag(elements) == Some("dt")
            && next.item_tag(elements) == Some("dd")
            && next.context.link_density < 0.5
            && feats
                .get(i + 1)
                .is_some_and(|f| f.words >= 5 && f.ends_like_sentence);
        if defined && let Some(f) = feats.get_mut(i) {
            f.term = true;
        }
    }
}

/// Largest container that still counts as a teaser card.
const CARD_BLOCKS: usize = 5;
/// Words from which a card's paragraph counts towards "a section, not a card".
const SECTION_PARAGRAPH_WORDS: u32 = 15;
/// Words of prose after the headline from which a card is a section of the page (a
/// listicle's entry), not a teaser: an excerpt is a sentence or two.
const SECTION_WORDS: u32 = 60;
/// A card's linked heading this short (in words) titles a section, not a teaser.
const SECTION_TITLE_WORDS: u32 = 3;
/// Teaser cards a page needs before any counts as a teaser.
const TEASER_REPEATS: usize = 3;

/// Marks teaser summaries: prose inside a small container (a "card" of at most
/// [`CARD_BLOCKS`] blocks) that starts with a fully linked short headline, counted
/// only where the page has at least [`TEASER_REPEATS`] such cards (a list of them).
/// The headline must be one of the card's first two blocks, and the card holds no `<h1>`.
/// Author and date lines between headline and summary do not matter.
fn mark_teasers(blocks: &[Block], feats: &mut [Features], elements: &[Element]) {
    let headline = |i: usize| {
        blocks.get(i).zip(feats.get(i)).is_some_and(|(b, f)| {
            b.context.link_density >= 0.8 && f.words <= 30 && !b.jumps_within_page() && !f.term
        })
    };
    let prose = |i: usize| {
        blocks
            .get(i)
            .zip(feats.get(i))
            .is_some_and(|(b, f)| b.context.link_density < 0.5 && f.words >= 5)
    };
    let mut cards: Vec<(usize, std::ops::Range<usize>, bool)> = Vec::new();
    for el in elements {
        let range = el.blocks.start as usize..el.blocks.end as usize;
        if range.len() < 2 || range.len() > CARD_BLOCKS {
            continue;
        }
        // The linked headline opens the card (after at most a kicker line); a
        // container with an <h1> is the page's own header, never a teaser.
        let has_h1 = blocks.get(range.clone()).is_some_and(|bs| {
            bs.iter()
                .any(|b| b.structure == crate::Structure::Heading { level: 1 })
        });
        let Some(head) = (range.start..(range.start + 2).min(range.end)).find(|&i| headline(i))
        else {
            continue;
        };
        // A section, not a card: a summary is one paragraph (a date or author
        // line beside it is not a second).
        let paragraphs = (head + 1..range.end)
            .filter(|&i| {
                prose(i)
                    && feats
                        .get(i)
                        .is_some_and(|f| f.words >= SECTION_PARAGRAPH_WORDS)
            })
            .count();
        let prose_words: u32 = (head + 1..range.end)
            .filter(|&i| prose(i))
            .filter_map(|i| feats.get(i).map(|f| f.words))
            .sum();
        // An excerpt cut short ("…", "[...]", or mid-sentence) quotes another page,
        // however long.
        let cut_short = (head + 1..range.end)
            .rev()
            .find(|&i| prose(i))
            .and_then(|i| blocks.get(i).zip(feats.get(i)))
            .is_some_and(|(b, f)| !f.ends_like_sentence || ends_cut_short(&b.text));
        // Comments under their authors' linked names are cards of another kind.
        let in_comments = blocks
            .get(head)
            .is_some_and(|b| b.context.within(Landmarks::empty(), &[Hint::Comments]));
        // A heading of one to three linked words ("Standards", "Hazards") in a card
        // inside an <article> that holds more than the card titles a section of a hub
        // page that links to its own page, not another story's teaser (a story's
        // headline is longer; a kicker or an author link is no heading; a listing's
        // item is an <article> of its own, or stands outside any).
        let short_head = feats
            .get(head)
            .is_some_and(|f| f.words <= SECTION_TITLE_WORDS)
            && blocks
                .get(head)
                .is_some_and(|b| matches!(b.structure, crate::Structure::Heading { .. }))
            && in_larger_article(el, &range, elements);
        if !has_h1 && prose_words > 0 && paragraphs < 2 && !short_head {
            let long = prose_words >= SECTION_WORDS && !cut_short && !in_comments;
            cards.push((head, head + 1..range.end, long));
        }
    }
    // A listicle's entries, not teasers: when several cards, and at least half of
    // them, carry a long text, those cards are sections of the page (one long excerpt
    // among short ones, an author box's bio, is still a teaser).
    let long = cards.iter().filter(|c| c.2).count();
    if long >= TEASER_REPEATS && long * 2 >= cards.len() {
        cards.retain(|c| !c.2);
    }
    let mut heads: Vec<usize> = cards.iter().map(|(h, ..)| *h).collect();
    heads.sort_unstable();
    heads.dedup();
    if heads.len() < TEASER_REPEATS {
        return;
    }
    let marked: Vec<usize> = cards
        .into_iter()
        .flat_map(|(_, rest, _)| rest)
        .filter(|&i| prose(i))
        .collect();
    for i in marked {
        if let Some(f) = feats.get_mut(i) {
            f.teaser = true;
        }
    }
}

/// Whether the card `el` (holding `range`) sits in an `<article>` that holds more
/// blocks than the card: the card is part of a text, not an item of its own. Walks at
/// most [`ARTICLE_DEPTH`] elements up.
fn in_larger_article(el: &Element, range: &Range<usize>, elements: &[Element]) -> bool {
    let mut at = Some(el);
    for _ in 0..ARTICLE_DEPTH {
        let Some(e) = at else { return false };
        if e.tag == "article" {
            return (e.blocks.end - e.blocks.start) as usize > range.len();
        }
        at = e.parent.and_then(|p| elements.get(p as usize));
    }
    false
}

/// How far up from a card [`in_larger_article`] looks.
const ARTICLE_DEPTH: usize = 32;

/// The publisher's name when the page does not say it: the capitalised phrase
/// (one to three words) repeated in the most short blocks, in at least three, one of
/// them not a sentence. A name only sentences repeat is the story's subject ("Korea" in
/// three paragraphs about it); the publisher's shows in the furniture too ("Subscribe
/// to The Week", a logo line).
fn learn_publisher(blocks: &[Block], feats: &[Features]) -> Option<String> {
    let stop = &stopwords::english().words;
    // Per phrase: blocks holding it, the last such block, and whether one is not a sentence.
    let mut counts: HashMap<String, (u32, usize, bool)> = HashMap::default();
    for (b, (block, f)) in blocks.iter().zip(feats).enumerate() {
        if f.words > 30 || f.words == 0 {
            continue;
        }
        let furniture = f.words < 6 || !f.ends_like_sentence;
        let words: Vec<&str> = block
            .text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
            .collect();
        let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        for n in 1..=3 {
            for (i, gram) in words.windows(n).enumerate() {
                // Skip sentence-initial words: capitalised by grammar, not by name.
                if i == 0 || !gram.iter().all(capital) {
                    continue;
                }
                if gram
                    .iter()
                    .all(|w| stop.contains(w.to_lowercase().as_str()))
                {
                    continue;
                }
                let key = gram.join(" ");
                let entry = counts.entry(key).or_insert((0, usize::MAX, false));
                if entry.1 != b {
                    entry.0 += 1;
                    entry.1 = b;
                }
                entry.2 |= furniture;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, _, furniture))| *n >= 3 && *furniture)
        .max_by(|(ka, (na, ..)), (kb, (nb, ..))| {
            na.cmp(nb)
                .then(ka.split(' ').count().cmp(&kb.split(' ').count()))
                .then(kb.cmp(ka))
        })
        .map(|(k, _)| k)
}

/// Stopword density of English running prose (T010), as jusText measures it.
const STOPWORD_RICH_ENGLISH: f32 = 0.30;
/// The same for other languages: measured on AEB's Russian pages, 0.30 fired on 84% of
/// kept body paragraphs of 8+ words, 0.25 on 92%, 0.20 on 97% (body text unchanged on AEB
/// and WCXB-dev at both); 0.25 keeps the signal's meaning closest to English.
const STOPWORD_RICH_OTHER: f32 = 0.25;

/// Share of the page's prose the prose core holds at least.
const CORE_SHARE: f64 = 0.8;
/// Characters of prose a page needs before it has a prose core.
const CORE_MIN_CHARS: f64 = 600.0;

/// Chrome names a prose core may inherit without them counting: all but the comment
/// section's (a long comment thread can outweigh the article and still be comments).
fn neutral_hints(set: HintSet) -> HintSet {
    let mut comments = HintSet::default();
    comments.insert(Hint::Comments);
    set.without(set.positives()).without(comments)
}

/// A page's prose core: the smallest element holding [`CORE_SHARE`] of the page's
/// prose, and the chrome landmarks and names it inherits from itself and its ancestors.
struct ProseCore {
    blocks: Range<u32>,
    landmarks: Landmarks,
    hints: HintSet,
}

/// Prose read without any landmark or name: a sentence-like block of 10+ words, lightly
/// linked, not a teaser summary, not markup. Language-independent.
fn is_plain_prose(block: &Block, f: &Features) -> bool {
    f.words >= 10
        && block.context.link_density < 0.3
        && (f.sentences >= 1 || f.ends_like_sentence)
        && !f.teaser
        && !f.markup
}

/// Share of the prose core's plain prose (characters) an element inside it must hold,
/// in [`SECTION_PARAGRAPHS`] paragraphs or more, to be a section of the text.
const SECTION_SHARE: f64 = 0.15;
/// Plain-prose paragraphs a section of the text holds at least.
const SECTION_PARAGRAPHS: u32 = 3;

/// Sections of the text: elements inside the prose core holding [`SECTION_SHARE`] of its
/// prose in [`SECTION_PARAGRAPHS`]+ paragraphs, with the chrome names they carry
/// themselves (`content-nav-section`, a `toc-target`, `with-sidebar`). A block of prose
/// that large names a part of the article whatever its class says; the chrome inside
/// the text (a newsletter box, an author bio, a related card) holds a paragraph or two.
fn prose_sections(prose: &ProsePrefix, elements: &[Element], core: &Range<u32>) -> Vec<ProseCore> {
    let span = |r: &Range<u32>| prose.span(r).unwrap_or((0.0, 0));
    let (total, _) = span(core);
    elements
        .iter()
        .filter(|el| {
            el.blocks.start >= core.start && el.blocks.end <= core.end && el.blocks != *core && {
                let (chars, count) = span(&el.blocks);
                count >= SECTION_PARAGRAPHS && chars >= SECTION_SHARE * total
            }
        })
        .filter_map(|el| {
            let (_, hints) = own_names(el);
            hints.contains(Hint::Navigation).then(|| {
                let mut nav = HintSet::default();
                nav.insert(Hint::Navigation);
                ProseCore::layout(el.blocks.clone(), Landmarks::empty(), nav)
            })
        })
        .collect()
}

/// Share of the page's plain prose (characters) the paragraphs of one class must hold
/// for the class to be the page's paragraph style.
const STYLE_SHARE: usize = 50;
/// Plain-prose paragraphs that must carry a class for it to be a paragraph style.
const STYLE_PARAGRAPHS: u32 = 3;

/// The page's paragraph style: a class carried by the elements of [`STYLE_PARAGRAPHS`]+
/// plain-prose paragraphs holding [`STYLE_SHARE`]% of the page's prose names how the
/// text is set, so the chrome names inside it (`contextmenu` on every `<p>` of a story,
/// a `promo-text` style) are neutral for every block whose element carries it.
fn paragraph_style(blocks: &[Block], feats: &mut [Features], elements: &[Element]) {
    let class_of = |b: &Block| {
        b.context
            .element
            .and_then(|e| elements.get(e as usize))
            .and_then(|el| el.class.as_deref())
    };
    let mut by_class: HashMap<&str, (u32, usize)> = HashMap::default();
    let mut total = 0usize;
    for (block, f) in blocks.iter().zip(feats.iter()) {
        if !is_plain_prose(block, f) {
            continue;
        }
        let chars = block.text.len();
        total += chars;
        if let Some(class) = class_of(block) {
            let entry = by_class.entry(class).or_default();
            entry.0 += 1;
            entry.1 += chars;
        }
    }
    let Some((style, _)) = by_class
        .into_iter()
        .filter(|(_, (n, chars))| *n >= STYLE_PARAGRAPHS && chars * 100 >= total * STYLE_SHARE)
        .max_by_key(|(_, (_, chars))| *chars)
    else {
        return;
    };
    let hints = neutral_hints(crate::rules::hints::hints_of(style));
    if hints.is_empty() {
        return;
    }
    for (block, f) in blocks.iter().zip(feats.iter_mut()) {
        if class_of(block) == Some(style) {
            f.neutral_hints = f.neutral_hints.union(hints);
        }
    }
}

/// Words of plain prose in one block from which teaser and widget names around it are
/// neutral: a recommendation's excerpt or a widget's blurb is a sentence or two.
const LONG_PROSE_WORDS: u32 = 100;

/// A block of [`LONG_PROSE_WORDS`]+ words of plain prose is text, whatever teaser or
/// widget name its wrappers carry: a "read more" expander around a description, a
/// `card` holding the body. (Other names keep counting: a long comment is a comment.)
fn long_prose(blocks: &[Block], feats: &mut [Features]) {
    let mut names = HintSet::default();
    names.insert(Hint::Related);
    names.insert(Hint::Widget);
    for (block, f) in blocks.iter().zip(feats.iter_mut()) {
        if f.words >= LONG_PROSE_WORDS && is_plain_prose(block, f) {
            f.neutral_hints = f.neutral_hints.union(names);
        }
    }
}

/// Link text share from which a block is one linked item (see [`LINKED_LEAD_WORDS`]).
const LINKED_LEAD_DENSITY: f32 = 0.9;
/// A linked item up to this long has its phrases read as a label's, of
/// [`LABEL_WORDS`] words: "(Read also: <a headline of twenty words>)".
const LINKED_LEAD_WORDS: u32 = 30;
/// The length a linked item's phrases are read at: the related-links lead's limit.
const LABEL_WORDS: u32 = 14;

/// Share of the page's blocks an element must hold to be a page-wide wrapper.
const WRAPPER_SHARE: usize = 90;

/// Page-wide wrappers: elements holding [`WRAPPER_SHARE`]% of the page's blocks (an
/// ASP.NET `<form>` around the whole page, a `layout--with-sidebar` shell), with the
/// chrome landmarks and names they carry themselves. Whatever wraps nearly everything
/// names the template, not its content. `<html>` and `<body>` are read so already.
fn page_wrappers(blocks: usize, elements: &[Element]) -> impl Iterator<Item = ProseCore> + '_ {
    elements
        .iter()
        .filter(move |el| {
            blocks >= 4
                && el.blocks.len() * 100 >= blocks * WRAPPER_SHARE
                && el.tag != "html"
                && el.tag != "body"
        })
        .map(|el| {
            let (landmarks, hints) = own_names(el);
            ProseCore::layout(el.blocks.clone(), landmarks, hints)
        })
}

/// Prefix sums of the page's plain prose ([`is_plain_prose`]): characters and paragraphs
/// before each block, so any element's share is two lookups. Built once, read by the
/// prose core and its sections.
struct ProsePrefix {
    chars: Vec<f64>,
    paragraphs: Vec<u32>,
}

impl ProsePrefix {
    fn new(blocks: &[Block], feats: &[Features]) -> ProsePrefix {
        let mut chars = Vec::with_capacity(blocks.len() + 1);
        let mut paragraphs = Vec::with_capacity(blocks.len() + 1);
        let (mut c, mut n) = (0f64, 0u32);
        chars.push(c);
        paragraphs.push(n);
        for (block, f) in blocks.iter().zip(feats) {
            if is_plain_prose(block, f) {
                c += block.text.chars().count() as f64;
                n += 1;
            }
            chars.push(c);
            paragraphs.push(n);
        }
        ProsePrefix { chars, paragraphs }
    }

    /// Plain-prose characters of the whole page.
    fn total(&self) -> f64 {
        self.chars.last().copied().unwrap_or(0.0)
    }

    /// Plain-prose characters and paragraphs of a block range (`None` past the page).
    fn span(&self, r: &Range<u32>) -> Option<(f64, u32)> {
        let (s, e) = (r.start as usize, r.end as usize);
        let chars = self.chars.get(e)? - self.chars.get(s)?;
        let paragraphs = self.paragraphs.get(e)? - self.paragraphs.get(s)?;
        Some((chars, paragraphs))
    }
}

/// Finds the prose core (prefix sums over the blocks; each element O(1), then one walk
/// up from the core). A chrome landmark or name on the core or above it (a page-wide
/// `<form>`, a `<footer>` holding a transcript, a `paywall` wrapper around visible text,
/// `right-rail` on the layout column) describes the page's layout, not the prose in it,
/// so no block inside the core is judged by it.
fn prose_core(prose: &ProsePrefix, elements: &[Element]) -> Option<ProseCore> {
    let total = prose.total();
    if total < CORE_MIN_CHARS {
        return None;
    }
    let mut core: Option<usize> = None;
    for (i, el) in elements.iter().enumerate() {
        let Some((chars, _)) = prose.span(&el.blocks) else {
            continue;
        };
        let tighter = core
            .and_then(|c| elements.get(c))
            .is_none_or(|c| el.blocks.len() <= c.blocks.len());
        if chars >= CORE_SHARE * total && tighter {
            core = Some(i);
        }
    }
    let core = core?;
    let (mut landmarks, mut hints) = (Landmarks::empty(), HintSet::default());
    let mut at = Some(core);
    while let Some(el) = at.and_then(|i| elements.get(i)) {
        let (l, h) = own_names(el);
        (landmarks, hints) = (landmarks.union(l), hints.union(h));
        at = el.parent.map(|p| p as usize);
    }
    Some(ProseCore::layout(
        elements.get(core)?.blocks.clone(),
        landmarks,
        hints,
    ))
}

/// The landmarks of an element's tag and the hints of its `id` and `class`; none for
/// `<html>` and `<body>`, whose names describe the template.
fn own_names(el: &Element) -> (Landmarks, HintSet) {
    if el.tag == "html" || el.tag == "body" {
        return (Landmarks::empty(), HintSet::default());
    }
    let hints = [el.id.as_deref(), el.class.as_deref()]
        .into_iter()
        .flatten()
        .fold(HintSet::default(), |h, name| {
            h.union(crate::rules::hints::hints_of(name))
        });
    (crate::segment::tag_landmarks(&el.tag), hints)
}

impl ProseCore {
    /// A layout element's range with the chrome landmarks and names it makes neutral.
    fn layout(blocks: Range<u32>, landmarks: Landmarks, hints: HintSet) -> ProseCore {
        ProseCore {
            blocks,
            landmarks: landmarks.intersection(CHROME_LANDMARKS.union(Landmarks::HEADER)),
            hints: neutral_hints(hints),
        }
    }
}

/// The element whose blocks hold the most prose net of chrome: score =
/// prose characters - chrome characters, over its block range (prefix sums, so
/// every element costs O(1)). Ties go to the tighter element.
///
/// On a product page, blocks under a customer-reviews name (`reviews`) count against an
/// element as chrome does: a long list of reviews outweighs a product's description,
/// which is the page's text.
fn main_container(
    blocks: &[Block],
    feats: &[Features],
    elements: &[Element],
    stopwords_active: bool,
) -> Option<Range<u32>> {
    if elements.is_empty() {
        return main_run(blocks, feats, stopwords_active);
    }
    let mut prefix = Vec::with_capacity(blocks.len() + 1);
    let mut acc = 0f64;
    prefix.push(acc);
    for (block, f) in blocks.iter().zip(feats) {
        let ctx = &block.context;
        let chars = block.text.chars().count() as f64;
        let chrome = f.customer_review
            || ctx
                .landmarks
                .difference(f.neutral_landmarks)
                .intersects(CHROME_LANDMARKS)
            || has_negative_hint(ctx.near_hints.without(f.neutral_hints))
            || f.teaser;
        let prose = !chrome
            && f.words >= 10
            && ctx.link_density < 0.3
            && (!stopwords_active || f.stopword_density() >= 0.2);
        if prose {
            acc += chars * f64::from(1.0 - ctx.link_density);
        } else if chrome || ctx.link_density >= 0.5 {
            acc -= chars;
        }
        prefix.push(acc);
    }
    let mut best: Option<(f64, Range<u32>)> = None;
    for el in elements {
        let (s, e) = (el.blocks.start as usize, el.blocks.end as usize);
        let (Some(a), Some(b)) = (prefix.get(s), prefix.get(e)) else {
            continue;
        };
        let score = b - a;
        let better = match &best {
            None => true,
            Some((bs, br)) => score > *bs || (score == *bs && el.blocks.len() < br.len()),
        };
        if better {
            best = Some((score, el.blocks.clone()));
        }
    }
    best.filter(|(s, _)| *s > 0.0).map(|(_, r)| r)
}

/// Which blocks sit under an element whose class or id has the token `reviews`
/// (`pdp-reviews`, `product_reviews`, `#reviews`): one pass over the elements' block
/// ranges (a difference array, so nested ranges cost nothing extra).
fn in_reviews(blocks: usize, elements: &[Element]) -> Vec<bool> {
    let named = |name: &Option<Box<str>>| {
        name.as_deref().is_some_and(|n| {
            n.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|t| t.eq_ignore_ascii_case("reviews"))
        })
    };
    let mut depth = vec![0i32; blocks + 1];
    // `<html>` and `<body>` names describe the template (`product-reviews-enabled`).
    let page_wide = |e: &&Element| e.tag == "html" || e.tag == "body";
    for el in elements
        .iter()
        .filter(|e| !page_wide(e) && (named(&e.id) || named(&e.class)))
    {
        let (s, e) = (el.blocks.start as usize, el.blocks.end as usize);
        if s < e && e <= blocks {
            if let Some(d) = depth.get_mut(s) {
                *d += 1;
            }
            if let Some(d) = depth.get_mut(e) {
                *d -= 1;
            }
        }
    }
    let mut acc = 0;
    depth
        .iter()
        .take(blocks)
        .map(|d| {
            acc += d;
            acc > 0
        })
        .collect()
}

/// The main run of a text without markup (the plain-text path): the contiguous blocks
/// with the most prose net of chrome-like lines (maximum-sum run, one pass). Prose
/// counts its characters; a line with a chrome phrase, or a short line that is not a
/// sentence, counts against. What a container does for HTML, position does for text.
fn main_run(blocks: &[Block], feats: &[Features], stopwords_active: bool) -> Option<Range<u32>> {
    let value = |block: &Block, f: &Features| {
        let chars = block.text.chars().count() as f64;
        let prose = f.words >= 10
            && f.phrases == 0
            && (f.ends_like_sentence || f.sentences >= 1)
            && (!stopwords_active || f.stopword_density() >= 0.2);
        if prose {
            chars
        } else if f.phrases != 0 || !f.ends_like_sentence {
            -chars
        } else {
            0.0
        }
    };
    let values: Vec<f64> = blocks.iter().zip(feats).map(|(b, f)| value(b, f)).collect();
    let (mut best, mut best_range) = (0f64, None);
    let (mut acc, mut start) = (0f64, 0usize);
    for (i, v) in values.iter().enumerate() {
        if acc <= 0.0 {
            (acc, start) = (0.0, i);
        }
        acc += v;
        if acc > best {
            best = acc;
            best_range = Some((start, i + 1));
        }
    }
    // Neutral lines (short sentences) next to the run belong to it.
    let (mut start, mut end) = best_range?;
    while start > 0 && values.get(start - 1).is_some_and(|v| *v >= 0.0) {
        start -= 1;
    }
    while values.get(end).is_some_and(|v| *v >= 0.0) {
        end += 1;
    }
    Some(start as u32..end as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_under_a_reviews_name() {
        let el = |tag: &'static str, class: &str, blocks: Range<u32>| Element {
            tag: tag.into(),
            id: None,
            class: Some(class.into()),
            parent: None,
            blocks,
        };
        let elements = [
            el("body", "product-reviews-on", 0..6),
            el("div", "product-info", 0..2),
            el("section", "pdp-reviews_container", 2..5),
            el("div", "review-item", 3..4),
            el("div", "previews", 5..6),
        ];
        assert_eq!(
            in_reviews(6, &elements),
            [false, false, true, true, true, false]
        );
    }

    fn counts(text: &str) -> Features {
        count(text, stopwords::english(), &mut String::new())
    }

    /// The fast loop against the character loop, on every fixture line (all the
    /// bundled languages) and on the edge cases of words, apostrophes and
    /// sentence ends.
    #[test]
    fn word_counts_agree_with_the_character_loop() {
        let lines = crate::rules::matcher::fixture_lines();
        let edge = [
            "don't 'quoted' it's' x'y' '",
            "End.\u{b}Next",
            "A.B. c! d?) e.\" f.'",
            "x.",
            "...",
            "1.5 million",
            "Tab\tsep. new\nline",
            "",
            "'",
            "a'",
            "UPPER lower Mixed 3rd",
            "don’t It’s ’tis café Ünïcode naïve…",
            "日本語の文章です。x",
            "Word’中 a'中",
            "สวัสดีครับ",
            "Straße ΣΊΣΥΦΟΣ",
            "end.” next",
            "end…",
            "¿Qué? ¡Sí!",
        ];
        let mut checked = 0;
        for lang in ["en", "de", "fr", "ja", "zh", "th", "ru", "tr"] {
            let stop = stopwords::for_language(lang).unwrap_or_else(stopwords::english);
            let (mut a, mut b) = (String::new(), String::new());
            for text in lines.iter().map(String::as_str).chain(edge) {
                let fast = count_words(text, stop, &mut a);
                let slow = count_chars(text, stop, &mut b);
                assert_eq!(
                    (fast.words, fast.stopwords, fast.capitalized, fast.sentences),
                    (slow.words, slow.stopwords, slow.capitalized, slow.sentences),
                    "{lang} {text:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 4000);
        assert!(lines.iter().any(|l| !l.is_ascii()));
    }

    #[test]
    fn counting() {
        let f = counts("We hope you're enjoying The Week's journalism. It is good!");
        assert_eq!(f.words, 10);
        assert_eq!(f.stopwords, 5); // we, you're, the, it, is
        assert_eq!(f.capitalized, 4);
        assert_eq!(f.sentences, 2);
        assert!(f.ends_like_sentence);
        let f = counts("Spent Russian artillery shells in Bucha, Ukraine");
        assert!(!f.ends_like_sentence);
        assert_eq!(f.sentences, 0);
        assert!(counts("He said \"yes.\"").ends_like_sentence);
        // Japanese: no spaces, two characters count as one word.
        assert_eq!(counts("これは日本語の文章です。").words, 6);
        assert!(counts("<img height=\"1\" src=\"x\">").markup);
    }

    #[test]
    fn learns_a_repeated_name() {
        let texts = [
            "Subscribe to The Week",
            "Sign up for The Week's Free Newsletters",
            "We hope you're enjoying The Week's journalism.",
            "Russia, Ukraine and North Korea",
        ];
        assert_eq!(learned(&texts).as_deref(), Some("The Week"));
    }

    /// A name that only sentences repeat is the story's subject, not the publisher.
    #[test]
    fn a_name_only_sentences_repeat_is_not_the_publisher() {
        let texts = [
            "Shells from the North",
            "The army of Korea moved its guns to the border overnight.",
            "Officials in Korea said the shelling had stopped by dawn.",
            "Schools near the border in Korea stayed closed on Monday.",
        ];
        assert_eq!(learned(&texts), None);
    }

    fn learned(texts: &[&str]) -> Option<String> {
        let blocks: Vec<Block> = texts
            .iter()
            .map(|t| {
                Block::new(
                    t.to_string(),
                    crate::Structure::Paragraph,
                    Default::default(),
                )
            })
            .collect();
        let feats: Vec<Features> = blocks.iter().map(|b| counts(&b.text)).collect();
        learn_publisher(&blocks, &feats)
    }
}
