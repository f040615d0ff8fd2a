//! Clean every `.html` file of a directory on all cores, in a stable order, with the
//! library's `batch` module (memory stays bounded however many pages there are).
//!
//! ```sh
//! cargo run --release --example batch_dir -- fixtures/html
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use dechrome::batch::{self, Input};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: batch_dir DIR");
        return ExitCode::from(2);
    };
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    paths.sort();
    // Pages are read lazily, as the pool asks for them.
    let inputs = paths
        .iter()
        .map(|p| Input::from(std::fs::read(p).unwrap_or_default()));
    let cleaner = dechrome::Cleaner::new();
    let mut failed = 0;
    for (i, result) in batch::clean_all(&cleaner, inputs, 0) {
        let name = paths
            .get(i)
            .map_or_else(String::new, |p| p.display().to_string());
        match result {
            Ok(article) => println!(
                "{name}: {} words kept, {} blocks dropped",
                article.body_text().split_whitespace().count(),
                article.blocks().iter().filter(|b| !b.is_kept()).count()
            ),
            Err(e) => {
                failed += 1;
                eprintln!("{name}: {e}");
            }
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
