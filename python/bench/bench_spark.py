#!/usr/bin/env python3
"""Pages/s of the Spark job (examples/spark/clean_warc.py) with 1 and 2 local cores,
beside `Cleaner.clean_many` on the same pages.

    python python/bench/pack_warc.py target/bench-warc4 --copies 4     # once: 724 pages
    python python/bench/bench_spark.py target/bench-warc4/input.txt [--cores 1,2]

For each core count: a fresh local[N] session, one untimed warm-up run of the job (JVM
and Python workers start), then one timed run; pages/s = HTML pages / wall seconds of
that run, Parquet writing included. Then the same pages, read from the WARC files into
memory first (not timed), through `Cleaner.clean_many(threads=N)`: best of three passes.
Prints a Markdown table with the job's pages/s a core over clean_many's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples" / "spark"))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input_list")
    p.add_argument("--cores", default="1,2")
    a = p.parse_args()
    import clean_warc

    rows = []
    for cores in [int(c) for c in a.cores.split(",")]:
        spark = clean_warc.session(f"local[{cores}]", f"dechrome-bench-{cores}")
        spark.sparkContext.setLogLevel("ERROR")
        with tempfile.TemporaryDirectory() as tmp:
            clean_warc.run(spark, a.input_list, f"{tmp}/warm", partitions=max(2, cores))
            start = time.perf_counter()
            counts = clean_warc.run(spark, a.input_list, f"{tmp}/out", partitions=max(2, cores))
            secs = time.perf_counter() - start
        spark.stop()
        rows.append((cores, counts["html_pages"], counts["rows"], secs))
    many = clean_many_rates(a.input_list, [r[0] for r in rows])
    print("| cores | pages | Spark job seconds | Spark job pages/s | clean_many pages/s | job / clean_many |")
    print("|---|---|---|---|---|---|")
    for cores, pages, nrows, secs in rows:
        job = pages / secs
        lib = many.get(cores, 0.0)
        ratio = job / lib if lib else 0.0
        print(f"| {cores} | {pages} ({nrows} rows) | {secs:.2f} | {job:.1f} | {lib:.1f} | {ratio:.2f} |")


def clean_many_rates(input_list: str, cores: list[int]) -> dict[int, float]:
    """`Cleaner.clean_many` pages/s on the job's pages, per thread count (best of 3)."""
    import dechrome
    from dechrome.warc import iter_warc

    pages = []
    for line in Path(input_list).read_text().split():
        pages.extend({"html": p["html"], "url": p["url"], "charset": p["charset"]} for p in iter_warc(line))
    cleaner = dechrome.Cleaner()
    cleaner.clean_many(pages[:20], threads=1, errors="empty")  # tables compiled
    rates = {}
    for n in cores:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            cleaner.clean_many(pages, threads=n, errors="empty")
            best = min(best, time.perf_counter() - start)
        rates[n] = len(pages) / best
    return rates


if __name__ == "__main__":
    main()
