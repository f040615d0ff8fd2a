"""Runs resiliparse over the benchmark pages N times, for instruction counts.

Wall-clock speed drifts on shared machines; instruction counts do not. Under
callgrind, a two-pass run minus a one-pass run is one steady-state pass (imports,
reading and gunzip excluded), comparable with dechrome's
`dechrome-eval DATASET --jobs 1 --warmup` minus `dechrome-eval DATASET --jobs 1`:

    V=target/peers-venv/bin/python   # made by scripts/compare-peers.sh
    for n in 1 2; do valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$n \\
        $V scripts/resiliparse_pass.py ../shared/datasets/article-extraction-benchmark/html $n; done

It calls resiliparse as scripts/compare_peers.py does: `extract_plain_text` with
`main_content=True` on `bytes_to_str(raw, detect_encoding(raw))`.
"""

import gzip
import os
import sys

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import bytes_to_str, detect_encoding


def main() -> None:
    directory, passes = sys.argv[1], int(sys.argv[2])
    pages = []
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            raw = f.read()
        pages.append(gzip.decompress(raw) if name.endswith(".gz") else raw)
    chars = 0
    for _ in range(passes):
        for raw in pages:
            text = extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=True)
            chars += len(text)
    print(f"{len(pages)} pages x {passes} passes, {chars} characters out")


if __name__ == "__main__":
    main()
