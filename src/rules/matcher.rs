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
//! It answers exactly what the `RegexSet` of the same patterns would: the tests
//! keep that set as the oracle and compare on every table's examples.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

use regex::bytes::{Regex, RegexBuilder};
use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{Hir, HirKind};

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
    /// Every pattern's prefix literals, lower-cased, in one automaton.
    prefilter: Option<AhoCorasick>,
    /// Automaton pattern id -> the patterns (bitset) it stands for.
    owners: Vec<u128>,
    /// Patterns with no usable literal: run on every text.
    always: u128,
    /// Some literal has non-ASCII letters: lower-case non-ASCII text before the prefilter.
    fold_text: bool,
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
        let patterns: Vec<&'static str> = patterns.into_iter().collect();
        if patterns.len() > MAX_PATTERNS {
            return Err(format!(
                "{} patterns, at most {MAX_PATTERNS}",
                patterns.len()
            ));
        }
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<u128> = Vec::new();
        let mut always = 0u128;
        for (i, pattern) in patterns.iter().enumerate() {
            let hir = regex_syntax::ParserBuilder::new()
                .unicode(flags.unicode)
                .utf8(false)
                .build()
                .parse(pattern)
                .map_err(|e| e.to_string())?;
            match required_literals(&hir) {
                Some(lits) => {
                    for lit in lits {
                        match literals.iter().position(|l| *l == lit) {
                            Some(k) => {
                                if let Some(o) = owners.get_mut(k) {
                                    *o |= 1 << i;
                                }
                            }
                            None => {
                                literals.push(lit);
                                owners.push(1 << i);
                            }
                        }
                    }
                }
                None => always |= 1 << i,
            }
        }
        // Only letters with case need the text folded ("©" does not).
        let fold_text = literals
            .iter()
            .filter_map(|l| std::str::from_utf8(l).ok())
            .any(|l| {
                l.chars()
                    .any(|c| !c.is_ascii() && c.to_uppercase().ne(c.to_lowercase()))
            });
        let prefilter = if literals.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    // A DFA: one table lookup a byte (the default picks an NFA for
                    // this many literals, several times slower to scan).
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&literals)
                    .map_err(|e| e.to_string())?,
            )
        };
        Ok(PatternSet {
            regexes: patterns.iter().map(|_| OnceLock::new()).collect(),
            patterns,
            flags,
            prefilter,
            owners,
            always,
            fold_text,
        })
    }

    /// The patterns that match somewhere in `text`.
    pub fn matches(&self, text: &str) -> Hits {
        let mut candidates = self.always;
        if let Some(ac) = &self.prefilter {
            let folded;
            let hay = if self.fold_text && !text.is_ascii() {
                folded = fold(text);
                folded.as_str()
            } else {
                text
            };
            for m in ac.find_overlapping_iter(hay) {
                if let Some(o) = self.owners.get(m.pattern().as_usize()) {
                    candidates |= o;
                }
            }
        }
        let mut hits = 0u128;
        for i in Hits(candidates).iter() {
            if self.regex(i).is_some_and(|re| re.is_match(text.as_bytes())) {
                hits |= 1 << i;
            }
        }
        Hits(hits)
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

/// Most literals one pattern may contribute (more is no filter, just a big automaton).
const MAX_LITERALS: usize = 256;

/// Lower-cased literals one of which occurs in every text `hir` matches, or
/// `None` when no such bounded set is found.
///
/// Each alternative contributes its own literals. In a sequence, leading parts
/// may be skipped: what follows them still occurs in the text. That gets past the
/// word-boundary classes (`(?:^|[\s\p{P}])`) and digit runs the tables open with,
/// and the sequence whose shortest literal is longest is kept (a filter on "ad"
/// or "3" lets nearly everything through).
///
/// The pattern is parsed case-sensitively on purpose: case-insensitive parsing would
/// spell out every capitalisation of every literal; lower-casing both the literals
/// and (for non-ASCII tables) the text, plus an ASCII-case-insensitive automaton,
/// stands for the case folding the regex does.
fn required_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Alternation(alts) => {
            let mut out: Vec<Vec<u8>> = Vec::new();
            for alt in alts {
                for lit in required_literals(alt)? {
                    if !out.contains(&lit) {
                        out.push(lit);
                    }
                }
            }
            (out.len() <= MAX_LITERALS).then_some(out)
        }
        HirKind::Capture(cap) => required_literals(&cap.sub),
        HirKind::Concat(subs) => {
            // Better: a shortest literal of 4+ bytes (longer ones filter little
            // more), then fewer literals (a smaller automaton to build and scan).
            let rank = |lits: &Vec<Vec<u8>>| {
                let shortest = lits.iter().map(Vec::len).min().unwrap_or(0);
                (shortest.min(4), std::cmp::Reverse(lits.len()))
            };
            let mut best: Option<Vec<Vec<u8>>> = None;
            for (start, sub) in subs.iter().enumerate() {
                let rest = Hir::concat(subs.get(start..).unwrap_or_default().to_vec());
                // What follows `start`, or the part at `start` alone (an alternation
                // the extractor would cut short), whichever filters better.
                let alone = match sub.kind() {
                    HirKind::Alternation(_) | HirKind::Capture(_) => required_literals(sub),
                    _ => None,
                };
                for lits in [prefix_set(&rest), alone].into_iter().flatten() {
                    if best.as_ref().is_none_or(|b| rank(&lits) > rank(b)) {
                        best = Some(lits);
                    }
                }
            }
            best
        }
        _ => prefix_set(hir),
    }
}

/// The extractor's prefix literals of `hir`, lower-cased; `None` if unbounded,
/// too many, or one is empty (it would match anywhere).
fn prefix_set(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().extract(hir);
    let lits = seq.literals()?;
    if lits.len() > MAX_LITERALS {
        return None;
    }
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(lits.len());
    for lit in lits {
        let bytes = lit.as_bytes();
        if bytes.is_empty() {
            return None;
        }
        let lower = match std::str::from_utf8(bytes) {
            Ok(s) => fold(s).into_bytes(),
            Err(_) => bytes.to_ascii_lowercase(),
        };
        if !out.contains(&lower) {
            out.push(lower);
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
