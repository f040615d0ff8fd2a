//! Chrome phrases outside English: how publishers in other languages word the same
//! prompts, credits and widgets as the English [`phrases`](super::phrases) table.
//!
//! Each language has its own table of [`LangPhrase`]s. A phrase carries no rule of
//! its own: it names the English rule (`code`) whose kind, weight and `max_words`
//! apply, so a German "Jetzt abonnieren" fires `P101 subscribe-call` exactly as
//! "Subscribe now" does, and the reasons a block shows stay the same records.
//!
//! Unlike the English set (bytes, Unicode off), these patterns match Unicode text
//! (classes, `\d` and case folding over all scripts) and are compiled
//! case-insensitive, one set per language ([`set`]). Conventions the tables follow:
//! - Text arrives as segmented: whitespace collapsed to single spaces, trimmed.
//! - **No `\b`.** A Unicode word boundary stops the lazy DFA on any non-ASCII text
//!   and the set falls back to the PikeVM: measured 50-100x slower per block
//!   (~100 µs against ~2 µs for a 24-pattern set). Word edges are spelled out
//!   instead: `(?:^|[\s\p{P}\p{S}])` before a word and `(?:[\s\p{P}\p{S}]|$)` after
//!   it (space, punctuation or symbol, or the block's edge). They consume a
//!   character, which is harmless: only whether a pattern matches is used.
//! - Bare labels ("Anzeige", "広告") are anchored `^…[\s\p{P}\p{S}]*$` (the `\W*$`
//!   of the English table, with a smaller class), so a sentence that merely contains
//!   the word does not match; `misses` lists such sentences and the tests prove they
//!   stay unmatched.
//! - Chinese and Japanese have no spaces: patterns there anchor on the block's start
//!   or end, or on a phrase long enough to be unambiguous. Korean is spaced but
//!   attaches particles ("댓글을"), so it is anchored the same way.
//! - Capitals that matter (a byline's name) are checked with `(?-i:\p{Lu})`.
//! - Turkish dotted/dotless i do not case-fold onto each other (`İ`≠`i`, `I`≠`ı`),
//!   so the Turkish table spells them as classes (`[iİ]`, `[ıI]`).
//! - Wire-agency names (dpa, AFP, ТАСС, 新华社...) are also ordinary sources in body
//!   prose ("berichtete die dpa"), so they count only in a credit's shape: next to a
//!   slash, after "Foto:", in parentheses at the end, or alone on the line.

// Wired into the classifier separately (issue #6); until then only the tests use it.
#![cfg_attr(not(test), allow(dead_code))]

use std::sync::OnceLock;

use super::matcher::{Flags, PatternSet};

mod ar;
mod de;
mod es;
mod fr;
mod id;
mod it;
mod ja;
mod ko;
mod nl;
mod pl;
mod pt;
mod ru;
mod tr;
mod zh;

/// A chrome phrase in one language, mapped onto an English rule (same code, kind, weight, max_words).
#[derive(Debug, Clone, Copy)]
pub(crate) struct LangPhrase {
    /// Code of the rule in `phrases::TABLE` whose kind/weight/max_words apply.
    pub code: &'static str,
    /// Regex (Rust `regex` syntax, Unicode on, compiled case-insensitive).
    pub pattern: &'static str,
    /// Texts that must match (real wording seen on sites).
    pub matches: &'static [&'static str],
    /// Near misses that must not match (ordinary body sentences using the same words).
    pub misses: &'static [&'static str],
}

/// Every language with a table.
pub(crate) const LANGUAGES: &[&str] = &[
    "ar", "de", "es", "fr", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "zh",
];

/// The tables, in [`LANGUAGES`] order.
const TABLES: [(&str, &[LangPhrase]); 14] = [
    ("ar", ar::PHRASES),
    ("de", de::PHRASES),
    ("es", es::PHRASES),
    ("fr", fr::PHRASES),
    ("id", id::PHRASES),
    ("it", it::PHRASES),
    ("ja", ja::PHRASES),
    ("ko", ko::PHRASES),
    ("nl", nl::PHRASES),
    ("pl", pl::PHRASES),
    ("pt", pt::PHRASES),
    ("ru", ru::PHRASES),
    ("tr", tr::PHRASES),
    ("zh", zh::PHRASES),
];

/// Compiled-program size a language's set must fit in (each needs 1-4 MiB).
pub(crate) const SET_SIZE_LIMIT: usize = 8 << 20;

/// Position in [`TABLES`] of a language tag's table.
fn index(lang: &str) -> Option<usize> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).trim();
    TABLES
        .iter()
        .position(|(code, _)| primary.eq_ignore_ascii_case(code))
}

/// The table for a language (ISO 639-1 code, lower case), if we have one.
///
/// A BCP 47 tag with a region or script ("de-AT", "zh_Hant", "PT-br") selects its
/// language's table: `<html lang>` values come in all these shapes.
pub(crate) fn table(lang: &str) -> Option<&'static [LangPhrase]> {
    TABLES.get(index(lang)?).map(|(_, t)| *t)
}

/// The compiled set for a language (as [`table`] selects it), one pattern per
/// table row in table order, built on first use; `None` without a table (or if the
/// set failed to build, which the tests rule out).
pub(crate) fn set(lang: &str) -> Option<&'static PatternSet> {
    static SETS: [OnceLock<Option<PatternSet>>; TABLES.len()] =
        [const { OnceLock::new() }; TABLES.len()];
    let i = index(lang)?;
    let (_, t) = TABLES.get(i)?;
    SETS.get(i)?
        .get_or_init(|| PatternSet::new(t.iter().map(|p| p.pattern), FLAGS).ok())
        .as_ref()
}

/// How every language's table compiles (Unicode on: the tables are not English).
const FLAGS: Flags = Flags {
    unicode: true,
    size_limit: SET_SIZE_LIMIT,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::phrases;
    use regex::{Regex, RegexBuilder};

    /// Each pattern compiled once for all tests.
    fn compile(p: &'static LangPhrase) -> &'static Regex {
        static ALL: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            all()
                .map(
                    |(_, p)| match RegexBuilder::new(p.pattern).case_insensitive(true).build() {
                        Ok(re) => (p.pattern, re),
                        Err(e) => panic!("{} {}: {e}", p.code, p.pattern),
                    },
                )
                .collect()
        });
        match all.iter().find(|(pat, _)| std::ptr::eq(*pat, p.pattern)) {
            Some((_, re)) => re,
            None => panic!("{} not in a table", p.pattern),
        }
    }

    fn all() -> impl Iterator<Item = (&'static str, &'static LangPhrase)> {
        LANGUAGES.iter().flat_map(|&l| {
            table(l)
                .unwrap_or_else(|| panic!("no table for {l}"))
                .iter()
                .map(move |p| (l, p))
        })
    }

    /// Words as `features::count` counts them: runs of letters and digits, and
    /// Han/kana at one word per two characters (Hangul is spaced, so counted as words).
    fn words(text: &str) -> u32 {
        let cjk = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}');
        let (mut n, mut han, mut in_word) = (0u32, 0u32, false);
        for c in text.chars() {
            if cjk(c) {
                han += 1;
                in_word = false;
            } else if c.is_alphanumeric() || (in_word && matches!(c, '\'' | '’')) {
                if !in_word {
                    n += 1;
                }
                in_word = true;
            } else {
                in_word = false;
            }
        }
        n + han.div_ceil(2)
    }

    #[test]
    fn every_language_has_a_table() {
        for l in LANGUAGES {
            assert!(table(l).is_some_and(|t| !t.is_empty()), "{l}");
        }
        let codes: Vec<&str> = TABLES.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, LANGUAGES);
        assert!(table("de-AT").is_some());
        assert!(table("zh_Hant").is_some());
        assert!(table("PT-br").is_some());
        assert!(table("en").is_none());
        assert!(table("").is_none());
        assert!(table("xx").is_none());
    }

    #[test]
    fn every_pattern_compiles_and_matches_nothing_empty() {
        for (l, p) in all() {
            let re = compile(p);
            assert!(!re.is_match(""), "{l} {}: matches the empty text", p.code);
            assert!(!re.is_match(" "), "{l} {}: matches a space", p.code);
        }
    }

    #[test]
    fn every_code_is_an_english_rule() {
        for (l, p) in all() {
            assert!(
                phrases::TABLE.iter().any(|e| e.rule.code == p.code),
                "{l}: {} is not in phrases::TABLE",
                p.code
            );
        }
    }

    #[test]
    fn matches_match_and_misses_miss() {
        let mut wrong = Vec::new();
        for (l, p) in all() {
            assert!(!p.matches.is_empty(), "{l} {}: no examples", p.code);
            let re = compile(p);
            for m in p.matches {
                if !re.is_match(m) {
                    wrong.push(format!("{l} {} should match {m:?}", p.code));
                }
            }
            for m in p.misses {
                if re.is_match(m) {
                    wrong.push(format!("{l} {} should not match {m:?}", p.code));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// Labels are often typed in capitals ("ANZEIGE", "İLGİLİ HABERLER"): every
    /// example must still match in upper case (Turkish upper-cased the Turkish way).
    #[test]
    fn matches_survive_upper_case() {
        let mut wrong = Vec::new();
        for (l, p) in all() {
            let re = compile(p);
            // "ß" upper-cases to "SS", which simple case folding does not map back.
            for m in p.matches.iter().filter(|m| !m.contains('ß')) {
                let upper: String = if l == "tr" {
                    m.chars()
                        .flat_map(|c| match c {
                            'i' => vec!['İ'],
                            'ı' => vec!['I'],
                            c => c.to_uppercase().collect(),
                        })
                        .collect()
                } else {
                    m.to_uppercase()
                };
                if !re.is_match(&upper) {
                    wrong.push(format!("{l} {} should match {upper:?}", p.code));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// A match longer than its rule's `max_words` would never fire: the classifier
    /// skips the rule for longer blocks.
    #[test]
    fn examples_fit_their_rules_length() {
        let mut wrong = Vec::new();
        for (l, p) in all() {
            let Some(rule) = phrases::TABLE.iter().find(|e| e.rule.code == p.code) else {
                continue;
            };
            for m in p.matches {
                if words(m) > rule.max_words {
                    wrong.push(format!(
                        "{l} {}: {m:?} has {} words, max {}",
                        p.code,
                        words(m),
                        rule.max_words
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// Another language's misses are body prose too: no pattern of a language may
    /// fire on them (catches patterns that are too loose across scripts, e.g. a bare
    /// `©` or a price shape).
    #[test]
    fn no_pattern_matches_any_languages_misses() {
        let mut wrong = Vec::new();
        for (l, p) in all() {
            let re = compile(p);
            for (m_lang, other) in all() {
                for m in other.misses {
                    if re.is_match(m) {
                        wrong.push(format!("{l} {} matches {m_lang}'s miss {m:?}", p.code));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn one_set_per_language_compiles_within_limits() {
        let lines = crate::rules::matcher::fixture_lines();
        for l in LANGUAGES {
            let t = table(l).unwrap_or_default();
            let Some(set) = set(l) else {
                panic!("{l}: the set does not build within {SET_SIZE_LIMIT} bytes");
            };
            // The set agrees with the patterns one by one, and with a RegexSet of them.
            let mut texts: Vec<&str> = all()
                .flat_map(|(_, p)| p.matches.iter().chain(p.misses))
                .copied()
                .collect();
            texts.extend(lines.iter().map(String::as_str));
            let patterns: Vec<&str> = t.iter().map(|p| p.pattern).collect();
            crate::rules::matcher::assert_agrees(&patterns, FLAGS, &texts);
            for (i, p) in t.iter().enumerate() {
                for m in p.matches {
                    assert!(
                        set.matches(m).iter().any(|j| j == i),
                        "{l} {}: set misses {m:?}",
                        p.code
                    );
                }
                for m in p.misses {
                    assert!(
                        !set.matches(m).iter().any(|j| j == i),
                        "{l} {}: set matches {m:?}",
                        p.code
                    );
                }
            }
        }
        assert!(set("pt-BR").is_some_and(|s| std::ptr::eq(s, set("pt").unwrap())));
        assert!(set("en").is_none());
    }

    /// The chrome every language must cover (the issue's list), by English rule.
    #[test]
    fn every_language_covers_the_core_categories() {
        const CORE: &[(&str, &str)] = &[
            ("P101", "subscribe call"),
            ("P102", "subscribe offer"),
            ("P103", "support/donate"),
            ("P201", "newsletter"),
            ("P202", "email sign-up"),
            ("P301", "continue reading"),
            ("P302", "already a subscriber / log in"),
            ("P303", "subscribers only"),
            ("P305", "log-in label"),
            ("P401", "image credit"),
            ("P402", "photo agency"),
            ("P501", "byline"),
            ("P502", "reading time"),
            ("P601", "share"),
            ("P701", "navigation"),
            ("P702", "related"),
            ("P801", "cookies"),
            ("P802", "advertisement label"),
            ("P901", "copyright"),
            ("P902", "comments"),
        ];
        for l in LANGUAGES {
            let t = table(l).unwrap_or_default();
            for (code, what) in CORE {
                assert!(t.iter().any(|p| p.code == *code), "{l}: no {code} ({what})");
            }
        }
    }

    /// See the module docs: a Unicode `\b` (or `\B`) anywhere in a set makes the
    /// whole set fall back from the lazy DFA on non-ASCII text.
    #[test]
    fn no_unicode_word_boundaries() {
        for (l, p) in all() {
            let mut escaped = false;
            for c in p.pattern.chars() {
                assert!(
                    !(escaped && matches!(c, 'b' | 'B')),
                    "{l} {}: word boundary in {}",
                    p.code,
                    p.pattern
                );
                escaped = !escaped && c == '\\';
            }
        }
    }

    #[test]
    fn word_counting_matches_the_features_stage() {
        assert_eq!(words("これは日本語の文章です。"), 6);
        assert_eq!(words("Jetzt abonnieren"), 2);
        assert_eq!(words("홍길동 기자"), 2);
        assert_eq!(words("Don't stop"), 2);
    }
}
