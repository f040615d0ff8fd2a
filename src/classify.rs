//! Stage 5: features -> kind, score, reasons, kept.
//!
//! 1. Every block gets the sum of the weights of the rules that fire for it
//!    (`rules`), each recorded as a [`Reason`](crate::Reason).
//! 2. The title is picked (the block matching `<title>`/`og:title`, or the
//!    first headline-like line of a text).
//! 3. Blocks scoring clearly either way are decided; the uncertain ones between
//!    take their side from their nearest decided neighbours (jusText's context
//!    rule): chrome on both sides makes chrome, body on both sides makes body.
//!    How clearly is the [`Focus`]'s: it sets both thresholds and shifts the
//!    minimum score a block needs to be kept.
//! 4. Headings are kept when body follows them, before the next heading.
//! 5. The kind of a dropped block is the kind step's (`kinds`): the evidence for
//!    each kind, the most specific first; the score never depends on it.
//! 6. The keep/drop toggles (captions, credits, comments, tables) change only the
//!    kept flag, never a kind or a score.

use crate::Focus;
use crate::document::{Block, Element, Kind, Landmarks, Structure};
use crate::evidence::{self, ArticleBody};
use crate::features::{Features, PageFeatures};
use crate::kinds;
use crate::rules::hints::{self, Hint};
use crate::rules::signals as sig;
use crate::rules::{Rule, phrases};
use crate::segment::PageFacts;

/// Share of the page's plain prose the main container holds below which the page's text
/// is spread over sections (C014). Fitted on the tune half: 0.3 0.8106, 0.5 0.8128,
/// 0.6 0.8137, 0.7 0.8143 (but AEB lower).
const SPREAD_SHARE: f32 = 0.6;

/// Blocks with fewer words are decided body only by their neighbours.
const SHORT_WORDS: u32 = 8;

/// Scores at or beyond these are decided before smoothing (with [`Focus::Balanced`]).
const GOOD: f32 = 2.0;
const BAD: f32 = -2.0;

/// Classification options (a subset of the cleaner's).
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub min_score: f32,
    pub focus: Focus,
    pub keep_headings: bool,
    pub keep_captions: bool,
    pub keep_credits: bool,
    pub keep_comments: bool,
    pub keep_tables: bool,
    /// The second reading of a thin page ([`is_thin`]), over blocks the first reading
    /// classified: without the rules that read a block by its neighbours alone (C005;
    /// C001 for a block with no chrome evidence of its own) or by the repeated cards
    /// around it (C006), since when nothing is body every neighbour reads as chrome and
    /// each block pulls the next one down; inside the page's `<main>`, dialog and aside
    /// landmarks and modal and sidebar names are neutral (a product's details in a
    /// drawer or a modal). What it keeps that the first reading did not carries C015.
    pub thin_reading: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_score: 0.0,
            focus: Focus::Balanced,
            keep_headings: true,
            keep_captions: false,
            keep_credits: false,
            keep_comments: false,
            keep_tables: true,
            thin_reading: false,
        }
    }
}

/// The thresholds a [`Focus`] sets (documented on [`Focus`]).
#[derive(Debug, Clone, Copy)]
struct Bar {
    /// A block scoring at or above this (with enough words) is decided body before smoothing.
    good: f32,
    /// A block scoring at or below this is decided chrome before smoothing.
    bad: f32,
    /// Added to the cleaner's minimum score.
    min_shift: f32,
}

impl Bar {
    fn of(focus: Focus) -> Bar {
        match focus {
            Focus::Precision => Bar {
                good: GOOD,
                bad: BAD + 1.0,
                min_shift: 1.0,
            },
            Focus::Balanced => Bar {
                good: GOOD,
                bad: BAD,
                min_shift: 0.0,
            },
            Focus::Recall => Bar {
                good: GOOD - 1.0,
                bad: BAD,
                min_shift: -1.0,
            },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Good,
    Bad,
    Uncertain,
}

struct Scored {
    score: f32,
    /// Kind of the most negative chrome rule fired, with its weight.
    chrome: Option<(Kind, f32)>,
}

fn fire(block: &mut Block, s: &mut Scored, rule: &'static Rule) {
    block.reasons.push(rule.reason());
    s.score += rule.weight;
    if let Some(kind) = rule.kind
        && rule.weight < 0.0
        && s.chrome.is_none_or(|(_, w)| rule.weight < w)
    {
        s.chrome = Some((kind, rule.weight));
    }
}

/// Whether the page kept (almost) no body, even after the verdict kept a listing's
/// items or a forum's posts: under [`THIN_WORDS`] words in kept body blocks.
pub(crate) fn is_thin(blocks: &[Block], feats: &[Features]) -> bool {
    let words: u32 = blocks
        .iter()
        .zip(feats)
        .filter(|(b, _)| b.kept && b.kind == Kind::Body)
        .map(|(_, f)| f.words)
        .sum();
    words < THIN_WORDS
}

/// Kept body words under which a page is read again without the context rules. Fitted
/// on the tune half: 10 and 25 0.8332, 50 0.8335, 100 0.8334.
const THIN_WORDS: u32 = 50;

/// Page areas outside the article's text, where an image credit credits nothing in the
/// article (S013 needs the caption and the credit in the same one).
const FURNITURE: Landmarks = Landmarks::FOOTER
    .union(Landmarks::NAV)
    .union(Landmarks::ASIDE)
    .union(Landmarks::HEADER);

/// Classifies every block in place.
pub(crate) fn classify(
    blocks: &mut [Block],
    elements: &[Element],
    feats: &[Features],
    page: &PageFeatures,
    facts: &PageFacts,
    article_body: Option<&ArticleBody>,
    opts: &Options,
) {
    let thin = opts.thin_reading;
    // The second reading starts from the blocks as segmented, remembering what the
    // first kept (what it adds carries C015).
    let first_kept: Vec<bool> = if thin {
        let kept = blocks.iter().map(|b| b.kept).collect();
        for b in blocks.iter_mut() {
            b.reasons.clear();
            b.kind = Kind::Other;
            b.score = 0.0;
            b.kept = false;
        }
        kept
    } else {
        Vec::new()
    };
    let bar = Bar::of(opts.focus);
    let min_score = opts.min_score + bar.min_shift;
    let mut scored: Vec<Scored> = Vec::with_capacity(blocks.len());
    let no_main = !blocks
        .iter()
        .any(|b| b.context.landmarks.contains(Landmarks::MAIN));
    let title = find_title(blocks, feats, facts);
    for (i, (block, f)) in blocks.iter_mut().zip(feats).enumerate() {
        // Without a <main>, a wrapper named like the content stands for it (C014), from
        // the title on: what comes before the headline is the page's header matter.
        let content_wrapper = no_main && title.is_none_or(|t| i > t);
        let mut s = Scored {
            score: 0.0,
            chrome: None,
        };
        score_block(block, f, page, thin, content_wrapper, &mut s);
        // The publisher's own copy of the article vouches for the block.
        if let Some(body) = article_body
            && f.words >= evidence::MIN_BLOCK_WORDS
            && body.covers(&block.text)
        {
            fire(block, &mut s, &sig::IN_ARTICLE_BODY);
        }
        scored.push(s);
    }
    // Caption before an image credit: needs the next block's phrase hits.
    for i in 1..blocks.len() {
        let credit = feats
            .get(i)
            .is_some_and(|f| hits_kind(f, Kind::ImageCredit));
        let prev_short = feats
            .get(i - 1)
            .is_some_and(|f| f.words <= 30 && !hits_kind(f, Kind::ImageCredit));
        // The credit must sit where the block does: a licence line in the footer credits
        // no paragraph or code block above it in the article.
        let credit_area = blocks.get(i).map_or(Landmarks::empty(), |b| {
            b.context.landmarks.intersection(FURNITURE)
        });
        if credit
            && prev_short
            && let (Some(b), Some(s)) = (blocks.get_mut(i - 1), scored.get_mut(i - 1))
            && !matches!(
                b.structure,
                Structure::Heading { .. } | Structure::Preformatted
            )
            && b.context.landmarks.intersection(FURNITURE) == credit_area
        {
            fire(b, s, &sig::BEFORE_CREDIT);
        }
    }

    // A short heading that names a chrome section ("You may also like", "Most
    // popular") is chrome, and so is what it heads: the blocks after it, up to the
    // next heading, inside the heading's parent container.
    let mut chrome_heading = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let section = blocks.get(i).zip(feats.get(i)).and_then(|(b, f)| {
            let heading = matches!(b.structure, Structure::Heading { .. }) && Some(i) != title;
            let kind = phrase_kind(f).filter(|_| heading && f.words <= 6)?;
            let parent = b
                .context
                .element
                .and_then(|e| elements.get(e as usize))
                .and_then(|e| e.parent);
            let end = parent
                .and_then(|p| elements.get(p as usize))
                .map_or(blocks.len(), |p| p.blocks.end as usize);
            Some((kind, end))
        });
        let Some((kind, end)) = section else {
            i += 1;
            continue;
        };
        if let Some(flag) = chrome_heading.get_mut(i) {
            *flag = true;
        }
        let mut j = i + 1;
        while j < end.min(blocks.len()) {
            let Some(b) = blocks.get_mut(j) else { break };
            if matches!(b.structure, Structure::Heading { .. }) || Some(j) == title {
                break;
            }
            if let Some(s) = scored.get_mut(j) {
                fire(b, s, &sig::UNDER_CHROME_HEADING);
                if s.chrome.is_none_or(|(k, _)| k == Kind::Other) {
                    s.chrome = Some((kind, sig::UNDER_CHROME_HEADING.weight));
                }
            }
            j += 1;
        }
        i = j;
    }
    if let Some(t) = title
        && let (Some(b), Some(s)) = (blocks.get_mut(t), scored.get_mut(t))
    {
        fire(b, s, &sig::TITLE);
    }

    let is_heading = |b: &Block| matches!(b.structure, Structure::Heading { .. });
    // Short blocks are never decided body on their own (jusText's "short" class):
    // inside an article container they score high on the container alone.
    let class: Vec<Class> = blocks
        .iter()
        .zip(&scored)
        .zip(feats)
        .enumerate()
        .map(|(i, ((b, s), f))| {
            if Some(i) == title || is_heading(b) {
                Class::Uncertain
            } else if s.score >= bar.good && f.words >= SHORT_WORDS {
                Class::Good
            } else if s.score <= bar.bad {
                Class::Bad
            } else {
                Class::Uncertain
            }
        })
        .collect();

    let mut class = class;
    structures_in_body(blocks, elements, &mut scored, &mut class);

    // Context smoothing over the uncertain blocks (headings and the title are
    // neither used as neighbours nor smoothed).
    let decided = |i: usize| class.get(i).copied().filter(|c| *c != Class::Uncertain);
    let mut prev: Option<usize> = None;
    // For each block, the nearest decided block after it.
    let mut next_decided: Vec<Option<usize>> = Vec::with_capacity(blocks.len());
    let mut nxt = None;
    for i in (0..blocks.len()).rev() {
        next_decided.push(nxt);
        if decided(i).is_some() {
            nxt = Some(i);
        }
    }
    next_decided.reverse();
    for i in 0..blocks.len() {
        if decided(i).is_some() {
            prev = Some(i);
            continue;
        }
        let Some(block) = blocks.get(i) else { continue };
        if Some(i) == title || is_heading(block) {
            continue;
        }
        let before = prev.and_then(decided);
        let after = next_decided.get(i).copied().flatten().and_then(decided);
        let rule = match (before, after) {
            // Strong prose with no chrome evidence of its own is not flipped by what
            // surrounds it (a section between two logo strips is still the page's text).
            // Nor is a run of undecided lines in the main container (a feature list).
            // On a thin page's second reading only a block with chrome evidence of its
            // own takes its neighbours' side.
            (Some(Class::Bad), Some(Class::Bad))
                if scored.get(i).is_some_and(|s| s.chrome.is_some())
                    || !thin
                        && !feats.get(i).is_some_and(|f| {
                            strong_prose(f)
                                || f.in_main == Some(true)
                                    && gap_between(prev, next_decided.get(i).copied().flatten())
                                        >= MAIN_RUN_BLOCKS
                        }) =>
            {
                Some(&sig::BETWEEN_CHROME)
            }
            // The page's trailing matter: after the last body block, only chrome follows.
            (Some(Class::Bad), None) if !thin && scored.get(i).is_some_and(|s| s.score < 1.0) => {
                Some(&sig::AFTER_CHROME_TAIL)
            }
            // A figure's caption between body paragraphs is still a caption.
            (Some(Class::Good), Some(Class::Good)) if !is_figcaption(block, scored.get(i)) => {
                Some(&sig::BETWEEN_BODY)
            }
            // At the document's edge a block with no chrome evidence at all follows its
            // only decided neighbour if that is body, and with none it is body: nothing
            // says otherwise, and dropping it would lose text silently.
            (None, Some(Class::Good)) | (Some(Class::Good), None) | (None, None)
                if scored.get(i).is_some_and(|s| s.chrome.is_none()) =>
            {
                Some(&sig::EDGE_OF_BODY)
            }
            _ => None,
        };
        if let (Some(rule), Some(b), Some(s)) = (rule, blocks.get_mut(i), scored.get_mut(i)) {
            fire(b, s, rule);
            // A chrome block's kind spreads to its uncertain neighbour.
            if rule.weight < 0.0 && s.chrome.is_none_or(|(k, _)| k == Kind::Other) {
                let neighbour = prev
                    .filter(|_| before == Some(Class::Bad))
                    .or(next_decided.get(i).copied().flatten());
                if let Some((k, w)) = neighbour.and_then(|n| scored_kind(&scored, n))
                    && let Some(s) = scored.get_mut(i)
                {
                    s.chrome = Some((k, w));
                }
            }
        }
    }

    let dropped_cell = |b: &Block| !opts.keep_tables && b.context.cell.is_some();
    // Blocks dropped on their score, which the keep toggles may take back by kind.
    let mut toggled = vec![false; blocks.len()];
    // Decide body blocks first; headings look at what follows them.
    for (i, (block, s)) in blocks.iter_mut().zip(&scored).enumerate() {
        block.score = s.score;
        if Some(i) == title {
            block.kind = Kind::Title;
            block.kept = true;
        } else if is_heading(block) {
            block.kind = Kind::Heading; // provisional, settled below
        } else if s.score >= min_score {
            block.kind = Kind::Body;
            block.kept = true;
        } else if min_score <= 0.0
            && page.english
            && block.context.element.is_some()
            && plain_in_main(block)
        {
            block.reasons.push(sig::PLAIN_IN_MAIN.reason());
            block.kind = Kind::Body;
            block.kept = true;
        } else {
            // Provisional: the kind step below names the chrome.
            block.kind = s.chrome.map_or(Kind::Other, |(k, _)| k);
            block.kept = false;
            if let Some(t) = toggled.get_mut(i) {
                *t = true;
            }
        }
        // Without tables a data table's cells are dropped whatever they were decided
        // (the kind stays what the classifier said).
        if dropped_cell(block) && Some(i) != title {
            block.kept = false;
        }
    }
    for i in 0..blocks.len() {
        let Some(block) = blocks.get(i) else { continue };
        if block.kind != Kind::Heading {
            continue;
        }
        // Its section runs to the next heading of its level or above: a deeper heading
        // opens a subsection of it ("Plans", then "Basic" and "Pro" with their text).
        let level = heading_level(block);
        let followed_by_body = blocks
            .get(i + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| {
                b.kind != Kind::Title && !(b.kind == Kind::Heading && heading_level(b) <= level)
            })
            .take(6)
            .any(|b| b.kept && b.kind == Kind::Body);
        let in_main = feats.get(i).is_none_or(|f| f.in_main != Some(false))
            || block
                .reasons
                .iter()
                .any(|r| r.code == sig::SPREAD_MAIN.code);
        let score = scored.get(i).map_or(0.0, |s| s.score);
        let names_chrome = chrome_heading.get(i).copied().unwrap_or(false);
        let keep = opts.keep_headings
            && followed_by_body
            && in_main
            && !names_chrome
            && score > bar.bad - 1.0
            && !dropped_cell(block);
        let chrome = scored
            .get(i)
            .and_then(|s| s.chrome)
            .map_or(Kind::Other, |(k, _)| k);
        if let Some(block) = blocks.get_mut(i) {
            block.kept = keep;
            if !(keep || followed_by_body && in_main && !opts.keep_headings) {
                block.kind = chrome;
            }
        }
    }
    // Which chrome each dropped block is: its own evidence, most specific first (`kinds`).
    let chrome: Vec<bool> = blocks
        .iter()
        .map(|b| !b.kept && b.kind.is_chrome())
        .collect();
    let provisional: Vec<Kind> = blocks.iter().map(|b| b.kind).collect();
    kinds::assign(blocks, elements, feats, &chrome, &provisional);
    for (block, toggled) in blocks.iter_mut().zip(toggled) {
        if toggled && !dropped_cell(block) {
            block.kept = match block.kind {
                Kind::Caption => opts.keep_captions,
                Kind::ImageCredit => opts.keep_credits,
                Kind::Comments => opts.keep_comments,
                _ => false,
            };
        }
    }
    if opts.keep_comments {
        keep_comment_sections(blocks, elements, &dropped_cell);
    }
    for (b, was_kept) in blocks.iter_mut().zip(first_kept) {
        if b.kept && !was_kept {
            b.reasons.push(sig::THIN_PAGE.reason());
        }
    }
}

/// `keep_comments`: keeps every block of a comment section, whatever its kind (the
/// comments' text often reads as related links or bylines). A comment section is an
/// element whose `class` or `id` is named like one ([`Hint::Comments`]) and that holds
/// no kept body block (so a page wrapper named `comments-open` is not one). Linear:
/// elements come in document order, an outer section covers its inner ones.
fn keep_comment_sections(
    blocks: &mut [Block],
    elements: &[Element],
    dropped_cell: &dyn Fn(&Block) -> bool,
) {
    // Kept body blocks before each block.
    let mut body_before = Vec::with_capacity(blocks.len() + 1);
    let mut n = 0u32;
    body_before.push(0);
    for b in blocks.iter() {
        n += u32::from(b.kept && b.kind == Kind::Body);
        body_before.push(n);
    }
    let mut covered = 0usize;
    for e in elements {
        let (start, end) = (e.blocks.start as usize, e.blocks.end as usize);
        if end <= covered || start >= end {
            continue;
        }
        let named = [e.id.as_deref(), e.class.as_deref()]
            .into_iter()
            .flatten()
            .any(|name| hints::hints_of(name).contains(Hint::Comments));
        let body = body_before.get(end).zip(body_before.get(start));
        if !named || body.is_none_or(|(after, before)| after > before) {
            continue;
        }
        for b in blocks.get_mut(start.max(covered)..end).unwrap_or_default() {
            if b.kind != Kind::Title && !dropped_cell(b) {
                b.kept = true;
            }
        }
        covered = end;
    }
}

/// Data tables and lists follow their place in the page: cells and items are short, so
/// on their own they look like a widget; between body paragraphs they are the article's
/// data. The blocks it lifts count as decided body for the smoothing that follows.
fn structures_in_body(
    blocks: &mut [Block],
    elements: &[Element],
    scored: &mut [Scored],
    class: &mut [Class],
) {
    // A table's cells share its index; a list's items share the list element (the parent
    // of each item's element).
    let table = |b: &Block| b.context.cell.map(|c| c.table);
    let list = |b: &Block| {
        let item = b.context.item?;
        elements.get(item.element as usize)?.parent
    };
    in_body(blocks, scored, class, &table, &sig::TABLE_IN_BODY);
    in_body(blocks, scored, class, &list, &sig::LIST_IN_BODY);
}

/// One kind of structure for [`structures_in_body`]: runs of blocks with the same `key`.
fn in_body(
    blocks: &mut [Block],
    scored: &mut [Scored],
    class: &mut [Class],
    key: &dyn Fn(&Block) -> Option<u32>,
    rule: &'static Rule,
) {
    let mut i = 0;
    while i < blocks.len() {
        let Some(group) = blocks.get(i).and_then(key) else {
            i += 1;
            continue;
        };
        let end = blocks
            .get(i..)
            .unwrap_or_default()
            .iter()
            .position(|b| key(b) != Some(group))
            .map_or(blocks.len(), |n| i + n);
        // The nearest decided blocks outside the structure.
        let before = (0..i)
            .rev()
            .find_map(|j| class.get(j).copied().filter(|c| *c != Class::Uncertain));
        let after = (end..blocks.len())
            .find_map(|j| class.get(j).copied().filter(|c| *c != Class::Uncertain));
        let placed = before == Some(Class::Good)
            || (after == Some(Class::Good) && before != Some(Class::Bad));
        let members = blocks.get(i..end).unwrap_or_default();
        let linked = members
            .iter()
            .filter(|b| b.context.link_density > 0.5)
            .count();
        if placed && linked * 2 < members.len() {
            for j in i..end {
                // Dates and names are what tables and lists hold; other chrome evidence counts.
                let evidence = scored.get(j).is_some_and(|s| {
                    s.chrome
                        .is_some_and(|(k, _)| !matches!(k, Kind::Other | Kind::Byline))
                });
                if let (Some(b), Some(s), Some(c)) =
                    (blocks.get_mut(j), scored.get_mut(j), class.get_mut(j))
                    && !evidence
                    && *c != Class::Good
                {
                    fire(b, s, rule);
                    *c = Class::Good;
                }
            }
        }
        i = end;
    }
}

/// Undecided blocks in a row, inside the main container, from which chrome on both
/// sides does not flip them: a list of feature lines is the page's; one stray line
/// ("Advertisement" in a language without the phrase) is still chrome's.
const MAIN_RUN_BLOCKS: usize = 3;

/// Blocks strictly between two decided blocks (or the document's edges).
fn gap_between(prev: Option<usize>, next: Option<usize>) -> usize {
    match (prev, next) {
        (Some(p), Some(n)) => n.saturating_sub(p + 1),
        _ => usize::MAX,
    }
}

/// Prose that needs no neighbour to read as text: 20+ words ending like a sentence.
/// No stopwords involved, so it holds in every language.
fn strong_prose(f: &Features) -> bool {
    f.words >= 20 && f.ends_like_sentence
}

/// A `<figcaption>` that a rule already named a caption or credit.
fn is_figcaption(block: &Block, scored: Option<&Scored>) -> bool {
    block.context.landmarks.contains(Landmarks::FIGCAPTION)
        && scored
            .and_then(|s| s.chrome)
            .is_some_and(|(k, _)| matches!(k, Kind::Caption | Kind::ImageCredit))
}

fn scored_kind(scored: &[Scored], i: usize) -> Option<(Kind, f32)> {
    scored.get(i).and_then(|s| s.chrome)
}

/// The chrome kind of the first phrase rule that fired for a block.
fn phrase_kind(f: &Features) -> Option<Kind> {
    phrases::TABLE
        .iter()
        .enumerate()
        .find(|(i, _)| f.phrases & (1 << i) != 0)
        .and_then(|(_, p)| p.rule.kind)
}

/// Whether a phrase rule of `kind` fired for the block.
fn hits_kind(f: &Features, kind: Kind) -> bool {
    hits_any_kind(f, &[kind])
}

/// Whether a phrase rule of any of `kinds` fired for the block (one walk of the table).
pub(crate) fn hits_any_kind(f: &Features, kinds: &[Kind]) -> bool {
    f.phrases != 0
        && phrases::TABLE.iter().enumerate().any(|(i, p)| {
            f.phrases & (1 << i) != 0 && p.rule.kind.is_some_and(|k| kinds.contains(&k))
        })
}

/// Near-hint rules whose names never wrap article text (subscribe, newsletter,
/// related, advertisement, promo, cookie, comments).
const EVIDENCE_HINTS: [&str; 7] = ["H004", "H005", "H006", "H008", "H009", "H010", "H011"];

/// The landmark each structure rule fires for.
const LANDMARK_RULES: [(Landmarks, &Rule); 13] = [
    (Landmarks::NAV, &sig::IN_NAV),
    (Landmarks::FOOTER, &sig::IN_FOOTER),
    (Landmarks::HEADER, &sig::IN_HEADER),
    (Landmarks::ASIDE, &sig::IN_ASIDE),
    (Landmarks::FIGURE, &sig::IN_FIGURE),
    (Landmarks::FORM, &sig::IN_FORM),
    (Landmarks::BUTTON, &sig::IN_BUTTON),
    (Landmarks::DIALOG, &sig::IN_DIALOG),
    (Landmarks::ARTICLE, &sig::IN_ARTICLE),
    (Landmarks::MAIN, &sig::IN_MAIN_TAG),
    (Landmarks::ARTICLE_BODY, &sig::ARTICLE_BODY_PROP),
    (Landmarks::ADDRESS, &sig::IN_ADDRESS),
    (Landmarks::QUOTE, &sig::IN_QUOTE),
];

/// Fires every independent rule for one block.
fn score_block(
    block: &mut Block,
    f: &Features,
    page: &PageFeatures,
    thin: bool,
    content_wrapper: bool,
    s: &mut Scored,
) {
    let ctx = block.context.clone();
    let heading = matches!(block.structure, Structure::Heading { .. });
    let list_item = matches!(block.structure, Structure::ListItem { .. });

    // Text shape.
    if !heading {
        match f.words {
            0..=4 => fire(block, s, &sig::VERY_SHORT),
            5..=9 => fire(block, s, &sig::SHORT),
            _ => {}
        }
        if f.words >= 20 {
            fire(block, s, &sig::MEDIUM);
        }
        if f.words >= 40 {
            fire(block, s, &sig::LONG);
        }
        if f.words >= 80 {
            fire(block, s, &sig::VERY_LONG);
        }
        if !f.ends_like_sentence && block.structure != Structure::Preformatted && !list_item {
            fire(block, s, &sig::NO_END_PUNCT);
        }
        if page.stopwords_active {
            let d = f.stopword_density();
            if f.words >= 8 && d >= page.stopword_rich {
                fire(block, s, &sig::STOPWORD_RICH);
            } else if f.words >= 5 && d < 0.15 && block.structure != Structure::Preformatted {
                fire(block, s, &sig::STOPWORD_POOR);
            }
        }
        if f.sentences >= 2 {
            fire(block, s, &sig::SENTENCES);
        }
        if f.words >= 3 && f.capitalized * 10 >= f.words * 7 && f.stopwords * 5 < f.words {
            fire(block, s, &sig::TITLE_CASE);
        }
        if list_item {
            fire(block, s, &sig::LIST_ITEM);
        }
    }

    // Links (a definition's term links to its own page, a heading to its own anchor:
    // that is no link list).
    let self_anchor =
        matches!(block.structure, Structure::Heading { .. }) && block.jumps_within_page();
    let link_density = if f.term || self_anchor {
        0.0
    } else {
        ctx.link_density
    };
    if link_density >= 0.5 {
        fire(block, s, &sig::LINK_HEAVY);
    } else if link_density >= 0.25 {
        fire(block, s, &sig::LINK_SOME);
    }

    // Landmarks (`<time>` is not one: a block made only of it is caught as a dateline);
    // those the page's prose core inherits say nothing of its blocks.
    let lm = ctx.landmarks.difference(f.neutral_landmarks);
    // A thin page's second reading: a drawer or pop-up inside the page's <main> (a
    // product's details in an accordion sheet or a modal) holds the page's own text.
    let drawer = thin && ctx.landmarks.contains(Landmarks::MAIN);
    let lm = if drawer {
        lm.difference(Landmarks::DIALOG | Landmarks::ASIDE)
    } else {
        lm
    };
    for (flag, rule) in LANDMARK_RULES {
        if lm.contains(flag) {
            fire(block, s, rule);
        }
    }
    if ctx.after_media
        && f.words <= 25
        && !f.ends_like_sentence
        && !heading
        && !lm.contains(Landmarks::FIGURE)
    {
        fire(block, s, &sig::UNDER_MEDIA);
    }

    // Class/id hints: near ones at full weight; further ones only where no near one fired.
    if ctx.landmarks.intersects(f.neutral_landmarks)
        || !ctx
            .near_hints
            .union(ctx.far_hints)
            .without(f.neutral_hints.complement())
            .is_empty()
    {
        fire(block, s, &sig::IN_PROSE_CORE);
    }
    let mut neutral_hints = f.neutral_hints;
    if drawer {
        neutral_hints.insert(Hint::Modal);
        neutral_hints.insert(Hint::Sidebar);
    }
    let (near_hints, far_hints) = (
        ctx.near_hints.without(neutral_hints),
        ctx.far_hints.without(neutral_hints),
    );
    for (hint, near, far) in hints::RULES {
        if near_hints.contains(*hint) {
            fire(block, s, near);
        } else if far_hints.contains(*hint) && *hint != Hint::Content {
            fire(block, s, far);
        }
    }

    // Main container.
    match f.in_main {
        Some(true) => fire(block, s, &sig::IN_MAIN),
        // A page whose prose is spread over sections (under SPREAD_SHARE of it in the
        // main container): the sections inside its <main> are content too.
        // Without a <main>, a wrapper named like the content (from the title on, and not
        // a line right under an image) stands for it.
        Some(false)
            if (lm.contains(Landmarks::MAIN)
                || content_wrapper
                    && !ctx.after_media
                    && ctx.far_hints.contains(Hint::Content))
                && page.main_prose_share < SPREAD_SHARE =>
        {
            fire(block, s, &sig::SPREAD_MAIN);
        }
        // Plain text: outside the main run, a position, not a kind of chrome.
        Some(false) if ctx.element.is_none() => fire(block, s, &sig::OUTSIDE_RUN),
        Some(false) => fire(block, s, &sig::OUTSIDE_MAIN),
        None => {}
    }

    // Phrases.
    for (i, p) in phrases::TABLE.iter().enumerate() {
        if f.phrases & (1 << i) != 0 {
            fire(block, s, &p.rule);
        }
    }

    // Phrases and near names are direct evidence of chrome; container signals are not
    // evidence of body, so on a short block the former must win. Only names that never
    // wrap article text count: "social" wraps embedded posts, "paywall" the paywalled
    // half of the article, "byline" an author box with prose.
    let evidence: f32 = block
        .reasons
        .iter()
        .filter(|r| r.code.starts_with('P') || EVIDENCE_HINTS.contains(&r.code))
        .map(|r| r.weight.min(0.0))
        .sum();
    if f.words < 40 && evidence <= -2.5 {
        fire(block, s, &sig::CHROME_EVIDENCE);
    }

    // Context that needs no neighbours.
    if f.duplicate {
        fire(block, s, &sig::DUPLICATE);
    }
    if f.teaser && !thin {
        fire(block, s, &sig::TEASER);
    }
    if f.markup {
        fire(block, s, &sig::MARKUP);
    }
    if f.mentions_publisher {
        fire(block, s, &sig::PUBLISHER);
    }
    if f.customer_review {
        fire(block, s, &sig::CUSTOMER_REVIEW);
    }
}

/// A line in the main container with no evidence against it but its shape (rule M004):
/// every reason that lowered its score is a length, sentence-end or title-case signal.
fn plain_in_main(block: &Block) -> bool {
    const SHAPE: [&str; 4] = [
        sig::VERY_SHORT.code,
        sig::SHORT.code,
        sig::NO_END_PUNCT.code,
        sig::TITLE_CASE.code,
    ];
    block.reasons.iter().any(|r| r.code == sig::IN_MAIN.code)
        && block
            .reasons
            .iter()
            .all(|r| r.weight >= 0.0 || SHAPE.contains(&r.code))
}

/// Picks the title block: the heading (or early short line) most like the page title;
/// for plain text, the first line when it looks like a headline.
fn find_title(blocks: &[Block], feats: &[Features], facts: &PageFacts) -> Option<usize> {
    let wanted: Vec<&str> = [facts.og_title.as_deref(), facts.title.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let is_html = blocks.iter().any(|b| b.context.element.is_some());
    if !is_html {
        let (first, f) = blocks.first().zip(feats.first())?;
        let looks = f.words >= 1
            && f.words <= 30
            && !first.text.trim_end().ends_with('.')
            && f.phrases == 0;
        return looks.then_some(0);
    }
    let titles: Vec<Vec<String>> = wanted
        .iter()
        .map(|t| lower_words(t))
        .filter(|w| !w.is_empty())
        .collect();
    let mut best: Option<(f32, usize)> = None;
    for (i, (b, f)) in blocks.iter().zip(feats).enumerate() {
        let level = heading_level(b);
        if f.words == 0
            || f.words > 40
            || b.context
                .landmarks
                .intersects(Landmarks::NAV | Landmarks::FOOTER)
            || b.links_home()
        {
            continue;
        }
        // Cheap prefilter before any allocation: the first word must be in a title.
        let first = b
            .text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        // Title words are lower case; only a non-ASCII word needs lower-casing.
        let same = |w: &str| {
            w.eq_ignore_ascii_case(first) || (!first.is_ascii() && *w == first.to_lowercase())
        };
        if !titles.iter().any(|t| t.iter().any(|w| same(w))) {
            continue;
        }
        let words = lower_words(&b.text);
        let sim = titles
            .iter()
            .map(|t| similarity(&words, t))
            .fold(0.0f32, f32::max);
        let bonus = match level {
            1 => 0.15,
            2 => 0.05,
            NOT_A_HEADING => -0.1,
            _ => 0.0,
        };
        let score = sim + bonus;
        if sim >= 0.6 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    if let Some((_, i)) = best {
        return Some(i);
    }
    // No match with the page title: the first <h1> that is not in page chrome.
    blocks.iter().position(|b| {
        matches!(b.structure, Structure::Heading { level: 1 })
            && !b
                .context
                .landmarks
                .intersects(Landmarks::NAV | Landmarks::FOOTER | Landmarks::ASIDE)
    })
}

/// [`heading_level`] of a block without heading markup: below every `<h1>`-`<h6>`.
const NOT_A_HEADING: u8 = 7;

/// The level of a heading block (`<h1>` is 1); a block without heading markup (a
/// paragraph, or a line read as a heading) is [`NOT_A_HEADING`], the deepest.
fn heading_level(block: &Block) -> u8 {
    match block.structure {
        Structure::Heading { level } => level,
        _ => NOT_A_HEADING,
    }
}

/// Lower-cased alphanumeric words.
fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of the candidate's words found in the title, times the square root of the
/// share of the title it covers (so "Home" does not match "Home prices soar").
fn similarity(c: &[String], t: &[String]) -> f32 {
    if c.is_empty() || t.is_empty() {
        return 0.0;
    }
    let in_title = c.iter().filter(|w| t.contains(w)).count() as f32 / c.len() as f32;
    let covered = t.iter().filter(|w| c.contains(w)).count() as f32 / t.len() as f32;
    in_title * covered.min(1.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_similarity() {
        let sim = |a: &str, b: &str| similarity(&lower_words(a), &lower_words(b));
        assert!(sim("Russia buys shells", "Russia buys shells | The Week") >= 0.75);
        assert!(sim("Home", "Home prices soar in spring") < 0.6);
        assert!(sim("Unrelated words here", "Russia buys shells") < 0.1);
    }
}
