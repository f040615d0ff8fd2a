#!/usr/bin/env python3
"""Packs the benchmark's pages into WARC files (for the Spark job's speed).

    python python/bench/pack_warc.py [DATASET_DIR] OUT_DIR [--files N] [--copies K]

Writes OUT_DIR/bench-NN.warc.gz (N files, pages dealt round-robin, one gzip member per
record, a response record per page with its ground-truth URL; every page K times, so a
run lasts long enough that task start-up does not dominate it) and OUT_DIR/input.txt
listing them, ready for examples/spark/clean_warc.py. Needs warcio.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATASET = ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"


def pack(dataset: Path, out: Path, files: int, copies: int = 1) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((dataset / "html").glob("*.html.gz")) * copies
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"bench-{i:02d}.warc.gz" for i in range(files)]
    handles = [p.open("wb") for p in paths]
    writers = [WARCWriter(h, gzip=True) for h in handles]
    for n, page in enumerate(pages):
        pid = page.name[: -len(".html.gz")]
        url = truth.get(pid, {}).get("url") or f"https://benchmark.example/{pid}"
        body = gzip.decompress(page.read_bytes())
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w = writers[n % files]
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    for h in handles:
        h.close()
    (out / "input.txt").write_text("".join(f"{p.resolve()}\n" for p in paths))
    return len(pages)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("args", nargs="+", help="[DATASET_DIR] OUT_DIR")
    p.add_argument("--files", type=int, default=4, help="WARC files to write (default 4)")
    p.add_argument("--copies", type=int, default=1, help="times each page is written (default 1)")
    a = p.parse_args()
    dataset, out = (DEFAULT_DATASET, Path(a.args[0])) if len(a.args) == 1 else (Path(a.args[0]), Path(a.args[1]))
    n = pack(dataset, out, a.files, a.copies)
    print(f"{n} pages in {a.files} WARC files under {out}; list: {out / 'input.txt'}")


if __name__ == "__main__":
    main()
