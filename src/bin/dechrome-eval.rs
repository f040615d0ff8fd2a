//! `dechrome-eval`: runs the cleaner over a dataset in the layout of the
//! article-extraction benchmark (`html/<id>.html.gz` + `ground-truth.json`) and
//! scores it with the benchmark's metric ([`dechrome::metric`]).
//!
//! ```text
//! dechrome-eval ../shared/datasets/article-extraction-benchmark --predictions target/pred.json
//! dechrome-eval ../shared/datasets/article-extraction-benchmark --focus precision
//! dechrome-eval --compare before.json after.json --truth DATASET/ground-truth.json
//! ```

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Parser;
use dechrome::metric::{self, PageScore};
use dechrome::{Cleaner, Focus, Kind};
use rayon::prelude::*;
use serde_json::{Value, json};

/// Score dechrome on an article-extraction dataset.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Dataset folder: `html/<id>.html.gz` (or `.html`) and `ground-truth.json`.
    dataset: Option<PathBuf>,
    /// Write the predictions here, shaped like the ground truth: `{"<id>": {"articleBody": "..."}}`.
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Worker threads (1 = the single-core figure).
    #[arg(long, default_value_t = 1)]
    jobs: usize,
    /// Clean every page once, untimed, before the timed pass: the steady-state
    /// figure (phrase tables compile on first use, ~0.3 s of CPU over all tables).
    #[arg(long)]
    warmup: bool,
    /// Time this many passes over the pages and report the fastest (implies
    /// nothing about warm-up; combine with --warmup for the steady state).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    passes: u32,
    /// How many of the worst pages to list.
    #[arg(long, default_value_t = 15)]
    worst: usize,
    /// Bootstrap resamples for the standard deviations (fixed seed).
    #[arg(long, default_value_t = 1000)]
    bootstrap: usize,
    /// Compare two prediction files page by page (needs --truth).
    #[arg(long, num_args = 2, value_names = ["BEFORE", "AFTER"])]
    compare: Option<Vec<PathBuf>>,
    /// Ground truth for --compare (default: DATASET/ground-truth.json).
    #[arg(long)]
    truth: Option<PathBuf>,
    /// Also print, for each listed worst page, the lost and leaked text.
    #[arg(long)]
    verbose: bool,
    /// The cleaner's focus: precision, balanced or recall (see `dechrome::Focus`).
    #[arg(long, default_value = "balanced", value_name = "LEVEL")]
    focus: Focus,
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// `println!` that does not panic when stdout is closed (`dechrome-eval ... | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

fn main() {
    let args = Args::parse();
    if let Err(e) = run(&args) {
        eprintln!("dechrome-eval: {e}");
        std::process::exit(2);
    }
}

fn run(args: &Args) -> Res<()> {
    if let Some(files) = &args.compare {
        let truth_path = match (&args.truth, &args.dataset) {
            (Some(t), _) => t.clone(),
            (None, Some(d)) => d.join("ground-truth.json"),
            (None, None) => return Err("--compare needs --truth FILE or a DATASET".into()),
        };
        let [before, after] = files.as_slice() else {
            return Err("--compare takes two files".into());
        };
        return compare(
            &load_truth(&truth_path)?,
            &load_predictions(before)?,
            &load_predictions(after)?,
            args.worst,
        );
    }
    let dataset = args
        .dataset
        .as_deref()
        .ok_or("give a DATASET folder (see --help)")?;
    let truth = load_truth(&dataset.join("ground-truth.json"))?;
    let mut pages: Vec<(String, Vec<u8>)> = Vec::with_capacity(truth.len());
    for id in truth.keys() {
        pages.push((id.clone(), read_page(dataset, id)?));
    }
    let total_bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();

    let cleaner = Cleaner::builder().focus(args.focus).build();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.max(1))
        .build()?;
    if args.warmup {
        pool.install(|| {
            pages
                .par_iter()
                .for_each(|(_, b)| drop(cleaner.clean_bytes(b)))
        });
    }
    let mut wall = f64::INFINITY;
    let mut results: Vec<(String, Result<dechrome::Article, dechrome::Error>)> = Vec::new();
    for _ in 0..args.passes {
        // The previous pass's articles are freed before the clock starts.
        results.clear();
        let start = Instant::now();
        results = pool.install(|| {
            pages
                .par_iter()
                .map(|(id, bytes)| (id.clone(), cleaner.clean_bytes(bytes)))
                .collect()
        });
        wall = wall.min(start.elapsed().as_secs_f64());
    }

    let mut predictions = BTreeMap::new();
    let mut dropped: BTreeMap<Kind, (usize, usize)> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut ld = JsonLdStats::default();
    for (id, result) in &results {
        match result {
            Ok(article) => {
                ld.add(article);
                for b in article.blocks().iter().filter(|b| !b.is_kept()) {
                    let e = dropped.entry(b.kind()).or_default();
                    e.0 += 1;
                    e.1 += b.text().split_whitespace().count();
                }
                predictions.insert(id.clone(), article.body_text());
            }
            Err(e) => {
                errors.push(format!("{id}: {e}"));
                predictions.insert(id.clone(), String::new());
            }
        }
    }
    if let Some(path) = &args.predictions {
        let out: BTreeMap<&String, Value> = predictions
            .iter()
            .map(|(k, v)| (k, json!({ "articleBody": v })))
            .collect();
        std::fs::write(path, serde_json::to_string_pretty(&out)?)?;
        say!("predictions: {}", path.display());
    }

    let scored: Vec<(&String, PageScore)> = truth
        .iter()
        .map(|(id, t)| {
            (
                id,
                metric::score_page(t, predictions.get(id).map_or("", String::as_str)),
            )
        })
        .collect();
    report(&scored, args.bootstrap);
    say!(
        "speed: {:.1} pages/s, {:.2} MB/s, wall {:.3} s ({} thread{}, {} pages, {:.1} MB{})",
        pages.len() as f64 / wall,
        total_bytes as f64 / 1e6 / wall,
        wall,
        args.jobs,
        if args.jobs == 1 { "" } else { "s" },
        pages.len(),
        total_bytes as f64 / 1e6,
        if args.passes > 1 {
            format!(", fastest of {} passes", args.passes)
        } else {
            String::new()
        }
    );
    if !errors.is_empty() {
        say!("errors: {}", errors.len());
        for e in &errors {
            say!("  {e}");
        }
    }
    say!("\ndropped blocks by kind (blocks, words):");
    for (kind, (n, w)) in &dropped {
        say!("  {:<18} {n:>6} {w:>8}", kind.name());
    }
    ld.print();
    worst(&scored, &truth, &predictions, args.worst, args.verbose);
    Ok(())
}

/// How many pages carry a JSON-LD `articleBody`, how often rule C011 fired, and how
/// well the kept text agrees with it.
#[derive(Default)]
struct JsonLdStats {
    with_body: usize,
    recalls: Vec<f32>,
    precisions: Vec<f32>,
    poor: usize,
    c011_blocks: usize,
    c011_kept: usize,
}

impl JsonLdStats {
    fn add(&mut self, article: &dechrome::Article) {
        if article.metadata().article_body.is_some() {
            self.with_body += 1;
        }
        if let Some(a) = article.verdict().article_body_agreement {
            self.recalls.push(a.recall);
            self.precisions.push(a.precision);
            self.poor += usize::from(a.is_poor());
        }
        for b in article.blocks() {
            if b.reasons().iter().any(|r| r.code == "C011") {
                self.c011_blocks += 1;
                self.c011_kept += usize::from(b.is_kept());
            }
        }
    }

    fn print(&self) {
        let mean = |xs: &[f32]| xs.iter().sum::<f32>() / xs.len().max(1) as f32;
        say!(
            "\njson-ld articleBody: {} pages, {} of 50+ words (agreement: mean recall {:.3}, mean precision {:.3}, {} poor); C011 fired on {} blocks, {} kept",
            self.with_body,
            self.recalls.len(),
            mean(&self.recalls),
            mean(&self.precisions),
            self.poor,
            self.c011_blocks,
            self.c011_kept
        );
    }
}

fn read_page(dataset: &Path, id: &str) -> Res<Vec<u8>> {
    let gz = dataset.join("html").join(format!("{id}.html.gz"));
    if gz.exists() {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&gz)?).read_to_end(&mut out)?;
        return Ok(out);
    }
    let plain = dataset.join("html").join(format!("{id}.html"));
    Ok(std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()))?)
}

fn load_truth(path: &Path) -> Res<BTreeMap<String, String>> {
    let v: Value = serde_json::from_slice(
        &std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?,
    )?;
    let obj = v.as_object().ok_or("ground truth is not a JSON object")?;
    Ok(obj
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.get("articleBody")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            )
        })
        .collect())
}

fn load_predictions(path: &Path) -> Res<HashMap<String, String>> {
    Ok(load_truth(path)?.into_iter().collect())
}

fn report(scored: &[(&String, PageScore)], resamples: usize) {
    let pages: Vec<PageScore> = scored.iter().map(|(_, s)| *s).collect();
    let s = metric::summarize(&pages);
    // Bootstrap: resample pages with replacement, fixed seed, report standard deviations.
    let mut rng = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let (mut ps, mut rs, mut fs) = (Vec::new(), Vec::new(), Vec::new());
    if !pages.is_empty() {
        for _ in 0..resamples {
            let sample: Vec<PageScore> = (0..pages.len())
                .filter_map(|_| pages.get((next() % pages.len() as u64) as usize).copied())
                .collect();
            let b = metric::summarize(&sample);
            ps.push(b.precision);
            rs.push(b.recall);
            fs.push(b.f1);
        }
    }
    let sd = |xs: &[f64]| {
        if xs.len() < 2 {
            return 0.0;
        }
        let m = xs.iter().sum::<f64>() / xs.len() as f64;
        (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt()
    };
    say!("pages:     {}", s.pages);
    say!("precision: {:.4} ± {:.4}", s.precision, sd(&ps));
    say!("recall:    {:.4} ± {:.4}", s.recall, sd(&rs));
    say!("F1:        {:.4} ± {:.4}", s.f1, sd(&fs));
    say!("accuracy:  {:.4}", s.accuracy);
}

fn worst(
    scored: &[(&String, PageScore)],
    truth: &BTreeMap<String, String>,
    predictions: &BTreeMap<String, String>,
    n: usize,
    verbose: bool,
) {
    let mut by_f1: Vec<&(&String, PageScore)> = scored.iter().collect();
    by_f1.sort_by(|a, b| a.1.f1().total_cmp(&b.1.f1()).then(a.0.cmp(b.0)));
    say!("\nworst {n} pages by F1 (lost = 1 - recall, leaked = 1 - precision):");
    for (id, s) in by_f1.into_iter().take(n) {
        let t = truth.get(*id).map_or("", String::as_str);
        let p = predictions.get(*id).map_or("", String::as_str);
        say!(
            "  {}  F1 {:.3}  lost {:.3}  leaked {:.3}  (truth {} words, predicted {})",
            id.get(..12).unwrap_or(id),
            s.f1(),
            1.0 - s.recall().unwrap_or(0.0),
            1.0 - s.precision().unwrap_or(0.0),
            t.split_whitespace().count(),
            p.split_whitespace().count()
        );
        if verbose {
            let truth_paras: Vec<&str> = t
                .split('\n')
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let pred_paras: Vec<&str> = p
                .split("\n\n")
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            for para in &truth_paras {
                if !p.contains(para) {
                    say!("      lost:   {}", clip(para));
                }
            }
            for para in &pred_paras {
                if !t.contains(para) {
                    say!("      leaked: {}", clip(para));
                }
            }
        }
    }
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(110).collect::<String>().replace('\n', " / ");
    if s.chars().count() > 110 {
        out.push('…');
    }
    out
}

fn compare(
    truth: &BTreeMap<String, String>,
    before: &HashMap<String, String>,
    after: &HashMap<String, String>,
    n: usize,
) -> Res<()> {
    let mut rows = Vec::new();
    let (mut a_pages, mut b_pages) = (Vec::new(), Vec::new());
    for (id, t) in truth {
        let a = metric::score_page(t, before.get(id).map_or("", String::as_str));
        let b = metric::score_page(t, after.get(id).map_or("", String::as_str));
        a_pages.push(a);
        b_pages.push(b);
        rows.push((id, a.f1(), b.f1()));
    }
    let (sa, sb) = (metric::summarize(&a_pages), metric::summarize(&b_pages));
    say!("            before   after    change");
    for (name, x, y) in [
        ("precision", sa.precision, sb.precision),
        ("recall", sa.recall, sb.recall),
        ("F1", sa.f1, sb.f1),
        ("accuracy", sa.accuracy, sb.accuracy),
    ] {
        say!("{name:<10}  {x:.4}   {y:.4}   {:+.4}", y - x);
    }
    let won = rows.iter().filter(|r| r.2 > r.1 + 1e-9).count();
    let lost = rows.iter().filter(|r| r.2 + 1e-9 < r.1).count();
    say!(
        "pages better: {won}, worse: {lost}, same: {}",
        rows.len() - won - lost
    );
    rows.sort_by(|x, y| (x.2 - x.1).total_cmp(&(y.2 - y.1)));
    say!("\nmost worse:");
    for (id, a, b) in rows.iter().take(n).filter(|r| r.2 < r.1) {
        say!("  {}  {a:.3} -> {b:.3}", id.get(..12).unwrap_or(id));
    }
    say!("most better:");
    for (id, a, b) in rows.iter().rev().take(n).filter(|r| r.2 > r.1) {
        say!("  {}  {a:.3} -> {b:.3}", id.get(..12).unwrap_or(id));
    }
    Ok(())
}
