#!/usr/bin/env python3
"""Score article-body predictions against the article-extraction-benchmark.

Usage:
    python3 scripts/score.py PREDICTIONS.json [--ground-truth PATH] [--worst N] [--json]
    python3 scripts/score.py --self-test

PREDICTIONS.json maps page id -> {"articleBody": "..."} (a bare string value is
accepted too). A page of the ground truth that is missing from the predictions
is scored as an empty prediction; ids unknown to the ground truth are ignored
(with a warning on stderr).

The default ground truth is ../shared/datasets/article-extraction-benchmark/
ground-truth.json relative to the repository root (this script lives in
<root>/scripts/).

The metric is the benchmark README's, implemented exactly (standard library only)
so that this script can serve as an independent oracle for dechrome's own Rust
implementation:

  * tokens: the regex \\w+ (Python `re`, Unicode word characters), case kept;
  * 4-token shingles, i.e. all consecutive 4-grams; a text with 1..3 tokens gives
    one shingle of all its tokens; an empty text gives no shingle;
  * multiset matching: tp = sum min(true, pred), fp = sum max(0, pred - true),
    fn = sum max(0, true - pred), then tp, fp, fn are divided by their sum;
  * page precision = tp/(tp+fp), recall = tp/(tp+fn) (1 if fp = fn = 0,
    0 if the denominator is 0);
  * corpus precision = mean page precision over pages with tp+fp > 0, corpus
    recall = mean page recall over pages with tp+fn > 0, F1 = 2PR/(P+R) of these
    means (0 if P+R = 0; a mean over no page is 0);
  * accuracy = share of pages whose token lists are equal.

Note on tokenization: Python's \\w is exactly the class [\\p{L}\\p{N}_] (checked
over every code point of Python 3.11's Unicode 14 tables). Rust's `regex` \\w is
wider and narrower at once (Alphabetic | M | Nd | Pc | Join_Control): combining
marks (e.g. Arabic harakat, U+FE0F) are word characters there and not here, and
vulgar fractions such as '½' (category No) are word characters here and not there.
Both occur in this ground truth and move corpus scores in the 4th decimal, so a
Rust port that must agree with this oracle (and the published benchmark) should
tokenize with [\\p{L}\\p{N}_]+ rather than \\w+.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

SHINGLE_SIZE = 4
_TOKEN_RE = re.compile(r"\w+")  # str pattern: Unicode-aware by default

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GROUND_TRUTH = (
    REPO_ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark" / "ground-truth.json"
)


# --------------------------------------------------------------------------- metric

def tokenize(text: str) -> list[str]:
    """Return the \\w+ tokens of `text`, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingles(tokens: list[str], n: int = SHINGLE_SIZE) -> Counter:
    """Multiset of consecutive n-grams; fewer than n tokens -> one shingle of all
    of them; no token -> no shingle."""
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def match_counts(true_text: str, pred_text: str) -> tuple[float, float, float]:
    """Normalized (tp, fp, fn) of one page; (0, 0, 0) when both have no shingle."""
    true_sh = shingles(tokenize(true_text))
    pred_sh = shingles(tokenize(pred_text))
    tp = sum((true_sh & pred_sh).values())   # min of counts
    fp = sum((pred_sh - true_sh).values())   # max(0, pred - true)
    fn = sum((true_sh - pred_sh).values())   # max(0, true - pred)
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    """Precision and recall of one page from its normalized counts."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = 0.0 if tp + fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp + fn == 0 else tp / (tp + fn)
    return precision, recall


def f1_of(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _mean(values: list[float]) -> float:
    # fsum: correctly rounded, so the result does not depend on page order.
    return math.fsum(values) / len(values) if values else 0.0


def score_page(true_text: str, pred_text: str) -> dict:
    """All per-page numbers: normalized counts, precision, recall, F1, exactness."""
    tp, fp, fn = match_counts(true_text, pred_text)
    precision, recall = page_precision_recall(tp, fp, fn)
    return {
        "tp": tp, "fp": fp, "fn": fn,
        "precision": precision, "recall": recall, "f1": f1_of(precision, recall),
        "exact": tokenize(true_text) == tokenize(pred_text),
    }


def score_corpus(truth: dict[str, str], preds: dict[str, str]) -> dict:
    """Corpus metrics over every page of `truth` (missing predictions are empty).

    Returns {"precision", "recall", "f1", "accuracy", "pages", "pages_scored": {id: page}}.
    """
    pages = {pid: score_page(true_text, preds.get(pid) or "") for pid, true_text in truth.items()}
    precision = _mean([p["precision"] for p in pages.values() if p["tp"] + p["fp"] > 0])
    recall = _mean([p["recall"] for p in pages.values() if p["tp"] + p["fn"] > 0])
    accuracy = _mean([1.0 if p["exact"] else 0.0 for p in pages.values()])
    return {
        "precision": precision, "recall": recall, "f1": f1_of(precision, recall),
        "accuracy": accuracy, "pages": len(pages), "pages_scored": pages,
    }


# --------------------------------------------------------------------------- I/O

def load_ground_truth(path: str | Path = DEFAULT_GROUND_TRUTH) -> dict[str, str]:
    """{id: articleBody} from the benchmark's ground-truth.json."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {pid: (item.get("articleBody") or "") for pid, item in data.items()}


def predictions_from_json(data: dict) -> dict[str, str]:
    """{id: text} from {id: {"articleBody": text}} (or {id: text})."""
    out = {}
    for pid, item in data.items():
        if isinstance(item, dict):
            item = item.get("articleBody")
        out[pid] = item if isinstance(item, str) else ""
    return out


def load_predictions(path: str | Path) -> dict[str, str]:
    with open(path, encoding="utf-8") as f:
        return predictions_from_json(json.load(f))


def evaluate_file(pred_path: str | Path, gt_path: str | Path = DEFAULT_GROUND_TRUTH) -> dict:
    """Load both files and score them (what the CLI does)."""
    truth = load_ground_truth(gt_path)
    preds = load_predictions(pred_path)
    unknown = sorted(set(preds) - set(truth))
    if unknown:
        print(f"warning: {len(unknown)} predicted ids are not in the ground truth; ignored",
              file=sys.stderr)
    return score_corpus(truth, preds)


# --------------------------------------------------------------------------- self-test

def self_test() -> int:
    """Hand-computed cases; prints 'N passed, M failed' and returns M."""
    passed = failed = 0

    def check(name: str, got, want, tol: float = 1e-12) -> None:
        nonlocal passed, failed
        if isinstance(want, float):
            ok = isinstance(got, (int, float)) and abs(got - want) <= tol
        else:
            ok = got == want
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}: got {got!r}, want {want!r}")

    def corpus(pairs: dict[str, tuple[str, str | None]]) -> dict:
        truth = {k: t for k, (t, _) in pairs.items()}
        preds = {k: p for k, (_, p) in pairs.items() if p is not None}
        return score_corpus(truth, preds)

    # Tokenization: Unicode words, underscore is a word char, punctuation splits, case kept.
    check("tokenize unicode", tokenize("Größe, café-naïve 東京 snake_case!"),
          ["Größe", "café", "naïve", "東京", "snake_case"])
    # Python's \w = [\p{L}\p{N}_]: '½' (No) is a word char, combining marks (Mn:
    # Arabic fatha U+064E, variation selector U+FE0F) split words, '❤' (So) is none.
    check("tokenize No and Mn", tokenize("1\u00bd cups \u2764\ufe0f \u0643\u064e\u062a\u064e\u0628\u064e"),
          ["1\u00bd", "cups", "\u0643", "\u062a", "\u0628"])
    check("tokenize empty", tokenize(""), [])
    check("tokenize punctuation only", tokenize(" -- !! "), [])

    # Shingles: n-grams, short text -> one shingle, empty -> none, multiset counts.
    check("shingles 5 tokens", shingles("a b c d e".split()),
          Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}))
    check("shingles 3 tokens", shingles(["a", "b", "c"]), Counter({("a", "b", "c"): 1}))
    check("shingles 4 tokens", shingles(list("abcd")), Counter({("a", "b", "c", "d"): 1}))
    check("shingles empty", shingles([]), Counter())
    check("shingles repeated", shingles("a b c d a b c d".split())[("a", "b", "c", "d")], 2)

    # Identical texts: tp = 1, P = R = F1 = accuracy = 1.
    r = corpus({"p": ("The quick brown fox jumps.", "The quick brown fox jumps.")})
    check("identical P", r["precision"], 1.0)
    check("identical R", r["recall"], 1.0)
    check("identical F1", r["f1"], 1.0)
    check("identical acc", r["accuracy"], 1.0)
    check("identical counts", match_counts("a b c d e", "a b c d e"), (1.0, 0.0, 0.0))

    # Disjoint texts: tp=0, fp=fn=1 -> 0, 0.5, 0.5; page counted in both means with 0.
    check("disjoint counts", match_counts("a b c d", "e f g h"), (0.0, 0.5, 0.5))
    r = corpus({"p": ("a b c d", "e f g h")})
    check("disjoint P", r["precision"], 0.0)
    check("disjoint R", r["recall"], 0.0)
    check("disjoint F1", r["f1"], 0.0)
    check("disjoint acc", r["accuracy"], 0.0)

    # A 3-token text vs itself: one shingle (a, b, c) matched -> 1, 1.
    check("3 tokens self counts", match_counts("one two three", "one two three"), (1.0, 0.0, 0.0))
    r = corpus({"p": ("one two three", "one two three")})
    check("3 tokens self P", r["precision"], 1.0)
    check("3 tokens self R", r["recall"], 1.0)
    check("3 tokens self acc", r["accuracy"], 1.0)
    # ...but 3 tokens vs 4 tokens share no shingle: (a,b,c) != (a,b,c,d).
    check("3 vs 4 tokens", match_counts("a b c", "a b c d"), (0.0, 0.5, 0.5))

    # Empty prediction: tp = fp = 0, fn = 1 -> excluded from the precision mean,
    # recall 0. With an identical second page: P = mean([1]) = 1, R = mean([1, 0])
    # = 0.5, F1 = 2*1*0.5/1.5 = 2/3, accuracy = 1/2.
    check("empty pred counts", match_counts("a b c d e", ""), (0.0, 0.0, 1.0))
    r = corpus({"same": ("a b c d e", "a b c d e"), "empty": ("a b c d e", "")})
    check("empty pred P", r["precision"], 1.0)
    check("empty pred R", r["recall"], 0.5)
    check("empty pred F1", r["f1"], 2 / 3)
    check("empty pred acc", r["accuracy"], 0.5)
    # A page missing from the predictions is the same as an empty prediction.
    r2 = corpus({"same": ("a b c d e", "a b c d e"), "missing": ("a b c d e", None)})
    check("missing = empty", (r2["precision"], r2["recall"], r2["f1"], r2["accuracy"]),
          (r["precision"], r["recall"], r["f1"], r["accuracy"]))

    # Empty truth, non-empty prediction: tp = fn = 0 -> excluded from recall, P = 0.
    # With an identical page: P = mean([1, 0]) = 0.5, R = mean([1]) = 1, F1 = 2/3.
    r = corpus({"same": ("a b c d e", "a b c d e"), "spurious": ("", "x y z w")})
    check("empty truth P", r["precision"], 0.5)
    check("empty truth R", r["recall"], 1.0)
    check("empty truth F1", r["f1"], 2 / 3)

    # Both empty: no shingle at all -> excluded from both means, but token lists are
    # equal so it counts as accurate. With a disjoint page: P = R = 0, acc = 1/2.
    check("both empty counts", match_counts("", "..."), (0.0, 0.0, 0.0))
    r = corpus({"none": ("", ""), "disjoint": ("a b c d", "e f g h")})
    check("both empty P", r["precision"], 0.0)
    check("both empty R", r["recall"], 0.0)
    check("both empty acc", r["accuracy"], 0.5)
    r = corpus({"none": ("", ""), "same": ("a b c d", "a b c d")})
    check("both empty + same P", r["precision"], 1.0)
    check("both empty + same acc", r["accuracy"], 1.0)

    # Partial overlap: true w1..w6 (3 shingles), pred w1..w5 x (3 shingles),
    # 2 shared -> tp=2, fp=1, fn=1 -> /4 -> P = R = 2/3.
    check("partial counts", match_counts("w1 w2 w3 w4 w5 w6", "w1 w2 w3 w4 w5 x"),
          (0.5, 0.25, 0.25))
    r = corpus({"p": ("w1 w2 w3 w4 w5 w6", "w1 w2 w3 w4 w5 x")})
    check("partial P", r["precision"], 2 / 3)
    check("partial R", r["recall"], 2 / 3)

    # Multiset: true "a b c d a b c d" has abcd x2, bcda, cdab, dabc (5 shingles);
    # pred "a b c d" has abcd x1 -> tp=1, fp=0, fn=4 -> P = 1, R = 0.2.
    check("multiset counts", match_counts("a b c d a b c d", "a b c d"), (0.2, 0.0, 0.8))
    # And the other way round: duplicated prediction -> P = 0.2, R = 1.
    check("multiset reverse", page_precision_recall(*match_counts("a b c d", "a b c d a b c d")),
          (0.2, 1.0))

    # Case is kept: "The" != "the" -> no shared shingle; accuracy 0.
    r = corpus({"p": ("The cat sat down", "the cat sat down")})
    check("case kept P", r["precision"], 0.0)
    check("case kept acc", r["accuracy"], 0.0)

    # Only tokens matter: punctuation and whitespace differences are exact matches.
    r = corpus({"p": ("Hello, world! It's me.", "Hello world\n\nIt s me")})
    check("punctuation ignored P", r["precision"], 1.0)
    check("punctuation ignored acc", r["accuracy"], 1.0)

    # Pages weigh the same whatever their length: a 100-shingle page perfect and a
    # 1-shingle page wrong (disjoint) give P = R = 0.5, not ~0.99.
    long_text = " ".join(f"t{i}" for i in range(103))
    r = corpus({"long": (long_text, long_text), "short": ("a b c d", "e f g h")})
    check("page weighting P", r["precision"], 0.5)
    check("page weighting R", r["recall"], 0.5)

    # Extra words around the body: true 6 tokens (3 shingles); pred = 2 junk + true
    # + 2 junk = 10 tokens -> 7 shingles, 3 shared -> tp=3, fp=4, fn=0 -> P = 3/7, R = 1.
    check("extra words", page_precision_recall(*match_counts("a b c d e f", "x y a b c d e f z w")),
          (3 / 7, 1.0))

    # Predictions JSON: nested dicts, bare strings, nulls.
    check("predictions parse",
          predictions_from_json({"a": {"articleBody": "x"}, "b": "y", "c": {"articleBody": None},
                                 "d": {}}),
          {"a": "x", "b": "y", "c": "", "d": ""})

    print(f"{passed} passed, {failed} failed")
    return failed


# --------------------------------------------------------------------------- CLI

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("predictions", nargs="?", help="predictions JSON {id: {articleBody}}")
    ap.add_argument("--ground-truth", default=str(DEFAULT_GROUND_TRUTH),
                    help="ground-truth.json (default: %(default)s)")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="also list the N pages with the lowest F1")
    ap.add_argument("--json", action="store_true",
                    help="print full-precision metrics (and per-page numbers) as JSON")
    ap.add_argument("--self-test", action="store_true", help="run the built-in checks")
    args = ap.parse_args(argv)

    if args.self_test:
        return 1 if self_test() else 0
    if not args.predictions:
        ap.error("PREDICTIONS.json is required (or --self-test)")

    result = evaluate_file(args.predictions, args.ground_truth)
    if args.json:
        json.dump(result, sys.stdout, indent=1, sort_keys=True)
        print()
        return 0

    print(f"pages      {result['pages']}")
    for key in ("precision", "recall", "f1", "accuracy"):
        print(f"{key:<10} {result[key]:.4f}")
    if args.worst > 0:
        with open(args.ground_truth, encoding="utf-8") as f:
            urls = {pid: item.get("url", "") for pid, item in json.load(f).items()}
        ranked = sorted(result["pages_scored"].items(), key=lambda kv: (kv[1]["f1"], kv[0]))
        print(f"\nworst {min(args.worst, len(ranked))} pages by F1:")
        print(f"{'f1':>6} {'prec':>6} {'recall':>6}  id  url")
        for pid, p in ranked[:args.worst]:
            print(f"{p['f1']:6.4f} {p['precision']:6.4f} {p['recall']:6.4f}  {pid}  {urls.get(pid, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
