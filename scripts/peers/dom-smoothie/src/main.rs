//! Peer extractor for scripts/compare_peers.py: runs dom_smoothie's Readability
//! over a list of HTML files and writes {id: {"articleBody": text}} JSON.
//!
//! Usage: dom-smoothie-extract LIST OUT.json [--passes N] [--warmup] [--text-mode formatted|raw]
//!
//! LIST has one HTML file path a line (`.html` or `.html.gz`); a page's id is its
//! file name less `.html.gz` / `.html`. Files are read and gunzipped up front,
//! outside the timing. Decoding bytes to text (UTF-8, lossy) and
//! `Readability::new` + `parse` are timed; with --warmup one untimed pass runs
//! first; of the --passes timed passes (default 1) the fastest counts. A page
//! whose parse fails or panics gets an empty text and counts as an error.
//! The last line printed is `<pages/s> pages/s`.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use dom_smoothie::{Config, Readability, TextMode};
use serde_json::{Map, Value};

fn extract(raw: &[u8], mode: TextMode) -> Result<String, String> {
    let html = String::from_utf8_lossy(raw);
    let cfg = Config { text_mode: mode, ..Default::default() };
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut r = Readability::new(html.as_ref(), None, Some(cfg)).map_err(|e| e.to_string())?;
        r.parse().map(|a| a.text_content.to_string()).map_err(|e| e.to_string())
    }));
    result.unwrap_or_else(|_| Err("panic".to_string()))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut positional = Vec::new();
    let (mut passes, mut warmup, mut mode) = (1usize, false, TextMode::Formatted);
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--passes" => { i += 1; passes = args[i].parse().expect("--passes N"); }
            "--warmup" => warmup = true,
            "--text-mode" => {
                i += 1;
                mode = match args[i].as_str() {
                    "raw" => TextMode::Raw,
                    "formatted" => TextMode::Formatted,
                    "markdown" => TextMode::Markdown,
                    other => panic!("unknown text mode {other}"),
                };
            }
            a => positional.push(a.to_string()),
        }
        i += 1;
    }
    if positional.len() != 2 {
        eprintln!("usage: dom-smoothie-extract LIST OUT.json [--passes N] [--warmup] [--text-mode formatted|raw|markdown]");
        std::process::exit(2);
    }
    std::panic::set_hook(Box::new(|_| {})); // panics are counted, not printed

    let list = std::fs::read_to_string(&positional[0]).expect("read LIST");
    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    for path in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
        let raw = if path.ends_with(".gz") {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out).expect("gunzip");
            out
        } else {
            bytes
        };
        let name = std::path::Path::new(path).file_name().unwrap().to_string_lossy().to_string();
        let id = name.trim_end_matches(".gz").trim_end_matches(".html").to_string();
        pages.push((id, raw));
    }

    if warmup {
        for (_, raw) in &pages {
            let _ = extract(raw, mode.clone());
        }
    }
    let mut best = f64::INFINITY;
    let mut preds = Map::new();
    let mut errors = 0;
    for _ in 0..passes.max(1) {
        let (mut seconds, mut errs, mut out) = (0.0f64, 0usize, Map::new());
        for (id, raw) in &pages {
            let start = Instant::now();
            let res = extract(raw, mode.clone());
            seconds += start.elapsed().as_secs_f64();
            let text = match res {
                Ok(t) => t,
                Err(e) => {
                    errs += 1;
                    eprintln!("error on {id}: {e}");
                    String::new()
                }
            };
            let mut obj = Map::new();
            obj.insert("articleBody".into(), Value::String(text));
            out.insert(id.clone(), Value::Object(obj));
        }
        if seconds < best {
            best = seconds;
        }
        preds = out;
        errors = errs;
    }
    let json = serde_json::to_string(&Value::Object(preds)).expect("serialize");
    std::fs::write(&positional[1], json).expect("write OUT.json");
    println!("{} pages, {} errors, {:.3} s in extraction", pages.len(), errors, best);
    println!("{:.3} pages/s", pages.len() as f64 / best);
}
