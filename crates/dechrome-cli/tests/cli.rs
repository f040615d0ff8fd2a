//! The single-page command as a user runs it.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

/// `--language` on the command line is the caller's hint: it beats detection
/// (the `--explain` header shows the decision).
#[test]
fn the_cli_language_flag_overrides_detection() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("fixtures/lang/de-waermenetz-lindenstrasse.html");
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_dechrome"))
            .arg("--explain")
            .args(extra)
            .arg(&page)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let header = |s: &str| s.lines().next().unwrap_or_default().to_owned();
    assert!(
        header(&run(&[])).contains("language: \"de"),
        "{}",
        header(&run(&[]))
    );
    assert!(header(&run(&["--language", "nl"])).contains("language: \"nl\""));
}

/// `--explain` shows at most three classes an element: a theme's hundred classes on
/// `<body>` would bury every block's reasons.
#[test]
fn explain_clips_long_class_lists() {
    let classes: Vec<String> = (0..100).map(|i| format!("theme-tweak-{i}")).collect();
    let html = format!(
        "<html><body class=\"{}\"><article><h1>A title for the page</h1>\
         <p>A paragraph of the article with enough words to be read as its body text.</p>\
         </article></body></html>",
        classes.join(" ")
    );
    let mut child = std::process::Command::new(BIN)
        .arg("--explain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(html.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("body.theme-tweak-0.theme-tweak-1.theme-tweak-2.…>"),
        "{text}"
    );
    assert!(!text.contains("theme-tweak-3"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() < 300), "{text}");
}

const BIN: &str = env!("CARGO_BIN_EXE_dechrome");

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("fixtures")
        .join(name)
}

/// Runs the program with stdout on /dev/full: every write fails with "no space left".
#[cfg(target_os = "linux")]
fn to_full_disk(args: &[&str]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    std::process::Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// A full disk is an error with a message and status 1, never a panic (status 101), for
/// every kind of output: the rule table, a page, --explain, help, batch records.
#[cfg(target_os = "linux")]
#[test]
fn a_full_stdout_is_a_clean_error() {
    let page = fixture("verdict/news-article.html");
    let page = page.to_str().unwrap();
    for args in [
        &["--rules"][..],
        &[page],
        &["--explain", page],
        &["--format", "markdown", page],
        &["--help"],
        &["batch", page],
    ] {
        let out = to_full_disk(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(
            stderr.contains("No space left on device"),
            "{args:?}: {stderr}"
        );
    }
}

/// A closed stderr (the reader of `2>&1 | head` gone) loses the messages, not the run:
/// the status is the one the run earned.
#[test]
fn a_closed_stderr_is_not_a_panic() {
    let run = |args: &[&str], stdin: &[u8]| {
        let mut child = std::process::Command::new(BIN)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before the program gets its input, so before it writes anything.
        drop(child.stderr.take());
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    };
    // An empty page fails: its message goes nowhere, status 1.
    assert_eq!(run(&["-"], b"").status.code(), Some(1));
    // A batch writes its summary to stderr; the records still come out.
    let page = std::fs::read(fixture("verdict/news-article.html")).unwrap();
    let out = run(&["batch", "-"], &page);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"title\""));
}

/// A reader that stops early (`| head`) ends the program quietly with status 0.
#[test]
fn a_closed_stdout_exits_quietly() {
    for args in [&["--rules"][..], &["--help"]] {
        let mut child = std::process::Command::new(BIN)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

fn run(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = std::process::Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A program that refuses its input early closes stdin: that is not the test's failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// A gzipped page is the page; its size limit counts decompressed bytes.
#[test]
fn a_gzipped_page_is_decompressed_up_to_the_limit() {
    let page = std::fs::read(fixture("verdict/news-article.html")).unwrap();
    let plain = run(&["-"], &page);
    assert_eq!(plain.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("page.html.gz");
    std::fs::write(&gz, gzip(&page)).unwrap();
    let out = run(&[gz.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, plain.stdout);
    assert_eq!(run(&["-"], &gzip(&page)).stdout, plain.stdout, "stdin too");

    let limit = (page.len() - 1).to_string();
    let out = run(&["--max-input-bytes", &limit, gz.to_str().unwrap()], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("over the limit") && stderr.contains("decompressed"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

/// A crawl (WARC, JSONL, gzipped or not) is not printed as one page of text: it is refused
/// as a usage error pointing to `dechrome batch`.
#[test]
fn warc_and_jsonl_inputs_point_to_batch() {
    let warc = b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n".to_vec();
    let jsonl = b"{\"url\": \"https://example.com/\", \"html\": \"<p>Hello</p>\"}\n".to_vec();
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("crawl.warc", warc.clone()),
        ("crawl.warc.gz", gzip(&warc)),
        ("crawl.jsonl", jsonl.clone()),
        ("crawl.jsonl.gz", gzip(&jsonl)),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let path = path.to_str().unwrap();
        let out = run(&[path], b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
        assert!(
            stderr.contains(&format!("`dechrome batch {path}`")),
            "{name}: {stderr}"
        );
    }
    let out = run(&[], &jsonl);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`dechrome batch -`"));
}

/// Binary input (an executable, an image, a PDF, NUL bytes) is an error, not escaped bytes
/// printed as text.
#[test]
fn binary_input_is_an_error() {
    let mut inputs: Vec<(&str, Vec<u8>)> = vec![
        ("png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10".to_vec()),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec()),
        ("zip", b"PK\x03\x04\x14\0\0\0\x08\0".to_vec()),
        ("nul", [&b"abc"[..], &[0; 200], b"<p>x</p>"].concat()),
    ];
    // The program itself: an executable of this platform.
    inputs.push(("self", std::fs::read(BIN).unwrap()));
    for (what, bytes) in inputs {
        let out = run(&[], &bytes);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
        assert!(out.stdout.is_empty(), "{what}");
        assert!(
            stderr.contains("binary, not a web page"),
            "{what}: {stderr}"
        );
    }
}

/// UTF-16 pages with a byte-order mark are read as HTML, not as spaced-out markup.
#[test]
fn utf16_pages_with_a_bom_are_html() {
    let page = std::fs::read_to_string(fixture("verdict/news-article.html")).unwrap();
    let want = run(&["-"], page.as_bytes()).stdout;
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(page.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(page.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for bytes in [le, be] {
        let out = run(&["-"], &bytes);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&want)
        );
    }
}

/// An input that cannot be used is a bad argument (status 2, as the README says); a
/// directory points to `dechrome batch`.
#[test]
fn a_missing_input_or_a_directory_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.html");
    let out = run(&[missing.to_str().unwrap()], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot read"), "{stderr}");

    let d = dir.path().to_str().unwrap();
    let out = run(&[d], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("`dechrome batch {d}`")),
        "{stderr}"
    );
}

/// `--drop` and `--keep` take CSS selectors (repeatable); a selector that does not parse
/// is a usage error naming it, with status 2.
#[test]
fn drop_and_keep_flags_apply_css_selectors() {
    let page = fixture("selectors/promo-and-pull-quote.html");
    let page = page.to_str().unwrap();
    let run = |args: &[&str]| std::process::Command::new(BIN).args(args).output().unwrap();
    let plain = String::from_utf8(run(&[page]).stdout).unwrap();
    assert!(plain.contains("Our new app puts every timetable"));
    let out = run(&[
        "--drop",
        ".house-promo",
        "--keep",
        "aside .pull-quote",
        page,
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("Our new app puts every timetable"), "{text}");
    assert!(text.contains("We asked for a later boat"), "{text}");
    let bad = run(&["--drop", "div[", page]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(err.contains("invalid CSS selector \"div[\""), "{err}");
}
