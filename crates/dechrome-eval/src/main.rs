//! `dechrome-eval`: runs the cleaner over datasets in the layout of the
//! article-extraction benchmark (`html/<id>.html.gz` + `ground-truth.json`) and
//! scores it with the benchmark's metric ([`dechrome_eval::metric`]).
//!
//! ```text
//! dechrome-eval ../shared/datasets/article-extraction-benchmark ../shared/datasets/wcxb-dev
//! dechrome-eval DATASET --predictions target/pred.json --focus precision
//! dechrome-eval DATASET... --text-path          # also the plain-text path, beside HTML
//! dechrome-eval --kinds fixtures/kinds          # the kinds score on the hand labels
//! dechrome-eval --compare before.json after.json --truth DATASET/ground-truth.json
//! ```
//!
//! For a dataset with page types (WCXB) it also reports F1 per page type, per half of
//! the fixed tuning/checking split ([`dechrome_eval::dataset::half`]), the share of
//! must / must-not snippets respected, and the near-empty pages (gold of 100+ words,
//! fewer than 10 words kept).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Parser;
use dechrome::{Article, Cleaner, Focus, Kind};
use dechrome_eval::dataset::{self, Dataset, Gold, Half, load_gold, squash};
use dechrome_eval::kinds::{self, Label};
use dechrome_eval::metadata::{Tally, author_right, date_right, title_right};
use dechrome_eval::metric::{self, PageScore};
use rayon::prelude::*;
use serde_json::{Value, json};

/// Score dechrome on article-extraction datasets.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Dataset folders: `html/<id>.html.gz` (or `.html`) and `ground-truth.json`.
    datasets: Vec<PathBuf>,
    /// Write the predictions here, shaped like the ground truth: `{"<id>": {"articleBody": "..."}}`
    /// (one dataset only; see --predictions-dir for several).
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Write each dataset's predictions to DIR/<dataset folder name>.json (and the text
    /// path's to DIR/<name>.text.json).
    #[arg(long, value_name = "DIR")]
    predictions_dir: Option<PathBuf>,
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
    /// Also clean each page the way a naive scraper hands it over (every visible block
    /// one paragraph, no markup) with the text path, and score it beside the HTML path.
    #[arg(long)]
    text_path: bool,
    /// Only the pages of this half of the fixed split (datasets with page types, and the
    /// labelled pages of --kinds).
    #[arg(long, value_parser = ["tune", "check"])]
    half: Option<String>,
    /// Score the block kinds on the hand labels in DIR (`*.jsonl`, see
    /// `dechrome_eval::kinds`); the labelled pages are read from --datasets-root.
    #[arg(long, value_name = "DIR")]
    kinds: Option<PathBuf>,
    /// Where the labelled sets' folders are (`article-extraction-benchmark`, `wcxb-dev`).
    #[arg(long, default_value = "../shared/datasets", value_name = "DIR")]
    datasets_root: PathBuf,
    /// Compare two prediction files page by page (needs --truth or one DATASET).
    #[arg(long, num_args = 2, value_names = ["BEFORE", "AFTER"])]
    compare: Option<Vec<PathBuf>>,
    /// Ground truth for --compare (default: DATASET/ground-truth.json).
    #[arg(long)]
    truth: Option<PathBuf>,
    /// Also print, for each listed worst page, the lost and leaked text; with --kinds,
    /// every wrong kind with how its block was read.
    #[arg(long)]
    verbose: bool,
    /// Also score the metadata (title, author, publication date) against the gold of a
    /// dataset that has it (WCXB), cleaning each page again with its URL; see
    /// `dechrome_eval::metadata` for what counts as right.
    #[arg(long)]
    metadata: bool,
    /// With --metadata: a peer's answers on the same pages, `{id: {"title", "author",
    /// "date"}}` (`scripts/peers/trafilatura_metadata.py` writes trafilatura's), scored
    /// beside dechrome's.
    #[arg(long, value_name = "FILE")]
    metadata_peer: Option<PathBuf>,
    /// The cleaner's focus: precision, balanced or recall (see `dechrome::Focus`).
    #[arg(long, default_value = "balanced", value_name = "LEVEL")]
    focus: Focus,
}

type Res<T> = dataset::Res<T>;

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
        let truth_path = match (&args.truth, args.datasets.first()) {
            (Some(t), _) => t.clone(),
            (None, Some(d)) => d.join("ground-truth.json"),
            (None, None) => return Err("--compare needs --truth FILE or a DATASET".into()),
        };
        let [before, after] = files.as_slice() else {
            return Err("--compare takes two files".into());
        };
        return compare(
            &load_gold(&truth_path)?,
            &load_gold(before)?,
            &load_gold(after)?,
            args.worst,
        );
    }
    if args.datasets.is_empty() && args.kinds.is_none() {
        return Err("give one or more DATASET folders, or --kinds DIR (see --help)".into());
    }
    if args.predictions.is_some() && args.datasets.len() > 1 {
        return Err("--predictions takes one dataset; use --predictions-dir for several".into());
    }
    let cleaner = Cleaner::builder().focus(args.focus).build();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.max(1))
        .build()?;
    for dir in &args.datasets {
        evaluate(args, &cleaner, &pool, &Dataset::load(dir)?)?;
    }
    if let Some(dir) = &args.kinds {
        kinds_report(args, &cleaner, &pool, &kinds::load_labels(dir)?)?;
    }
    Ok(())
}

/// What one page came to.
struct Outcome {
    id: String,
    body: String,
    error: Option<String>,
    /// The text path's body, when asked for.
    text_body: Option<String>,
    /// The verdict's page type.
    page_type: &'static str,
}

fn evaluate(args: &Args, cleaner: &Cleaner, pool: &rayon::ThreadPool, ds: &Dataset) -> Res<()> {
    let wanted = |id: &str| {
        args.half
            .as_deref()
            .is_none_or(|h| !ds.has_page_types() || dataset::half(id).name() == h)
    };
    let mut pages: Vec<(String, Vec<u8>)> = Vec::with_capacity(ds.gold.len());
    for id in ds.gold.keys().filter(|id| wanted(id)) {
        pages.push((id.clone(), ds.page(id)?));
    }
    let gold: BTreeMap<&String, &Gold> = ds.gold.iter().filter(|(id, _)| wanted(id)).collect();
    let total_bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    say!(
        "== {} ({} pages{})",
        ds.name,
        pages.len(),
        args.half
            .as_deref()
            .map_or(String::new(), |h| format!(", {h} half"))
    );

    if args.warmup {
        pool.install(|| {
            pages
                .par_iter()
                .for_each(|(_, b)| drop(cleaner.clean_bytes(b)))
        });
    }
    let mut wall = f64::INFINITY;
    let mut results: Vec<(String, Result<Article, dechrome::Error>)> = Vec::new();
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

    let mut dropped: BTreeMap<Kind, (usize, usize)> = BTreeMap::new();
    let mut ld = JsonLdStats::default();
    let outcomes: Vec<Outcome> = pool.install(|| {
        results
            .par_iter()
            .map(|(id, result)| match result {
                Ok(article) => Outcome {
                    id: id.clone(),
                    body: article.body_text(),
                    error: None,
                    text_body: args.text_path.then(|| text_path(cleaner, article)),
                    page_type: article.verdict().page_type.name(),
                },
                Err(e) => Outcome {
                    id: id.clone(),
                    body: String::new(),
                    error: Some(e.to_string()),
                    text_body: args.text_path.then(String::new),
                    page_type: "error",
                },
            })
            .collect()
    });
    for (_, result) in &results {
        if let Ok(article) = result {
            ld.add(article);
            for b in article.blocks().iter().filter(|b| !b.is_kept()) {
                let e = dropped.entry(b.kind()).or_default();
                e.0 += 1;
                e.1 += b.text().split_whitespace().count();
            }
        }
    }
    drop(results);

    let predictions: BTreeMap<String, String> = outcomes
        .iter()
        .map(|o| (o.id.clone(), o.body.clone()))
        .collect();
    let out_path = args.predictions.clone().or_else(|| {
        args.predictions_dir
            .as_ref()
            .map(|d| d.join(format!("{}.json", ds.name)))
    });
    if let Some(path) = &out_path {
        write_predictions(path, &predictions)?;
    }

    let scored = score_all(&gold, &predictions);
    report(&scored, args.bootstrap);
    breakdown(ds, &gold, &scored, &predictions);
    if ds.has_page_types() {
        verdicts(&gold, &outcomes);
    }
    if args.metadata {
        metadata_report(args, cleaner, pool, &gold, &pages)?;
    }
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
    let errors: Vec<String> = outcomes
        .iter()
        .filter_map(|o| o.error.as_ref().map(|e| format!("{}: {e}", o.id)))
        .collect();
    if !errors.is_empty() {
        say!("errors: {}", errors.len());
        for e in &errors {
            say!("  {e}");
        }
    }

    if args.text_path {
        let text: BTreeMap<String, String> = outcomes
            .iter()
            .map(|o| (o.id.clone(), o.text_body.clone().unwrap_or_default()))
            .collect();
        if let Some(dir) = &args.predictions_dir {
            write_predictions(&dir.join(format!("{}.text.json", ds.name)), &text)?;
        }
        let scored_text = score_all(&gold, &text);
        say!("\ntext path (every visible block a paragraph, cleaned as text):");
        report(&scored_text, 0);
        breakdown(ds, &gold, &scored_text, &text);
    }

    say!("\ndropped blocks by kind (blocks, words):");
    for (kind, (n, w)) in &dropped {
        say!("  {:<18} {n:>6} {w:>8}", kind.name());
    }
    ld.print();
    let bodies: BTreeMap<&String, &str> =
        gold.iter().map(|(id, g)| (*id, g.body.as_str())).collect();
    worst(&scored, &bodies, &predictions, args.worst, args.verbose);
    say!("");
    Ok(())
}

/// Every gold page scored against its prediction (a missing one is empty).
fn score_all<'a>(
    gold: &BTreeMap<&'a String, &Gold>,
    predictions: &BTreeMap<String, String>,
) -> Vec<(&'a String, PageScore)> {
    gold.iter()
        .map(|(id, g)| {
            let p = predictions.get(*id).map_or("", String::as_str);
            (*id, metric::score_page(&g.body, p))
        })
        .collect()
}

/// The page as a naive scraper hands it over: every visible block (kept or not) one
/// paragraph, no markup; then cleaned as text.
fn text_path(cleaner: &Cleaner, article: &Article) -> String {
    let input: Vec<&str> = article.blocks().iter().map(|b| b.text()).collect();
    cleaner
        .clean_text(&input.join("\n\n"))
        .map(|a| a.body_text())
        .unwrap_or_default()
}

fn write_predictions(path: &Path, predictions: &BTreeMap<String, String>) -> Res<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let out: BTreeMap<&String, Value> = predictions
        .iter()
        .map(|(k, v)| (k, json!({ "articleBody": v })))
        .collect();
    std::fs::write(path, serde_json::to_string_pretty(&out)?)?;
    say!("predictions: {}", path.display());
    Ok(())
}

/// Pages whose gold has 100+ words but whose prediction has fewer than 10.
fn near_empty(gold: &str, prediction: &str) -> bool {
    metric::tokens(gold).len() >= 100 && metric::tokens(prediction).len() < 10
}

/// Per half, per page type, snippets and near-empty pages.
fn breakdown(
    ds: &Dataset,
    gold: &BTreeMap<&String, &Gold>,
    scored: &[(&String, PageScore)],
    predictions: &BTreeMap<String, String>,
) {
    let prediction = |id: &String| predictions.get(id).map_or("", String::as_str);
    let near: Vec<&String> = scored
        .iter()
        .filter(|(id, _)| {
            gold.get(id)
                .is_some_and(|g| near_empty(&g.body, prediction(id)))
        })
        .map(|(id, _)| *id)
        .collect();
    say!(
        "near-empty pages (gold >= 100 words, < 10 kept): {}{}",
        near.len(),
        if near.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                near.iter()
                    .take(20)
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        }
    );
    if !ds.has_page_types() {
        return;
    }
    let row = |name: &str, pages: Vec<PageScore>| {
        let s = metric::summarize(&pages);
        say!(
            "  {name:<14} {:>5}  F1 {:.4}  P {:.4}  R {:.4}",
            pages.len(),
            s.f1,
            s.precision,
            s.recall
        );
    };
    say!("by half:");
    for half in [Half::Tune, Half::Check] {
        let pages = scored
            .iter()
            .filter(|(id, _)| dataset::half(id) == half)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>();
        if !pages.is_empty() {
            row(half.name(), pages);
        }
    }
    say!("by page type:");
    let mut types: BTreeMap<&str, Vec<PageScore>> = BTreeMap::new();
    for (id, s) in scored {
        let t = gold
            .get(id)
            .and_then(|g| g.page_type.as_deref())
            .unwrap_or("?");
        types.entry(t).or_default().push(*s);
    }
    for (t, pages) in types {
        row(t, pages);
    }
    // Snippets: the share of `with` snippets found and of `without` snippets absent.
    let (mut with_n, mut with_ok, mut without_n, mut without_ok) = (0usize, 0usize, 0usize, 0usize);
    for (id, _) in scored {
        let Some(g) = gold.get(id) else { continue };
        let p = squash(prediction(id));
        for w in &g.with {
            with_n += 1;
            with_ok += usize::from(p.contains(&squash(w)));
        }
        for w in &g.without {
            without_n += 1;
            without_ok += usize::from(!p.contains(&squash(w)));
        }
    }
    say!(
        "snippets: with {}/{} found ({:.3}), without {}/{} absent ({:.3})",
        with_ok,
        with_n,
        with_ok as f64 / with_n.max(1) as f64,
        without_ok,
        without_n,
        without_ok as f64 / without_n.max(1) as f64
    );
}

/// The verdict's page type against the gold page type (rows: gold).
fn verdicts(gold: &BTreeMap<&String, &Gold>, outcomes: &[Outcome]) {
    let mut table: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut columns: Vec<&str> = Vec::new();
    for o in outcomes {
        let Some(t) = gold.get(&o.id).and_then(|g| g.page_type.as_deref()) else {
            continue;
        };
        *table.entry(t).or_default().entry(o.page_type).or_default() += 1;
        if !columns.contains(&o.page_type) {
            columns.push(o.page_type);
        }
    }
    columns.sort_unstable();
    let mut head = format!("verdict by gold type:\n  {:<14}", "");
    for c in &columns {
        head.push_str(&format!("{:>9}", c.get(..c.len().min(8)).unwrap_or(c)));
    }
    say!("{head}");
    for (t, row) in &table {
        let mut line = format!("  {t:<14}");
        for c in &columns {
            line.push_str(&format!("{:>9}", row.get(c).copied().unwrap_or(0)));
        }
        say!("{line}");
    }
}

/// The kinds score: accuracy, per-kind precision/recall/F1, macro-F1 over the named
/// chrome kinds, the confusion matrix and the worst pages.
fn kinds_report(
    args: &Args,
    cleaner: &Cleaner,
    pool: &rayon::ThreadPool,
    labels: &[Label],
) -> Res<()> {
    let mut by_page: BTreeMap<(&str, &str), Vec<&Label>> = BTreeMap::new();
    for l in labels {
        by_page.entry((&l.set, &l.page)).or_default().push(l);
    }
    let mut datasets: HashMap<&str, Dataset> = HashMap::new();
    for (set, _) in by_page.keys() {
        if !datasets.contains_key(set) {
            let folder =
                kinds::dataset_folder(set).ok_or_else(|| format!("unknown set {set:?}"))?;
            datasets.insert(set, Dataset::load(&args.datasets_root.join(folder))?);
        }
    }
    let wanted_half = args.half.as_deref();
    let pages: Vec<((&str, &str), Vec<&Label>)> = by_page
        .into_iter()
        .filter(|((_, page), _)| wanted_half.is_none_or(|h| dataset::half(page).name() == h))
        .collect();
    // Per label: the predicted kind and, with --verbose, how the block was read.
    type PageResult = Res<Vec<(Kind, Option<Kind>, String)>>;
    let results: Vec<PageResult> = pool.install(|| {
        pages
            .par_iter()
            .map(|((set, page), labels)| {
                let ds = datasets.get(set).ok_or("no dataset")?;
                let article = cleaner.clean_bytes(&ds.page(page)?)?;
                Ok(labels
                    .iter()
                    .map(|l| {
                        let block = kinds::locate(&article, &l.text, l.nth)
                            .and_then(|i| article.blocks().get(i));
                        let why = match block {
                            Some(b) if args.verbose => describe(&article, b),
                            _ => String::new(),
                        };
                        (l.kind, block.map(|b| b.kind()), why)
                    })
                    .collect())
            })
            .collect()
    });
    let mut score = kinds::Score::default();
    let mut per_lang: BTreeMap<&str, kinds::Score> = BTreeMap::new();
    let mut per_half: BTreeMap<Half, kinds::Score> = BTreeMap::new();
    let mut page_acc: Vec<(String, usize, usize)> = Vec::new();
    let mut wrong: Vec<String> = Vec::new();
    for (((set, page), labels), result) in pages.iter().zip(results) {
        let got = result.map_err(|e| format!("{set}/{page}: {e}"))?;
        let mut right = 0;
        for (l, (want, pred, why)) in labels.iter().zip(got) {
            let Some(pred) = pred else {
                score.unfound += 1;
                continue;
            };
            score.add(want, pred);
            per_lang.entry(&l.lang).or_default().add(want, pred);
            per_half
                .entry(dataset::half(page))
                .or_default()
                .add(want, pred);
            right += usize::from(want == pred);
            if want != pred && args.verbose {
                let short: String = l.text.chars().take(60).collect();
                wrong.push(format!(
                    "{set}/{page} {} -> {}: {short:?}\n    {why}",
                    want.name(),
                    pred.name()
                ));
            }
        }
        page_acc.push((format!("{set}/{page}"), right, labels.len()));
    }
    say!(
        "== kinds: {} labels on {} pages ({} not found)",
        labels.len(),
        pages.len(),
        score.unfound
    );
    say!("accuracy:  {:.4}", score.accuracy());
    say!("macro-F1:  {:.4} (named chrome kinds)", score.macro_f1());
    say!("by half of the fixed split (dataset::half of the page id):");
    for (half, s) in &per_half {
        say!(
            "  {:<6} {:>5} labels  accuracy {:.4}  macro-F1 {:.4}",
            half.name(),
            s.total(),
            s.accuracy(),
            s.macro_f1()
        );
    }
    say!("by language:");
    for (lang, s) in &per_lang {
        say!(
            "  {lang:<4} {:>5} labels  accuracy {:.4}",
            s.total(),
            s.accuracy()
        );
    }
    say!(
        "\n  {:<16} {:>7} {:>9} {:>9} {:>9} {:>7}",
        "kind",
        "labels",
        "predicted",
        "precision",
        "recall",
        "F1"
    );
    for k in Kind::ALL {
        let s = score.of(k);
        if s.support + s.predicted == 0 {
            continue;
        }
        say!(
            "  {:<16} {:>7} {:>9} {:>9.3} {:>9.3} {:>7.3}",
            k.name(),
            s.support,
            s.predicted,
            s.precision,
            s.recall,
            s.f1
        );
    }
    // Confusion matrix: rows are labels, columns predictions (abbreviated).
    let abbr = |k: Kind| -> String {
        k.name()
            .split('_')
            .filter_map(|w| w.get(..if k.name().contains('_') { 1 } else { 3 }))
            .collect()
    };
    let kinds: Vec<Kind> = Kind::ALL.into_iter().collect();
    say!("\nconfusion (rows: label, columns: predicted):");
    let mut head = format!("  {:<16}", "");
    for k in &kinds {
        head.push_str(&format!("{:>5}", abbr(*k)));
    }
    say!("{head}");
    for a in &kinds {
        let mut line = format!("  {:<16}", a.name());
        let mut any = false;
        for b in &kinds {
            let n = score.confusion.get(&(*a, *b)).copied().unwrap_or(0);
            any |= n > 0;
            line.push_str(&format!(
                "{:>5}",
                if n == 0 {
                    ".".to_owned()
                } else {
                    n.to_string()
                }
            ));
        }
        if any {
            say!("{line}");
        }
    }
    page_acc.sort_by(|a, b| {
        (a.1 as f64 / a.2.max(1) as f64)
            .total_cmp(&(b.1 as f64 / b.2.max(1) as f64))
            .then(a.0.cmp(&b.0))
    });
    say!("\nworst pages (right / labels):");
    for (page, right, n) in page_acc.iter().take(args.worst) {
        say!("  {page:<40} {right}/{n}");
    }
    if args.verbose {
        say!("\nwrong kinds (label -> predicted):");
        for w in &wrong {
            say!("  {w}");
        }
    }
    Ok(())
}

/// How a block was read, for --verbose: kept or not, tag, landmarks, link density,
/// its path's last steps and the reasons that point to a kind.
fn describe(article: &Article, b: &dechrome::Block) -> String {
    let ctx = b.context();
    let path = article.path(b);
    let tail: Vec<&str> = path.rsplit('>').take(3).collect();
    let reasons: Vec<String> = b
        .reasons()
        .iter()
        .filter(|r| r.kind.is_some())
        .map(|r| {
            format!(
                "{}{:+.1}:{}",
                r.code,
                r.weight,
                r.kind.map_or("", |k| k.name())
            )
        })
        .collect();
    format!(
        "{} <{}> [{}] links {:.2} words {} | {} | {}",
        if b.is_kept() { "KEPT" } else { "dropped" },
        ctx.tag,
        ctx.landmarks.names().collect::<Vec<_>>().join(","),
        ctx.link_density,
        b.text().split_whitespace().count(),
        tail.into_iter().rev().collect::<Vec<_>>().join(">"),
        reasons.join(" ")
    )
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
    fn add(&mut self, article: &Article) {
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
    truth: &BTreeMap<&String, &str>,
    predictions: &BTreeMap<String, String>,
    n: usize,
    verbose: bool,
) {
    let mut by_f1: Vec<&(&String, PageScore)> = scored.iter().collect();
    by_f1.sort_by(|a, b| a.1.f1().total_cmp(&b.1.f1()).then(a.0.cmp(b.0)));
    say!("\nworst {n} pages by F1 (lost = 1 - recall, leaked = 1 - precision):");
    for (id, s) in by_f1.into_iter().take(n) {
        let t = truth.get(*id).copied().unwrap_or("");
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
    truth: &BTreeMap<String, Gold>,
    before: &BTreeMap<String, Gold>,
    after: &BTreeMap<String, Gold>,
    n: usize,
) -> Res<()> {
    let body = |m: &BTreeMap<String, Gold>, id: &String| {
        m.get(id).map_or(String::new(), |g| g.body.clone())
    };
    let mut rows = Vec::new();
    let (mut a_pages, mut b_pages) = (Vec::new(), Vec::new());
    for (id, t) in truth {
        let a = metric::score_page(&t.body, &body(before, id));
        let b = metric::score_page(&t.body, &body(after, id));
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

/// `--metadata`: title, author and date, right / missing over the pages whose gold has
/// each, for dechrome (cleaned with the page URL) and for the peer file if given.
fn metadata_report(
    args: &Args,
    cleaner: &Cleaner,
    pool: &rayon::ThreadPool,
    gold: &BTreeMap<&String, &Gold>,
    pages: &[(String, Vec<u8>)],
) -> Res<()> {
    if !gold.values().any(|g| g.title.is_some()) {
        say!("metadata: the gold has no title, author or date");
        return Ok(());
    }
    // (title, authors joined, date) a page.
    type Answer = (Option<String>, Option<String>, Option<String>);
    let ours: HashMap<String, Answer> = pool.install(|| {
        pages
            .par_iter()
            .map(|(id, bytes)| {
                let url = gold.get(id).and_then(|g| g.url.as_deref());
                let mut page = dechrome::Page::new(bytes);
                if let Some(u) = url {
                    page = page.url(u);
                }
                let answer = cleaner
                    .clean_page(&page)
                    .ok()
                    .map_or((None, None, None), |a| {
                        let m = a.metadata();
                        let authors = (!m.authors.is_empty()).then(|| m.authors.join(", "));
                        // The page's date: when it was published, else when updated
                        // (what a page shows when it shows one date).
                        let date = m.published.clone().or_else(|| m.modified.clone());
                        (m.title.clone(), authors, date)
                    });
                (id.clone(), answer)
            })
            .collect()
    });
    let peer: Option<HashMap<String, Answer>> = match &args.metadata_peer {
        Some(path) => Some(
            dataset::load_gold(path)?
                .into_iter()
                .map(|(id, g)| (id, (g.title, g.author, g.published)))
                .collect(),
        ),
        None => None,
    };
    let score = |answers: &HashMap<String, Answer>| {
        let mut t = [Tally::default(); 3];
        for (id, g) in gold {
            let (title, author, date) = answers.get(*id).cloned().unwrap_or_default();
            if let Some(gt) = &g.title {
                t[0].add(title.as_deref(), title_right(gt, title.as_deref()));
            }
            if let Some(ga) = &g.author {
                t[1].add(author.as_deref(), author_right(ga, author.as_deref()));
            }
            if let Some(gd) = &g.published {
                t[2].add(date.as_deref(), date_right(gd, date.as_deref()));
            }
        }
        t
    };
    let mine = score(&ours);
    let theirs = peer.as_ref().map(score);
    say!(
        "metadata (pages whose gold has the field: right, missing{}):",
        if theirs.is_some() { "; peer" } else { "" }
    );
    for (i, name) in ["title", "author", "date"].iter().enumerate() {
        let (Some(m), t) = (mine.get(i), theirs.as_ref().and_then(|t| t.get(i))) else {
            continue;
        };
        let peer = t.map_or(String::new(), |t| {
            format!(
                "   peer right {:.3} missing {:.3}",
                t.share(),
                t.missing as f64 / t.pages.max(1) as f64
            )
        });
        say!(
            "  {name:<8} {:5} pages  right {:.3}  missing {:.3}{peer}",
            m.pages,
            m.share(),
            m.missing as f64 / m.pages.max(1) as f64
        );
    }
    Ok(())
}
