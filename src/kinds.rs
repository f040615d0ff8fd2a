//! Stage 5b: the kind of each dropped block.
//!
//! Whether a block is body is the score's decision (`classify`); which chrome a dropped
//! block is comes from the evidence for each kind, the most specific first
//! ([`rules::kinds`](crate::rules::kinds)): a phrase of the kind, then a container's
//! name (near before far), then the block's shape (what its link looks like, an image
//! above it), then its place (nav, footer, aside), then the kind of its run of blocks,
//! then link density. A cue this step reads itself is recorded as a zero-weight `K…`
//! reason, so a block's kind always follows from its reasons. Nothing here changes a
//! score or a kept flag.
//!
//! Linear: one pass over the blocks for their own evidence, prefix sums per kind for the
//! runs' tallies, one pass to settle the blocks that have no evidence of their own.

use crate::Reason;
use crate::document::{Block, Element, Kind, Landmarks, SpanKind, Structure};
use crate::features::Features;
use crate::rules::hints::Hint;
use crate::rules::kinds::{FIGURE_CUES, TEXT_CUES, TIERS, Tier, cues, evidence_of, text_cues};

/// A link item this short (in words) reads as a menu item.
const MENU_WORDS: u32 = 3;
/// A link item this long (in words) reads as a teaser's headline.
const TEASER_WORDS: u32 = 5;
/// A figure's copyright line is short.
const CREDIT_WORDS: u32 = 12;
/// A list whose items are mostly short links (at least this many items) is a menu.
const MENU_ITEMS: u32 = 3;
/// A footer paragraph this long (in words) is prose, not a label.
const BLURB_WORDS: u32 = 20;
/// A figure caption this short (in words), without a digit or a sentence end, is a
/// name: the image's credit (K122).
const NAME_WORDS: u32 = 3;
/// Kinds a comment section's own parts read as on their own (K124).
const COMMENT_PARTS: [Kind; 3] = [Kind::Byline, Kind::CookieNotice, Kind::Paywall];
/// How many containers up a block without evidence looks for a run that has kinds.
const RUN_DEPTH: usize = 4;
/// A line in a run of links with less link text than this share, and at least
/// [`LINKLESS_WORDS`] words, is not one of the run's items (K302).
const LINKLESS_DENSITY: f32 = 0.35;
/// See [`LINKLESS_DENSITY`]: below six words a line is a list's label.
const LINKLESS_WORDS: u32 = 6;

/// Evidence per kind, one strength per tier (most specific first).
type Tally = Vec<(Kind, [f32; TIERS])>;

/// The tally of a block's reasons.
fn tally_of(reasons: &[Reason]) -> Tally {
    let mut tally: Tally = Vec::new();
    for r in reasons {
        let Some(kind) = r.kind else { continue };
        let Some(ev) = evidence_of(r.code) else {
            continue;
        };
        let Some(tier) = ev.tier else { continue };
        if r.weight > 0.0 || (kind == Kind::Other && tier != Tier::Phrase) {
            continue;
        }
        let strength = ev.strength.unwrap_or(-r.weight);
        let at = match tally.iter().position(|(k, _)| *k == kind) {
            Some(at) => at,
            None => {
                tally.push((kind, [0.0; TIERS]));
                tally.len() - 1
            }
        };
        if let Some(slot) = tally
            .get_mut(at)
            .and_then(|(_, s)| s.get_mut(tier as usize))
        {
            *slot += strength;
        }
    }
    tally
}

/// The winning kind of a tally and the most specific tier it has evidence in: the kind
/// ahead at the most specific tier where kinds differ; a full tie keeps the first.
fn best(tally: &Tally) -> Option<(Kind, Tier)> {
    let mut win: Option<&(Kind, [f32; TIERS])> = None;
    for entry in tally {
        let ahead = win.is_none_or(|(_, w)| {
            entry
                .1
                .iter()
                .zip(w)
                .find(|(a, b)| a != b)
                .is_some_and(|(a, b)| a > b)
        });
        if ahead {
            win = Some(entry);
        }
    }
    let (kind, strengths) = win?;
    let top = strengths.iter().position(|s| *s > 0.0)?;
    let tier = [
        Tier::Phrase,
        Tier::NearName,
        Tier::FarName,
        Tier::Shape,
        Tier::Place,
        Tier::Run,
        Tier::Links,
    ]
    .get(top)
    .copied()?;
    Some((*kind, tier))
}

fn has_code(b: &Block, codes: &[&str]) -> bool {
    b.reasons.iter().any(|r| codes.contains(&r.code))
}

/// Inside navigation, a header or a footer: a landmark or a name.
fn in_menus(b: &Block) -> bool {
    b.context.within(
        Landmarks::NAV | Landmarks::HEADER | Landmarks::FOOTER,
        &[Hint::Navigation, Hint::Header, Hint::Footer, Hint::Tags],
    )
}

/// Inside navigation proper: a nav landmark or a navigation name.
fn in_navigation(b: &Block) -> bool {
    let ctx = &b.context;
    ctx.landmarks.contains(Landmarks::NAV)
        || ctx.near_hints.contains(Hint::Navigation)
        || ctx.far_hints.contains(Hint::Navigation)
}

fn is_link_item(b: &Block) -> bool {
    b.context.link_density >= 0.5
}

/// Names the kind of every dropped block that needs a chrome kind (`chrome[i]`);
/// `provisional[i]` is what the block gets when nothing at all points to a kind.
pub(crate) fn assign(
    blocks: &mut [Block],
    elements: &[Element],
    feats: &[Features],
    chrome: &[bool],
    provisional: &[Kind],
) {
    let n = blocks.len();
    let is_chrome = |i: usize| chrome.get(i).copied().unwrap_or(false);

    // Lists of short links: per list element, (items, short link items).
    let mut lists: Vec<(u32, u32)> = vec![(0, 0); elements.len()];
    for (b, f) in blocks.iter().zip(feats) {
        if let Some(g) = b.context.group
            && let Some(entry) = lists.get_mut(g as usize)
        {
            entry.0 += 1;
            entry.1 += u32::from(is_link_item(b) && (1..=MENU_WORDS).contains(&f.words));
        }
    }
    let menu_list = |b: &Block| {
        b.context
            .group
            .and_then(|g| lists.get(g as usize))
            .is_some_and(|(items, short)| *items >= MENU_ITEMS && short * 3 >= items * 2)
    };
    let set = text_cues();

    // Pass 1: each chrome block's own cues and evidence.
    let mut own: Vec<Option<(Kind, Tier)>> = vec![None; n];
    for i in 0..n {
        if !is_chrome(i) {
            continue;
        }
        let (Some(b), Some(f)) = (blocks.get_mut(i), feats.get(i)) else {
            continue;
        };
        let words = f.words;
        // In a figure or a caption (`captioned`), or right under an image too.
        let captioned = b.context.landmarks.contains(Landmarks::FIGURE)
            || b.context.near_hints.contains(Hint::Caption);
        let in_figure = captioned || b.context.after_media;
        // A privacy word about cookies, or in a consent box, is the cookie notice's.
        let cookies = b.context.near_hints.contains(Hint::Cookie)
            || b.context.far_hints.contains(Hint::Cookie)
            || b.text
                .as_bytes()
                .windows(6)
                .any(|w| w.eq_ignore_ascii_case(b"cookie"));
        let applicable = crate::rules::kinds::applicable_cues(words);
        if let Some(set) = set.filter(|_| applicable != 0) {
            for c in set.matches_among(&b.text, applicable).iter() {
                if let Some((rule, max, _)) = TEXT_CUES.get(c)
                    && words <= *max
                    && (in_figure || !FIGURE_CUES.contains(rule))
                    && !(cookies && rule.code == cues::LEGAL_WORD.code)
                    // A list's label is text; the same words as a link are a menu item.
                    && !(rule.code == cues::LIST_LABEL.code && is_link_item(b))
                    // A cue of two rows (two word limits) counts once.
                    && !has_code(b, &[rule.code])
                {
                    b.reasons.push(rule.reason());
                }
            }
        }
        // A © line in a figure or under an image is the image's credit.
        if in_figure
            && words <= CREDIT_WORDS
            && has_code(b, &["P901"])
            && !b.context.landmarks.contains(Landmarks::FOOTER)
        {
            b.reasons.push(cues::FIGURE_CREDIT.reason());
        }
        // A caption of one to three words without a digit is a name: the credit alone
        // in its block (a caption says what the image shows).
        if captioned
            && (1..=NAME_WORDS).contains(&words)
            && !b.text.bytes().any(|c| c.is_ascii_digit())
            && !f.ends_like_sentence
        {
            b.reasons.push(cues::CREDIT_NAME.reason());
        }
        let link = is_link_item(b);
        let links = b
            .spans
            .iter()
            .filter(|s| matches!(s.kind, SpanKind::Link { .. }))
            .count() as u32;
        // A row of short links in one block (a tag cloud, a menu without list markup).
        let menu_row = links >= MENU_ITEMS && words <= links * MENU_WORDS;
        if link && is_pager(&b.text) {
            b.reasons.push(cues::PAGER_LINK.reason());
        } else if link
            && ((1..=MENU_WORDS).contains(&words) && (in_menus(b) || menu_list(b))
                || menu_row
                || b.jumps_within_page())
        {
            b.reasons.push(cues::MENU_LINK.reason());
        } else if link && words >= TEASER_WORDS && links <= 2 && !in_navigation(b) {
            b.reasons.push(cues::TEASER_LINK.reason());
        }
        let tally = tally_of(&b.reasons);
        // Prose in a footer that no phrase names: the site's blurb (Other).
        let in_footer = b.context.within(Landmarks::FOOTER, &[Hint::Footer]);
        // (`captioned`, not `in_figure`: an image just above does not make it a caption
        // here, a footer's image is the site's logo, and its blurb follows it.)
        if in_footer
            && !captioned
            && words >= BLURB_WORDS
            && b.context.link_density < 0.2
            && best(&tally).is_none_or(|(_, t)| t > Tier::NearName)
        {
            b.reasons.push(cues::FOOTER_BLURB.reason());
        }
        let tally = tally_of(&b.reasons);
        // Free email wins over the word subscribe (and over an "email" share label).
        // A subscribe box that is a form asks for an email, not a payment (a paywall's
        // offer has a price or a plan): a newsletter sign-up.
        let signup_form = b.context.landmarks.contains(Landmarks::FORM)
            && !has_code(b, &["P102", "P103", "K103"]);
        let newsletter =
            has_code(b, &["P201", "P202", "H006", cues::INBOX_LINE.code]) || signup_form;
        if newsletter
            && best(&tally).is_some_and(|(k, _)| matches!(k, Kind::SubscribePrompt | Kind::Share))
        {
            b.reasons.push(cues::NEWSLETTER_BOX.reason());
        }
        // In a comment section, an author and date line, the form's consent box and its
        // log-in prompt are the comments' own (KINDS.md: the comments with their authors
        // and dates, the form, log-in-to-comment prompts).
        if b.context.within(Landmarks::empty(), &[Hint::Comments])
            && best(&tally_of(&b.reasons)).is_some_and(|(k, _)| COMMENT_PARTS.contains(&k))
        {
            b.reasons.push(cues::COMMENT_PART.reason());
        }
        if let Some(slot) = own.get_mut(i) {
            *slot = best(&tally_of(&b.reasons));
        }
    }

    // A subscribe call whose box names a newsletter (a sibling block's phrase): the box's
    // button and headline are the newsletter's. A menu item's siblings are other items,
    // not a box: a "Newsletters" item beside it leaves a "Subscribe" item a pay call.
    for i in 0..n {
        let subscribe = own
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|(k, t)| k == Kind::SubscribePrompt && t <= Tier::FarName)
            && blocks
                .get(i)
                .is_some_and(|b| !has_code(b, &[cues::MENU_LINK.code]));
        let Some(parent) = subscribe
            .then(|| blocks.get(i))
            .flatten()
            .and_then(|b| b.context.element)
            .and_then(|e| elements.get(e as usize))
            .and_then(|e| e.parent)
            .and_then(|p| elements.get(p as usize))
        else {
            continue;
        };
        let (start, end) = (parent.blocks.start as usize, parent.blocks.end as usize);
        let boxed = blocks
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .any(|b| has_code(b, &["P201", "P202", cues::INBOX_LINE.code]));
        if boxed && let Some(b) = blocks.get_mut(i) {
            b.reasons.push(cues::NEWSLETTER_BOX.reason());
            if let Some(slot) = own.get_mut(i) {
                *slot = best(&tally_of(&b.reasons));
            }
        }
    }

    // Runs: per kind, how many blocks with evidence of shape or better lie before each
    // block, so a container's tally is two lookups per kind.
    // (Other counts too: only a phrase gives a block that kind, see `tally_of`.)
    let kinds: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.is_chrome()).collect();
    let mut prefix: Vec<Vec<u32>> = vec![vec![0; n + 1]; kinds.len()];
    for (ki, k) in kinds.iter().enumerate() {
        let Some(p) = prefix.get_mut(ki) else {
            continue;
        };
        let mut acc = 0;
        for i in 0..n {
            let counted = own
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|(kk, t)| t <= Tier::Shape && kk == *k);
            acc += u32::from(counted);
            if let Some(slot) = p.get_mut(i + 1) {
                *slot = acc;
            }
        }
    }
    let run_kind = |start: u32, end: u32| -> Option<Kind> {
        let mut win: Option<(Kind, u32)> = None;
        for (ki, k) in kinds.iter().enumerate() {
            let p = prefix.get(ki)?;
            let c = p.get(end as usize)? - p.get(start as usize)?;
            if c > 0 && win.is_none_or(|(_, wc)| c > wc) {
                win = Some((*k, c));
            }
        }
        win.map(|(k, _)| k)
    };

    // Pass 2: blocks without evidence of shape or better take their run's kind.
    for i in 0..n {
        if !is_chrome(i) {
            continue;
        }
        let mine = own.get(i).copied().flatten();
        let Some(b) = blocks.get_mut(i) else { continue };
        b.kind = match mine {
            Some((k, t)) if t <= Tier::Shape => k,
            _ => {
                let mut at = b.context.group.or(b.context.element);
                let mut found = None;
                for _ in 0..RUN_DEPTH {
                    let Some(e) = at.and_then(|e| elements.get(e as usize)) else {
                        break;
                    };
                    if let Some(k) = run_kind(e.blocks.start, e.blocks.end) {
                        found = Some(k);
                        break;
                    }
                    at = e.parent;
                }
                // A sentence without links is no item of a run of links: a tagline,
                // an address, opening hours, a notice (Other). Short labels, headings
                // and buttons still name their list.
                let sentence = b.context.link_density < LINKLESS_DENSITY
                    && feats.get(i).is_some_and(|f| f.words >= LINKLESS_WORDS)
                    && !b.context.landmarks.contains(Landmarks::BUTTON)
                    && !matches!(b.structure, Structure::Heading { .. });
                match (found, mine) {
                    // The same for a sentence whose only evidence is its place (a header
                    // or footer): no menu item, and no legal line without a legal phrase.
                    (Some(Kind::Navigation | Kind::RelatedLinks), _)
                    | (None, Some((Kind::Navigation | Kind::Legal, Tier::Place)))
                        if sentence =>
                    {
                        b.reasons.push(cues::LINKLESS_LINE.reason());
                        Kind::Other
                    }
                    (Some(k), _) => {
                        b.reasons.push(cues::RUN_KIND.reason_as(k));
                        k
                    }
                    (None, Some((k, _))) => k,
                    (None, None) => provisional.get(i).copied().unwrap_or(Kind::Other),
                }
            }
        };
    }
}

/// A previous/next link: the text opens or closes with a paging arrow.
fn is_pager(text: &str) -> bool {
    const BACK: [char; 4] = ['«', '‹', '←', '⟵'];
    const ON: [char; 4] = ['»', '›', '→', '⟶'];
    let t = text.trim();
    t.starts_with(BACK) || t.ends_with(ON)
}
