//! The stand-alone driver (built without the `libfuzzer` feature): replays files
//! and directories, or generates and mutates inputs for a given time.
//!
//! ```text
//! <target> [FILE|DIR]...                 replay each file, then exit
//! <target> --secs 300 [--seed N] [--max-len N] [--timeout S] [--corpus DIR]...
//! ```
//!
//! A panicking input is written to `artifacts/<target>/crash-<hash>` and the
//! process aborts; an input that runs longer than `--timeout` seconds (default
//! 10) is written to `artifacts/<target>/slow-<hash>` and the process exits 1.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::generate::{Rng, generate};

static CURRENT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// Milliseconds since `EPOCH` at which the current input started, 0 when idle.
static STARTED_MS: AtomicU64 = AtomicU64::new(0);

struct Args {
    secs: Option<u64>,
    seed: u64,
    max_len: usize,
    timeout: u64,
    corpus: Vec<PathBuf>,
    replay: Vec<PathBuf>,
}

fn parse_args() -> Args {
    let mut args = Args {
        secs: None,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        max_len: crate::MAX_LEN,
        timeout: 10,
        corpus: Vec::new(),
        replay: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().unwrap_or_else(|| panic!("{name} needs a value"));
        match a.as_str() {
            "--secs" => args.secs = Some(value("--secs").parse().expect("--secs N")),
            "--seed" => args.seed = value("--seed").parse().expect("--seed N"),
            "--max-len" => args.max_len = value("--max-len").parse().expect("--max-len N"),
            "--timeout" => args.timeout = value("--timeout").parse().expect("--timeout S"),
            "--corpus" => args.corpus.push(value("--corpus").into()),
            "-h" | "--help" => {
                eprintln!(
                    "usage: TARGET [FILE|DIR]... | TARGET --secs N [--seed N] [--max-len N] [--timeout S] [--corpus DIR]..."
                );
                std::process::exit(0);
            }
            _ => args.replay.push(a.into()),
        }
    }
    args
}

fn files_in(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            entries.sort();
            out.extend(entries.into_iter().filter(|p| p.is_file()));
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

fn save(target: &str, prefix: &str, data: &[u8]) -> PathBuf {
    let dir = Path::new("artifacts").join(target);
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{prefix}-{:016x}", fnv(data)));
    let _ = std::fs::write(&path, data);
    path
}

fn now_ms(epoch: Instant) -> u64 {
    epoch.elapsed().as_millis() as u64 + 1
}

/// Runs the target `f` as the arguments say.
pub fn main(target: &'static str, f: fn(&[u8])) {
    let args = parse_args();
    let epoch = Instant::now();

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        if let Ok(input) = CURRENT.try_lock() {
            let path = save(target, "crash", &input);
            eprintln!(
                "crashing input ({} bytes) saved to {}",
                input.len(),
                path.display()
            );
        }
        std::process::abort();
    }));

    let timeout_ms = args.timeout * 1000;
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(250));
            let started = STARTED_MS.load(Ordering::Relaxed);
            if started != 0 && now_ms(epoch).saturating_sub(started) > timeout_ms {
                let input = CURRENT.lock().map(|g| g.clone()).unwrap_or_default();
                let path = save(target, "slow", &input);
                eprintln!(
                    "input ({} bytes) ran over {} s; saved to {}",
                    input.len(),
                    timeout_ms / 1000,
                    path.display()
                );
                std::process::exit(1);
            }
        }
    });

    let run = |data: &[u8]| {
        if let Ok(mut cur) = CURRENT.lock() {
            cur.clear();
            cur.extend_from_slice(data);
        }
        STARTED_MS.store(now_ms(epoch), Ordering::Relaxed);
        f(data);
        STARTED_MS.store(0, Ordering::Relaxed);
    };

    let Some(secs) = args.secs else {
        let files = files_in(&args.replay);
        for p in &files {
            let data = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let t = Instant::now();
            run(&data);
            println!("{}: {} bytes, {:?}", p.display(), data.len(), t.elapsed());
        }
        println!("replayed {} inputs", files.len());
        return;
    };

    let seeds: Vec<Vec<u8>> = files_in(&args.corpus)
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let mut rng = Rng::new(args.seed);
    let deadline = Duration::from_secs(secs);
    let (mut execs, mut bytes, mut slowest) = (0u64, 0u64, (Duration::ZERO, 0usize));
    let mut last_report = Instant::now();
    println!(
        "{target}: seed {} for {secs} s, max-len {}, {} seed files",
        args.seed,
        args.max_len,
        seeds.len()
    );
    while epoch.elapsed() < deadline {
        let input = generate(&mut rng, &seeds, args.max_len);
        let t = Instant::now();
        run(&input);
        let dt = t.elapsed();
        if dt > slowest.0 {
            slowest = (dt, input.len());
        }
        execs += 1;
        bytes += input.len() as u64;
        if last_report.elapsed() > Duration::from_secs(30) {
            last_report = Instant::now();
            println!(
                "#{execs} {:.0} s {:.0} exec/s, {:.1} MB in, slowest {:?} ({} bytes)",
                epoch.elapsed().as_secs_f64(),
                execs as f64 / epoch.elapsed().as_secs_f64(),
                bytes as f64 / 1e6,
                slowest.0,
                slowest.1
            );
            let _ = std::io::stdout().flush();
        }
    }
    println!(
        "done: {execs} execs in {:.0} s ({:.0} exec/s), {:.1} MB of input, slowest {:?} ({} bytes), no crash",
        epoch.elapsed().as_secs_f64(),
        execs as f64 / epoch.elapsed().as_secs_f64(),
        bytes as f64 / 1e6,
        slowest.0,
        slowest.1
    );
}
