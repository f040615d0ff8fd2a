//! A set of phrase patterns, searched through a literal prefilter.
//!
//! One `RegexSet` over a whole phrase table is one lazy DFA whose states are
//! combinations of every pattern's progress: on real text it keeps meeting new
//! combinations and spends most of its time determinising them (measured: more
//! instructions than segmenting the page). Nearly every pattern starts with a few
//! words, though, so [`PatternSet`] extracts each pattern's prefix literals
//! (`regex-syntax`'s extractor), finds them all in one Aho-Corasick pass, and runs
//! only the patterns whose literal occurred, each as its own small regex, compiled
//! the first time it is needed (a one-page run compiles a handful, not the table).
//! The rare pattern without usable literals always runs.
//!
//! Literals a pattern pins to the start of the text (`^(share|tweet|x)\b`) are
//! looked up at offset 0 only, so even "x" filters well; the others are cut to
//! 8 bytes and scanned for. A caller may limit a search to some patterns (the
//! rules that apply to a block of its length), which then scans with the
//! smallest of the set's nested automata that covers them: the scan is bound by
//! cache misses on the automaton's table, so a small one is a fast one.
//!
//! It answers exactly what the `RegexSet` of the same patterns would: the tests
//! keep that set as the oracle and compare on every table's examples.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

use regex::bytes::{Regex, RegexBuilder};
use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{Hir, HirKind, Look};

/// The most patterns one set holds (hits are a `u128` bitset).
pub(crate) const MAX_PATTERNS: usize = 128;

/// How a set is compiled; every pattern gets the same flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flags {
    /// Unicode classes, word boundaries and case folding (off: ASCII only, which
    /// keeps the DFA small for the English tables).
    pub unicode: bool,
    /// Size limit of each compiled pattern.
    pub size_limit: usize,
}

/// Compiled patterns plus the prefilter that picks which of them to run.
#[derive(Debug)]
pub(crate) struct PatternSet {
    patterns: Vec<&'static str>,
    flags: Flags,
    /// Each pattern's regex, compiled on its first candidate (`None`: over the size limit).
    regexes: Vec<OnceLock<Option<Regex>>>,
    /// The literals that may occur anywhere, lower-cased, in automata over
    /// nested subsets of the patterns, smallest first, the whole set last: a
    /// search limited to some patterns scans with the smallest automaton that
    /// holds them all (a paragraph needs the few rules that apply to long
    /// blocks, and a small automaton stays in cache).
    tiers: Vec<Tier>,
    /// The literals that occur at the start of the text when their pattern
    /// matches (`^(share|tweet|...)`), lower-cased and sorted, with the patterns
    /// each stands for: looked up at offset 0 only, so "x" or "ad" filter well.
    pinned: Vec<(Vec<u8>, u128)>,
    /// Patterns with no usable literal: run on every text.
    always: u128,
    /// Some literal has non-ASCII letters: lower-case non-ASCII text before the prefilter.
    fold_text: bool,
}

/// One prefilter automaton and the patterns it serves.
#[derive(Debug)]
struct Tier {
    /// The patterns (bitset) whose literals it holds.
    patterns: u128,
    /// `None`: no pattern of the tier has a floating literal.
    automaton: Option<AhoCorasick>,
    /// Automaton pattern id -> the patterns (bitset) that literal stands for.
    owners: Vec<u128>,
}

/// Which patterns of a [`PatternSet`] matched, in table order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hits(u128);

impl Hits {
    /// No pattern matched.
    #[cfg(test)]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The bitset: pattern `i` matched when bit `i` is set.
    pub fn bits(self) -> u128 {
        self.0
    }

    /// The indices of the patterns that matched, ascending.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            Some(i)
        })
    }
}

impl PatternSet {
    /// Compiles `patterns` (case-insensitive, with `flags`); fails on a bad pattern
    /// or on more than [`MAX_PATTERNS`].
    pub fn new(
        patterns: impl IntoIterator<Item = &'static str>,
        flags: Flags,
    ) -> Result<PatternSet, String> {
        Self::with_tiers(patterns, flags, &[])
    }

    /// Like [`PatternSet::new`], plus a smaller prefilter for each of `tiers`
    /// (bitsets of patterns, the searches [`PatternSet::matches_among`] will
    /// often be limited to).
    pub fn with_tiers(
        patterns: impl IntoIterator<Item = &'static str>,
        flags: Flags,
        tiers: &[u128],
    ) -> Result<PatternSet, String> {
        let patterns: Vec<&'static str> = patterns.into_iter().collect();
        if patterns.len() > MAX_PATTERNS {
            return Err(format!(
                "{} patterns, at most {MAX_PATTERNS}",
                patterns.len()
            ));
        }
        // Each distinct literal with the patterns (bitset) it stands for.
        let mut floating: Vec<(Vec<u8>, u128)> = Vec::new();
        let mut pinned: Vec<(Vec<u8>, u128)> = Vec::new();
        let mut always = 0u128;
        for (i, pattern) in patterns.iter().enumerate() {
            let hir = regex_syntax::ParserBuilder::new()
                .unicode(flags.unicode)
                .utf8(false)
                .build()
                .parse(pattern)
                // Name the row: one bad row drops the whole table.
                .map_err(|e| format!("pattern {i} ({pattern}): {e}"))?;
            let Some(lits) = required_literals(&hir, false) else {
                always |= 1 << i;
                continue;
            };
            for Lit {
                mut bytes,
                at_start,
            } in lits
            {
                let list = if at_start {
                    // Sorted and searched by lower-case bytes (the automaton
                    // ignores ASCII case on its own).
                    bytes.make_ascii_lowercase();
                    &mut pinned
                } else {
                    &mut floating
                };
                match list.iter_mut().find(|(l, _)| *l == bytes) {
                    Some((_, o)) => *o |= 1 << i,
                    None => list.push((bytes, 1 << i)),
                }
            }
        }
        pinned.sort_unstable();
        // Only letters with case need the text folded ("©" does not).
        let fold_text = floating
            .iter()
            .chain(&pinned)
            .filter_map(|(l, _)| std::str::from_utf8(l).ok())
            .any(|l| {
                l.chars()
                    .any(|c| !c.is_ascii() && c.to_uppercase().ne(c.to_lowercase()))
            });
        let all = u128::MAX >> (128 - patterns.len().max(1));
        let mut tier_masks: Vec<u128> = tiers.iter().map(|t| t & all).collect();
        tier_masks.sort_by_key(|t| t.count_ones());
        tier_masks.push(all);
        let tiers = tier_masks
            .into_iter()
            .map(|mask| Tier::build(mask, &floating))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PatternSet {
            regexes: patterns.iter().map(|_| OnceLock::new()).collect(),
            patterns,
            flags,
            tiers,
            pinned,
            always,
            fold_text,
        })
    }

    /// The patterns that match somewhere in `text`.
    pub fn matches(&self, text: &str) -> Hits {
        self.matches_among(text, u128::MAX)
    }

    /// The patterns among `allowed` (a bitset in table order) that match somewhere
    /// in `text`; the others are not run (a phrase rule for blocks of at most six
    /// words need not run on a paragraph).
    pub fn matches_among(&self, text: &str, allowed: u128) -> Hits {
        let mut candidates = self.always & allowed;
        if allowed & !self.always != 0 {
            let folded;
            let hay = if self.fold_text && !text.is_ascii() {
                folded = fold(text);
                folded.as_str()
            } else {
                text
            };
            let hay = hay.as_bytes();
            candidates |= self.pinned_at_start(hay) & allowed;
            // The smallest tier holding every allowed pattern; the whole set when
            // `allowed` also has bits past the table (`matches` passes all ones).
            let tier = self.tiers.iter().find(|t| allowed & !t.patterns == 0);
            if let Some(Tier {
                automaton: Some(ac),
                owners,
                ..
            }) = tier.or(self.tiers.last())
            {
                for m in ac.find_overlapping_iter(hay) {
                    if let Some(o) = owners.get(m.pattern().as_usize()) {
                        candidates |= o;
                    }
                }
            }
        }
        let mut hits = 0u128;
        for i in Hits(candidates & allowed).iter() {
            if self.regex(i).is_some_and(|re| re.is_match(text.as_bytes())) {
                hits |= 1 << i;
            }
        }
        Hits(hits)
    }

    /// The patterns one of whose pinned literals begins `hay`. The sorted list is
    /// searched by the first two bytes: a one-byte literal sits exactly where
    /// that byte sorts, longer ones in the run that starts with both.
    fn pinned_at_start(&self, hay: &[u8]) -> u128 {
        let mut key = [0u8; 2];
        let Some(key) = key.get_mut(..hay.len().min(2)) else {
            return 0;
        };
        key.copy_from_slice(hay.get(..key.len()).unwrap_or_default());
        key.make_ascii_lowercase();
        let mut found = 0u128;
        if let Some(first) = key.first() {
            let one = std::slice::from_ref(first);
            if let Ok(i) = self.pinned.binary_search_by(|(l, _)| l.as_slice().cmp(one)) {
                found |= self.pinned.get(i).map_or(0, |(_, o)| *o);
            }
        }
        if key.len() == 2 {
            let from = self.pinned.partition_point(|(l, _)| l.as_slice() < &*key);
            for (lit, o) in self.pinned.get(from..).unwrap_or_default() {
                if !lit.starts_with(key) {
                    break;
                }
                if hay
                    .get(..lit.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(lit))
                {
                    found |= o;
                }
            }
        }
        found
    }

    /// Pattern `i`'s regex, compiled on first use.
    fn regex(&self, i: usize) -> Option<&Regex> {
        let (cell, pattern) = (self.regexes.get(i)?, self.patterns.get(i)?);
        cell.get_or_init(|| {
            RegexBuilder::new(pattern)
                .case_insensitive(true)
                .unicode(self.flags.unicode)
                .size_limit(self.flags.size_limit)
                .build()
                .ok()
        })
        .as_ref()
    }

    /// Compiles every pattern now; the error names the first that fails.
    #[cfg(test)]
    pub fn compile_all(&self) -> Result<(), String> {
        for (i, p) in self.patterns.iter().enumerate() {
            if self.regex(i).is_none() {
                return Err(format!("{p} does not compile within the size limit"));
            }
        }
        Ok(())
    }

    /// Whether any pattern matches `text`.
    #[cfg(test)]
    pub fn is_match(&self, text: &str) -> bool {
        !self.matches(text).is_empty()
    }
}

impl Tier {
    /// The automaton over the literals of the patterns in `mask`.
    fn build(mask: u128, literals: &[(Vec<u8>, u128)]) -> Result<Tier, String> {
        let (lits, owners): (Vec<&Vec<u8>>, Vec<u128>) = literals
            .iter()
            .filter(|(_, o)| o & mask != 0)
            .map(|(l, o)| (l, o & mask))
            .unzip();
        let automaton = if lits.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    // A DFA: one table lookup a byte (the default picks an NFA for
                    // this many literals, several times slower to scan).
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(lits)
                    .map_err(|e| e.to_string())?,
            )
        };
        Ok(Tier {
            patterns: mask,
            automaton,
            owners,
        })
    }
}

/// Literals are cut to this many bytes (at a character boundary).
const MAX_LITERAL_BYTES: usize = 8;

/// Most literals one pattern may contribute (more is no filter, just a big automaton).
const MAX_LITERALS: usize = 256;

/// A literal one of a pattern's matches must contain, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Lit {
    bytes: Vec<u8>,
    /// The match starts the text with it (the pattern pinned it with `^`).
    at_start: bool,
}

/// Lower-cased literals one of which occurs in every text `hir` matches, or
/// `None` when no such bounded set is found; `at_start`: `hir` only matches at
/// the start of the text.
///
/// Each alternative contributes its own literals. In a sequence, leading parts
/// may be skipped: what follows them still occurs in the text. That gets past the
/// word-boundary classes (`(?:^|[\s\p{P}])`) and digit runs the tables open with,
/// and the sequence that filters best is kept (see `rank`). A literal that
/// follows `^` and nothing else that consumes text is pinned to the start, where
/// it is looked up once instead of everywhere.
///
/// The pattern is parsed case-sensitively on purpose: case-insensitive parsing would
/// spell out every capitalisation of every literal; lower-casing both the literals
/// and (for non-ASCII tables) the text, plus an ASCII-case-insensitive automaton,
/// stands for the case folding the regex does.
fn required_literals(hir: &Hir, at_start: bool) -> Option<Vec<Lit>> {
    match hir.kind() {
        HirKind::Alternation(alts) => {
            let mut out: Vec<Lit> = Vec::new();
            for alt in alts {
                for lit in required_literals(alt, at_start)? {
                    if !out.contains(&lit) {
                        out.push(lit);
                    }
                }
            }
            (out.len() <= MAX_LITERALS).then_some(out)
        }
        HirKind::Capture(cap) => required_literals(&cap.sub, at_start),
        HirKind::Concat(subs) => {
            let mut best: Option<Vec<Lit>> = None;
            // Whether the part at `start` begins the text: only zero-width parts,
            // one of them `^` (or the context's pin), come before it.
            let mut pinned = at_start;
            for (start, sub) in subs.iter().enumerate() {
                let rest = Hir::concat(subs.get(start..).unwrap_or_default().to_vec());
                // What follows `start`, or the part at `start` alone (an alternation
                // the extractor would cut short), whichever filters better.
                let alone = match sub.kind() {
                    HirKind::Alternation(_) | HirKind::Capture(_) => required_literals(sub, pinned),
                    _ => None,
                };
                for lits in [prefix_set(&rest, pinned), alone].into_iter().flatten() {
                    if best.as_ref().is_none_or(|b| rank(&lits) > rank(b)) {
                        best = Some(lits);
                    }
                }
                pinned = match sub.kind() {
                    HirKind::Look(Look::Start) => true,
                    HirKind::Look(_) => pinned,
                    _ => false,
                };
            }
            best
        }
        _ => prefix_set(hir, at_start),
    }
}

/// How well a literal set filters, higher is better: its shortest literal, up to
/// [`MAX_LITERAL_BYTES`] (a filter on "ad" or "read" lets nearly every text through; one on
/// "subscribers only" almost none), then fewer literals that may occur anywhere
/// (a smaller automaton to build and scan). A literal pinned to the start filters
/// as well as one two bytes longer: "x" must open the text, but "1" opens many.
fn rank(lits: &[Lit]) -> (usize, std::cmp::Reverse<usize>) {
    let worth = |l: &Lit| l.bytes.len() + if l.at_start { 2 } else { 0 };
    let shortest = lits.iter().map(worth).min().unwrap_or(MAX_LITERAL_BYTES);
    let floating = lits.iter().filter(|l| !l.at_start).count();
    (shortest.min(MAX_LITERAL_BYTES), std::cmp::Reverse(floating))
}

/// The extractor's prefix literals of `hir`, lower-cased and cut to
/// [`MAX_LITERAL_BYTES`]; `None` if unbounded, too many, or one is empty (it
/// would match anywhere). `at_start`: `hir` only matches at the start.
fn prefix_set(hir: &Hir, at_start: bool) -> Option<Vec<Lit>> {
    let seq = Extractor::new().extract(hir);
    let lits = seq.literals()?;
    if lits.len() > MAX_LITERALS {
        return None;
    }
    let mut out: Vec<Lit> = Vec::with_capacity(lits.len());
    for lit in lits {
        let bytes = lit.as_bytes();
        if bytes.is_empty() {
            return None;
        }
        // A prefix of a required literal is required too, and one of 8 bytes
        // filters about as well: the automaton stays small enough to stay in
        // cache (whole literals made the English one 1.6 MB).
        let bytes = match std::str::from_utf8(bytes) {
            Ok(s) => {
                let folded = fold(s);
                let mut end = folded.len().min(MAX_LITERAL_BYTES);
                while !folded.is_char_boundary(end) {
                    end -= 1;
                }
                folded.get(..end).unwrap_or_default().as_bytes().to_vec()
            }
            Err(_) => bytes
                .get(..MAX_LITERAL_BYTES)
                .unwrap_or(bytes)
                .to_ascii_lowercase(),
        };
        let lit = Lit { bytes, at_start };
        if !out.contains(&lit) {
            out.push(lit);
        }
    }
    Some(out)
}

/// Lower-cases `text` one character at a time (no context rules, so a literal and
/// the text around it fold alike), with the two lower-case letters that have a
/// second lower-case form in Unicode case folding mapped to one.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // ASCII stays: the automaton ignores ASCII case.
            _ if c.is_ascii() => out.push(c),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Panics unless `PatternSet` and a `RegexSet` of `patterns` agree on every text
/// (the oracle check each table's tests run over its own examples).
#[cfg(test)]
pub(crate) fn assert_agrees(patterns: &[&'static str], flags: Flags, texts: &[&str]) {
    let set = PatternSet::new(patterns.iter().copied(), flags).unwrap();
    set.compile_all().unwrap();
    let oracle = tests::oracle_set(patterns, flags);
    for text in texts {
        let got: Vec<usize> = set.matches(text).iter().collect();
        let want: Vec<usize> = oracle.matches(text.as_bytes()).into_iter().collect();
        assert_eq!(got, want, "{text:?}");
    }
}

/// Every line of the bundled fixtures' text files (clean text, chrome lists, the
/// seed): real wording, chrome and body, for the oracle checks.
#[cfg(test)]
pub(crate) fn fixture_lines() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs = vec![root];
    let mut lines = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                lines.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(String::from),
                );
            }
        }
    }
    assert!(lines.len() > 500, "fixtures not found");
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::RegexSetBuilder;

    #[test]
    fn pinned_literals_match_only_at_the_start() {
        let flags = Flags {
            unicode: false,
            size_limit: 1 << 20,
        };
        let set = PatternSet::new([r"^(x|ad)\b", r"\bnewsletter\b"], flags).unwrap();
        assert_eq!(set.pinned.len(), 2);
        assert_eq!(set.matches("X marks the spot").bits(), 0b01);
        assert_eq!(set.matches("AD").bits(), 0b01);
        assert_eq!(set.matches("an ad").bits(), 0);
        assert_eq!(set.matches("Our Newsletter").bits(), 0b10);
        assert_agrees(
            &[r"^(x|ad)\b", r"\bnewsletter\b"],
            flags,
            &["x", "ad x", "Ad: buy", "xylophone", "newsletter x"],
        );
    }

    #[test]
    fn a_limited_search_uses_a_smaller_tier_and_answers_the_same() {
        let flags = Flags {
            unicode: false,
            size_limit: 1 << 20,
        };
        let patterns = [r"\bcookies\b", r"\bshare this\b", r"\bnewsletter\b"];
        let set = PatternSet::with_tiers(patterns, flags, &[0b001]).unwrap();
        assert_eq!(set.tiers.len(), 2);
        assert_eq!(set.tiers[0].owners.len(), 1);
        let text = "Share this newsletter about cookies";
        assert_eq!(set.matches(text).bits(), 0b111);
        assert_eq!(set.matches_among(text, 0b001).bits(), 0b001);
        assert_eq!(set.matches_among(text, 0b110).bits(), 0b110);
        assert_eq!(set.matches_among(text, 0).bits(), 0);
    }

    const FLAGS: Flags = Flags {
        unicode: false,
        size_limit: 1 << 20,
    };

    /// The reference: what one `RegexSet` of the same patterns says.
    pub(super) fn oracle_set(patterns: &[&str], flags: Flags) -> regex::bytes::RegexSet {
        RegexSetBuilder::new(patterns)
            .case_insensitive(true)
            .unicode(flags.unicode)
            .size_limit(flags.size_limit)
            .build()
            .unwrap()
    }

    fn oracle(patterns: &[&str], flags: Flags, text: &str) -> Vec<usize> {
        oracle_set(patterns, flags)
            .matches(text.as_bytes())
            .into_iter()
            .collect()
    }

    #[test]
    fn agrees_with_the_regex_set() {
        let patterns = [
            r"^(subscribe|become a member)\b",
            r"\b(continue|keep) reading\b",
            r"\d+ min(ute)? read",
            r"^\W*$",
            r"(\$|£)\s?\d+ ?(/|per) ?(month|year)",
            r"\bAP Photo\b",
        ];
        let texts = [
            "Subscribe to our newsletter",
            "SUBSCRIBE",
            "unsubscribe",
            "Continue Reading below",
            "5 min read",
            "12 MINUTE READ",
            "...",
            "",
            "Only £5 per month",
            "$12/year",
            "(ap photo/Jane Doe)",
            "nothing to see here",
            "Keep reading – ÉTÉ",
        ];
        let set = PatternSet::new(patterns, FLAGS).unwrap();
        for text in texts {
            let got: Vec<usize> = set.matches(text).iter().collect();
            assert_eq!(got, oracle(&patterns, FLAGS, text), "{text:?}");
        }
    }

    #[test]
    fn folds_non_ascii_text_for_non_ascii_literals() {
        let flags = Flags {
            unicode: true,
            size_limit: 1 << 20,
        };
        let patterns = ["подпишитесь", r"\bÉté\b", "werbung"];
        let set = PatternSet::new(patterns, flags).unwrap();
        for text in [
            "ПОДПИШИТЕСЬ на канал",
            "L'ÉTÉ arrive",
            "WERBUNG",
            "été",
            "nein",
        ] {
            let got: Vec<usize> = set.matches(text).iter().collect();
            assert_eq!(got, oracle(&patterns, flags, text), "{text:?}");
        }
        assert!(set.is_match("ПОДПИШИТЕСЬ"));
        assert!(!set.is_match("подписка"));
    }

    #[test]
    fn patterns_without_literals_always_run() {
        let set = PatternSet::new([r"^\W*$", r"[a-z]{2}\d?"], FLAGS).unwrap();
        assert_eq!(set.always, 0b11);
        assert!(set.is_match("--"));
        assert!(set.is_match("ab1"));
        assert!(!set.is_match("a1"));
    }

    #[test]
    fn rejects_bad_patterns_and_too_many() {
        assert!(PatternSet::new(["(unclosed"], FLAGS).is_err());
        let many = vec!["a"; MAX_PATTERNS + 1];
        assert!(PatternSet::new(many, FLAGS).is_err());
    }
}
