//! `dechrome batch` on WARC input, end to end: a WARC is written here, record by record,
//! from the HTML fixtures (with request, metadata, warcinfo, non-HTML, redirect, chunked,
//! gzip-encoded, charset-declaring and type-less responses, and a last record cut short),
//! as plain .warc and as .warc.gz with one gzip member per record; the built binary reads it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dechrome::{Cleaner, Page};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_dechrome");

/// How a fixture's HTTP response is stored.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    /// `Content-Type: text/html; charset=utf-8`, plain body.
    Plain,
    /// `text/html` without a charset.
    NoCharset,
    /// No Content-Type at all: the payload is sniffed.
    NoType,
    /// `Transfer-Encoding: chunked`, body in chunks.
    Chunked,
    /// `Content-Encoding: gzip`, body gzipped.
    Gzip,
    /// `Content-Encoding: gzip` and `Transfer-Encoding: chunked` kept, body stored decoded
    /// (as Common Crawl does).
    DecodedKeptHeaders,
    /// The body transcoded to windows-1252 and declared so in the HTTP header.
    Windows1252,
}

const STYLES: [Style; 7] = [
    Style::Plain,
    Style::NoCharset,
    Style::NoType,
    Style::Chunked,
    Style::Gzip,
    Style::DecodedKeptHeaders,
    Style::Windows1252,
];

/// One WARC record, unframed.
struct Rec {
    kind: &'static str,
    id: String,
    uri: Option<String>,
    date: String,
    content_type: &'static str,
    block: Vec<u8>,
}

impl Rec {
    fn bytes(&self) -> Vec<u8> {
        let mut head = format!(
            "WARC/1.1\r\nWARC-Type: {}\r\nWARC-Record-ID: {}\r\nWARC-Date: {}\r\n",
            self.kind, self.id, self.date
        );
        if let Some(uri) = &self.uri {
            head.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
        }
        head.push_str(&format!(
            "Content-Type: {}\r\nContent-Length: {}\r\n\r\n",
            self.content_type,
            self.block.len()
        ));
        let mut out = head.into_bytes();
        out.extend_from_slice(&self.block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(700) {
        out.extend_from_slice(format!("{:x};note=x\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

fn http(status: &str, headers: &[String], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for h in headers {
        out.extend_from_slice(h.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

/// An expected page: its URL, record id, date and what the library makes of it.
struct Expected {
    url: String,
    record_id: String,
    date: String,
    title: Option<String>,
    text: String,
}

/// The fixture set as WARC records, with what each HTML page must give. The last record
/// is an HTML response that the caller cuts short.
fn records() -> (Vec<Rec>, Vec<Expected>, PathBuf) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("fixtures/html");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 10, "fixtures/html: {}", fixtures.len());
    // The last fixture is the truncated record.
    let truncated = fixtures.pop().unwrap();

    let cleaner = Cleaner::new();
    let date = |i: usize| format!("2024-05-{:02}T10:{:02}:00Z", 1 + i % 28, i % 60);
    let mut recs = vec![Rec {
        kind: "warcinfo",
        id: "<urn:uuid:00000000-0000-0000-0000-000000000000>".into(),
        uri: None,
        date: date(0),
        content_type: "application/warc-fields",
        block: b"software: dechrome tests\r\nformat: WARC File Format 1.1\r\n".to_vec(),
    }];
    let mut expected = Vec::new();
    for (i, path) in fixtures.iter().enumerate() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let url = format!("https://news.example.com/{i}/{name}");
        let html = std::fs::read(path).unwrap();
        // A fixture already in a legacy encoding goes out as it is, without a charset
        // (the styles that re-encode or label the body need UTF-8 to start from).
        let style = if std::str::from_utf8(&html).is_ok() {
            STYLES[i % STYLES.len()]
        } else {
            Style::NoCharset
        };
        let record_id = format!("<urn:uuid:00000000-0000-0000-0001-{i:012}>");
        recs.push(Rec {
            kind: "request",
            id: format!("<urn:uuid:00000000-0000-0000-0002-{i:012}>"),
            uri: Some(url.clone()),
            date: date(i),
            content_type: "application/http; msgtype=request",
            block: format!("GET /{i}/{name} HTTP/1.1\r\nHost: news.example.com\r\n\r\n")
                .into_bytes(),
        });
        let (headers, body, charset): (Vec<String>, Vec<u8>, Option<&str>) = match style {
            Style::Plain => (
                vec!["Content-Type: text/html; charset=utf-8".into()],
                html.clone(),
                Some("utf-8"),
            ),
            Style::NoCharset => (vec!["Content-Type: text/html".into()], html.clone(), None),
            Style::NoType => (vec!["Server: test".into()], html.clone(), None),
            Style::Chunked => (
                vec![
                    "Content-Type: text/html; charset=UTF-8".into(),
                    "Transfer-Encoding: chunked".into(),
                ],
                chunked(&html),
                Some("UTF-8"),
            ),
            Style::Gzip => (
                vec![
                    "Content-Type: text/html".into(),
                    "Content-Encoding: gzip".into(),
                ],
                gzip(&html),
                None,
            ),
            Style::DecodedKeptHeaders => (
                vec![
                    "Content-Type: text/html; charset=utf-8".into(),
                    "Content-Encoding: gzip".into(),
                    "Transfer-Encoding: chunked".into(),
                ],
                html.clone(),
                Some("utf-8"),
            ),
            Style::Windows1252 => {
                let text = String::from_utf8(html.clone()).unwrap();
                // Characters outside windows-1252 become numeric references, as a server would send.
                let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
                (
                    vec!["Content-Type: text/html; charset=\"windows-1252\"".into()],
                    bytes.into_owned(),
                    Some("windows-1252"),
                )
            }
        };
        // What the library gives for the page as the server meant it.
        let page_bytes = match style {
            Style::Windows1252 => body.clone(),
            _ => html.clone(),
        };
        let mut page = Page::new(&page_bytes).url(&url);
        if let Some(cs) = charset {
            page = page.charset(cs);
        }
        let article = cleaner.clean_page(&page).unwrap();
        expected.push(Expected {
            url: url.clone(),
            record_id: record_id.clone(),
            date: date(i),
            title: article.title().map(str::to_owned),
            text: article.body_text(),
        });
        recs.push(Rec {
            kind: "response",
            id: record_id,
            uri: Some(url.clone()),
            date: date(i),
            content_type: "application/http; msgtype=response",
            block: http("200 OK", &headers, &body),
        });
        if i % 4 == 0 {
            recs.push(Rec {
                kind: "metadata",
                id: format!("<urn:uuid:00000000-0000-0000-0003-{i:012}>"),
                uri: Some(url.clone()),
                date: date(i),
                content_type: "application/warc-fields",
                block: b"fetchTimeMs: 120\r\n".to_vec(),
            });
        }
        if i == 2 {
            // Responses that are not pages: an image, JSON without a type, a redirect.
            let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
            let extra = [
                http("200 OK", &["Content-Type: image/png".into()], &png),
                http("200 OK", &[], b"{\"not\": \"html\"}"),
                http(
                    "301 Moved Permanently",
                    &[
                        "Content-Type: text/html".into(),
                        "Location: https://news.example.com/".into(),
                    ],
                    b"<html><body>Moved</body></html>",
                ),
            ];
            for (k, block) in extra.into_iter().enumerate() {
                recs.push(Rec {
                    kind: "response",
                    id: format!("<urn:uuid:00000000-0000-0000-0004-{k:012}>"),
                    uri: Some(format!("https://news.example.com/asset/{k}")),
                    date: date(k),
                    content_type: "application/http; msgtype=response",
                    block,
                });
            }
        }
    }
    let html = std::fs::read(&truncated).unwrap();
    recs.push(Rec {
        kind: "response",
        id: "<urn:uuid:00000000-0000-0000-0005-000000000000>".into(),
        uri: Some("https://news.example.com/cut".into()),
        date: date(0),
        content_type: "application/http; msgtype=response",
        block: http("200 OK", &["Content-Type: text/html".into()], &html),
    });
    (recs, expected, truncated)
}

/// Writes the records as `NAME.warc` and `NAME.warc.gz` (one gzip member per record), the
/// last record cut in the middle of its payload; returns the paths and the offsets of the
/// last record in each.
fn write_warcs(dir: &Path, recs: &[Rec]) -> ((PathBuf, u64), (PathBuf, u64)) {
    let (last, rest) = recs.split_last().unwrap();
    let mut plain = Vec::new();
    let mut gz = Vec::new();
    for r in rest {
        let bytes = r.bytes();
        plain.extend_from_slice(&bytes);
        gz.extend_from_slice(&gzip(&bytes));
    }
    let (plain_at, gz_at) = (plain.len() as u64, gz.len() as u64);
    let bytes = last.bytes();
    plain.extend_from_slice(&bytes[..bytes.len() * 2 / 3]);
    let member = gzip(&bytes);
    gz.extend_from_slice(&member[..member.len() / 2]);
    let p = dir.join("crawl.warc");
    let g = dir.join("crawl.warc.gz");
    std::fs::write(&p, plain).unwrap();
    std::fs::write(&g, gz).unwrap();
    ((p, plain_at), (g, gz_at))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Input is written on its own thread: batch reads lazily and writes as it goes, so a
    // large input written first would fill both pipes and deadlock with the child.
    let pipe = child.stdin.take();
    std::thread::scope(|s| {
        if let (Some(mut pipe), Some(input)) = (pipe, stdin) {
            s.spawn(move || pipe.write_all(input).unwrap());
        }
        child.wait_with_output().unwrap()
    })
}

fn records_of(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Every HTML page in order with the library's text, then the truncated record's error.
fn check(out: &Output, expected: &[Expected], last_offset: u64) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the cut record failed: {stderr}"
    );
    let recs = records_of(out);
    assert_eq!(recs.len(), expected.len() + 1, "{stderr}");
    for (rec, want) in recs.iter().zip(expected) {
        assert!(rec.get("error").is_none(), "{rec}");
        assert_eq!(rec["id"], want.url.as_str());
        assert_eq!(rec["url"], want.url.as_str());
        assert_eq!(rec["warc_record_id"], want.record_id.as_str());
        assert_eq!(rec["warc_date"], want.date.as_str());
        assert_eq!(rec["title"].as_str(), want.title.as_deref(), "{}", want.url);
        assert_eq!(rec["text"], want.text.as_str(), "{}", want.url);
        assert!(!want.text.is_empty());
    }
    let cut = recs.last().unwrap();
    assert_eq!(cut["id"], "https://news.example.com/cut");
    assert_eq!(cut["url"], "https://news.example.com/cut");
    assert_eq!(
        cut["warc_record_id"],
        "<urn:uuid:00000000-0000-0000-0005-000000000000>"
    );
    let error = cut["error"].as_str().unwrap();
    let want = format!(
        "WARC record <urn:uuid:00000000-0000-0000-0005-000000000000> at byte {last_offset}: truncated: "
    );
    assert!(error.starts_with(&want), "{error}");
    assert!(cut.get("text").is_none());
    assert!(
        stderr.contains(&format!("dechrome: https://news.example.com/cut: {want}")),
        "{stderr}"
    );
    let n = expected.len();
    let metadata = n.div_ceil(4);
    let skipped = n + metadata + 1 + 3;
    let summary = format!(
        "{} pages, 1 failed, {skipped} WARC records skipped \
         ({metadata} metadata, {n} request, 1 warcinfo, 1 non-2xx response, 2 non-HTML response)",
        n + 1
    );
    assert!(stderr.contains(&summary), "want {summary:?} in {stderr}");
}

#[test]
fn warc_and_warc_gz_give_every_html_page_with_its_url_and_the_library_text() {
    let (recs, expected, _) = records();
    let dir = tempfile::tempdir().unwrap();
    let ((plain, plain_at), (gz, gz_at)) = write_warcs(dir.path(), &recs);

    let out = run(&["batch", "--jobs", "2", plain.to_str().unwrap()], None);
    check(&out, &expected, plain_at);
    let out_gz = run(&["batch", "--jobs", "1", gz.to_str().unwrap()], None);
    check(&out_gz, &expected, gz_at);
    // Same pages, whatever the compression and the number of jobs.
    let pages = |o: &Output| {
        let mut r = records_of(o);
        r.pop();
        r
    };
    assert_eq!(pages(&out), pages(&out_gz));
}

#[test]
fn warc_is_detected_on_stdin_and_forced_with_the_flag() {
    let (recs, expected, _) = records();
    let dir = tempfile::tempdir().unwrap();
    let ((plain, plain_at), (gz, _)) = write_warcs(dir.path(), &recs);

    // Plain WARC on stdin, recognised by its first bytes.
    let bytes = std::fs::read(&plain).unwrap();
    check(&run(&["batch"], Some(&bytes)), &expected, plain_at);

    // A name that says nothing: --warc.
    let odd = dir.path().join("crawl.bin");
    std::fs::copy(&gz, &odd).unwrap();
    let without = run(&["batch", "-q", odd.to_str().unwrap()], None);
    assert_eq!(
        records_of(&without).len(),
        1,
        "read as one page without --warc"
    );
    let with = run(&["batch", "--warc", odd.to_str().unwrap()], None);
    assert_eq!(records_of(&with).len(), expected.len() + 1);
    assert_eq!(with.status.code(), Some(1));
}

#[test]
fn a_directory_mixes_warc_and_html_files_in_walk_order() {
    let (recs, expected, truncated) = records();
    let dir = tempfile::tempdir().unwrap();
    write_warcs(dir.path(), &recs);
    std::fs::remove_file(dir.path().join("crawl.warc")).unwrap();
    let page = dir.path().join("z-page.html");
    std::fs::copy(&truncated, &page).unwrap();
    let out = run(&["batch", "-q", dir.path().to_str().unwrap()], None);
    let recs = records_of(&out);
    assert_eq!(recs.len(), expected.len() + 2);
    assert_eq!(recs[0]["url"], expected[0].url.as_str());
    assert!(recs[expected.len()]["error"].is_string());
    assert_eq!(recs[expected.len() + 1]["id"], page.to_str().unwrap());
    assert!(recs[expected.len() + 1]["text"].is_string());
}

#[test]
fn a_malformed_record_is_reported_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = Rec {
        kind: "response",
        id: "<urn:uuid:1>".into(),
        uri: Some("https://example.com/a".into()),
        date: "2024-01-01T00:00:00Z".into(),
        content_type: "application/http; msgtype=response",
        block: http(
            "200 OK",
            &["Content-Type: text/html".into()],
            b"<html><body><p>A paragraph of real prose, long enough to be taken for the body of the page.</p></body></html>",
        ),
    };
    let mut bytes = good.bytes();
    bytes.extend_from_slice(b"this is not a WARC header\r\n\r\n");
    bytes.extend_from_slice(&good.bytes());
    let bad = dir.path().join("bad.warc");
    std::fs::write(&bad, &bytes).unwrap();
    let after = dir.path().join("after.warc");
    std::fs::write(&after, good.bytes()).unwrap();

    let out = run(
        &["batch", bad.to_str().unwrap(), after.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records_of(&out);
    assert_eq!(recs.len(), 4, "{recs:?}");
    assert!(recs[0]["text"].as_str().unwrap().contains("real prose"));
    let error = recs[1]["error"].as_str().unwrap();
    assert!(error.contains("malformed WARC record"), "{error}");
    assert!(
        error.contains("bytes skipped to the next record"),
        "{error}"
    );
    assert!(
        recs[1]["id"]
            .as_str()
            .unwrap()
            .starts_with(bad.to_str().unwrap())
    );
    // The record after the junk is found again, and the next file is read.
    assert!(recs[2]["text"].as_str().unwrap().contains("real prose"));
    assert!(recs[3]["text"].as_str().unwrap().contains("real prose"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("4 pages, 1 failed, 0 WARC records skipped"),
        "{stderr}"
    );
}

/// Record `i` of the resynchronisation tests: an HTML response at example.com/i.
fn page_rec(i: usize) -> Rec {
    Rec {
        kind: "response",
        id: format!("<urn:uuid:{i}>"),
        uri: Some(format!("https://example.com/{i}")),
        date: "2024-01-01T00:00:00Z".into(),
        content_type: "application/http; msgtype=response",
        block: http(
            "200 OK",
            &["Content-Type: text/html; charset=utf-8".into()],
            format!("<html><body><p>Page {i} has a paragraph of real prose, long enough to be taken for the body.</p></body></html>").as_bytes(),
        ),
    }
}

/// A record's bytes with its Content-Length replaced.
fn with_length(rec: &Rec, length: u64) -> Vec<u8> {
    let bytes = rec.bytes();
    let old = format!("Content-Length: {}\r\n", rec.block.len());
    let at = bytes
        .windows(old.len())
        .position(|w| w == old.as_bytes())
        .unwrap();
    [
        &bytes[..at],
        format!("Content-Length: {length}\r\n").as_bytes(),
        &bytes[at + old.len()..],
    ]
    .concat()
}

/// Runs a batch over one WARC file; returns the urls of the pages, the errors and stderr.
fn pages_and_errors(dir: &Path, name: &str, bytes: &[u8]) -> (Vec<String>, Vec<String>, String) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = run(
        &[
            "batch",
            "--max-input-bytes",
            "100000",
            path.to_str().unwrap(),
        ],
        None,
    );
    let recs = records_of(&out);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    let pages = recs
        .iter()
        .filter(|r| r.get("text").is_some())
        .map(|r| r["url"].as_str().unwrap().to_owned())
        .collect();
    let errors = recs
        .iter()
        .filter_map(|r| r["error"].as_str().map(str::to_owned))
        .collect();
    (pages, errors, stderr)
}

/// A record with a wrong Content-Length (300 bytes too long, 30 too short, or over
/// --max-input-bytes where the file ends first) fails alone: the records after it, whose
/// start it swallowed, are read, in plain WARC and in gzip with one member per record.
#[test]
fn a_wrong_content_length_costs_its_record_only() {
    let recs: Vec<Rec> = (0..4).map(page_rec).collect();
    let dir = tempfile::tempdir().unwrap();
    let others = [
        "https://example.com/0",
        "https://example.com/2",
        "https://example.com/3",
    ];
    let len = recs[1].block.len() as u64;
    for (what, length, want) in [
        (
            "300 too long",
            len + 300,
            "does not end after its Content-Length",
        ),
        (
            "30 too short",
            len - 30,
            "does not end after its Content-Length",
        ),
        ("past the end", 50_000_000, "truncated: "),
    ] {
        let bad = with_length(&recs[1], length);
        let parts = [recs[0].bytes(), bad, recs[2].bytes(), recs[3].bytes()];
        let plain = parts.concat();
        let gz: Vec<u8> = parts.iter().flat_map(|p| gzip(p)).collect();
        for (name, bytes) in [("bad.warc", plain), ("bad.warc.gz", gz)] {
            let (pages, errors, stderr) = pages_and_errors(dir.path(), name, &bytes);
            assert_eq!(pages, others, "{what}, {name}: {stderr}");
            assert_eq!(errors.len(), 1, "{what}, {name}: {errors:?}");
            assert!(
                errors[0].starts_with("WARC record <urn:uuid:1> at byte ")
                    && errors[0].contains(want),
                "{what}, {name}: {errors:?}"
            );
            assert!(
                stderr.contains("4 pages, 1 failed"),
                "{what}, {name}: {stderr}"
            );
            if what == "past the end" {
                assert!(stderr.contains("1 truncated"), "{stderr}");
            }
        }
    }
}

/// Gzip that cannot be read costs its member only: junk after a member, and a member whose
/// data is corrupt, are skipped to the next member and reported.
#[test]
fn bad_gzip_costs_its_member_only() {
    let members: Vec<Vec<u8>> = (0..3).map(|i| gzip(&page_rec(i).bytes())).collect();
    let dir = tempfile::tempdir().unwrap();
    let all = [
        "https://example.com/0",
        "https://example.com/1",
        "https://example.com/2",
    ];

    let junk = [
        &members[0][..],
        b"junk after the member\n",
        &members[1],
        &members[2],
    ]
    .concat();
    let (pages, errors, stderr) = pages_and_errors(dir.path(), "junk.warc.gz", &junk);
    assert_eq!(pages, all, "{stderr}");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("22 bytes at byte"), "{errors:?}");

    let mut corrupt = members[1].clone();
    let middle = corrupt.len() / 2;
    for b in &mut corrupt[12..middle] {
        *b = 0xff;
    }
    let bytes = [&members[0][..], &corrupt, &members[2]].concat();
    let (pages, errors, stderr) = pages_and_errors(dir.path(), "corrupt.warc.gz", &bytes);
    assert_eq!(pages, [all[0], all[2]], "{stderr}");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("corrupt"), "{errors:?}");
}

/// A chunk size larger than the body (here one that would overflow most arithmetic) fails
/// the record as truncated instead of passing the chunk terminator on as text.
#[test]
fn a_chunk_larger_than_the_body_fails_the_record() {
    let mut rec = page_rec(0);
    rec.block = http(
        "200 OK",
        &["Content-Type: text/html".into(), "Transfer-Encoding: chunked".into()],
        b"FFFFFFFFFFFFFFF\r\n<html><body><p>A paragraph of real prose, long enough to be taken for the body.</p></body></html>\r\n0\r\n\r\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let (pages, errors, _) = pages_and_errors(dir.path(), "chunk.warc", &rec.bytes());
    assert!(pages.is_empty(), "{pages:?}");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("truncated: the chunk at byte 0 declares"),
        "{errors:?}"
    );
}

#[test]
fn a_warc_cut_anywhere_never_panics_and_reports_what_it_lost() {
    let page = |i: usize| {
        Rec {
        kind: "response",
        id: format!("<urn:uuid:{i}>"),
        uri: Some(format!("https://example.com/{i}")),
        date: "2024-01-01T00:00:00Z".into(),
        content_type: "application/http; msgtype=response",
        block: http(
            "200 OK",
            &["Content-Type: text/html; charset=utf-8".into(), "Transfer-Encoding: chunked".into()],
            &chunked(format!("<html><body><p>Page {i} has a paragraph of real prose, long enough to be taken for the body.</p></body></html>").as_bytes()),
        ),
    }
    };
    let recs: Vec<Vec<u8>> = (0..3).map(|i| page(i).bytes()).collect();
    let members: Vec<Vec<u8>> = recs.iter().map(|r| gzip(r)).collect();
    let dir = tempfile::tempdir().unwrap();
    // A cut in a record's closing CRLFs loses nothing; a cut in a gzip member's trailer
    // (CRC and size) loses no data but is reported.
    for (name, parts, lossless_tail, data_tail) in
        [("cut.warc", &recs, 4, 4), ("cut.warc.gz", &members, 0, 8)]
    {
        let whole = parts.concat();
        let ends: Vec<usize> = parts
            .iter()
            .scan(0, |at, p| {
                *at += p.len();
                Some(*at)
            })
            .collect();
        let path = dir.path().join(name);
        for cut in (1..whole.len()).step_by(whole.len() / 40) {
            std::fs::write(&path, &whole[..cut]).unwrap();
            let out = run(&["batch", "-q", path.to_str().unwrap()], None);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                !stderr.contains("panicked"),
                "{name} cut at {cut}: {stderr}"
            );
            let recs = records_of(&out);
            let failed = recs.iter().filter(|r| r.get("error").is_some()).count();
            let lossless = ends.iter().any(|&e| cut + lossless_tail >= e && cut <= e);
            assert_eq!(
                failed,
                usize::from(!lossless),
                "{name} cut at {cut}: {recs:?}"
            );
            assert_eq!(
                out.status.code(),
                Some(i32::from(!lossless)),
                "{name} cut at {cut}"
            );
            let pages = recs.iter().filter(|r| r.get("text").is_some()).count();
            let complete = ends.iter().filter(|&&e| cut + data_tail >= e).count();
            assert_eq!(pages, complete, "{name} cut at {cut}: {recs:?}");
            for (i, rec) in recs.iter().enumerate() {
                if rec.get("text").is_some() {
                    assert_eq!(rec["url"], format!("https://example.com/{i}"));
                }
            }
        }
    }
}
