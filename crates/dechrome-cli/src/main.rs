//! `dechrome`: the command-line program. Reads a page (file or stdin), prints the clean text;
//! `dechrome batch` cleans many pages (files, directories, gzip, JSONL, WARC) on all cores.

use std::process::ExitCode;

use clap::Parser;

mod args;
mod batch;
mod explain;
mod single;
mod sniff;
mod warc;

use args::{Args, Command};

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(Command::Batch(batch)) = &args.command {
        return batch::run(batch);
    }
    match single::run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("dechrome: {e}");
            ExitCode::FAILURE
        }
    }
}
