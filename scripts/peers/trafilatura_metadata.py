"""Trafilatura's metadata (title, author, date) on a dataset, for the side-by-side
metadata table of `scripts/metadata_eval.py`. Not part of the crate's tests.

    target/peers-venv/bin/python scripts/peers/trafilatura_metadata.py \
        ../shared/datasets/wcxb-dev target/peers/wcxb-dev/trafilatura-metadata.json
"""
import gzip
import json
import sys
from pathlib import Path

import trafilatura


def main() -> None:
    dataset, out = Path(sys.argv[1]), Path(sys.argv[2])
    truth = json.loads((dataset / "ground-truth.json").read_text())
    result = {}
    for pid, page in sorted(truth.items()):
        html = gzip.open(dataset / "html" / f"{pid}.html.gz").read()
        try:
            doc = trafilatura.bare_extraction(
                html, url=page.get("url") or None, with_metadata=True, as_dict=True
            )
        except Exception as e:  # a peer's crash is a row, not a stop
            doc = {"error": repr(e)}
        doc = doc or {}
        result[pid] = {k: doc.get(k) for k in ("title", "author", "date")}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
