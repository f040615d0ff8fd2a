//! Clean one HTML file and print its title and body text.
//!
//! ```sh
//! cargo run --example clean_file -- fixtures/html/cookie-banner-news-article.html
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: clean_file PAGE.html");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.to_string_lossy());
            return ExitCode::from(2);
        }
    };
    // Bytes in any encoding: the cleaner finds the charset itself.
    match dechrome::clean_bytes(&bytes) {
        Ok(article) => {
            println!("# {}\n", article.title().unwrap_or("(no title)"));
            println!("{}", article.body_text());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}
