//! `dechrome batch` end to end: a temporary directory of pages (nested, gzipped, filtered
//! out, failing), JSONL on stdin, --out-dir, exit codes; the built binary is run as a user would.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_dechrome");

/// A small but real article page: navigation, a headline, three paragraphs of prose
/// naming `topic`, a newsletter pitch and a footer.
fn article(title: &str, topic: &str) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Harbour Gazette</title></head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<article>
<h1>{title}</h1>
<p>The council met on Tuesday evening to discuss the future of the {topic}, which has divided residents of the old harbour district for the better part of a decade and drawn crowds to every meeting since the spring.</p>
<p>Supporters of the plan argued that the {topic} would bring visitors and jobs back to the waterfront, while opponents worried about the cost to local taxpayers and the noise that construction would bring to their quiet streets.</p>
<p>After nearly four hours of debate the members agreed to commission an independent study of the {topic}, and they promised that residents would be consulted again before any final decision is made about the money.</p>
<p>Subscribe to our newsletter</p>
</article>
<footer><p>Copyright 2024 The Harbour Gazette. All rights reserved.</p></footer>
</body></html>"#
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// The test tree, in the order the walk visits it (file names sorted, directories in place):
/// a.html, b.html, c.html.gz, e-empty.html (fails), skip.txt (filtered out), sub/d.html.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("dechrome-batch-")
        .tempdir()
        .unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("a.html"),
        article("Ferry Terminal Plans", "ferry terminal"),
    )
    .unwrap();
    std::fs::write(
        root.join("b.html"),
        article("Lighthouse Museum Vote", "lighthouse museum"),
    )
    .unwrap();
    std::fs::write(
        root.join("c.html.gz"),
        gzip(article("Fish Market Rebuilt", "fish market").as_bytes()),
    )
    .unwrap();
    std::fs::write(root.join("e-empty.html"), "").unwrap();
    std::fs::write(root.join("skip.txt"), article("Not Wanted", "skipped page")).unwrap();
    std::fs::create_dir(root.join("sub")).unwrap();
    std::fs::write(
        root.join("sub/d.html"),
        article("Marina Dredging Begins", "marina dredging"),
    )
    .unwrap();
    dir
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Input is written on its own thread: batch reads lazily and writes as it goes, so a
    // large input written first would fill both pipes and deadlock with the child.
    let pipe = child.stdin.take();
    std::thread::scope(|s| {
        if let (Some(mut pipe), Some(input)) = (pipe, stdin) {
            s.spawn(move || pipe.write_all(input).unwrap());
        }
        child.wait_with_output().unwrap()
    })
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// A cleaned article record: body present, title right, chrome gone.
fn assert_clean(rec: &Value, title: &str, topic: &str) {
    assert_eq!(rec["title"], title, "{rec}");
    let text = rec["text"]
        .as_str()
        .unwrap_or_else(|| panic!("no text: {rec}"));
    assert!(
        text.contains(&format!("discuss the future of the {topic}")),
        "{text}"
    );
    assert!(text.contains("independent study"), "{text}");
    assert_eq!(text.matches("\n\n").count(), 2, "three paragraphs: {text}");
    assert!(!text.contains("Subscribe to our newsletter"), "{text}");
    assert!(!text.contains("Opinion"), "navigation leaked: {text}");
    assert!(!text.contains("Copyright"), "{text}");
    assert!(rec.get("error").is_none(), "{rec}");
}

#[test]
fn directory_with_glob_gzip_nesting_and_a_failing_page() {
    let dir = tree();
    let root = dir.path();
    let out = run(&["batch", "--glob", "*.html", &path_str(root)], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a page failed: {stderr}");

    let recs = records(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let want: Vec<String> = [
        "a.html",
        "b.html",
        "c.html.gz",
        "e-empty.html",
        "sub/d.html",
    ]
    .iter()
    .map(|f| path_str(&root.join(f)))
    .collect();
    assert_eq!(ids, want, "walk order, skip.txt filtered out");

    assert_clean(&recs[0], "Ferry Terminal Plans", "ferry terminal");
    assert_clean(&recs[1], "Lighthouse Museum Vote", "lighthouse museum");
    assert_clean(&recs[2], "Fish Market Rebuilt", "fish market");
    assert_clean(&recs[4], "Marina Dredging Begins", "marina dredging");
    assert_eq!(recs[3]["error"], "the document has no visible text");
    assert!(recs[3].get("text").is_none());
    assert!(recs.iter().all(|r| r.get("blocks").is_none()));

    // The failure is reported on stderr too, and counted in the summary.
    assert!(
        stderr.contains(&format!("{}: the document has no visible text", want[3])),
        "{stderr}"
    );
    assert!(stderr.contains("5 pages, 1 failed"), "{stderr}");
    assert!(stderr.contains("pages/s"), "{stderr}");
}

#[test]
fn without_a_glob_every_file_is_read_and_all_succeed_exits_zero() {
    let dir = tree();
    let root = dir.path();
    std::fs::remove_file(root.join("e-empty.html")).unwrap();
    let out = run(&["batch", "-q", &path_str(root)], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 5, "a, b, c, skip.txt, sub/d");
    assert_clean(&recs[3], "Not Wanted", "skipped page");
    assert!(out.stderr.is_empty(), "--quiet: no summary");
}

#[test]
fn files_keep_command_line_order_on_every_job_count() {
    let dir = tree();
    let root = dir.path();
    let files = ["sub/d.html", "c.html.gz", "a.html", "b.html", "a.html"];
    let paths: Vec<String> = files.iter().map(|f| path_str(&root.join(f))).collect();
    let mut first: Option<Vec<u8>> = None;
    for jobs in ["1", "2", "4"] {
        let mut args = vec!["batch", "--jobs", jobs];
        args.extend(paths.iter().map(String::as_str));
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(0));
        let ids: Vec<String> = records(&out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids, paths, "--jobs {jobs}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{jobs} jobs")));
        match &first {
            None => first = Some(out.stdout),
            Some(f) => assert_eq!(f, &out.stdout, "same output whatever --jobs"),
        }
    }
}

#[test]
fn jsonl_on_stdin_passes_fields_through() {
    let mut input = String::new();
    for (i, topic) in ["ferry terminal", "fish market"].iter().enumerate() {
        let rec = serde_json::json!({
            "url": format!("https://example.com/{i}"),
            "html": article(&format!("Story {i}"), topic),
            "lang": "en",
            "crawl": {"depth": i},
        });
        input.push_str(&rec.to_string());
        input.push('\n');
    }
    input.push('\n'); // blank lines are skipped
    input.push_str("{\"url\": \"https://example.com/no-html\", \"body\": \"x\"}\n");
    input.push_str("{not json\n");
    input.push_str(r#"{"url": "https://example.com/empty", "html": "<html></html>"}"#);
    input.push('\n');

    let out = run(&["batch", "--blocks"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 5);

    assert_eq!(recs[0]["id"], "https://example.com/0");
    assert_eq!(recs[0]["url"], "https://example.com/0");
    assert_eq!(recs[0]["lang"], "en");
    assert_eq!(recs[1]["crawl"]["depth"], 1);
    assert!(
        recs[0].get("html").is_none(),
        "the page itself is not passed through"
    );
    assert_clean(&recs[0], "Story 0", "ferry terminal");
    assert_clean(&recs[1], "Story 1", "fish market");
    let blocks = recs[0]["blocks"].as_array().unwrap();
    assert!(
        blocks
            .iter()
            .any(|b| b["kind"] == "body" && b["kept"] == true)
    );
    let block = |text: &str| {
        blocks
            .iter()
            .find(|b| b["text"] == text)
            .unwrap_or_else(|| panic!("no block {text:?}"))
    };
    let subscribe = block("Subscribe to our newsletter");
    assert_eq!(subscribe["kept"], false);
    assert!(
        ["subscribe_prompt", "newsletter_pitch"].contains(&subscribe["kind"].as_str().unwrap()),
        "{subscribe}"
    );
    assert!(
        subscribe["reasons"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
    assert_eq!(block("Opinion")["kept"], false);

    assert_eq!(recs[2]["id"], "https://example.com/no-html");
    assert_eq!(recs[2]["body"], "x");
    assert!(
        recs[2]["error"]
            .as_str()
            .unwrap()
            .contains("no string field \"html\"")
    );
    assert_eq!(recs[3]["id"], "-:5", "no id field: source and line");
    assert!(
        recs[3]["error"]
            .as_str()
            .unwrap()
            .starts_with("invalid JSON")
    );
    assert_eq!(recs[4]["error"], "the document has no visible text");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("5 pages, 3 failed"), "{stderr}");
}

#[test]
fn jsonl_field_names_are_configurable_and_order_holds_at_scale() {
    let n = 120;
    let mut input = Vec::new();
    for i in 0..n {
        // Every 7th page is empty and fails; the rest differ in size so they finish out of order.
        let page = if i % 7 == 3 {
            String::new()
        } else {
            article(&format!("Page {i}"), &format!("harbour project {i}")).repeat(1 + i % 4)
        };
        let rec = serde_json::json!({ "key": format!("k{i}"), "page": page, "id": i });
        writeln!(input, "{rec}").unwrap();
    }
    let out = run(
        &[
            "batch",
            "-j",
            "2",
            "--html-field",
            "page",
            "--id-field",
            "key",
            "-",
        ],
        Some(&gzip(&input)),
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), n);
    for (i, rec) in recs.iter().enumerate() {
        assert_eq!(rec["id"], format!("k{i}"));
        assert_eq!(rec["key"], format!("k{i}"));
        assert_eq!(rec["input_id"], i, "the input's own id is kept, renamed");
        if i % 7 == 3 {
            assert_eq!(rec["error"], "the document has no visible text");
        } else {
            let text = rec["text"].as_str().unwrap();
            assert!(
                text.contains(&format!("future of the harbour project {i},")),
                "{rec}"
            );
        }
    }
}

#[test]
fn jsonl_files_are_read_by_name_gzip_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let rec = |i: usize| {
        serde_json::json!({"url": format!("u{i}"), "html": article("Story", "ferry terminal")})
            .to_string()
    };
    let plain: PathBuf = dir.path().join("pages.jsonl");
    std::fs::write(&plain, format!("{}\n{}\n", rec(0), rec(1))).unwrap();
    let gz = dir.path().join("more.ndjson.gz");
    std::fs::write(&gz, gzip(format!("{}\n", rec(2)).as_bytes())).unwrap();
    let out = run(&["batch", &path_str(&plain), &path_str(&gz)], None);
    assert_eq!(out.status.code(), Some(0));
    let ids: Vec<Value> = records(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, ["u0", "u1", "u2"]);
}

#[test]
fn out_dir_gets_one_text_file_per_page() {
    let dir = tree();
    let root = dir.path();
    let out_dir = root.join("out");
    let out = run(
        &[
            "batch",
            "--glob",
            "*.html",
            "--out-dir",
            &path_str(&out_dir),
            &path_str(root),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "e-empty.html fails");
    assert!(
        out.stdout.is_empty(),
        "--out-dir alone: no records on stdout"
    );
    let a = std::fs::read_to_string(out_dir.join("a.txt")).unwrap();
    assert!(
        a.starts_with("Ferry Terminal Plans\n\nThe council met"),
        "{a}"
    );
    assert!(!a.contains("Subscribe"));
    let c = std::fs::read_to_string(out_dir.join("c.txt")).unwrap();
    assert!(c.contains("future of the fish market"));
    let d = std::fs::read_to_string(out_dir.join("sub/d.txt")).unwrap();
    assert!(d.contains("future of the marina dredging"));
    assert!(!out_dir.join("e-empty.txt").exists());
    assert!(!out_dir.join("skip.txt").exists());

    // With --output as well, the records go to that file.
    let jsonl = root.join("records.jsonl");
    let out = run(
        &[
            "batch",
            "--out-dir",
            &path_str(&out_dir),
            "-o",
            &path_str(&jsonl),
            &path_str(&root.join("b.html")),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out_dir.join("b.txt").exists());
    let written = std::fs::read_to_string(&jsonl).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(written.contains("\"title\":\"Lighthouse Museum Vote\""));
}

#[test]
fn oversized_and_missing_inputs_are_failures_not_aborts() {
    let dir = tree();
    let root = dir.path();
    let missing = root.join("missing.html");
    let out = run(
        &[
            "batch",
            "--max-input-bytes",
            "1000",
            &path_str(&root.join("a.html")),
            &path_str(&root.join("c.html.gz")),
            &path_str(&missing),
            &path_str(&root.join("skip.txt")),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 4);
    let a = recs[0]["error"].as_str().unwrap();
    assert!(
        a.starts_with("input is ") && a.contains("over the limit of 1000 bytes"),
        "{a}"
    );
    let c = recs[1]["error"].as_str().unwrap();
    assert!(
        c.contains("over the limit of 1000 bytes"),
        "gzip counted decompressed: {c}"
    );
    assert_eq!(recs[2]["id"], path_str(&missing));
    assert!(
        recs[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("cannot read")
    );
    assert!(recs[3]["error"].is_string());
}

#[test]
fn bad_arguments_exit_two() {
    let out = run(&["batch", "--glob", "a[", "."], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn single_page_usage_is_unchanged() {
    let dir = tree();
    let a = path_str(&dir.path().join("a.html"));
    let out = run(&[&a], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Ferry Terminal Plans\n\nThe council met"),
        "{text}"
    );
    let json = run(&["--json", &a], None);
    assert!(serde_json::from_slice::<Value>(&json.stdout).unwrap()["blocks"].is_array());
    let stdin = run(
        &["-"],
        Some(article("Via Stdin", "ferry terminal").as_bytes()),
    );
    assert!(
        String::from_utf8(stdin.stdout)
            .unwrap()
            .starts_with("Via Stdin")
    );
}

fn verdict_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("fixtures/verdict")
        .join(name)
}

#[test]
fn articles_only_skips_non_articles_and_records_carry_the_verdict() {
    let article = verdict_fixture("news-article.html");
    let listing = verdict_fixture("category-listing.html");
    let (a, l) = (path_str(&article), path_str(&listing));

    // Without the flag: both pages, each record with its verdict.
    let out = run(&["batch", &a, &l], None);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["verdict"]["page_type"], "article", "{}", recs[0]);
    assert_eq!(recs[1]["verdict"]["page_type"], "listing", "{}", recs[1]);
    for r in &recs {
        let confidence = r["verdict"]["confidence"].as_f64().unwrap();
        let quality = r["verdict"]["quality"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence) && (0.0..=1.0).contains(&quality));
    }

    // With it: the listing is neither a record nor a .txt, and the summary counts it.
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let jsonl = dir.path().join("records.jsonl");
    let out = run(
        &[
            "batch",
            "--articles-only",
            "--out-dir",
            &path_str(&out_dir),
            "-o",
            &path_str(&jsonl),
            &a,
            &l,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "skipping is not failing");
    let written = std::fs::read_to_string(&jsonl).unwrap();
    assert_eq!(written.lines().count(), 1, "{written}");
    assert!(written.contains("\"page_type\":\"article\""));
    assert!(out_dir.join("news-article.txt").exists());
    assert!(!out_dir.join("category-listing.txt").exists());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 non-articles skipped"), "{stderr}");
}

#[test]
fn input_format_names_the_input_and_format_is_refused() {
    let text = "A headline\n\nThe first paragraph of the story is long enough to be read as prose by anyone.\n";
    let out = run(&["batch", "--input-format", "text"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(records(&out)[0]["title"], "A headline");
    // `--format` meant --input-format here and the output format on one page: an HTML page
    // read as text printed its markup as the article. Now it is refused before any reading.
    let dir = tree();
    let a = path_str(&dir.path().join("a.html"));
    for args in [
        &["batch", "--format", "text", &a][..],
        &["batch", "--format=markdown", &a],
        &["batch", &a, "--format"],
    ] {
        let out = run(args, None);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            stderr.contains("--input-format") && stderr.contains("--text-format"),
            "{stderr}"
        );
    }
    let help = run(&["batch", "--help"], None);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--input-format"), "{help}");
    assert!(!help.contains("--format <"), "{help}");
}

#[test]
fn text_format_markdown_renders_the_records() {
    let dir = tree();
    let a = path_str(&dir.path().join("a.html"));
    let plain = records(&run(&["batch", &a], None));
    let md = records(&run(&["batch", "--text-format", "markdown", &a], None));
    assert_eq!(plain[0]["text"], md[0]["text"], "prose renders the same");
    let table = records(&run(
        &["batch", "--text-format", "markdown", "-"],
        Some(
            b"<html><body><article><h1>Levels</h1><p>The reservoirs fell again in August, the authority said, after a dry summer and a winter with half the usual rain.</p><table><tr><th>Dam</th><th>Level</th></tr><tr><td>Upper</td><td>44%</td></tr><tr><td>Lower</td><td>65%</td></tr></table><p>A hosepipe ban remains in force across the district until the autumn rains arrive, the authority added on Monday.</p></article></body></html>",
        ),
    ));
    let text = table[0]["text"].as_str().unwrap();
    assert!(text.contains("| Dam | Level |"), "{text}");
}

#[test]
fn cleaner_flags_reach_single_page_and_batch() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("fixtures/html/figure-captions-and-plain-credits.html");
    let p = path_str(&page);
    let credit = "Photo: Karen Lowe";
    let plain = String::from_utf8(run(&[&p], None).stdout).unwrap();
    let with = String::from_utf8(run(&["--keep-credits", &p], None).stdout).unwrap();
    assert!(!plain.contains(credit) && with.contains(credit));
    let recs = records(&run(&["batch", "--keep-credits", &p], None));
    assert!(recs[0]["text"].as_str().unwrap().contains(credit));

    let comments = path_str(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join("fixtures/html/blog-post-with-comments.html"),
    );
    let comment = "The mouse made me laugh";
    let with = String::from_utf8(run(&["--keep-comments", &comments], None).stdout).unwrap();
    assert!(with.contains(comment));
    let recs = records(&run(&["batch", "--keep-comments", &comments], None));
    assert!(recs[0]["text"].as_str().unwrap().contains(comment));

    let table = b"<html><body><article><h1>Levels</h1><p>The reservoirs fell again in August, the authority said, after a dry summer and a winter with half the usual rain.</p><table><tr><th>Dam</th><th>Level</th></tr><tr><td>Upper</td><td>44%</td></tr><tr><td>Lower</td><td>65%</td></tr></table><p>A hosepipe ban remains in force across the district until the autumn rains arrive, the authority added on Monday.</p></article></body></html>";
    let kept = String::from_utf8(run(&["-"], Some(table)).stdout).unwrap();
    let dropped = String::from_utf8(run(&["--no-tables", "-"], Some(table)).stdout).unwrap();
    assert!(
        kept.contains("Upper") && !dropped.contains("Upper"),
        "{kept}\n{dropped}"
    );
    let recs = records(&run(&["batch", "--no-tables", "-"], Some(table)));
    assert!(!recs[0]["text"].as_str().unwrap().contains("Upper"));

    // Every focus level runs; precision keeps no more than recall.
    let words = |level: &str| {
        String::from_utf8(run(&["--focus", level, &comments], None).stdout)
            .unwrap()
            .split_whitespace()
            .count()
    };
    assert!(words("precision") <= words("recall"));
    let bad = run(&["--focus", "strict", &comments], None);
    assert_eq!(bad.status.code(), Some(2));
    let recs = records(&run(&["batch", "--focus", "recall", &p], None));
    assert!(recs[0]["text"].is_string());
}

#[test]
fn explain_prints_the_verdict() {
    let page = path_str(&verdict_fixture("category-listing.html"));
    let out = run(&["--explain", &page], None);
    let text = String::from_utf8(out.stdout).unwrap();
    let second = text.lines().nth(1).unwrap_or_default();
    assert!(
        second.starts_with("# verdict: listing  confidence: "),
        "{second}"
    );
    assert!(second.contains("quality: "));
}

/// A directory, a glob or a stream that gives no page is reported and fails (status 1),
/// rather than a summary of 0 pages with status 0.
#[test]
fn inputs_that_give_no_page_fail() {
    let dir = tree();
    let root = dir.path();
    let empty = root.join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = run(&["batch", &path_str(&empty)], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("{}: no file in this directory", path_str(&empty))),
        "{stderr}"
    );

    let out = run(&["batch", "--glob", "*.xml", &path_str(root)], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no file in this directory matches --glob"),
        "{stderr}"
    );

    // One empty directory among good inputs: the pages are written, the status says 1.
    let a = path_str(&root.join("a.html"));
    let out = run(&["batch", &a, &path_str(&empty)], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(records(&out)[0]["text"].is_string());

    // An empty JSONL stream.
    let out = run(&["batch", "--jsonl"], Some(b"\n"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no page found"), "{stderr}");
}

/// Every page gets its own .txt: names that would be one file (two `index.html`, `x.html`
/// and `x.htm`, stdin and `stdin.html`) get `-2`, and a note says so.
#[test]
fn out_dir_names_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let topics = [
        "ferry terminal",
        "lighthouse museum",
        "fish market",
        "marina dredging",
    ];
    for d in ["one", "two", "three"] {
        std::fs::create_dir(root.join(d)).unwrap();
    }
    let page = |i: usize| article(&format!("Story {i}"), topics[i]);
    std::fs::write(root.join("one/index.html"), page(0)).unwrap();
    std::fs::write(root.join("two/index.html"), page(1)).unwrap();
    std::fs::write(root.join("three/x.html"), page(2)).unwrap();
    std::fs::write(root.join("three/x.htm"), page(3)).unwrap();
    std::fs::write(root.join("stdin.html"), page(1)).unwrap();
    let out_dir = root.join("out");
    let o = path_str(&out_dir);

    let check = |args: &[&str], stdin: Option<&[u8]>, want: &[(&str, usize)]| {
        let _ = std::fs::remove_dir_all(&out_dir);
        let out = run(args, stdin);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        let mut files: Vec<String> = std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut names: Vec<&str> = want.iter().map(|(n, _)| *n).collect();
        names.sort();
        assert_eq!(files, names, "{args:?}: {stderr}");
        for (name, topic) in want {
            let text = std::fs::read_to_string(out_dir.join(name)).unwrap();
            assert!(text.contains(topics[*topic]), "{name}: {text}");
        }
        assert!(stderr.contains("holds an earlier page"), "{stderr}");
    };
    let (one, two) = (path_str(&root.join("one")), path_str(&root.join("two")));
    check(
        &["batch", "--out-dir", &o, &one, &two],
        None,
        &[("index.txt", 0), ("index-2.txt", 1)],
    );
    // Files named on the command line keep their file name only.
    check(
        &[
            "batch",
            "--out-dir",
            &o,
            &path_str(&root.join("one/index.html")),
            &path_str(&root.join("two/index.html")),
        ],
        None,
        &[("index.txt", 0), ("index-2.txt", 1)],
    );
    // x.htm sorts before x.html.
    check(
        &["batch", "--out-dir", &o, &path_str(&root.join("three"))],
        None,
        &[("x.txt", 3), ("x-2.txt", 2)],
    );
    let piped = page(0);
    check(
        &[
            "batch",
            "--out-dir",
            &o,
            "-",
            &path_str(&root.join("stdin.html")),
        ],
        Some(piped.as_bytes()),
        &[("stdin.txt", 0), ("stdin-2.txt", 1)],
    );
}

/// --out-dir and --output inside the walked directory are not read back on the next run.
#[test]
fn outputs_inside_the_input_are_not_read_back() {
    let dir = tree();
    let root = dir.path();
    let r = path_str(root);
    let out_dir = path_str(&root.join("clean"));
    let jsonl = path_str(&root.join("records.jsonl"));
    for _ in 0..2 {
        let out = run(&["batch", "--out-dir", &out_dir, "-o", &jsonl, &r], None);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("6 pages, 1 failed"), "{stderr}");
    }
    assert!(!root.join("clean/clean").exists());
    let written = std::fs::read_to_string(root.join("records.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 6);
}

/// A symbolic link in a walked directory is not followed (it can lead out of the tree)
/// unless --follow-symlinks asks.
#[cfg(unix)]
#[test]
fn symlinks_in_a_walk_are_followed_only_on_request() {
    let dir = tree();
    let root = dir.path();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.html");
    std::fs::write(&secret, article("Outside The Tree", "harbour wall")).unwrap();
    std::os::unix::fs::symlink(&secret, root.join("link.html")).unwrap();
    let ids = |out: &Output| -> Vec<String> {
        records(out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let link = path_str(&root.join("link.html"));
    let out = run(&["batch", "--glob", "*.html", &path_str(root)], None);
    assert!(!ids(&out).contains(&link), "{:?}", ids(&out));
    assert_eq!(ids(&out).len(), 5);
    let out = run(
        &[
            "batch",
            "--follow-symlinks",
            "--glob",
            "*.html",
            &path_str(root),
        ],
        None,
    );
    assert!(ids(&out).contains(&link), "{:?}", ids(&out));
    // Named on the command line, a link is read.
    let out = run(&["batch", &link], None);
    assert_eq!(out.status.code(), Some(0));
}

/// A UTF-8 BOM before a crawl (Windows editors write one) leaves it a crawl: on stdin
/// the JSONL is still sniffed as JSONL, and a file's first record still parses.
#[test]
fn a_bom_before_jsonl_keeps_it_jsonl() {
    let rec = |i: usize| {
        serde_json::json!({"url": format!("u{i}"), "html": article("Story", "ferry terminal")})
            .to_string()
    };
    let body = format!("\u{feff}{}\n{}\n", rec(0), rec(1));
    let out = run(&["batch", "-"], Some(body.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    let ids: Vec<Value> = records(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, ["u0", "u1"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pages.jsonl");
    std::fs::write(&file, &body).unwrap();
    let out = run(&["batch", &path_str(&file)], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<Value> = records(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, ["u0", "u1"]);
}

/// `--metadata` adds each page's metadata to its record, and a JSONL record's `url` is
/// the page's URL (as a WARC record's target URI is): the metadata's `url`, and the day
/// in its path when the page shows no date. Without the flag there is no `metadata`.
#[test]
fn metadata_flag_adds_the_metadata_with_the_records_url() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/metadata");
    let html = std::fs::read_to_string(root.join("shown-byline-and-time.html")).unwrap();
    let dated = std::fs::read_to_string(root.join("shown-date-in-url-only.html")).unwrap();
    let mut input = String::new();
    for (url, page) in [
        ("https://bayside.example/news/harbour-dredging", &html),
        (
            "https://plotnotes.example/2023/07/04/notes-from-the-allotment-july/",
            &dated,
        ),
    ] {
        input.push_str(&serde_json::json!({"url": url, "html": page}).to_string());
        input.push('\n');
    }
    let out = run(&["batch", "--metadata"], Some(input.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    let m = &recs[0]["metadata"];
    assert_eq!(
        m["url"], "https://bayside.example/news/harbour-dredging",
        "{m}"
    );
    assert_eq!(m["authors"], serde_json::json!(["Jane Doe", "John Roe"]));
    assert_eq!(m["published"], "2024-03-14T09:00:00Z");
    assert_eq!(recs[0]["verdict"]["page_type"], "article");
    assert_eq!(recs[1]["metadata"]["published"], "2023-07-04");

    let plain = records(&run(&["batch"], Some(input.as_bytes())));
    assert!(plain[0].get("metadata").is_none(), "{}", plain[0]);
    assert!(plain[0].get("verdict").is_some());
}

/// Batch takes the same `--drop`/`--keep` selectors as the single-page command.
#[test]
fn batch_applies_drop_selectors() {
    let page = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fixtures/selectors/promo-and-pull-quote.html"),
    )
    .unwrap();
    let input = format!(
        "{}\n",
        serde_json::json!({"url": "https://example.com/f", "html": page})
    );
    let plain = records(&run(&["batch"], Some(input.as_bytes())));
    assert!(plain[0]["text"].as_str().unwrap().contains("Our new app"));
    let out = run(&["batch", "--drop", "[data-slot]"], Some(input.as_bytes()));
    assert!(out.status.success());
    let recs = records(&out);
    let text = recs[0]["text"].as_str().unwrap();
    assert!(
        !text.contains("Our new app") && text.contains("Season tickets"),
        "{text}"
    );
}
