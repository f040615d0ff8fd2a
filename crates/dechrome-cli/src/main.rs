//! `dechrome`: the command-line program. Reads a page (file or stdin), prints the clean text;
//! `dechrome batch` cleans many pages (files, directories, gzip, JSONL, WARC) on all cores.

use std::io::{self, Write};
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
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => return clap_exit(&e),
    };
    if let Some(Command::Batch(batch)) = &args.command {
        return batch::run(batch);
    }
    match single::run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(single::Error::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            report(&format!("dechrome: {e}"));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Help and version go to stdout, where a failed write is an error like any other output;
/// usage errors go to stderr with clap's status (2).
fn clap_exit(e: &clap::Error) -> ExitCode {
    if e.use_stderr() {
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    match e.print().and_then(|()| io::stdout().flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            report(&format!("dechrome: cannot write to stdout: {e}"));
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Writes one line to stderr. A diagnostic that cannot be written has nowhere else to go,
/// and the exit status already tells the outcome: the failure is ignored, where
/// `eprintln!` would panic (a closed or full stderr).
pub(crate) fn report(line: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{line}").and_then(|()| err.flush());
}
