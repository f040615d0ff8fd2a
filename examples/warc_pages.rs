//! Clean the HTML responses of a WARC file (`.warc` or `.warc.gz`) with the library's WARC
//! reader (feature `warc`): one line per page (URL and title), damaged records reported
//! and skipped, and what was read at the end.
//!
//! ```sh
//! cargo run --release --features warc --example warc_pages -- crawl.warc.gz
//! ```

use std::process::ExitCode;

use dechrome::warc::WarcReader;
use dechrome::{Cleaner, DEFAULT_MAX_INPUT_BYTES};

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: warc_pages FILE.warc[.gz]");
        return ExitCode::from(2);
    };
    let mut records = match WarcReader::open(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot open {}: {e}", path.to_string_lossy());
            return ExitCode::from(2);
        }
    };
    let cleaner = Cleaner::default();
    let (mut cleaned, mut failed) = (0u64, 0u64);
    while let Some(record) = records.next() {
        let page = match record {
            Ok(page) => page,
            Err(e) => {
                failed += 1;
                eprintln!("{e}");
                continue;
            }
        };
        let payload = match page.payload(DEFAULT_MAX_INPUT_BYTES) {
            Ok(Some(payload)) => payload,
            // A response without a Content-Type that does not look like HTML.
            Ok(None) => {
                records.stats_mut().skip(dechrome::warc::Skip::NotHtml);
                continue;
            }
            Err(e) => {
                failed += 1;
                eprintln!("{e}");
                continue;
            }
        };
        match cleaner.clean_page(&page.input(&payload)) {
            Ok(article) => {
                cleaned += 1;
                println!(
                    "{}\t{}",
                    page.info.url.as_deref().unwrap_or("-"),
                    article.title().unwrap_or("")
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("{}: {e}", page.info.url.as_deref().unwrap_or("-"));
            }
        }
    }
    let stats = records.stats();
    eprintln!(
        "{cleaned} pages cleaned, {failed} failed; {} records read, {} responses",
        stats.records, stats.responses
    );
    ExitCode::SUCCESS
}
