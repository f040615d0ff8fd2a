//! Stopword lists for the stopword-density signal (jusText's best single feature:
//! running prose is about 40% function words, menus and headlines far fewer).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{Mutex, OnceLock};

/// English function words (lower case; contractions with a straight apostrophe).
const ENGLISH: &str = "a about above after again against all almost also although always am among an and \
another any anyone anything are aren't around as at be became because become been before being below \
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't done down \
during each either else enough even ever every few for from further get gets got had hadn't has hasn't \
have haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i \
i'd i'll i'm i've if in into is isn't it it's its itself just least less let's like made make many may \
me might more most much must mustn't my myself neither never no nor not now of off often on once one \
only or other others otherwise ought our ours ourselves out over own per perhaps quite rather really \
same several shan't she she'd she'll she's should shouldn't since so some something still such than \
that that's the their theirs them themselves then there there's these they they'd they'll they're \
they've this those though through thus to too toward towards under until up upon us very was wasn't \
we we'd we'll we're we've were weren't what what's whatever when when's where where's whether which \
while who who's whom whose why why's will with within without won't would wouldn't yet you you'd \
you'll you're you've your yours yourself yourselves says said say";

/// A language's stopwords, ready for the per-word lookup.
#[derive(Debug, Default)]
pub(crate) struct StopSet {
    /// Lower-case words.
    pub words: HashSet<&'static str>,
    /// Longest word in bytes: longer words skip the lookup.
    pub max_len: usize,
    /// One-character stopwords of scripts written without spaces (的, 是, の, に):
    /// counted per character, since there are no words to look up.
    pub chars: HashSet<char>,
}

impl StopSet {
    fn new(words: impl IntoIterator<Item = &'static str>) -> StopSet {
        let mut set = StopSet::default();
        for w in words {
            let mut chars = w.chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && crate::features::is_cjk(c)
            {
                set.chars.insert(c);
            }
            set.max_len = set.max_len.max(w.len());
            set.words.insert(w);
        }
        set
    }
}

/// The English stopword set.
pub(crate) fn english() -> &'static StopSet {
    static SET: OnceLock<StopSet> = OnceLock::new();
    SET.get_or_init(|| StopSet::new(ENGLISH.split_ascii_whitespace()))
}

/// The stopwords of a language (BCP 47 tag; its primary subtag picks the list):
/// our English list, or the stopwords-iso list of the `stop-words` crate (MIT
/// licence; about 60 languages). `None` for a language with no list.
pub(crate) fn for_language(tag: &str) -> Option<&'static StopSet> {
    static SETS: OnceLock<Mutex<HashMap<&'static str, &'static StopSet>>> = OnceLock::new();
    let primary = crate::language::primary(tag).to_ascii_lowercase();
    if primary == "en" {
        return Some(english());
    }
    let words = stop_words::lookup(&primary)?;
    let code = *stop_words::available_languages()
        .iter()
        .find(|c| **c == primary)?;
    let sets = SETS.get_or_init(Default::default);
    let mut sets = sets
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // One leaked set per language at most: a bounded, process-long table.
    Some(
        sets.entry(code)
            .or_insert_with(|| Box::leak(Box::new(StopSet::new(words.iter().copied())))),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_lowercase_and_short() {
        let en = super::english();
        for w in &en.words {
            assert_eq!(*w, w.to_lowercase());
            assert!(w.len() <= en.max_len, "{w}");
        }
        assert!(en.words.contains("the"));
    }

    #[test]
    fn lists_for_the_languages_of_the_web() {
        for lang in [
            "de", "fr", "es", "pt", "it", "nl", "ru", "pl", "tr", "ja", "zh", "ko", "ar", "sv",
            "da", "fi", "cs", "hu", "ro", "el", "bg", "uk", "he", "fa", "hi", "id", "vi", "th",
            "no", "sk",
        ] {
            let set =
                super::for_language(lang).unwrap_or_else(|| panic!("no stopwords for {lang}"));
            assert!(set.words.len() >= 20, "{lang}: {}", set.words.len());
        }
        assert!(super::for_language("de-AT").unwrap().words.contains("und"));
        assert!(super::for_language("zh-CN").unwrap().chars.contains(&'的'));
        assert!(super::for_language("xx").is_none());
    }
}
