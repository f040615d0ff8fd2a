#!/usr/bin/env python3
"""datatrove pipeline: WARC files -> dechrome -> JSONL.

    python examples/datatrove/pipeline.py INPUT_DIR OUTPUT_DIR [--tasks N] [--workers N]

Reads every ``*.warc`` / ``*.warc.gz`` under INPUT_DIR with datatrove's ``WarcReader``,
replaces each HTML page with its article text with ``DechromeExtractor`` (where a
pipeline would use datatrove's ``Trafilatura`` step), and writes
``OUTPUT_DIR/NNNNN.jsonl.gz`` with one document a line: ``text`` (the body, at the
precision focus), ``id`` (the WARC record id) and ``metadata`` (the crawl's ``url``,
``date``, ... and the page's ``language``, ``title``, ``authors``, ``published``,
``modified``, ``page_type``, ``quality``). Logs and stats go to ``OUTPUT_DIR/logs``.

Needs: ``pip install ./python datatrove warcio faust-cchardet python-magic``
(or ``pip install "./python[datatrove]"``).
"""

from __future__ import annotations

import argparse
import os


def build(input_dir: str, output_dir: str, tasks: int = 1, workers: int = -1, **options):
    """The executor, ready to ``run()``; options go to ``DechromeExtractor``."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    from dechrome.datatrove import DechromeExtractor

    return LocalPipelineExecutor(
        pipeline=[
            WarcReader(input_dir, glob_pattern="*.warc*"),
            DechromeExtractor(**options),
            JsonlWriter(output_dir),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=os.path.join(output_dir, "logs"),
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input_dir", help="folder holding .warc / .warc.gz files")
    p.add_argument("output_dir", help="folder for the .jsonl.gz output and logs")
    p.add_argument("--tasks", type=int, default=1, help="datatrove tasks (input files are split among them)")
    p.add_argument("--workers", type=int, default=-1, help="tasks run at once (default: all)")
    p.add_argument("--keep-captions", action="store_true", help="keep image captions")
    p.add_argument("--min-score", type=float, default=0.0, help="raise for precision, lower for recall")
    args = p.parse_args()
    build(
        args.input_dir,
        args.output_dir,
        tasks=args.tasks,
        workers=args.workers,
        keep_captions=args.keep_captions,
        min_score=args.min_score,
    ).run()


if __name__ == "__main__":
    main()
