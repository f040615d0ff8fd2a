#!/usr/bin/env python3
"""PySpark job: WARC files -> dechrome -> Parquet (in the style of cc-pyspark).

    python examples/spark/clean_warc.py INPUT_LIST OUTPUT_DIR [--master local[2]]
                                        [--partitions N] [--keep-captions] [--min-score X]
    spark-submit examples/spark/clean_warc.py INPUT_LIST OUTPUT_DIR

INPUT_LIST is a text file with one WARC path a line (``.warc`` or ``.warc.gz``, local
paths or ``file:`` URLs, as a cluster's workers see them). Its lines are spread over
the partitions; each partition builds one ``dechrome.Cleaner`` and reads its WARC
files with ``dechrome.warc.iter_warc``. Every HTML response becomes one row of
OUTPUT_DIR (Parquet):

    url, warc_date, record_id, title, language, text, kept_blocks, total_blocks

Pages that fail (no visible text, over the size limit...) are counted, not written;
the counts (records, HTML pages, non-HTML, failures, WARC read errors) are printed at
the end. Needs ``pip install ./python pyspark`` and Java 17 or later.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any, Dict, Iterable, Iterator

SCHEMA = (
    "url string, warc_date string, record_id string, title string, language string, "
    "text string, kept_blocks int, total_blocks int"
)
COUNTERS = ("warc_files", "records", "html_pages", "non_html", "non_ok_status", "truncated",
            "read_errors", "failed_pages", "rows")


def process_partition(paths: Iterable[str], options: Dict[str, Any], acc) -> Iterator[tuple]:
    """One partition: one Cleaner, every WARC path of the partition, one row per page."""
    import dechrome
    from dechrome.warc import WarcStats, iter_warc

    cleaner = dechrome.Cleaner(**options)
    for line in paths:
        path = line.strip()
        if not path or path.startswith("#"):
            continue
        if path.startswith("file:"):
            path = path[len("file:"):]
            if path.startswith("//"):
                path = path[2:]
        stats = WarcStats()
        acc["warc_files"].add(1)
        failed = rows = 0
        try:
            for page in iter_warc(path, stats=stats):
                try:
                    article = cleaner.extract(page["html"], url=page["url"], charset=page["charset"])
                except dechrome.DechromeError:
                    failed += 1
                    continue
                blocks = article.blocks
                rows += 1
                yield (
                    page["url"],
                    page["date"],
                    page["record_id"],
                    article.title,
                    article.language,
                    article.text,
                    sum(1 for b in blocks if b.kept),
                    len(blocks),
                )
        except OSError as e:  # the file itself could not be opened
            stats.errors.append(f"{path}: {e}")
        acc["records"].add(stats.records)
        acc["html_pages"].add(stats.html)
        acc["non_html"].add(stats.non_html)
        acc["non_ok_status"].add(stats.non_ok_status)
        acc["truncated"].add(stats.truncated)
        acc["read_errors"].add(len(stats.errors))
        acc["failed_pages"].add(failed)
        acc["rows"].add(rows)


def run(spark, input_list: str, output_dir: str, partitions: int | None = None, **options) -> Dict[str, int]:
    """Runs the job on an existing SparkSession; returns the counters."""
    import dechrome

    dechrome.Cleaner(**options)  # bad options fail here, on the driver
    sc = spark.sparkContext
    # Ship this file to the executors: the partition function is pickled by reference.
    sc.addPyFile(os.path.abspath(__file__))
    acc = {name: sc.accumulator(0) for name in COUNTERS}
    partitions = partitions or sc.defaultParallelism
    lines = sc.textFile(input_list, minPartitions=partitions)
    # textFile splits by bytes: a short list can land in fewer partitions than asked.
    lines = lines.repartition(partitions) if lines.getNumPartitions() < partitions else lines
    rows = lines.mapPartitions(lambda it: process_partition(it, options, acc))
    spark.createDataFrame(rows, SCHEMA).write.mode("overwrite").parquet(output_dir)
    return {name: a.value for name, a in acc.items()}


def session(master: str | None = None, app_name: str = "dechrome-clean-warc"):
    """A SparkSession whose Python workers use this interpreter (where dechrome is installed)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
    return builder.getOrCreate()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input_list", help="text file: one WARC path a line")
    p.add_argument("output_dir", help="Parquet output folder (overwritten)")
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, default=None, help="input partitions (default: the default parallelism)")
    p.add_argument("--keep-captions", action="store_true", help="keep image captions")
    p.add_argument("--min-score", type=float, default=0.0, help="raise for precision, lower for recall")
    args = p.parse_args()
    spark = session(args.master)
    spark.sparkContext.setLogLevel("WARN")
    start = time.perf_counter()
    counts = run(spark, args.input_list, args.output_dir, args.partitions,
                 keep_captions=args.keep_captions, min_score=args.min_score)
    elapsed = time.perf_counter() - start
    spark.stop()
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    print(f"{counts['rows']} rows in {elapsed:.2f} s: {counts['html_pages'] / elapsed:.1f} pages/s -> {args.output_dir}")


if __name__ == "__main__":
    main()
