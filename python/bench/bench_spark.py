#!/usr/bin/env python3
"""Pages/s of the Spark job (examples/spark/clean_warc.py) with 1 and 2 local cores.

    python python/bench/pack_warc.py target/bench-warc          # once
    python python/bench/bench_spark.py target/bench-warc/input.txt [--cores 1,2]

For each core count: a fresh local[N] session, one untimed warm-up run of the job (JVM
and Python workers start), then one timed run; pages/s = HTML pages / wall seconds of
that run, Parquet writing included. Prints a Markdown table.
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
    print("| Spark local cores | pages | rows | seconds | pages/s |")
    print("|---|---|---|---|---|")
    for cores, pages, nrows, secs in rows:
        print(f"| {cores} | {pages} | {nrows} | {secs:.2f} | {pages / secs:.1f} |")


if __name__ == "__main__":
    main()
