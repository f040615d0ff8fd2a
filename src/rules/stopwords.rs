//! Stopword lists for the stopword-density signal (jusText's best single feature:
//! running prose is about 40% function words, menus and headlines far fewer).

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

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

/// The English stopword set.
pub(crate) fn english() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ENGLISH.split_ascii_whitespace().collect())
}

/// Longest stopword in bytes: longer words skip the lookup.
pub(crate) const MAX_LEN: usize = 10;

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_lowercase_and_short() {
        for w in super::english() {
            assert_eq!(*w, w.to_lowercase());
            assert!(w.len() <= super::MAX_LEN, "{w}");
        }
        assert!(super::english().contains("the"));
    }
}
