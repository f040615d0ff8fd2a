//! Dates and authors the page shows rather than declares: read after classification,
//! only for the fields `<meta>` and JSON-LD left empty.
//!
//! | field | places, first wins (after the declared ones of the module above) |
//! |---|---|
//! | `published` | a `<time>` or element marked as the publication date (`itemprop=datePublished`, `pubdate`, a class naming it); the first `<time datetime>` inside the article; a date in a byline or date line near the title ("Published March 3, 2024", "12. März 2024"; a date after "Updated" is the update's); a day in the URL's path (`/2024/03/14/`); a short line anywhere that announces its date ("Posted on April 13, 2023"); the first `<time datetime>` outside the page chrome |
//! | `modified` | a `<time>` or element marked as the update (`itemprop=dateModified`, a class naming it); a date after "Updated" in a date line near the title |
//! | `authors` | a byline near the title ("By Jane Doe and John Roe", "Von ...", "Par ...", "Por ...", "Di ...", "Door ...", "Author: ..."), names only (no site, date or role); else the first microdata author mark (`itemprop=author`); else a short line that is only a name, in an author-named element near the title, or the name under a label line ("Written By") |
//!
//! "Near the title": from five blocks before the title block to forty after (the first
//! forty blocks of a page without one), nearest first, never a kept body paragraph or
//! navigation.

use std::sync::OnceLock;

use jiff::civil::Date;
use regex::Regex;

use crate::document::{Block, Kind, Landmarks, Metadata, Source};
use crate::rules::hints::Hint;
use crate::segment::TimeMark;

/// Blocks before and after the title searched for a byline or a date line (after:
/// fitted on WCXB-dev's tuning half among 15, 25, 40 and 60).
const BEFORE_TITLE: usize = 5;
/// See [`BEFORE_TITLE`].
const AFTER_TITLE: usize = 40;
/// Blocks searched on a page without a title block.
const NO_TITLE: usize = 40;
/// Longest block read as a byline or date line.
const MAX_LINE_WORDS: usize = 40;

/// Month names and abbreviations in the Latin-script languages the phrase tables cover,
/// but Polish and Turkish (lower case, no trailing period), with their number.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("okt", 10),
    ("dez", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    // Indonesian (januari, februari, mei... as in Dutch)
    ("maret", 3),
    ("agustus", 8),
    ("agu", 8),
    ("agt", 8),
    ("desember", 12),
    ("des", 12),
];

/// Words after which a date is the update's, not the publication's.
const UPDATED: &[&str] = &[
    "updated",
    "modified",
    "last edited",
    "aktualisiert",
    "mis à jour",
    "actualizado",
    "aggiornato",
    "atualizado",
    "bijgewerkt",
    "diperbarui",
];

/// Words that announce a publication date anywhere on the page ("Posted on April 13,
/// 2023", "Published On: 15 August 2025"), read in date lines far from the title too.
const PUBLISHED: &[&str] = &[
    "published",
    "posted",
    "publié",
    "veröffentlicht",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "diterbitkan",
];

/// Most words a line announcing its publication date has, outside the byline window.
const ANNOUNCED_WORDS: usize = 12;

/// Where a "by" that is not the line's first word starts (after a date or a label).
fn mid_line_by(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    lower.match_indices("by ").map(|(i, _)| i).find(|&i| {
        i > 0
            && lower
                .as_bytes()
                .get(i - 1)
                .is_some_and(|c| c.is_ascii_whitespace())
    })
}

/// The name of a microdata author mark: one to four words, a letter among them, no
/// colon, no URL, not a label ("Author", "Offline"); a leading "By" dropped.
fn mark_name(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("by "))
        .unwrap_or(t)
        .trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let ok = (1..=4).contains(&words.len())
        && t.chars().count() <= 40
        && t.chars().any(char::is_alphabetic)
        && !t.contains(':')
        && !t.contains('/')
        && !has_label_word(&words);
    ok.then(|| words.join(" "))
}

/// A line that only announces an author: "Written By", "Author", "Authors:", "Posted by".
fn is_author_label(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .any(|w| w.starts_with("author") || w == "written")
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "author" | "authors" | "written" | "posted" | "by" | "the" | "about"
            )
        })
}

/// Whether one of the words is a [`LABELS`] word (case and punctuation aside).
fn has_label_word(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let lw = w.to_lowercase();
        LABELS.contains(&lw.trim_matches(|c: char| !c.is_alphanumeric()))
    })
}

/// Words that make a short capitalised line a label or a control, not a name ("Written
/// By", "Author", "Source", "Resources Type", "Loading", "Offline"): read only where a
/// line alone must be a name.
const LABELS: &[&str] = &[
    "author",
    "authors",
    "written",
    "by",
    "source",
    "sources",
    "category",
    "categories",
    "type",
    "tags",
    "topics",
    "resources",
    "recommendations",
    "blog",
    "loading",
    "help",
    "online",
    "offline",
    "share",
    "about",
    "contact",
    "comments",
    "menu",
    "search",
];

/// Words that make a capitalised phrase after "By" a role or a site, not a name.
const NOT_NAMES: &[&str] = &[
    "staff",
    "writer",
    "editor",
    "editors",
    "reporter",
    "correspondent",
    "contributor",
    "columnist",
    "journalist",
    "team",
    "desk",
    "redaktion",
    "redakteur",
    "rédaction",
    "redacción",
    "redazione",
    "news",
    "updated",
    "published",
    "posted",
    "read",
    "min",
];

/// Fills `published`, `modified` and `authors` from the page where the declared
/// metadata left them empty, recording the source of each.
pub(crate) fn fill(
    m: &mut Metadata,
    times: &[TimeMark],
    author_marks: &[String],
    blocks: &[Block],
    url: Option<&str>,
) {
    let english = m.language.as_deref().is_none_or(|l| l.starts_with("en"));
    // Built only when a field is still missing (most pages that declare dates and
    // authors never need it).
    let window = std::cell::OnceCell::new();
    let lines = || window.get_or_init(|| byline_window(blocks));
    if m.published.is_none() {
        let time = |pick: &dyn Fn(&TimeMark) -> bool| {
            times
                .iter()
                .filter(|t| pick(t))
                .find_map(|t| time_value(t, english))
        };
        let found = time(&|t| t.published && !t.modified)
            .map(|d| (d, Source::TimeElement))
            .or_else(|| {
                time(&|t| t.in_article && !t.modified && !t.in_chrome)
                    .map(|d| (d, Source::TimeElement))
            })
            .or_else(|| {
                lines()
                    .iter()
                    .find_map(|b| published_in_line(&b.text, english))
                    .map(|d| (d, Source::Byline))
            })
            .or_else(|| url.and_then(date_in_url).map(|d| (d, Source::UrlPath)))
            .or_else(|| announced_date(blocks, english).map(|d| (d, Source::Byline)))
            .or_else(|| time(&|t| !t.modified && !t.in_chrome).map(|d| (d, Source::TimeElement)));
        if let Some((date, source)) = found {
            m.published = Some(date);
            super::record(m, "published", source);
        }
    }
    if m.modified.is_none() {
        let found = times
            .iter()
            .filter(|t| t.modified)
            .find_map(|t| time_value(t, english))
            .map(|d| (d, Source::TimeElement))
            .or_else(|| {
                lines()
                    .iter()
                    .find_map(|b| updated_in_line(&b.text, english))
                    .map(|d| (d, Source::Byline))
            });
        if let Some((date, source)) = found {
            m.modified = Some(date);
            super::record(m, "modified", source);
        }
    }
    if m.authors.is_empty() {
        // A byline's "By ..." first; then the microdata author mark (a forum post's
        // `itemprop=author`: a user name need not look like a person's name); then a
        // line that is only a name, or the name under a label line.
        let is_byline =
            |b: &Block| b.kind == Kind::Byline || b.context.near_hints.contains(Hint::Byline);
        let byline = lines()
            .iter()
            .find_map(|b| Some(authors_in_byline(&b.text)).filter(|n| !n.is_empty()))
            .or_else(|| {
                // In a byline element, "By" may follow a date or a label ("September 1st,
                // 2023 By Emily Norwood", "Guide by Will Judd").
                lines().iter().filter(|b| is_byline(b)).find_map(|b| {
                    let text = &b.text;
                    let at = mid_line_by(text)?;
                    Some(authors_in_byline(text.get(at..)?)).filter(|n| !n.is_empty())
                })
            });
        let marked = || {
            author_marks
                .iter()
                .find_map(|t| mark_name(t))
                .map(|n| (vec![n], Source::Microdata))
        };
        let names = byline
            .map(|n| (n, Source::Byline))
            .or_else(marked)
            .or_else(|| {
                lines()
                    .iter()
                    .filter(|b| is_byline(b))
                    .find_map(|b| name_only(&b.text).map(|n| (vec![n], Source::Byline)))
            })
            .or_else(|| {
                // A label alone on its line ("Written By", "Author") and the name on the
                // next one.
                lines()
                    .iter()
                    .filter(|b| is_author_label(&b.text))
                    .find_map(|label| {
                        let at = blocks.iter().position(|b| std::ptr::eq(b, *label))?;
                        name_only(&blocks.get(at + 1)?.text).map(|n| (vec![n], Source::Byline))
                    })
            });
        if let Some((names, source)) = names {
            m.authors = names;
            super::record(m, "authors", source);
        }
    }
}

/// A time mark's date: machine-readable, or else written out ("on Friday December 19,
/// 2025 @08:00PM" in a `datetime`).
fn time_value(t: &TimeMark, english: bool) -> Option<String> {
    super::normalize_date(&t.value).or_else(|| {
        dates_in(&t.value, english)
            .into_iter()
            .next()
            .map(|(_, d)| d)
    })
}

/// The short non-body blocks near the title, nearest first (after it before before it),
/// outside navigation. Links are no reason to skip a block (a byline's name and date
/// are often links, to the author's page, to the day's archive), nor are footers,
/// asides and page headers: skipping those was worse on both halves of WCXB-dev (bylines
/// sit in a post's sidebar or in a `<header>` outside `<article>`).
fn byline_window(blocks: &[Block]) -> Vec<&Block> {
    // Without a title block (an `<h1>` that does not match `<title>`), the first
    // `<h1>` outside navigation, else the first kept body block, stands for it.
    let title = blocks
        .iter()
        .position(|b| b.kind == Kind::Title)
        .or_else(|| {
            blocks.iter().position(|b| {
                b.structure == crate::Structure::Heading { level: 1 }
                    && !b.context.landmarks.contains(Landmarks::NAV)
            })
        })
        .or_else(|| blocks.iter().position(|b| b.kept && b.kind == Kind::Body));
    let range = match title {
        Some(t) => t.saturating_sub(BEFORE_TITLE)..(t + AFTER_TITLE + 1).min(blocks.len()),
        None => 0..NO_TITLE.min(blocks.len()),
    };
    let start = range.start;
    let mut near: Vec<(usize, &Block)> = blocks
        .get(range)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, b)| (start + i, b))
        .filter(|(_, b)| {
            let words = b.text.split_whitespace().count();
            (1..=MAX_LINE_WORDS).contains(&words)
                && !b.context.landmarks.contains(Landmarks::NAV)
                && b.kind != Kind::Navigation
                && !(b.kept && b.kind == Kind::Body && words > 12)
                && b.kind != Kind::Title
        })
        .collect();
    if let Some(t) = title {
        near.sort_by_key(|(i, _)| (i.abs_diff(t), *i < t));
    }
    near.into_iter().map(|(_, b)| b).collect()
}

fn re(cell: &'static OnceLock<Option<Regex>>, pattern: &str) -> Option<&'static Regex> {
    cell.get_or_init(|| Regex::new(pattern).ok()).as_ref()
}

/// Every date written out in the text, with where it starts: ISO days, "March 3, 2024",
/// "3 March 2024", "3. März 2024", "3 de marzo de 2024", and numeric days
/// ("14.03.2024"; with slashes month first in English unless the first number is over
/// 12, day first elsewhere).
fn dates_in(text: &str, english: bool) -> Vec<(usize, String)> {
    static NAMED: OnceLock<Vec<Regex>> = OnceLock::new();
    static NUMERIC: OnceLock<Option<Regex>> = OnceLock::new();
    let mut out = Vec::new();
    // Every form has a four-digit year: most lines have none, and skip the regexes.
    let mut run = 0;
    let year = text.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    });
    if !year {
        return out;
    }
    let day = |y: &str, m: u8, d: &str| -> Option<String> {
        let (y, d) = (y.parse::<i16>().ok()?, d.parse::<i8>().ok()?);
        if !(1990..=2100).contains(&y) {
            return None;
        }
        Date::new(y, i8::try_from(m).ok()?, d)
            .ok()
            .map(|date| date.to_string())
    };
    // A month by number or by name.
    let month = |w: &str| {
        w.parse::<u8>().ok().or_else(|| {
            let w = w.to_lowercase();
            MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
        })
    };
    // ISO days, month-name first, day first: the same three named groups.
    let named = NAMED.get_or_init(|| {
        [
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\D|$)",
            r"(?i)\b(?P<m>[^\W\d_]{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
            r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?P<m>[^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(?P<y>\d{4})\b",
        ]
        .iter()
        .filter_map(|p| Regex::new(p).ok())
        .collect()
    });
    for r in named {
        for c in r.captures_iter(text) {
            if let (Some(all), Some(y), Some(m), Some(d)) =
                (c.get(0), c.name("y"), c.name("m"), c.name("d"))
                && let Some(m) = month(m.as_str())
                && let Some(date) = day(y.as_str(), m, d.as_str())
            {
                out.push((all.start(), date));
            }
        }
    }
    if let Some(r) = re(&NUMERIC, r"\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b") {
        for c in r.captures_iter(text) {
            let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u8>().ok());
            let (Some(all), Some(a), Some(b), Some(y)) = (c.get(0), num(1), num(3), c.get(4))
            else {
                continue;
            };
            let month_first = c.get(2).is_some_and(|s| s.as_str() == "/") && english && a <= 12;
            let (m, d) = if month_first { (a, b) } else { (b, a) };
            if let Some(date) = day(y.as_str(), m, &d.to_string()) {
                out.push((all.start(), date));
            }
        }
    }
    out.sort_by_key(|(at, _)| *at);
    out
}

/// The publication date a byline or date line shows: its first date not announced as
/// an update ("Published March 3 | Updated March 5" gives March 3; "Updated March 5"
/// alone gives nothing).
fn published_in_line(text: &str, english: bool) -> Option<String> {
    date_in_line(text, english, false)
}

/// The first date line of the page, outside the window near the title, that announces
/// a publication ("Posted on April 13, 2023" at the end of a post): a short line outside
/// navigation and the comments, the announcing word right before its date.
fn announced_date(blocks: &[Block], english: bool) -> Option<String> {
    blocks
        .iter()
        .filter(|b| {
            b.text.split_whitespace().count() <= ANNOUNCED_WORDS
                && !b.context.landmarks.contains(Landmarks::NAV)
                && !matches!(b.kind, Kind::Navigation | Kind::Comments)
        })
        .find_map(|b| {
            let text = unglued(&b.text);
            let (at, date) = dates_in(&text, english).into_iter().next()?;
            // The cue among the last three words before the date ("Published On:", "Posted
            // on", "Veröffentlicht am").
            let before = text.get(..at)?.to_lowercase();
            let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
            let tail = words.into_iter().rev().collect::<Vec<_>>().join(" ");
            PUBLISHED.iter().any(|p| tail.contains(p)).then_some(date)
        })
}

/// The update's date a date line shows ("Updated on July 9, 2025").
fn updated_in_line(text: &str, english: bool) -> Option<String> {
    date_in_line(text, english, true)
}

/// The first date of the line that is (`updated`) or is not announced as an update: an
/// update word between the previous date and this one.
fn date_in_line(text: &str, english: bool, updated: bool) -> Option<String> {
    let text = &*unglued(text);
    let mut from = 0;
    for (at, date) in dates_in(text, english) {
        // (Lower-cased piece by piece: lower case can change a letter's length in bytes.)
        let before = text.get(from..at).unwrap_or("").to_lowercase();
        from = at;
        if UPDATED.iter().any(|u| before.contains(u)) == updated {
            return Some(date);
        }
    }
    None
}

/// The line with a space at each seam where two inline elements' texts were written
/// without one: a lower-case letter or a digit right before an upper-case letter
/// ("Mental HealthDECEMBER 22, 2022Updated: ...", "Dec 17, 2025Julian Arni"), so a date's
/// words stand apart. Borrowed when there is no seam (most lines).
fn unglued(text: &str) -> std::borrow::Cow<'_, str> {
    let seam = |a: char, b: char| (a.is_lowercase() || a.is_ascii_digit()) && b.is_uppercase();
    let mut prev = None;
    let glued = text.chars().any(|c| {
        let hit = prev.is_some_and(|p| seam(p, c));
        prev = Some(c);
        hit
    });
    if !glued {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev = None;
    for c in text.chars() {
        if prev.is_some_and(|p| seam(p, c)) {
            out.push(' ');
        }
        out.push(c);
        prev = Some(c);
    }
    std::borrow::Cow::Owned(out)
}

/// The names a byline gives: "By Jane Doe and John Roe | March 3" -> both names.
fn authors_in_byline(text: &str) -> Vec<String> {
    static BY: OnceLock<Option<Regex>> = OnceLock::new();
    static CUT: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(by) = re(
        &BY,
        r"(?i)^\W*(?:written by|words by|posted by|by|von|par|por|di|door|av|af|przez|autor(?:in)?\s*:|auteur\s*:|author\s*:|autore\s*:)\s+",
    ) else {
        return Vec::new();
    };
    let Some(m) = by.find(text) else {
        return Vec::new();
    };
    let rest = text.get(m.end()..).unwrap_or("");
    // The names end at a separator, a date, a time or a word of the date line.
    let end = re(
        &CUT,
        r"(?i)[|•·—–\n(]|\s-\s|\d|\b(on|updated|published|posted|am|le|el|il|op|em)\b",
    )
    .and_then(|c| c.find(rest))
    .map_or(rest.len(), |c| c.start());
    let names = rest.get(..end).unwrap_or("");
    names
        .split([',', '&', ';'])
        .flat_map(|part| {
            part.split(" and ")
                .flat_map(|p| p.split(" und "))
                .flat_map(|p| p.split(" et "))
                .flat_map(|p| p.split(" y "))
                .flat_map(|p| p.split(" e "))
                .flat_map(|p| p.split(" en "))
        })
        .filter_map(name_only)
        .collect()
}

/// Lower-case words inside a name ("Ludwig van Beethoven", "María del Mar").
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "le", "la", "del", "dos", "bin", "al",
    "ten", "ter", "y",
];

/// A text that is a person's name: one to five words, each capitalised (but the
/// particles of [`PARTICLES`]), no digits, no role or site words.
fn name_only(text: &str) -> Option<String> {
    let t = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = t.split_whitespace().collect();
    let looks = (1..=5).contains(&words.len())
        && t.chars().count() <= 60
        && !t.chars().any(|c| c.is_ascii_digit() || c == ':')
        && !has_label_word(&words)
        && words.iter().enumerate().all(|(i, w)| {
            w.chars().next().is_some_and(char::is_uppercase)
                || (i > 0 && PARTICLES.contains(&w.to_lowercase().as_str()))
        })
        && words.iter().all(|w| {
            let lw = w.to_lowercase();
            !NOT_NAMES.contains(&lw.trim_matches(|c: char| !c.is_alphanumeric()))
        })
        && (words.len() > 1 || t.chars().count() >= 3);
    looks.then(|| words.join(" "))
}

/// A day in the URL's path: `/2024/03/14/`, `/2024-03-14-slug`, `/20240314/`.
fn date_in_url(url: &str) -> Option<String> {
    static PATH: OnceLock<Option<Regex>> = OnceLock::new();
    let path = url.split_once("://").map_or(url, |(_, rest)| {
        rest.find('/').map_or("", |i| rest.get(i..).unwrap_or(""))
    });
    let path = path.split(['?', '#']).next().unwrap_or("");
    let r = re(
        &PATH,
        r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_-]|\.html?|$)",
    )?;
    let c = r.captures(path)?;
    let (y, m, d) = (c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str());
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        .ok()
        .map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_out() {
        let d = |t: &str| {
            dates_in(t, true)
                .into_iter()
                .map(|(_, d)| d)
                .collect::<Vec<_>>()
        };
        assert_eq!(d("By Jane Doe • Dec. 19, 2025"), ["2025-12-19"]);
        assert_eq!(d("Published 3 March 2024, 10:00"), ["2024-03-03"]);
        assert_eq!(d("Veröffentlicht am 12. März 2024"), ["2024-03-12"]);
        assert_eq!(d("Publicado el 5 de mayo de 2023"), ["2023-05-05"]);
        assert_eq!(d("Senin, 17 Agustus 2026 10:15 WIB"), ["2026-08-17"]);
        assert_eq!(d("3 Des 2024"), ["2024-12-03"]);
        assert_eq!(d("Updated: 10/31/2024"), ["2024-10-31"]);
        assert_eq!(dates_in("le 04/05/2024", false)[0].1, "2024-05-04");
        assert_eq!(d("14.03.2024"), ["2024-03-14"]);
        assert_eq!(d("2021-09-08T10:00"), ["2021-09-08"]);
        // Not dates: a month-like word that is none, an impossible day, a far year.
        assert!(d("Series 3 2024").is_empty());
        assert!(d("February 30, 2024").is_empty());
        assert!(d("May 3, 1066").is_empty());
    }

    #[test]
    fn the_update_is_not_the_publication() {
        assert_eq!(
            published_in_line("Published March 3, 2024 | Updated March 5, 2024", true).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            published_in_line("Updated March 5, 2024; first published March 3, 2024", true)
                .as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(published_in_line("Updated March 5, 2024", true), None);
        // Two inline elements' texts written without a space between them.
        assert_eq!(
            published_in_line("Dec 17, 2025Julian K. Arni", true).as_deref(),
            Some("2025-12-17")
        );
        assert_eq!(
            published_in_line(
                "Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026",
                true
            )
            .as_deref(),
            Some("2022-12-22")
        );
        assert_eq!(
            updated_in_line(
                "Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026",
                true
            )
            .as_deref(),
            Some("2026-01-02")
        );
        assert_eq!(
            published_in_line("Diperbarui 5 Maret 2024 | Diterbitkan 3 Maret 2024", true)
                .as_deref(),
            Some("2024-03-03")
        );
    }

    #[test]
    fn a_by_after_a_date_or_a_label() {
        let names = |t: &str| mid_line_by(t).map(|at| authors_in_byline(&t[at..]));
        assert_eq!(
            names("September 1st, 2023 By Emily Norwood"),
            Some(vec!["Emily Norwood".to_owned()])
        );
        assert_eq!(
            names("Guide by Will Judd"),
            Some(vec!["Will Judd".to_owned()])
        );
        assert_eq!(
            names("By Jane Doe"),
            None,
            "a leading By is the byline rule's"
        );
        assert_eq!(names("Nearby stations"), None);
    }

    #[test]
    fn a_label_is_no_name() {
        for label in [
            "Written By",
            "Author",
            "Source",
            "Resources Type",
            "Category: Travel",
            "Loading",
        ] {
            assert_eq!(name_only(label), None, "{label}");
        }
        assert_eq!(
            name_only("Cazzy Magennis").as_deref(),
            Some("Cazzy Magennis")
        );
        assert!(is_author_label("Written By") && is_author_label("Authors:"));
        assert!(!is_author_label("By Jane Doe") && !is_author_label("About Us"));
    }

    #[test]
    fn bylines_give_names_only() {
        assert_eq!(
            authors_in_byline("By Makenzie Holland • Dec. 19, 2025"),
            ["Makenzie Holland"]
        );
        assert_eq!(
            authors_in_byline("By Jane Doe and John Roe, Staff Writers"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(
            authors_in_byline("Von Anna Schmidt und Peter Weber"),
            ["Anna Schmidt", "Peter Weber"]
        );
        assert_eq!(
            authors_in_byline("Author: Chirag Bhardwaj | 5 min read"),
            ["Chirag Bhardwaj"]
        );
        assert_eq!(authors_in_byline("By CIO Dive staff"), Vec::<String>::new());
        assert!(authors_in_byline("Jane Doe").is_empty());
        assert!(authors_in_byline("by the way, this is a sentence").is_empty());
    }

    #[test]
    fn names_alone() {
        assert_eq!(name_only("Amanda Brooks").as_deref(), Some("Amanda Brooks"));
        assert_eq!(
            name_only("Ludwig van Beethoven").as_deref(),
            Some("Ludwig van Beethoven")
        );
        assert_eq!(name_only("Share this article"), None);
        assert_eq!(name_only("Updated 5 min ago"), None);
        assert_eq!(name_only("a lowercase line"), None);
    }

    #[test]
    fn days_in_urls() {
        assert_eq!(
            date_in_url("https://x.example/2025/09/04/top-trends/").as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(
            date_in_url("https://x.example/news/2024-03-14-vote.html").as_deref(),
            Some("2024-03-14")
        );
        assert_eq!(date_in_url("https://x.example/2024/03/archive"), None);
        assert_eq!(date_in_url("https://x.example/p/12345678"), None);
        assert_eq!(date_in_url("https://2024.example/2024/13/45/"), None);
    }
}
