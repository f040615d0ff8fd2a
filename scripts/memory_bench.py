#!/usr/bin/env python3
"""Peak memory of the `dechrome` binary (and the Python package, when importable) on the
hostile shapes of issue #19, as a Markdown table: shape, input size, peak RSS, RSS / input,
and how the run ended (the clean text, or the typed error).

    cargo build --release -p dechrome-cli
    python3 scripts/memory_bench.py [--bin target/release/dechrome] [--python target/py-venv/bin/python]

Every run is a fresh process; peak RSS is the kernel's maximum resident set size
(`getrusage` of the child), so it includes the ~8 MB the program needs for an empty page.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile

PROSE = "Officials said the purchases showed how far the plan had come since spring. "


def shapes() -> list[tuple[str, str, bytes]]:
    """(name, --input-format, bytes) for every shape."""
    mb = 1 << 20
    return [
        ("text: one-letter paragraphs, 12 MB", "text", b"a\n\n" * (12 * mb // 3)),
        ("text: prose paragraphs, 12 MB", "text", ((PROSE * 4 + "\n\n").encode()) * (12 * mb // 310)),
        ("text: one 12 MB paragraph", "text", (PROSE.encode()) * (12 * mb // len(PROSE))),
        ("html: <p>a to the node bound (8 MB)", "html", b"<p>a" * 1_990_000),
        ("html: <p>a just under the block bound (0.4 MB)", "html", b"<p>a" * 99_000),
        ("html: 100k prose paragraphs (31 MB)", "html", f"<p>{PROSE * 4}</p>".encode() * 100_000),
        ("html: table cells to the node bound (16 MB)", "html", b"<table>" + b"<tr><td>1</td><td>2</td></tr>" * 600_000),
        ("html: 1M deep nesting (6 MB)", "html", b"<div>" * 1_000_000 + b"<p>deep text</p>"),
        ("html: 1 MB of '<'", "html", b"<p>" + b"<" * mb),
        ("html: 1M attributes on one tag (9 MB)", "html", b"<p " + b"a=1 " * 1_000_000 + b">" + PROSE.encode() + b"</p>"),
        ("html: 2M '1 < 2' in one paragraph (12 MB)", "html", b"<p>" + b"1 < 2 " * 2_000_000 + b"</p>"),
    ]


def run(cmd: list[str], data: bytes) -> tuple[int, str]:
    """Peak RSS (KiB) of `cmd` fed `data` on stdin, and how it ended."""
    with tempfile.TemporaryFile() as inp:
        inp.write(data)
        inp.seek(0)
        proc = subprocess.run(cmd, stdin=inp, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # RUSAGE_CHILDREN's maximum covers every child so far: `main` runs each shape in a
    # fresh interpreter, so this is the one child's peak.
    if proc.returncode == 0 and cmd[0].endswith("dechrome"):
        end = f"ok ({len(proc.stdout):,} bytes of text)"
    elif proc.returncode == 0:
        end = f"ok ({int(proc.stdout):,} blocks in the dict)"
    else:
        end = proc.stderr.decode(errors="replace").strip().splitlines()[-1][:90]
    return peak, end


PY_TO_DICT = """
import sys, dechrome
data = sys.stdin.buffer.read()
try:
    a = dechrome.extract_text(data.decode()) if sys.argv[1] == "text" else dechrome.extract(data)
    d = a.to_dict()
    print(len(d["blocks"]))
except dechrome.DechromeError as e:
    print(type(e).__name__, e, file=sys.stderr)
    sys.exit(1)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/release/dechrome")
    ap.add_argument("--python", help="a Python with the dechrome package: also measure extract + to_dict")
    args = ap.parse_args()
    print("| shape | path | input MB | peak RSS MB | RSS / input | result |")
    print("|---|---|---|---|---|---|")
    for name, fmt, data in shapes():
        runs = [("CLI", [args.bin, "--input-format", fmt, "-"])]
        if args.python:
            runs.append(("Python to_dict", [args.python, "-c", PY_TO_DICT, fmt]))
        for path, cmd in runs:
            # A fresh measuring process per run, so ru_maxrss is this child's alone.
            probe = [sys.executable, os.path.abspath(__file__), "--one", *cmd]
            out = subprocess.run(probe, input=data, stdout=subprocess.PIPE, check=True).stdout.decode()
            peak_kib, end = out.split("\t", 1)
            mb_in = len(data) / (1 << 20)
            mb_rss = int(peak_kib) / 1024
            print(f"| {name} | {path} | {mb_in:.1f} | {mb_rss:.0f} | {mb_rss / mb_in:.1f}x | {end.strip()} |")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        peak, end = run(sys.argv[2:], sys.stdin.buffer.read())
        print(f"{peak}\t{end}")
    else:
        main()
