//! A dataset in the article-extraction benchmark's layout: `html/<id>.html.gz` (or
//! `.html`) and `ground-truth.json`, one entry a page with its `articleBody`. WCXB's
//! development split adds `page_type` and the `with` / `without` snippets the page's
//! text must and must not contain; they are read when present.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Any error of loading, as text for the command line.
pub type Res<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// One page's gold.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// The main content as the dataset's annotators wrote it.
    pub body: String,
    /// WCXB's page type (`article`, `forum`, `listing`...); `None` in AEB.
    pub page_type: Option<String>,
    /// Snippets the extracted text must contain.
    pub with: Vec<String>,
    /// Snippets the extracted text must not contain.
    pub without: Vec<String>,
    /// The page's URL (WCXB; also a peer's metadata file leaves it empty).
    pub url: Option<String>,
    /// The gold title, author(s) as one string, and publication date (WCXB: empty where
    /// the page shows none, read as `None`); in a peer's metadata file, its answers
    /// (`title`, `author`, `date`).
    pub title: Option<String>,
    /// See [`Gold::title`].
    pub author: Option<String>,
    /// See [`Gold::title`].
    pub published: Option<String>,
}

/// Which half of the fixed split a page belongs to (see [`half`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Half {
    /// Weights may be fitted on these pages.
    Tune,
    /// Never fitted on: a change must not make these worse either.
    Check,
}

impl Half {
    /// `tune` or `check`.
    pub fn name(self) -> &'static str {
        match self {
            Half::Tune => "tune",
            Half::Check => "check",
        }
    }
}

/// FNV-1a, 64 bits, over the id's UTF-8 bytes.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The fixed split of a dataset's pages: an even FNV-1a hash of the id tunes, an odd one
/// checks. Fixed by the id alone, so it never moves with the data or the code.
pub fn half(id: &str) -> Half {
    if fnv1a64(id.as_bytes()).is_multiple_of(2) {
        Half::Tune
    } else {
        Half::Check
    }
}

/// A loaded dataset's gold (the pages are read on demand with [`Dataset::page`]).
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The folder's name (`article-extraction-benchmark`, `wcxb-dev`).
    pub name: String,
    /// The folder.
    pub dir: PathBuf,
    /// Gold by page id, in id order.
    pub gold: BTreeMap<String, Gold>,
}

impl Dataset {
    /// Reads `DIR/ground-truth.json`.
    pub fn load(dir: &Path) -> Res<Dataset> {
        let path = dir.join("ground-truth.json");
        let gold = load_gold(&path)?;
        let name = dir
            .canonicalize()
            .unwrap_or_else(|_| dir.to_path_buf())
            .file_name()
            .map_or_else(
                || "dataset".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        Ok(Dataset {
            name,
            dir: dir.to_path_buf(),
            gold,
        })
    }

    /// Whether the gold names page types (WCXB).
    pub fn has_page_types(&self) -> bool {
        self.gold.values().any(|g| g.page_type.is_some())
    }

    /// The stored bytes of one page, gunzipped.
    pub fn page(&self, id: &str) -> Res<Vec<u8>> {
        let gz = self.dir.join("html").join(format!("{id}.html.gz"));
        if gz.exists() {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&gz)?).read_to_end(&mut out)?;
            return Ok(out);
        }
        let plain = self.dir.join("html").join(format!("{id}.html"));
        Ok(std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()))?)
    }
}

/// A ground-truth or prediction file: `{id: {"articleBody": ..., ...}}` (a bare string
/// value is a body too).
pub fn load_gold(path: &Path) -> Res<BTreeMap<String, Gold>> {
    let v: Value = serde_json::from_slice(
        &std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?,
    )?;
    let obj = v
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    let strings = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    // A non-empty string under the first of `keys` present.
    let field = |v: &Value, keys: &[&str]| -> Option<String> {
        keys.iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    Ok(obj
        .iter()
        .map(|(id, v)| {
            let body = v
                .as_str()
                .or_else(|| v.get("articleBody").and_then(Value::as_str))
                .unwrap_or("")
                .to_owned();
            let gold = Gold {
                body,
                page_type: v
                    .get("page_type")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                with: strings(v.get("with")),
                without: strings(v.get("without")),
                url: field(v, &["url"]),
                title: field(v, &["title"]),
                author: field(v, &["author"]),
                published: field(v, &["publish_date", "date"]),
            };
            (id.clone(), gold)
        })
        .collect())
}

/// White space collapsed to single spaces, trimmed: how snippets and labels are compared
/// with extracted text.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_known_values() {
        // The reference values of the FNV-1a specification.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_split_is_by_id_and_roughly_even() {
        let ids: Vec<String> = (1..=1000).map(|i| format!("{i:04}")).collect();
        let tune = ids.iter().filter(|id| half(id) == Half::Tune).count();
        assert!((400..=600).contains(&tune), "{tune}");
        assert_eq!(half("0001"), half("0001"));
    }
}
