//! The page's language: the caller's hint, else what the text says (`whatlang`,
//! when it is sure), else `<html lang>`, else the detector's guess.
//!
//! The declared language loses to a confident detection because templates declare
//! one language for every page of a site (`lang="en"` over Korean, `en-US` over
//! Polish: both seen on real sites and in `fixtures/lang/`); it wins when the
//! detector is unsure, which is the case on pages with little prose.

use crate::document::{Block, Source};

/// Bytes of prose the detector reads at most: enough for a reliable answer, cheap.
const SAMPLE_BYTES: usize = 2048;
/// A block shorter than this (in bytes) is rarely prose: menus, labels, bylines.
const MIN_SAMPLE_BLOCK: usize = 60;

/// The language decided for a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decided {
    /// A BCP 47 tag: the declared one when it agrees with the text, else the
    /// detected ISO 639-1 code (or ISO 639-3 where there is none).
    pub tag: String,
    /// Where it came from.
    pub source: Source,
}

/// Decides the page's language from the caller's hint, the declared language and
/// the blocks' text.
pub(crate) fn decide(
    blocks: &[Block],
    hint: Option<&str>,
    declared: Option<(&str, Source)>,
) -> Option<Decided> {
    if let Some(hint) = hint.map(str::trim).filter(|h| !h.is_empty()) {
        return Some(Decided {
            tag: hint.to_owned(),
            source: Source::Caller,
        });
    }
    let declared = declared.filter(|(d, _)| !d.trim().is_empty());
    let sample = sample(blocks);
    // English prose declared English needs no detector (the most common case, and
    // the detector costs more than classifying the page): its share of English
    // function words is far above what any other language's text reaches.
    if let Some((tag, source)) = declared
        && primary(tag).eq_ignore_ascii_case("en")
        && english_share(&sample) >= ENGLISH_SHARE
    {
        return Some(Decided {
            tag: tag.trim().to_owned(),
            source,
        });
    }
    let detected = detect(&sample);
    match (detected, declared) {
        (Some((code, reliable)), Some((tag, source))) => {
            if primary(tag).eq_ignore_ascii_case(code) || !reliable {
                Some(Decided {
                    tag: tag.trim().to_owned(),
                    source,
                })
            } else {
                Some(Decided {
                    tag: code.to_owned(),
                    source: Source::Detected,
                })
            }
        }
        (Some((code, _)), None) => Some(Decided {
            tag: code.to_owned(),
            source: Source::Detected,
        }),
        (None, Some((tag, source))) => Some(Decided {
            tag: tag.trim().to_owned(),
            source,
        }),
        (None, None) => None,
    }
}

/// The primary language subtag: `"en"` of `"en-GB"`, `"zh"` of `"zh_Hant"`.
pub(crate) fn primary(tag: &str) -> &str {
    tag.trim().split(['-', '_']).next().unwrap_or_default()
}

/// Share of English function words in the sample at which a declared `en` stands
/// without detection (English prose: 0.4-0.5; other languages' text: under 0.15).
const ENGLISH_SHARE: f32 = 0.3;
/// Fewest words for that share to mean anything.
const MIN_SHARE_WORDS: usize = 40;

/// The share of English stopwords among the sample's words (0 when too few),
/// counted by the same pass that gives blocks their stopword density.
fn english_share(sample: &str) -> f32 {
    let f = crate::features::count(
        sample,
        crate::rules::stopwords::english(),
        &mut String::new(),
    );
    if (f.words as usize) < MIN_SHARE_WORDS {
        return 0.0;
    }
    f.stopwords as f32 / f.words as f32
}

/// The language of the sample and whether the detector is sure of it.
fn detect(sample: &str) -> Option<(&'static str, bool)> {
    let info = whatlang::detect(sample)?;
    Some((iso_639_1(info.lang()), info.is_reliable()))
}

/// Up to [`SAMPLE_BYTES`] of the page's prose (its longer blocks first), one block a line.
fn sample(blocks: &[Block]) -> String {
    let mut sample = String::with_capacity(SAMPLE_BYTES + 256);
    for pass in [MIN_SAMPLE_BLOCK, 1] {
        for b in blocks.iter().filter(|b| b.text.len() >= pass) {
            if sample.len() >= SAMPLE_BYTES {
                break;
            }
            let end = floor_char_boundary(&b.text, SAMPLE_BYTES - sample.len());
            sample.push_str(b.text.get(..end).unwrap_or_default());
            sample.push('\n');
        }
        if sample.len() >= SAMPLE_BYTES / 4 {
            break;
        }
    }
    sample
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// whatlang's ISO 639-3 codes as the two-letter codes pages and stopword lists use.
const ISO_639_1: &[(&str, &str)] = &[
    ("afr", "af"),
    ("aka", "ak"),
    ("amh", "am"),
    ("ara", "ar"),
    ("aze", "az"),
    ("bel", "be"),
    ("ben", "bn"),
    ("bul", "bg"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("cmn", "zh"),
    ("cym", "cy"),
    ("dan", "da"),
    ("deu", "de"),
    ("ell", "el"),
    ("eng", "en"),
    ("epo", "eo"),
    ("est", "et"),
    ("fin", "fi"),
    ("fra", "fr"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("hye", "hy"),
    ("ind", "id"),
    ("ita", "it"),
    ("jav", "jv"),
    ("jpn", "ja"),
    ("kan", "kn"),
    ("kat", "ka"),
    ("khm", "km"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("mal", "ml"),
    ("mar", "mr"),
    ("mkd", "mk"),
    ("mya", "my"),
    ("nep", "ne"),
    ("nld", "nl"),
    ("nob", "nb"),
    ("ori", "or"),
    ("pan", "pa"),
    ("pes", "fa"),
    ("pol", "pl"),
    ("por", "pt"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("sin", "si"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("sna", "sn"),
    ("spa", "es"),
    ("srp", "sr"),
    ("swe", "sv"),
    ("tam", "ta"),
    ("tel", "te"),
    ("tgl", "tl"),
    ("tha", "th"),
    ("tuk", "tk"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("uzb", "uz"),
    ("vie", "vi"),
    ("yid", "yi"),
    ("zul", "zu"),
];

fn iso_639_1(lang: whatlang::Lang) -> &'static str {
    let code = lang.code();
    ISO_639_1
        .iter()
        .find(|(three, _)| *three == code)
        .map_or(code, |(_, two)| two)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Context, Structure};

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .map(|t| Block::new((*t).to_owned(), Structure::Paragraph, Context::default()))
            .collect()
    }

    #[test]
    fn detection_beats_a_template_declaration_and_the_hint_beats_both() {
        let polish = blocks(&[
            "Bar mleczny przy rynku działa od pięćdziesięciu lat i wciąż serwuje pierogi, naleśniki oraz zupy po cenach, które zaskakują turystów.",
        ]);
        let d = decide(&polish, None, Some(("en-US", Source::HtmlLang))).unwrap();
        assert_eq!((d.tag.as_str(), d.source), ("pl", Source::Detected));
        let d = decide(&polish, Some("de"), Some(("en-US", Source::HtmlLang))).unwrap();
        assert_eq!((d.tag.as_str(), d.source), ("de", Source::Caller));
        // Agreeing declaration keeps its region.
        let d = decide(&polish, None, Some(("pl-PL", Source::HtmlLang))).unwrap();
        assert_eq!((d.tag.as_str(), d.source), ("pl-PL", Source::HtmlLang));
    }

    #[test]
    fn unsure_detection_defers_to_the_declaration() {
        let d = decide(&blocks(&["OK"]), None, Some(("fr", Source::HtmlLang))).unwrap();
        assert_eq!((d.tag.as_str(), d.source), ("fr", Source::HtmlLang));
        assert_eq!(decide(&[], None, None), None);
    }

    const ENGLISH: &str = "The council said on Tuesday that the new bridge would open to traffic in the spring, after two years of delays that had left residents on both sides of the river with a long detour. Engineers told the meeting that the last of the steel had been delivered and that they were confident the work could be finished before the end of March.";
    const GERMAN: &str = "Der Gemeinderat teilte am Dienstag mit, dass die neue Brücke im Frühjahr für den Verkehr freigegeben werde, nachdem zwei Jahre Verzögerung die Anwohner auf beiden Seiten des Flusses zu einem langen Umweg gezwungen hatten. Die Ingenieure sagten, der letzte Stahl sei geliefert worden und sie seien zuversichtlich, die Arbeiten bis Ende März abzuschließen.";
    const DUTCH: &str = "De gemeenteraad maakte dinsdag bekend dat de nieuwe brug in het voorjaar voor het verkeer opengaat, na twee jaar vertraging waardoor bewoners aan beide kanten van de rivier een lange omweg moesten maken. De ingenieurs zeiden dat het laatste staal is geleverd en dat zij erop vertrouwen dat het werk voor eind maart klaar is, zoals beloofd aan de buurt.";
    const SPANISH: &str = "El ayuntamiento anunció el martes que el nuevo puente se abrirá al tráfico en primavera, después de dos años de retrasos que obligaron a los vecinos de ambas orillas del río a dar un largo rodeo. Los ingenieros dijeron que ya se había entregado el último acero y que confiaban en terminar las obras antes de finales de marzo.";

    #[test]
    fn english_prose_stands_on_its_declaration_and_other_prose_does_not() {
        assert!(
            english_share(ENGLISH) >= ENGLISH_SHARE,
            "{}",
            english_share(ENGLISH)
        );
        for other in [GERMAN, DUTCH, SPANISH] {
            assert!(
                english_share(other) < ENGLISH_SHARE / 2.0,
                "{}: {other}",
                english_share(other)
            );
        }
        // Too short to judge by the share.
        assert_eq!(english_share("The bridge will open in the spring."), 0.0);
        let d = decide(&blocks(&[ENGLISH]), None, Some(("en-GB", Source::HtmlLang))).unwrap();
        assert_eq!((d.tag.as_str(), d.source), ("en-GB", Source::HtmlLang));
        // A template's `en` on German prose: the detector decides.
        let d = decide(&blocks(&[GERMAN]), None, Some(("en", Source::HtmlLang))).unwrap();
        assert_eq!((d.tag.as_str(), d.source), ("de", Source::Detected));
    }

    #[test]
    fn every_mapped_code_is_two_letters() {
        for (three, two) in ISO_639_1 {
            assert_eq!((three.len(), two.len()), (3, 2), "{three}");
        }
        assert_eq!(primary(" zh_Hant "), "zh");
    }
}
