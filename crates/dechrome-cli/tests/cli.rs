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
