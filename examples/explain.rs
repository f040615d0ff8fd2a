//! Print every block of a page with its kind, score, kept flag and the rules that
//! decided it: what `dechrome --explain` shows, through the library.
//!
//! ```sh
//! cargo run --example explain -- fixtures/html/inline-ads-between-paragraphs.html
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: explain PAGE.html");
        return ExitCode::from(2);
    };
    let article = match std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|b| dechrome::clean_bytes(&b).map_err(|e| e.to_string()))
    {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    let verdict = article.verdict();
    println!(
        "page type {} (confidence {:.2}), quality {:.2}",
        verdict.page_type.name(),
        verdict.confidence,
        verdict.quality
    );
    for block in article.blocks() {
        let codes: Vec<String> = block
            .reasons()
            .iter()
            .map(|r| format!("{}{:+.1}", r.code, r.weight))
            .collect();
        let text: String = block.text().chars().take(70).collect();
        println!(
            "{} {:<16} {:+5.1}  {text}\n{:>26}[{}]",
            if block.is_kept() { '+' } else { '-' },
            block.kind().name(),
            block.score(),
            "",
            codes.join(" ")
        );
    }
    ExitCode::SUCCESS
}
