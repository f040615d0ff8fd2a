//! The single-page command as a user runs it.

use std::path::Path;

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
