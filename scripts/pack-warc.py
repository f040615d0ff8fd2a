#!/usr/bin/env python3
"""Pack the article-extraction benchmark's pages into one WARC.gz, to measure
`dechrome batch` on WARC input against the same pages as files.

    python3 scripts/pack-warc.py ../shared/datasets/article-extraction-benchmark target/bench.warc.gz
    dechrome batch --jobs 1 target/bench.warc.gz > /dev/null

Writes a warcinfo record, then for each page (in name order) a request and a response
record (`HTTP/1.1 200 OK`, `Content-Type: text/html`, no charset: the page's own <meta>
decides, as for the files), each record its own gzip member, as crawlers write them.
The target URI is the page's URL from ground-truth.json. Standard library only.
"""

import gzip
import json
import sys
import uuid
from pathlib import Path

DATE = "2024-01-01T00:00:00Z"


def record(kind: str, block: bytes, uri: str | None, content_type: str) -> bytes:
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        f"WARC-Date: {DATE}",
    ]
    if uri is not None:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    raw = ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    # One gzip member per record, so a reader can start at any record's offset.
    return gzip.compress(raw, compresslevel=6)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    dataset, out = Path(sys.argv[1]), Path(sys.argv[2])
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((dataset / "html").glob("*.html.gz"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f:
        f.write(record("warcinfo", b"software: scripts/pack-warc.py\r\n", None,
                       "application/warc-fields"))
        for page in pages:
            key = page.name.removesuffix(".html.gz")
            url = truth.get(key, {}).get("url") or f"https://benchmark.invalid/{key}"
            html = gzip.decompress(page.read_bytes())
            host = url.split("/")[2] if url.count("/") >= 2 else "benchmark.invalid"
            request = f"GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
            f.write(record("request", request, url, "application/http; msgtype=request"))
            response = (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + f"Content-Length: {len(html)}\r\n\r\n".encode()
                + html
            )
            f.write(record("response", response, url, "application/http; msgtype=response"))
    print(f"{out}: {len(pages)} pages, {out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
