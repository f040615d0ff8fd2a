//! Page metadata: title, authors, dates, canonical URL, description, tags, section,
//! image and page type, read from what segmentation collected raw ([`RawMeta`]):
//! `<meta>`, `<link>`, `<title>`, `<html lang>`, `<base href>` and schema.org JSON-LD.
//!
//! Every field is taken from the first place in its row below that yields a valid
//! value (a date that parses, a name that is not a URL, a non-empty text), and
//! [`Metadata::sources`] records which place won. A multi-valued field (authors,
//! tags) takes every value of the winning place, not a mix of places. The rule of
//! thumb: JSON-LD first for the facts it states precisely (authors, dates, type),
//! the social tags first for what they are written for (title, description, image),
//! `<link rel=canonical>` first for the canonical URL.
//!
//! | field | places, first wins |
//! |---|---|
//! | `title` | `og:title`, `twitter:title`, JSON-LD `headline`/`name`, `dc.title`, `parsely-title`, `sailthru.title`, `<title>`, `itemprop=name`; a trailing " \| Site" is removed ([`split_title`]) |
//! | `site_name` | `og:site_name`, `application-name`, `publisher` meta, JSON-LD `WebSite.name`, JSON-LD `publisher.name`, the site suffix of the title (or of `<title>`) |
//! | `language` | `<html lang>`, `content-language`, JSON-LD `inLanguage`, `og:locale`, `dc.language` (`en_US` becomes `en-US`); the caller's language wins over all |
//! | `url` | the caller's page URL |
//! | `authors` | JSON-LD `author` (strings, objects, arrays, `@id` references), `author`, `article:author`, `dc.creator`, `parsely-author`, `sailthru.author`, `byl`; URLs (profile links, `<link rel=author>`) are not names; then what the page shows (below) |
//! | `published` | JSON-LD `datePublished`, `article:published_time`, `article:published`, `og:published_time`, `itemprop=datePublished`, `parsely-pub-date`, `sailthru.date`, `dc.date.issued`, `dcterms.issued`, `dc.date`, `date`, `pubdate`, `publish-date`, `publish_date`, `publishdate`, `published`, `published-date`, `published_date`, `publication_date`, `citation_publication_date`, `citation_date`; then what the page shows (below) |
//! | `modified` | JSON-LD `dateModified`, `article:modified_time`, `article:modified`, `og:updated_time`, `itemprop=dateModified`, `dc.date.modified`, `dcterms.modified`; then what the page shows (below) |
//! | `canonical_url` | `<link rel=canonical>`, `og:url`, JSON-LD `url`/`mainEntityOfPage`, `twitter:url` |
//! | `description` | `og:description`, `description`, `twitter:description`, JSON-LD `description`, `dc.description` |
//! | `tags` | `article:tag`, JSON-LD `keywords`, `news_keywords`, `keywords`, `parsely-tags`, `sailthru.tags`, `dc.subject` (comma lists split) |
//! | `section` | `article:section`, JSON-LD `articleSection`, `parsely-section` |
//! | `image` | `og:image`, `og:image:url`, `og:image:secure_url`, JSON-LD `image`/`thumbnailUrl`, `twitter:image`, `twitter:image:src`, `<link rel=image_src>`, `itemprop=image` |
//! | `page_type` | JSON-LD `@type` of the main entity unless it is a mere `WebPage`, `og:type`, the `WebPage` type |
//! | `article_body` | JSON-LD `articleBody` |
//!
//! JSON-LD: every `<script type=application/ld+json>` is read, objects, arrays and
//! `@graph` alike; the *main entity* is the first Article-like entity (`Article`,
//! `NewsArticle`, `BlogPosting`, `*Article`, `*Posting`, `*Review`), else the first
//! `Product`/`QAPage`/`FAQPage`/`CollectionPage`/`SearchResultsPage`/`ProfilePage`/`Recipe`/`Event`,
//! else an `ItemList`, else a `WebPage`; `WebSite`, `Organization`, `BreadcrumbList`
//! and the like never are. A field the main entity lacks is looked up on the page's
//! `WebPage` entities (Yoast puts the description and URL there), never on another
//! article or list, which may describe other pages. Broken JSON is tolerated where cheap (HTML comment and
//! CDATA wrappers, comments, trailing commas, raw newlines in strings, HTML-escaped
//! quotes, several objects in a row) and skipped otherwise; scripts over
//! [`MAX_SCRIPT_BYTES`] are skipped, and the walk over the parsed values is bounded.
//!
//! Dates come out as ISO 8601: `YYYY-MM-DD` when only a day is known, else
//! `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM` (nothing when the page gave no
//! offset). See [`normalize_date`] for the forms read.

use std::borrow::Cow;
use std::collections::HashMap;

use jiff::civil::{Date, Time};
use jiff::fmt::strtime::BrokenDownTime;
use jiff::fmt::temporal::Pieces;
use jiff::tz::Offset;
use jiff::{Timestamp, fmt::rfc2822};
use serde_json::{Map, Value};
use url::Url;

use crate::document::{FieldSource, Metadata, Source};

pub(crate) mod visible;
use crate::segment::{RawMeta, collapse_ws};

/// A JSON-LD script larger than this is skipped unread.
pub(crate) const MAX_SCRIPT_BYTES: usize = 1 << 20;
/// At most this many JSON-LD scripts are read per page.
const MAX_SCRIPTS: usize = 32;
/// How deep the entity walk goes into `@graph` / `mainEntity` / arrays.
const MAX_LD_DEPTH: usize = 8;
/// How many JSON values the entity walk visits per page, at most.
const MAX_LD_NODES: usize = 10_000;
/// At most this many authors and tags are kept.
const MAX_VALUES: usize = 64;
/// Years outside this range are placeholders (`0001-01-01`) or typos, not dates.
const YEARS: std::ops::RangeInclusive<i16> = 1900..=2200;

/// [`Metadata`] fields in declaration order: [`Metadata::sources`] follows it.
const FIELD_ORDER: [&str; 15] = [
    "title",
    "site_name",
    "publisher",
    "language",
    "encoding",
    "url",
    "authors",
    "published",
    "modified",
    "canonical_url",
    "description",
    "tags",
    "section",
    "image",
    "page_type",
];

/// A place in the page a field can be read from.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// `<meta>` with this key (`name`/`property`/`itemprop`, lower case; one token
    /// of `itemprop="datePublished dateCreated"` counts).
    Meta(&'static str),
    /// The JSON-LD entities, main entity first.
    JsonLd,
    /// `<link>` whose `rel` holds this token.
    Link(&'static str),
    /// The `<title>` element.
    Title,
    /// `<html lang>`.
    HtmlLang,
}

use Place::{HtmlLang, JsonLd, Link, Meta, Title};

// The precedence table of the module docs, as data: one row a field.
const TITLE: &[Place] = &[
    Meta("og:title"),
    Meta("twitter:title"),
    JsonLd,
    Meta("dc.title"),
    Meta("parsely-title"),
    Meta("sailthru.title"),
    Title,
    Meta("name"),
];
const SITE_NAME: &[Place] = &[
    Meta("og:site_name"),
    Meta("application-name"),
    Meta("publisher"),
    JsonLd,
];
const LANGUAGE: &[Place] = &[
    HtmlLang,
    Meta("content-language"),
    JsonLd,
    Meta("og:locale"),
    Meta("dc.language"),
];
const AUTHORS: &[Place] = &[
    JsonLd,
    Meta("author"),
    Meta("article:author"),
    Meta("dc.creator"),
    Meta("parsely-author"),
    Meta("sailthru.author"),
    Meta("byl"),
];
const PUBLISHED: &[Place] = &[
    JsonLd,
    Meta("article:published_time"),
    Meta("article:published"),
    Meta("og:published_time"),
    Meta("datepublished"),
    Meta("parsely-pub-date"),
    Meta("sailthru.date"),
    Meta("dc.date.issued"),
    Meta("dcterms.issued"),
    Meta("dc.date"),
    Meta("date"),
    Meta("pubdate"),
    Meta("publish-date"),
    Meta("publish_date"),
    Meta("publishdate"),
    Meta("published"),
    Meta("published-date"),
    Meta("published_date"),
    Meta("publication_date"),
    // Highwire Press tags of scholarly pages (Google Scholar's inclusion guidelines).
    Meta("citation_publication_date"),
    Meta("citation_date"),
];
const MODIFIED: &[Place] = &[
    JsonLd,
    Meta("article:modified_time"),
    Meta("article:modified"),
    Meta("og:updated_time"),
    Meta("datemodified"),
    Meta("dc.date.modified"),
    Meta("dcterms.modified"),
];
const CANONICAL: &[Place] = &[
    Link("canonical"),
    Meta("og:url"),
    JsonLd,
    Meta("twitter:url"),
];
const DESCRIPTION: &[Place] = &[
    Meta("og:description"),
    Meta("description"),
    Meta("twitter:description"),
    JsonLd,
    Meta("dc.description"),
];
const TAGS: &[Place] = &[
    Meta("article:tag"),
    JsonLd,
    Meta("news_keywords"),
    Meta("keywords"),
    Meta("parsely-tags"),
    Meta("sailthru.tags"),
    Meta("dc.subject"),
];
const SECTION: &[Place] = &[Meta("article:section"), JsonLd, Meta("parsely-section")];
const IMAGE: &[Place] = &[
    Meta("og:image"),
    Meta("og:image:url"),
    Meta("og:image:secure_url"),
    JsonLd,
    Meta("twitter:image"),
    Meta("twitter:image:src"),
    Link("image_src"),
    Meta("image"),
];

/// Reads the page's metadata. `page_url` is the caller's URL for the page, used
/// for [`Metadata::url`] and to make the canonical and image URLs absolute.
pub(crate) fn extract(raw: &RawMeta, page_url: Option<&str>) -> Metadata {
    let docs = if raw.json_ld.is_empty() {
        Vec::new()
    } else {
        parse_scripts(&raw.json_ld)
    };
    let ld = Ld::new(&docs);
    let page = PageRaw { raw, ld: &ld };
    let urls = Resolver::new(page_url, raw.base_href.as_deref());
    let mut m = Metadata::default();
    let mut sources = Vec::new();
    let mut note =
        |field: &'static str, source: Source| sources.push(FieldSource { field, source });

    let site = page.first(SITE_NAME, LdField::SiteName, text);
    let title = page.first(TITLE, LdField::Title, text);
    let site_name = site.as_ref().map(|(s, _)| s.clone());
    if let Some((t, source)) = title {
        // JSON-LD headlines carry no site suffix by design: only an exact site name is cut.
        let (head, suffix) = if source == Source::JsonLd {
            (strip_site_suffix(&t, site_name.as_deref()), None)
        } else {
            split_title(Some(&t), site_name.as_deref())
        };
        if let Some(head) = head {
            m.title = Some(head);
            note("title", source);
        }
        if site.is_none()
            && let Some(suffix) = suffix
        {
            m.site_name = Some(suffix);
            note("site_name", source);
        }
    }
    if let Some((s, source)) = site {
        m.site_name = Some(s);
        note("site_name", source);
    } else if m.site_name.is_none() {
        // og:title often lacks the suffix that <title> carries.
        if let (_, Some(suffix)) = split_title(raw.title.as_deref(), None) {
            m.site_name = Some(suffix);
            note("site_name", Source::TitleElement);
        }
    }
    if let Some((lang, source)) = page.first(LANGUAGE, LdField::Language, language) {
        m.language = Some(lang);
        note("language", source);
    }
    if let Some(url) = page_url.map(str::trim).filter(|u| !u.is_empty()) {
        m.url = Some(url.to_owned());
        note("url", Source::Caller);
    }
    if let Some((authors, source)) = page.all(AUTHORS, LdField::Authors, author) {
        m.authors = authors;
        note("authors", source);
    }
    if let Some((d, source)) = page.first(PUBLISHED, LdField::Published, normalize_date) {
        m.published = Some(d);
        note("published", source);
    }
    if let Some((d, source)) = page.first(MODIFIED, LdField::Modified, normalize_date) {
        m.modified = Some(d);
        note("modified", source);
    }
    if let Some((u, source)) = page.first(CANONICAL, LdField::Canonical, |s| urls.resolve(s)) {
        m.canonical_url = Some(u);
        note("canonical_url", source);
    }
    if let Some((d, source)) = page.first(DESCRIPTION, LdField::Description, text) {
        m.description = Some(d);
        note("description", source);
    }
    if let Some((tags, source)) = page.all(TAGS, LdField::Tags, tag) {
        m.tags = tags;
        note("tags", source);
    }
    if let Some((s, source)) = page.first(SECTION, LdField::Section, text) {
        m.section = Some(s);
        note("section", source);
    }
    if let Some((u, source)) = page.first(IMAGE, LdField::Image, |s| urls.resolve(s)) {
        m.image = Some(u);
        note("image", source);
    }
    let og_type = || page.first(&[Meta("og:type")], LdField::None, text);
    let page_type = match ld.main_type() {
        Some((t, rank)) if rank < RANK_WEBPAGE => Some((t.to_owned(), Source::JsonLd)),
        Some((t, _)) => og_type().or(Some((t.to_owned(), Source::JsonLd))),
        None => og_type(),
    };
    if let Some((t, source)) = page_type {
        m.page_type = Some(t);
        note("page_type", source);
    }
    // Paragraph breaks kept: it is evidence of the article's text.
    m.article_body = ld
        .strings(LdField::ArticleBody)
        .into_iter()
        .map(|b| decode_entities(b.trim()).into_owned())
        .find(|b| !b.is_empty());
    m.sources = sources;
    m
}

/// Records that `field` came from `source`, replacing an earlier record of it and
/// keeping [`Metadata::sources`] in field order (for what the cleaner adds later).
pub(crate) fn record(m: &mut Metadata, field: &'static str, source: Source) {
    m.sources.retain(|s| s.field != field);
    let rank = |f: &str| FIELD_ORDER.iter().position(|x| *x == f);
    let at = m
        .sources
        .iter()
        .position(|s| rank(s.field) > rank(field))
        .unwrap_or(m.sources.len());
    m.sources.insert(at, FieldSource { field, source });
}

/// The raw facts and the parsed JSON-LD, read place by place.
struct PageRaw<'a> {
    raw: &'a RawMeta,
    ld: &'a Ld<'a>,
}

impl PageRaw<'_> {
    /// The raw values at one place, in page order, with the source they count as.
    fn values(&self, place: Place, field: LdField) -> (Vec<Cow<'_, str>>, Source) {
        match place {
            Meta(key) => (
                self.raw
                    .metas
                    .iter()
                    .filter(|(k, _)| {
                        k == key || (k.contains(' ') && k.split(' ').any(|t| t == key))
                    })
                    .map(|(_, v)| Cow::Borrowed(v.as_str()))
                    .collect(),
                meta_source(key),
            ),
            Link(rel) => (
                self.raw
                    .links
                    .iter()
                    .filter(|(r, _)| r.split_ascii_whitespace().any(|t| t == rel))
                    .map(|(_, h)| Cow::Borrowed(h.as_str()))
                    .collect(),
                Source::Link,
            ),
            Title => (
                self.raw
                    .title
                    .as_deref()
                    .map(Cow::Borrowed)
                    .into_iter()
                    .collect(),
                Source::TitleElement,
            ),
            HtmlLang => (
                self.raw
                    .html_lang
                    .as_deref()
                    .map(Cow::Borrowed)
                    .into_iter()
                    .collect(),
                Source::HtmlLang,
            ),
            JsonLd => (
                self.ld.strings(field).into_iter().map(Cow::Owned).collect(),
                Source::JsonLd,
            ),
        }
    }

    /// The first value, in precedence order, that `norm` accepts.
    fn first(
        &self,
        places: &[Place],
        field: LdField,
        norm: impl Fn(&str) -> Option<String>,
    ) -> Option<(String, Source)> {
        places.iter().find_map(|&place| {
            let (values, source) = self.values(place, field);
            values.iter().find_map(|v| norm(v)).map(|v| (v, source))
        })
    }

    /// Every accepted value of the first place that has one, without duplicates
    /// (case-insensitive); `norm` may split a value into several.
    fn all(
        &self,
        places: &[Place],
        field: LdField,
        norm: impl Fn(&str) -> Vec<String>,
    ) -> Option<(Vec<String>, Source)> {
        places.iter().find_map(|&place| {
            let (values, source) = self.values(place, field);
            let mut out: Vec<String> = Vec::new();
            for v in values.iter().flat_map(|v| norm(v)) {
                if out.len() < MAX_VALUES && !out.iter().any(|o| o.eq_ignore_ascii_case(&v)) {
                    out.push(v);
                }
            }
            (!out.is_empty()).then_some((out, source))
        })
    }
}

fn meta_source(key: &str) -> Source {
    if key.starts_with("og:") {
        Source::OpenGraph
    } else if key.starts_with("twitter:") {
        Source::TwitterCard
    } else if key == "content-language" {
        Source::HttpEquiv
    } else {
        Source::Meta
    }
}

// ---------------------------------------------------------------------------
// Values

/// Whitespace collapsed, HTML entities left in the source decoded; `None` when empty.
fn text(s: &str) -> Option<String> {
    let s = collapse_ws(&decode_entities(s));
    (!s.is_empty()).then_some(s)
}

/// A person's name: not a URL (OpenGraph's `article:author` is often a profile link),
/// "By " dropped, short enough to be a name.
fn author(s: &str) -> Vec<String> {
    let Some(name) = text(s) else {
        return Vec::new();
    };
    let name = match name.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => name.get(3..).unwrap_or_default().trim(),
        _ => name.as_str(),
    };
    let is_url = name.contains("://") || name.starts_with("www.") || name.starts_with('/');
    if is_url
        || name.is_empty()
        || name.chars().count() > 100
        || !name.chars().any(char::is_alphabetic)
    {
        return Vec::new();
    }
    vec![name.to_owned()]
}

/// Tags: a comma-separated list is split.
fn tag(s: &str) -> Vec<String> {
    s.split(',').filter_map(text).collect()
}

/// A BCP 47-like tag: `en_US` -> `en-US`; the first of a `content-language` list.
fn language(s: &str) -> Option<String> {
    let first = s.split(',').next()?.trim();
    let ok = !first.is_empty()
        && first.len() <= 35
        && first
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| first.replace('_', "-"))
}

/// Decodes the HTML entities that leak into JSON-LD and double-escaped meta content
/// (`&amp;`, `&quot;`, `&#8217;`, `&#x27;`...). Unknown entities stay as they are.
fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("quot", '"'),
        ("apos", '\''),
        ("lt", '<'),
        ("gt", '>'),
        ("nbsp", '\u{a0}'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("rsquo", '’'),
        ("lsquo", '‘'),
        ("rdquo", '”'),
        ("ldquo", '“'),
        ("hellip", '…'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at + 1..).unwrap_or_default();
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = tail.get(..e)?;
            let c = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => num.parse().ok()?,
                };
                char::from_u32(code)?
            } else {
                NAMED.iter().find(|(n, _)| *n == name)?.1
            };
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = tail.get(e + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Makes URLs absolute against `<base href>` (itself resolved against the page URL)
/// or the page URL.
struct Resolver {
    base: Option<Url>,
}

impl Resolver {
    fn new(page_url: Option<&str>, base_href: Option<&str>) -> Resolver {
        let page = page_url.and_then(|u| Url::parse(u.trim()).ok());
        let base = match (page, base_href.map(str::trim).filter(|b| !b.is_empty())) {
            (Some(page), Some(href)) => Some(page.join(href).unwrap_or(page)),
            (None, Some(href)) => Url::parse(href).ok(),
            (page, None) => page,
        };
        Resolver { base }
    }

    /// The URL made absolute; as given when it cannot be.
    fn resolve(&self, s: &str) -> Option<String> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let joined = match &self.base {
            Some(base) => base.join(s),
            None => Url::parse(s),
        };
        Some(joined.map_or_else(|_| s.to_owned(), String::from))
    }
}

// ---------------------------------------------------------------------------
// Dates

/// `strftime` forms tried after ISO 8601 and RFC 2822, in English (`%B` is a full
/// month name, `%b` an abbreviated one; "Mar." and "1st" are simplified first).
/// Day-first numeric forms only with dots (`01.03.2024`), where they are not
/// ambiguous in practice; `03/01/2024` is not read.
const DATE_FORMATS: &[&str] = &[
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %B, %Y",
    "%A, %B %d, %Y",
    "%a, %b %d, %Y",
    "%A, %d %B %Y",
    "%a, %d %b %Y",
    "%A %d %B %Y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d.%m.%Y",
];
/// The same with a time of day.
const DATETIME_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%dT%H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y at %I:%M %p",
    "%b %d, %Y at %I:%M %p",
    "%B %d, %Y %H:%M",
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%a %b %d %H:%M:%S %z %Y",
    // JavaScript's Date.toString(), the "(Zone Name)" tail cut first.
    "%a %b %d %Y %H:%M:%S GMT%z",
];

/// A date as ISO 8601: `2024-03-01`, or `2024-03-01T09:30:00+01:00` / `...Z` when
/// a time is known (no offset when the page gave none). Reads ISO 8601 / RFC 3339
/// variants (space or `T`, with or without seconds, fractions, offsets `+01:00`,
/// `+0100`, `Z`), RFC 2822, Unix timestamps (10 digits: seconds, 13: milliseconds)
/// and the forms of [`DATE_FORMATS`] / [`DATETIME_FORMATS`]. `None` for anything
/// else, and for years outside 1900..=2200.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && (s.len() == 10 || s.len() == 13) {
        let n: i64 = s.parse().ok()?;
        let ts = if s.len() == 10 {
            Timestamp::from_second(n)
        } else {
            Timestamp::from_millisecond(n)
        }
        .ok()?;
        let dt = Offset::UTC.to_datetime(ts);
        return format_date(dt.date(), Some((dt.time(), Some(Offset::UTC))));
    }
    if let Ok(p) = Pieces::parse(s) {
        let offset = p.offset().map(|o| o.to_numeric_offset());
        return format_date(p.date(), p.time().map(|t| (t, offset)));
    }
    if let Ok(z) = rfc2822::parse(s) {
        let dt = z.datetime();
        return format_date(dt.date(), Some((dt.time(), Some(z.offset()))));
    }
    // "... GMT+0000 (Coordinated Universal Time)": the zone's name says nothing more.
    let s = match s.find(" (") {
        Some(at) if s.ends_with(')') => s.get(..at).unwrap_or(s),
        _ => s,
    };
    if s.len() > 48 {
        return None;
    }
    let s = &simplify_date(s);
    for f in DATETIME_FORMATS {
        if let Ok(tm) = BrokenDownTime::parse(f, s)
            && let Ok(dt) = tm.to_datetime()
        {
            return format_date(dt.date(), Some((dt.time(), tm.offset())));
        }
    }
    for f in DATE_FORMATS {
        // A day followed by what is not read ("November 19, 2019, 07:47 PM EST"):
        // the day alone.
        let Ok((tm, used)) = BrokenDownTime::parse_prefix(f, s) else {
            continue;
        };
        let rest = s.get(used..).unwrap_or_default();
        if !(rest.is_empty() || rest.starts_with([' ', ',', 'T'])) {
            continue;
        }
        if let Ok(d) = tm.to_date() {
            return format_date(d, None);
        }
    }
    None
}

/// "Mar. 1st, 2024" -> "Mar 1, 2024", "Sept" -> "Sep": what `strptime` reads.
fn simplify_date(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '.' && prev.is_ascii_alphabetic() {
            prev = c;
            continue;
        }
        // An ordinal suffix after a day number.
        if prev.is_ascii_digit() && c.is_ascii_alphabetic() {
            let n = chars.peek().copied().unwrap_or(' ');
            let pair = [c.to_ascii_lowercase(), n.to_ascii_lowercase()];
            let after = chars.clone().nth(1).unwrap_or(' ');
            if matches!(pair, ['s', 't'] | ['n', 'd'] | ['r', 'd'] | ['t', 'h'])
                && !after.is_alphabetic()
            {
                chars.next();
                prev = n;
                continue;
            }
        }
        out.push(c);
        prev = c;
    }
    if let Some(at) = out.find("Sept")
        && out
            .get(at + 4..at + 5)
            .is_none_or(|n| !n.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        out.replace_range(at..at + 4, "Sep");
    }
    out
}

fn format_date(date: Date, time: Option<(Time, Option<Offset>)>) -> Option<String> {
    if !YEARS.contains(&date.year()) {
        return None;
    }
    let day = format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
    let Some((t, offset)) = time else {
        return Some(day);
    };
    let mut out = format!("{day}T{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second());
    if let Some(o) = offset {
        let secs = o.seconds();
        if secs == 0 {
            out.push('Z');
        } else {
            let (sign, abs) = if secs < 0 { ('-', -secs) } else { ('+', secs) };
            out.push_str(&format!("{sign}{:02}:{:02}", abs / 3600, abs / 60 % 60));
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Titles

/// Splits "Headline | Site" into the headline and the site name: the part after
/// the last separator is the site when it equals `site_name`, or when it is at most
/// four words and shorter than the headline.
pub(crate) fn split_title(
    title: Option<&str>,
    site_name: Option<&str>,
) -> (Option<String>, Option<String>) {
    let Some(title) = title.map(collapse_ws).filter(|t| !t.is_empty()) else {
        return (None, None);
    };
    const SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "];
    for sep in SEPARATORS {
        let Some(pos) = title.rfind(sep) else {
            continue;
        };
        let (head, tail) = (
            title.get(..pos).unwrap_or_default(),
            title.get(pos + sep.len()..).unwrap_or_default(),
        );
        let tail_is_site = site_name.is_some_and(|s| s.eq_ignore_ascii_case(tail.trim()))
            || (tail.split_whitespace().count() <= 4
                && head.split_whitespace().count() > tail.split_whitespace().count());
        if tail_is_site && !head.trim().is_empty() {
            return (Some(head.trim().to_owned()), Some(tail.trim().to_owned()));
        }
    }
    (Some(title), None)
}

/// The title without a trailing " | Site" when `site_name` is exactly that site.
fn strip_site_suffix(title: &str, site_name: Option<&str>) -> Option<String> {
    let title = collapse_ws(title);
    if let Some(site) = site_name {
        let (head, tail) = split_title(Some(&title), Some(site));
        if tail.is_some_and(|t| t.eq_ignore_ascii_case(site)) {
            return head;
        }
    }
    (!title.is_empty()).then_some(title)
}

// ---------------------------------------------------------------------------
// JSON-LD

/// What is asked of the JSON-LD entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LdField {
    Title,
    SiteName,
    Language,
    Authors,
    Published,
    Modified,
    Canonical,
    Description,
    Tags,
    Section,
    Image,
    ArticleBody,
    /// Nothing (a row without JSON-LD).
    None,
}

/// Rank of an Article-like entity: the best main entity.
const RANK_ARTICLE: u8 = 0;
/// Rank of a `WebPage`: main entity only when nothing better is there.
const RANK_WEBPAGE: u8 = 3;

/// Schema.org types that can be a page's main entity, best first. Types not listed
/// rank by their suffix (`*Article`, `*Posting`, `*Review`, `*Page`); the rest
/// (`WebSite`, `Organization`, `BreadcrumbList`, `Person`, `ImageObject`...) never do.
const TYPE_RANKS: &[(&str, u8)] = &[
    ("Article", RANK_ARTICLE),
    ("NewsArticle", RANK_ARTICLE),
    ("BlogPosting", RANK_ARTICLE),
    ("ReportageNewsArticle", RANK_ARTICLE),
    ("LiveBlogPosting", RANK_ARTICLE),
    ("DiscussionForumPosting", RANK_ARTICLE),
    ("Report", RANK_ARTICLE),
    ("Review", RANK_ARTICLE),
    ("ClaimReview", RANK_ARTICLE),
    ("Product", 1),
    ("QAPage", 1),
    ("FAQPage", 1),
    ("CollectionPage", 1),
    ("SearchResultsPage", 1),
    ("ProfilePage", 1),
    ("Recipe", 1),
    ("Event", 1),
    ("VideoObject", 1),
    ("ItemList", 2),
    ("WebPage", RANK_WEBPAGE),
];

fn type_rank(t: &str) -> Option<u8> {
    if let Some(&(_, rank)) = TYPE_RANKS.iter().find(|(name, _)| *name == t) {
        return Some(rank);
    }
    if t.ends_with("Article") || t.ends_with("Posting") || t.ends_with("Review") {
        Some(RANK_ARTICLE)
    } else if t.ends_with("Page") {
        Some(RANK_WEBPAGE)
    } else {
        None
    }
}

/// `http://schema.org/NewsArticle`, `schema:NewsArticle` -> `NewsArticle`.
fn short_type(t: &str) -> &str {
    let t = t.trim();
    t.rsplit(['/', ':', '#']).next().unwrap_or(t)
}

type Obj = Map<String, Value>;

/// The JSON-LD of a page: its entities, ranked.
struct Ld<'v> {
    /// Page-level entities, best rank first, page order within a rank: (rank, type, object).
    chain: Vec<(u8, &'v str, &'v Obj)>,
    /// Objects by `@id`, to resolve references such as `"author": {"@id": "#jane"}`.
    ids: HashMap<&'v str, &'v Obj>,
    /// `WebSite` entities (their `name` is the site name).
    websites: Vec<&'v Obj>,
}

impl<'v> Ld<'v> {
    fn new(docs: &'v [Value]) -> Ld<'v> {
        let mut ld = Ld {
            chain: Vec::new(),
            ids: HashMap::new(),
            websites: Vec::new(),
        };
        // (value, depth, whether it is a `QAPage`'s `mainEntity`)
        let mut stack: Vec<(&Value, usize, bool)> =
            docs.iter().rev().map(|d| (d, 0, false)).collect();
        let mut visited = 0;
        while let Some((value, depth, asked)) = stack.pop() {
            visited += 1;
            if visited > MAX_LD_NODES || depth > MAX_LD_DEPTH {
                continue;
            }
            match value {
                Value::Array(items) => {
                    stack.extend(items.iter().rev().map(|v| (v, depth + 1, asked)));
                }
                Value::Object(obj) => {
                    let qa = ld.add(obj, asked);
                    for key in ["mainEntity", "@graph"] {
                        if let Some(v) = obj.get(key) {
                            stack.push((v, depth + 1, qa && key == "mainEntity"));
                        }
                    }
                }
                _ => {}
            }
        }
        // Stable: page order within a rank.
        ld.chain.sort_by_key(|(rank, _, _)| *rank);
        ld
    }

    /// Records an entity; `asked` says it is a `QAPage`'s `mainEntity`, where a
    /// `Question` is the page's main entity (the asker, the day it was asked), which a
    /// `Question` of an FAQ is not. Returns whether the entity is a `QAPage` (whose
    /// `mainEntity` is asked).
    fn add(&mut self, obj: &'v Obj, asked: bool) -> bool {
        if let Some(id) = obj.get("@id").and_then(Value::as_str) {
            // A bare {"@id": ...} is a reference, not the definition.
            if obj.len() > 1 {
                self.ids.entry(id).or_insert(obj);
            }
        }
        let types: Vec<&str> = match obj.get("@type") {
            Some(Value::String(t)) => vec![short_type(t)],
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .map(short_type)
                .collect(),
            _ => return false,
        };
        if types.contains(&"WebSite") {
            self.websites.push(obj);
        }
        let best = types
            .iter()
            .filter_map(|t| match *t {
                "Question" if asked => Some((RANK_ARTICLE, *t)),
                _ => type_rank(t).map(|r| (r, *t)),
            })
            .min_by_key(|(r, _)| *r);
        if let Some((rank, t)) = best {
            self.chain.push((rank, t, obj));
        }
        types.contains(&"QAPage")
    }

    /// The main entity's type and rank.
    fn main_type(&self) -> Option<(&'v str, u8)> {
        // A question is the main entity only as a QAPage's: the page is the QAPage.
        self.chain
            .first()
            .map(|(rank, t, _)| (if *t == "Question" { "QAPage" } else { *t }, *rank))
    }

    /// The entities a field is looked up on: the main entity, then the `WebPage`s.
    fn lookup_chain(&self) -> impl Iterator<Item = &'v Obj> + '_ {
        self.chain
            .iter()
            .enumerate()
            .filter(|(i, (rank, _, _))| *i == 0 || *rank == RANK_WEBPAGE)
            .map(|(_, (_, _, obj))| *obj)
    }

    /// Follows a `{"@id": ...}` reference to its definition.
    fn resolve(&self, obj: &'v Obj) -> &'v Obj {
        match obj.get("@id").and_then(Value::as_str) {
            Some(id) if obj.len() == 1 => self.ids.get(id).copied().unwrap_or(obj),
            _ => obj,
        }
    }

    /// The strings the entities give for `field`: from the first entity (main entity
    /// first) that gives any.
    fn strings(&self, field: LdField) -> Vec<String> {
        let mut out = Vec::new();
        if field == LdField::SiteName {
            for site in &self.websites {
                self.collect(site.get("name"), Pick::Text, &mut out);
            }
            if out.is_empty() {
                for obj in self.lookup_chain() {
                    self.collect(obj.get("publisher"), Pick::Name, &mut out);
                    if !out.is_empty() {
                        break;
                    }
                }
            }
            return out;
        }
        let keys: &[(&str, Pick)] = match field {
            LdField::Title => &[("headline", Pick::Text), ("name", Pick::Text)],
            LdField::Language => &[("inLanguage", Pick::Text)],
            LdField::Authors => &[("author", Pick::Name), ("creator", Pick::Name)],
            LdField::Published => &[("datePublished", Pick::Text)],
            LdField::Modified => &[("dateModified", Pick::Text)],
            LdField::Canonical => &[("url", Pick::Url), ("mainEntityOfPage", Pick::Url)],
            LdField::Description => &[("description", Pick::Text)],
            LdField::Tags => &[("keywords", Pick::Text)],
            LdField::Section => &[("articleSection", Pick::Text)],
            LdField::Image => &[("image", Pick::Image), ("thumbnailUrl", Pick::Image)],
            LdField::ArticleBody => &[("articleBody", Pick::Text)],
            LdField::SiteName | LdField::None => &[],
        };
        for obj in self.lookup_chain() {
            for (key, pick) in keys {
                self.collect(obj.get(*key), *pick, &mut out);
                if !out.is_empty() {
                    return out;
                }
            }
        }
        out
    }

    /// Pushes the strings of `v`: a string, or each string of an array; objects by
    /// their `name` ([`Pick::Name`]) or `url`/`contentUrl`/`@id` ([`Pick::Url`]).
    fn collect(&self, v: Option<&'v Value>, pick: Pick, out: &mut Vec<String>) {
        let Some(v) = v else {
            return;
        };
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => {
                for item in items.iter().take(MAX_VALUES) {
                    // One level: arrays of arrays are not a shape schema.org uses.
                    match item {
                        Value::Array(_) => {}
                        _ => self.collect(Some(item), pick, out),
                    }
                }
            }
            Value::Object(obj) => {
                let obj = self.resolve(obj);
                let keys: &[&str] = match pick {
                    Pick::Text => &["@value", "name"],
                    Pick::Name => &["name"],
                    Pick::Url => &["url", "@id"],
                    Pick::Image => &["url", "contentUrl"],
                };
                let found = keys.iter().find_map(|k| match obj.get(*k)? {
                    Value::String(s) => Some(s.as_str()),
                    Value::Array(a) => a.iter().find_map(Value::as_str),
                    _ => None,
                });
                if let Some(s) = found {
                    out.push(s.to_owned());
                }
            }
            _ => {}
        }
    }
}

/// How to read an object where a string was expected.
#[derive(Debug, Clone, Copy)]
enum Pick {
    /// `{"@value": ...}` or `{"name": ...}`.
    Text,
    /// A Person or Organization: `{"name": ...}`.
    Name,
    /// A WebPage: `{"url": ...}`, `{"@id": ...}`.
    Url,
    /// An ImageObject: `{"url": ...}`, `{"contentUrl": ...}` (its `@id` is no image).
    Image,
}

/// Parses every JSON-LD script, tolerating the common breakage.
fn parse_scripts(scripts: &[String]) -> Vec<Value> {
    let mut docs = Vec::new();
    for script in scripts.iter().take(MAX_SCRIPTS) {
        if script.len() > MAX_SCRIPT_BYTES {
            continue;
        }
        let body = unwrap_script(script);
        let (values, ok) = read_values(body);
        if ok {
            docs.extend(values);
            continue;
        }
        // Only broken scripts pay for the repairs.
        let mut best = values;
        let repaired = repair_json(body);
        let (values, ok) = read_values(&repaired);
        if ok || values.len() > best.len() {
            best = values;
        }
        if !ok && repaired.contains("&quot;") {
            let (values, ok) = read_values(&decode_entities(&repaired));
            if ok || values.len() > best.len() {
                best = values;
            }
        }
        docs.extend(best);
    }
    docs
}

/// Strips `<!-- -->` and CDATA wrappers (`//<![CDATA[ ... //]]>`).
fn unwrap_script(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let before = s.len();
        for prefix in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start();
            }
        }
        for suffix in ["-->", "//]]>", "/*]]>*/", "]]>"] {
            if let Some(rest) = s.strip_suffix(suffix) {
                s = rest.trim_end();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// The JSON values in `s`, one after another (several objects in a row are read
/// in turn), and whether all of `s` was read.
fn read_values(s: &str) -> (Vec<Value>, bool) {
    let mut out = Vec::new();
    for value in serde_json::Deserializer::from_str(s).into_iter::<Value>() {
        match value {
            Ok(v) => out.push(v),
            Err(_) => return (out, false),
        }
    }
    (out, true)
}

/// Removes `//` and `/* */` comments and trailing commas outside strings, and
/// escapes raw control characters (newlines in `articleBody`) inside them.
fn repair_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
                out.push(' ');
            }
            ',' => {
                // A comma followed only by whitespace before `}` or `]` is dropped.
                let after = chars.clone().find(|n| !n.is_whitespace());
                if !matches!(after, Some('}' | ']')) {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(metas: &[(&str, &str)]) -> RawMeta {
        RawMeta {
            metas: metas
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            ..RawMeta::default()
        }
    }

    fn with_ld(mut r: RawMeta, scripts: &[&str]) -> RawMeta {
        r.json_ld = scripts.iter().map(|s| (*s).to_owned()).collect();
        r
    }

    fn source(m: &Metadata, field: &str) -> Option<Source> {
        m.sources
            .iter()
            .find(|s| s.field == field)
            .map(|s| s.source)
    }

    #[test]
    fn dates_in_many_forms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-03-01", Some("2024-03-01")),
            (
                "2024-03-01T09:30:00+01:00",
                Some("2024-03-01T09:30:00+01:00"),
            ),
            ("2024-03-01T09:30+01:00", Some("2024-03-01T09:30:00+01:00")),
            ("2024-03-01T09:30:00.123456Z", Some("2024-03-01T09:30:00Z")),
            (
                "2024-03-01T09:30:00+0100",
                Some("2024-03-01T09:30:00+01:00"),
            ),
            (
                "2024-03-01T09:30:00-05:30",
                Some("2024-03-01T09:30:00-05:30"),
            ),
            ("2024-03-01 09:30:00", Some("2024-03-01T09:30:00")),
            ("2024-03-01T09:30:00+00:00", Some("2024-03-01T09:30:00Z")),
            (
                "2024-03-01 09:30:00 +0100",
                Some("2024-03-01T09:30:00+01:00"),
            ),
            ("  2024-03-01T09:30:00Z ", Some("2024-03-01T09:30:00Z")),
            (
                "Fri, 01 Mar 2024 09:30:00 +0100",
                Some("2024-03-01T09:30:00+01:00"),
            ),
            (
                "Fri, 01 Mar 2024 09:30:00 GMT",
                Some("2024-03-01T09:30:00Z"),
            ),
            ("1709285400", Some("2024-03-01T09:30:00Z")),
            ("1709285400000", Some("2024-03-01T09:30:00Z")),
            ("March 1, 2024", Some("2024-03-01")),
            ("Mar 1, 2024", Some("2024-03-01")),
            ("1 March 2024", Some("2024-03-01")),
            ("01 Mar 2024", Some("2024-03-01")),
            ("Friday, March 1, 2024", Some("2024-03-01")),
            ("2024/03/01", Some("2024-03-01")),
            ("01.03.2024", Some("2024-03-01")),
            ("2024/03/01 09:30", Some("2024-03-01T09:30:00")),
            ("March 1, 2024 9:30 AM", Some("2024-03-01T09:30:00")),
            ("Mar. 1st, 2024", Some("2024-03-01")),
            ("Sept. 22, 2024", Some("2024-09-22")),
            ("September 22nd 2024", Some("2024-09-22")),
            ("Fri, Mar 1, 2024", Some("2024-03-01")),
            ("November 19, 2019, 07:47 PM EST", Some("2019-11-19")),
            (
                "Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)",
                Some("2019-11-19T03:05:46Z"),
            ),
            (
                "Tue Nov 19 2019 03:05:46 GMT-0500",
                Some("2019-11-19T03:05:46-05:00"),
            ),
            ("2024/03/01T", Some("2024-03-01")),
            ("2024/03/011", None),
            ("March 1, 2024x", None),
            // Invalid or placeholder dates are dropped.
            ("2024-02-30", None),
            ("2024-13-01", None),
            ("0001-01-01T00:00:00", None),
            ("yesterday", None),
            ("", None),
            ("03/01/2024", None),
            ("99999999999999999999", None),
            ("2024-03-01T25:00:00Z", None),
            ("Thursday, March 1, 2024", None),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_date(input).as_deref(), *want, "{input:?}");
        }
    }

    #[test]
    fn plain_meta() {
        let r = raw(&[
            ("author", "By Jane Doe"),
            ("description", "A  short   summary."),
            ("keywords", "budget, council , , Budget"),
            ("date", "2024-03-01"),
            ("dc.creator", "Someone Else"),
            ("parsely-section", "Politics"),
            ("datemodified", "2024-03-02T10:00:00Z"),
        ]);
        let m = extract(&r, None);
        assert_eq!(m.authors, ["Jane Doe"]);
        assert_eq!(m.description.as_deref(), Some("A short summary."));
        assert_eq!(m.tags, ["budget", "council"]);
        assert_eq!(m.published.as_deref(), Some("2024-03-01"));
        assert_eq!(m.modified.as_deref(), Some("2024-03-02T10:00:00Z"));
        assert_eq!(m.section.as_deref(), Some("Politics"));
        assert_eq!(source(&m, "authors"), Some(Source::Meta));
        assert_eq!(source(&m, "published"), Some(Source::Meta));
    }

    #[test]
    fn opengraph_and_twitter() {
        let mut r = raw(&[
            ("twitter:title", "Tweet title"),
            ("og:title", "Budget passes | The Town Crier"),
            ("og:site_name", "The Town Crier"),
            ("og:image", "/img/lead.jpg"),
            ("og:type", "article"),
            ("og:locale", "en_GB"),
            ("article:published_time", "2024-03-01T09:30:00+01:00"),
            ("article:author", "https://facebook.com/jane"),
            ("article:tag", "Budget"),
            ("article:tag", "Council"),
            ("article:section", "Local"),
            ("twitter:description", "Tweet summary"),
        ]);
        r.title = Some("Budget passes tonight - The Town Crier".into());
        let m = extract(&r, Some("https://crier.example/news/budget"));
        assert_eq!(m.title.as_deref(), Some("Budget passes"));
        assert_eq!(source(&m, "title"), Some(Source::OpenGraph));
        assert_eq!(m.site_name.as_deref(), Some("The Town Crier"));
        assert_eq!(
            m.image.as_deref(),
            Some("https://crier.example/img/lead.jpg")
        );
        assert_eq!(m.page_type.as_deref(), Some("article"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        assert_eq!(m.published.as_deref(), Some("2024-03-01T09:30:00+01:00"));
        // A profile URL is not a name.
        assert!(m.authors.is_empty());
        assert_eq!(m.tags, ["Budget", "Council"]);
        assert_eq!(m.section.as_deref(), Some("Local"));
        assert_eq!(m.description.as_deref(), Some("Tweet summary"));
        assert_eq!(source(&m, "description"), Some(Source::TwitterCard));
        assert_eq!(m.url.as_deref(), Some("https://crier.example/news/budget"));
        assert_eq!(source(&m, "url"), Some(Source::Caller));
    }

    #[test]
    fn twitter_title_when_no_opengraph() {
        let mut r = raw(&[
            ("twitter:title", "Tweet title"),
            ("twitter:image", "https://x.example/a.png"),
        ]);
        r.title = Some("Page title".into());
        let m = extract(&r, None);
        assert_eq!(m.title.as_deref(), Some("Tweet title"));
        assert_eq!(source(&m, "title"), Some(Source::TwitterCard));
        assert_eq!(m.image.as_deref(), Some("https://x.example/a.png"));
    }

    #[test]
    fn title_element_and_its_site_suffix() {
        let r = RawMeta {
            title: Some("Shells from the North | The Daily".into()),
            ..RawMeta::default()
        };
        let m = extract(&r, None);
        assert_eq!(m.title.as_deref(), Some("Shells from the North"));
        assert_eq!(m.site_name.as_deref(), Some("The Daily"));
        assert_eq!(source(&m, "title"), Some(Source::TitleElement));
        assert_eq!(source(&m, "site_name"), Some(Source::TitleElement));
        // og:title without the suffix: the site still comes from <title>.
        let mut r = raw(&[("og:title", "Shells from the North")]);
        r.title = Some("Shells from the North | The Daily".into());
        let m = extract(&r, None);
        assert_eq!(m.title.as_deref(), Some("Shells from the North"));
        assert_eq!(m.site_name.as_deref(), Some("The Daily"));
    }

    const YOAST: &str = r##"{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"https://d.example/#website","name":"The Daily","url":"https://d.example/"},
        {"@type":"Organization","@id":"https://d.example/#org","name":"Daily Media Ltd","url":"https://d.example/"},
        {"@type":"BreadcrumbList","@id":"https://d.example/x/#bc","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]},
        {"@type":"ImageObject","@id":"https://d.example/x/#primaryimage","url":"https://d.example/lead.jpg"},
        {"@type":"WebPage","@id":"https://d.example/x/","url":"https://d.example/x/","name":"Shells &amp; more - The Daily","description":"Page description","inLanguage":"en-US"},
        {"@type":"Person","@id":"https://d.example/#/person/1","name":"Jane Doe"},
        {"@type":["NewsArticle","Article"],"@id":"https://d.example/x/#article","headline":"Shells &amp; more",
         "author":[{"@id":"https://d.example/#/person/1"},{"@type":"Person","name":"John Roe"},"jane doe"],
         "publisher":{"@id":"https://d.example/#org"},"image":{"@id":"https://d.example/x/#primaryimage"},
         "datePublished":"2024-03-01T09:30:00+00:00","dateModified":"2024-03-02T08:00:00+00:00",
         "keywords":["shells","North Korea"],"articleSection":["World","Asia"],
         "mainEntityOfPage":{"@id":"https://d.example/x/"},"articleBody":"First paragraph.\n\nSecond."}
    ]}"##;

    #[test]
    fn json_ld_graph_with_references() {
        let m = extract(&with_ld(RawMeta::default(), &[YOAST]), None);
        assert_eq!(m.title.as_deref(), Some("Shells & more"));
        assert_eq!(source(&m, "title"), Some(Source::JsonLd));
        assert_eq!(m.site_name.as_deref(), Some("The Daily"));
        assert_eq!(m.authors, ["Jane Doe", "John Roe"]);
        assert_eq!(m.published.as_deref(), Some("2024-03-01T09:30:00Z"));
        assert_eq!(m.modified.as_deref(), Some("2024-03-02T08:00:00Z"));
        assert_eq!(m.tags, ["shells", "North Korea"]);
        assert_eq!(m.section.as_deref(), Some("World"));
        assert_eq!(m.image.as_deref(), Some("https://d.example/lead.jpg"));
        assert_eq!(m.canonical_url.as_deref(), Some("https://d.example/x/"));
        // The article has none: the WebPage's.
        assert_eq!(m.description.as_deref(), Some("Page description"));
        assert_eq!(m.language.as_deref(), Some("en-US"));
        assert_eq!(m.page_type.as_deref(), Some("NewsArticle"));
        assert_eq!(
            m.article_body.as_deref(),
            Some("First paragraph.\n\nSecond.")
        );
        assert!(m.sources.iter().all(|s| s.source == Source::JsonLd));
    }

    #[test]
    fn json_ld_shapes() {
        // A top-level array, an author as a plain string, publisher by name, image as a string.
        let ld = r#"[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/BlogPosting","headline":"Post",
            "author":"Jane Doe","publisher":{"@type":"Organization","name":"Blog Co"},
            "image":["/a.jpg","/b.jpg"],"keywords":"one, two","url":"/post"}]"#;
        let mut r = with_ld(RawMeta::default(), &[ld]);
        r.base_href = Some("/blog/".into());
        let m = extract(&r, Some("https://b.example/x/y"));
        assert_eq!(m.page_type.as_deref(), Some("BlogPosting"));
        assert_eq!(m.authors, ["Jane Doe"]);
        assert_eq!(m.site_name.as_deref(), Some("Blog Co"));
        assert_eq!(m.image.as_deref(), Some("https://b.example/a.jpg"));
        assert_eq!(m.tags, ["one", "two"]);
        assert_eq!(m.canonical_url.as_deref(), Some("https://b.example/post"));
        // mainEntity nesting, author object with a name array.
        let ld = r#"{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Inner",
            "author":{"@type":"Person","name":["Ann Lee"]}}}"#;
        let m = extract(&with_ld(RawMeta::default(), &[ld]), None);
        assert_eq!(m.title.as_deref(), Some("Inner"));
        assert_eq!(m.authors, ["Ann Lee"]);
        assert_eq!(m.page_type.as_deref(), Some("Article"));
    }

    #[test]
    fn scholarly_and_plain_publication_date_tags() {
        let m = extract(&raw(&[("citation_publication_date", "2019/1/22")]), None);
        assert_eq!(m.published.as_deref(), Some("2019-01-22"));
        let m = extract(&raw(&[("published-date", "2021-02-16")]), None);
        assert_eq!(m.published.as_deref(), Some("2021-02-16"));
    }

    #[test]
    fn a_qa_pages_question_gives_the_asker_and_the_day() {
        // The question of a Q&A page is its main entity; an FAQ's questions are not.
        let qa = r#"{"@context":"https://schema.org","@type":"QAPage","name":"Why does X fail?",
            "mainEntity":{"@type":"Question","name":"Why does X fail?","dateCreated":"2024-05-03T08:45:44Z",
            "datePublished":"2024-05-03T08:45:44Z","author":{"@type":"Person","name":"raoul"}}}"#;
        let m = extract(&with_ld(RawMeta::default(), &[qa]), None);
        assert_eq!(m.authors, ["raoul"]);
        assert_eq!(m.published.as_deref(), Some("2024-05-03T08:45:44Z"));
        assert_eq!(m.page_type.as_deref(), Some("QAPage"));
        let faq = r#"{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
            {"@type":"Question","name":"What plans are there?","author":{"@type":"Person","name":"Bot"}}]}"#;
        let article = r#"{"@type":"Article","headline":"Plans","author":{"@type":"Person","name":"Jane Roe"}}"#;
        let m = extract(&with_ld(RawMeta::default(), &[faq, article]), None);
        assert_eq!(m.authors, ["Jane Roe"]);
        assert_eq!(m.title.as_deref(), Some("Plans"));
    }

    #[test]
    fn page_type_prefers_the_main_entity() {
        let ld = r#"[{"@type":"WebSite","name":"S"},{"@type":"Organization","name":"O"},{"@type":"Product","name":"Widget"}]"#;
        let m = extract(&with_ld(raw(&[("og:type", "website")]), &[ld]), None);
        assert_eq!(m.page_type.as_deref(), Some("Product"));
        assert_eq!(m.title.as_deref(), Some("Widget"));
        // A bare WebPage says less than og:type.
        let ld = r#"{"@type":"WebPage","name":"W"}"#;
        let m = extract(&with_ld(raw(&[("og:type", "article")]), &[ld]), None);
        assert_eq!(m.page_type.as_deref(), Some("article"));
        assert_eq!(source(&m, "page_type"), Some(Source::OpenGraph));
        let m = extract(&with_ld(RawMeta::default(), &[ld]), None);
        assert_eq!(m.page_type.as_deref(), Some("WebPage"));
        // Only WebSite / Organization: no main entity.
        let ld = r#"[{"@type":"WebSite","name":"S"},{"@type":"Organization","name":"O"}]"#;
        let m = extract(&with_ld(RawMeta::default(), &[ld]), None);
        assert_eq!(m.page_type, None);
        assert_eq!(m.title, None);
        assert_eq!(m.site_name.as_deref(), Some("S"));
        // An ItemList beats WebPage but not an article.
        let ld = r#"[{"@type":"ItemList"},{"@type":"WebPage"},{"@type":"ReportageNewsArticle","headline":"R"}]"#;
        let m = extract(&with_ld(RawMeta::default(), &[ld]), None);
        assert_eq!(m.page_type.as_deref(), Some("ReportageNewsArticle"));
    }

    #[test]
    fn precedence_between_sources() {
        let ld = r#"{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-03-01",
            "author":{"name":"LD Author"},"description":"LD description","url":"https://e.example/ld"}"#;
        let mut r = with_ld(
            raw(&[
                ("article:published_time", "2024-02-01"),
                ("author", "Meta Author"),
                ("og:title", "OG title"),
                ("og:url", "https://e.example/og"),
                ("description", "Meta description"),
            ]),
            &[ld],
        );
        r.title = Some("Title element".into());
        r.links = vec![("canonical".into(), "https://e.example/canonical".into())];
        let m = extract(&r, None);
        assert_eq!(m.title.as_deref(), Some("OG title"));
        assert_eq!(m.published.as_deref(), Some("2024-03-01"));
        assert_eq!(m.authors, ["LD Author"]);
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://e.example/canonical")
        );
        assert_eq!(m.description.as_deref(), Some("Meta description"));
        let fields: Vec<(&str, Source)> = m.sources.iter().map(|s| (s.field, s.source)).collect();
        assert_eq!(
            fields,
            [
                ("title", Source::OpenGraph),
                ("authors", Source::JsonLd),
                ("published", Source::JsonLd),
                ("canonical_url", Source::Link),
                ("description", Source::Meta),
                ("page_type", Source::JsonLd),
            ]
        );
        // An invalid JSON-LD date falls through to the next place.
        let ld = r#"{"@type":"NewsArticle","datePublished":"not a date"}"#;
        let m = extract(&with_ld(raw(&[("pubdate", "2024-02-01")]), &[ld]), None);
        assert_eq!(m.published.as_deref(), Some("2024-02-01"));
        assert_eq!(source(&m, "published"), Some(Source::Meta));
    }

    #[test]
    fn meta_key_tokens_and_review_types() {
        // <meta property="article:published" itemprop="datePublished dateCreated">:
        // segmentation keeps the last key attribute, a token list.
        let m = extract(
            &raw(&[("datepublished datecreated", "2019-11-19T11:00:09.000Z")]),
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2019-11-19T11:00:09Z"));
        let m = extract(&raw(&[("article:published", "2019-11-19")]), None);
        assert_eq!(m.published.as_deref(), Some("2019-11-19"));
        // A fact check is the page's main entity, not the WebPage around it.
        let ld = r#"[{"@type":"WebPage","name":"W"},{"@type":"ClaimReview","datePublished":"2019-11-18T10:15:00+00:00"}]"#;
        let m = extract(&with_ld(RawMeta::default(), &[ld]), None);
        assert_eq!(m.page_type.as_deref(), Some("ClaimReview"));
        assert_eq!(m.published.as_deref(), Some("2019-11-18T10:15:00Z"));
    }

    #[test]
    fn language_sources() {
        let mut r = raw(&[("content-language", "de-DE, en"), ("og:locale", "fr_FR")]);
        let m = extract(&r, None);
        assert_eq!(m.language.as_deref(), Some("de-DE"));
        assert_eq!(source(&m, "language"), Some(Source::HttpEquiv));
        r.html_lang = Some("en-GB".into());
        let m = extract(&r, None);
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        assert_eq!(source(&m, "language"), Some(Source::HtmlLang));
        let m = extract(&raw(&[("og:locale", "fr_FR")]), None);
        assert_eq!(m.language.as_deref(), Some("fr-FR"));
    }

    #[test]
    fn urls_resolve_against_base_and_page() {
        let mut r = raw(&[("og:image", "img/a.jpg")]);
        r.links = vec![("canonical".into(), "../story".into())];
        r.base_href = Some("https://cdn.example/static/".into());
        let m = extract(&r, Some("https://news.example/a/b/page"));
        assert_eq!(
            m.image.as_deref(),
            Some("https://cdn.example/static/img/a.jpg")
        );
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://cdn.example/story")
        );
        // No page URL and no absolute base: kept as given.
        r.base_href = None;
        let m = extract(&r, None);
        assert_eq!(m.image.as_deref(), Some("img/a.jpg"));
        assert_eq!(m.canonical_url.as_deref(), Some("../story"));
        // An unparsable page URL is no base either.
        let m = extract(&r, Some("not a url"));
        assert_eq!(m.image.as_deref(), Some("img/a.jpg"));
        assert_eq!(m.url.as_deref(), Some("not a url"));
        // rel is a token list; rel=author is not a name.
        r.links = vec![
            ("author".into(), "https://x.example/jane".into()),
            ("shortlink canonical".into(), "https://x.example/c".into()),
        ];
        let m = extract(&r, None);
        assert_eq!(m.canonical_url.as_deref(), Some("https://x.example/c"));
        assert!(m.authors.is_empty());
    }

    #[test]
    fn broken_json_ld_is_tolerated() {
        let good = r#"{"@type":"Article","headline":"H"}"#;
        let cases = [
            format!("<!-- {good} -->"),
            format!("//<![CDATA[\n{good}\n//]]>"),
            format!("<![CDATA[{good}]]>"),
            r#"{"@type":"Article","headline":"H",}"#.to_owned(),
            r#"{"@type":"Article", // comment
                "headline":"H" /* block */ , "keywords":["a","b",],}"#
                .to_owned(),
            "{\"@type\":\"Article\",\"headline\":\"H\",\"articleBody\":\"line one\nline two\"}"
                .to_owned(),
            r#"{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;H&quot;}"#
                .to_owned(),
            format!("{good}\n{{\"@type\":\"WebSite\",\"name\":\"S\"}}"),
            format!("{good} trailing garbage"),
        ];
        for case in &cases {
            let m = extract(&with_ld(RawMeta::default(), &[case]), None);
            assert_eq!(m.title.as_deref(), Some("H"), "{case}");
            assert_eq!(m.page_type.as_deref(), Some("Article"), "{case}");
        }
        let m = extract(&with_ld(RawMeta::default(), &[&cases[5]]), None);
        assert_eq!(m.article_body.as_deref(), Some("line one\nline two"));
        // Hopeless or hostile scripts are skipped, never a panic.
        let deep = "[".repeat(100_000);
        let deep_obj = r#"{"@graph":"#.repeat(5_000);
        let huge = format!(
            r#"{{"@type":"Article","headline":"{}"}}"#,
            "x".repeat(MAX_SCRIPT_BYTES)
        );
        for bad in [
            "",
            "{",
            "}}}",
            "null",
            "42",
            "\"str\"",
            "{\"@type\":7}",
            &deep,
            &deep_obj,
            &huge,
        ] {
            let m = extract(&with_ld(RawMeta::default(), &[bad, good]), None);
            assert_eq!(m.title.as_deref(), Some("H"));
        }
    }

    #[test]
    fn every_prefix_of_a_script_or_date_is_safe() {
        // Cut pages end mid-script: every prefix (at char boundaries) must parse or be
        // skipped without a panic, and repairs must not invent a headline.
        let script = format!("{YOAST}\n// ünïcödé “quotes” ,, /* open comment");
        for (at, _) in script.char_indices() {
            let cut = script.get(..at).unwrap_or_default();
            let m = extract(
                &with_ld(RawMeta::default(), &[cut]),
                Some("https://d.example/x/"),
            );
            assert!(m.title.is_none() || m.title.as_deref() == Some("Shells & more"));
        }
        for date in [
            "Fri, 01 Mar 2024 09:30:00 +0100",
            "2024-03-01T09:30:00.5+01:00",
            "Sept. 22nd, 2024 9:30 AM",
        ] {
            for (at, _) in date.char_indices() {
                let _ = normalize_date(date.get(..at).unwrap_or_default());
            }
        }
        for junk in [
            "1st",
            "Sept",
            "ßept. 1ßt",
            "2024-03-01T",
            "+01:00",
            "1e10",
            "-1709285400",
            "9999999999999",
        ] {
            let _ = normalize_date(junk);
            let _ = simplify_date(junk);
        }
    }

    #[test]
    fn deep_but_valid_nesting_is_bounded() {
        // 100 levels of @graph: valid JSON (under serde's limit), walked only 8 deep.
        let mut ld = r#"{"@type":"Article","headline":"Deep"}"#.to_owned();
        for _ in 0..100 {
            ld = format!(r#"{{"@graph":[{ld}]}}"#);
        }
        let m = extract(&with_ld(RawMeta::default(), &[&ld]), None);
        assert_eq!(m.title, None);
        let mut ld = r#"{"@type":"Article","headline":"Shallow"}"#.to_owned();
        for _ in 0..3 {
            ld = format!(r#"{{"@graph":[{ld}]}}"#);
        }
        let m = extract(&with_ld(RawMeta::default(), &[&ld]), None);
        assert_eq!(m.title.as_deref(), Some("Shallow"));
    }

    #[test]
    fn entities_and_names() {
        assert_eq!(
            decode_entities("Tom &amp; Jerry&#8217;s &#x27;x&#39; &bogus; &"),
            "Tom & Jerry’s 'x' &bogus; &"
        );
        assert_eq!(author("by Jane Doe"), ["Jane Doe"]);
        assert!(author("https://twitter.com/jane").is_empty());
        assert!(author("www.example.com/jane").is_empty());
        assert!(author("1234").is_empty());
        assert!(author("   ").is_empty());
        assert_eq!(language("en_US"), Some("en-US".into()));
        assert_eq!(language("en US"), None);
        // Authors are deduplicated case-insensitively, in page order.
        let r = raw(&[
            ("author", "Jane Doe"),
            ("author", "JANE DOE"),
            ("author", "Ann Lee"),
        ]);
        assert_eq!(extract(&r, None).authors, ["Jane Doe", "Ann Lee"]);
    }

    #[test]
    fn record_keeps_field_order() {
        let mut m = extract(&raw(&[("og:title", "T"), ("author", "A")]), None);
        record(&mut m, "encoding", Source::Decoder);
        record(&mut m, "publisher", Source::Text);
        record(&mut m, "language", Source::Caller);
        record(&mut m, "language", Source::Caller);
        let fields: Vec<&str> = m.sources.iter().map(|s| s.field).collect();
        assert_eq!(
            fields,
            ["title", "publisher", "language", "encoding", "authors"]
        );
    }

    #[test]
    fn empty_input_gives_empty_metadata() {
        let m = extract(&RawMeta::default(), None);
        assert!(m.sources.is_empty());
        assert_eq!(m.title, None);
        assert!(m.authors.is_empty());
    }

    #[test]
    fn title_suffixes() {
        assert_eq!(
            split_title(Some("Russia buys shells | The Week"), None),
            (Some("Russia buys shells".into()), Some("The Week".into()))
        );
        assert_eq!(
            split_title(Some("A - B"), None),
            (Some("A - B".into()), None)
        );
        assert_eq!(
            split_title(
                Some("Long headline here - Daily Planet Online News Site"),
                Some("Daily Planet Online News Site")
            ),
            (
                Some("Long headline here".into()),
                Some("Daily Planet Online News Site".into())
            )
        );
        assert_eq!(split_title(None, None), (None, None));
        // JSON-LD headlines lose only an exact site suffix.
        assert_eq!(
            strip_site_suffix("Biden - the early years", Some("Daily")),
            Some("Biden - the early years".into())
        );
        assert_eq!(
            strip_site_suffix("Story | Daily", Some("daily")),
            Some("Story".into())
        );
    }
}
