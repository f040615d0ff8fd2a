#!/usr/bin/env bash
# Compare dechrome with peer article extractors on the article-extraction-benchmark.
#
# Usage:
#   bash scripts/compare-peers.sh [DATASET_DIR]
#
# DATASET_DIR defaults to ../shared/datasets/article-extraction-benchmark relative
# to the repository root. Environment knobs:
#   PYTHON=python3.11   interpreter used to create the virtualenv (default: python3)
#   SKIP_INSTALL=1      reuse target/peers-venv as it is (no pip install)
#   SKIP_DECHROME=1    do not build or run dechrome
#
# What it does (everything it writes goes under target/, which git ignores):
#   1. creates the virtualenv target/peers-venv and pip-installs the peers
#      (trafilatura, resiliparse, readability-lxml, lxml_html_clean, justext); a
#      package that fails to install is reported and the others go on;
#   2. builds `cargo build --release --bin dechrome-eval`; if that fails or the
#      binary is absent, dechrome is skipped with a message;
#   3. runs scripts/compare_peers.py pinned to one core (`taskset -c 0` when
#      available): it times each tool's extraction calls over all pages, writes
#      target/peers/<dataset>/<tool>.json, runs dechrome-eval --jobs 1 --warmup (core 0),
#      scores everything with scripts/score.py and prints a Markdown table, also
#      written to target/peers/<dataset>/table.md.
set -uo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
DATASET="${1:-$ROOT/../shared/datasets/article-extraction-benchmark}"
VENV="$ROOT/target/peers-venv"
OUT="$ROOT/target/peers"
PYTHON="${PYTHON:-python3}"
PEERS=(trafilatura resiliparse readability-lxml lxml_html_clean justext)

cd "$ROOT" || exit 1
mkdir -p "$OUT"

if [[ ! -f "$DATASET/ground-truth.json" ]]; then
    echo "error: no ground-truth.json in $DATASET" >&2
    exit 1
fi
DATASET="$(cd "$DATASET" && pwd)"

# --- 1. virtualenv with the peers ---------------------------------------------
if [[ ! -x "$VENV/bin/python" ]]; then
    echo "==> creating virtualenv $VENV"
    "$PYTHON" -m venv "$VENV" || { echo "error: could not create $VENV" >&2; exit 1; }
fi
VPY="$VENV/bin/python"

if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
    "$VPY" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
    failed=()
    # One package at a time so that one failure does not block the others.
    for pkg in "${PEERS[@]}"; do
        echo "==> pip install $pkg"
        if ! "$VPY" -m pip install --quiet "$pkg"; then
            echo "warning: could not install $pkg; tools needing it will be skipped" >&2
            failed+=("$pkg")
        fi
    done
    if ((${#failed[@]})); then
        echo "==> install failures: ${failed[*]}"
    fi
fi
echo "==> installed versions:"
"$VPY" -m pip list 2>/dev/null | grep -iE '^(trafilatura|resiliparse|readability-lxml|lxml|lxml[-_]html[-_]clean|justext) ' \
    || echo "    (none of the peers)"

# --- 2. dechrome ----------------------------------------------------------------
DECHROME_ARGS=()
if [[ "${SKIP_DECHROME:-0}" == 1 ]]; then
    echo "==> dechrome skipped (SKIP_DECHROME=1)"
elif ! command -v cargo >/dev/null 2>&1; then
    echo "==> dechrome skipped: cargo not found"
else
    echo "==> cargo build --release --bin dechrome-eval"
    if cargo build --release --bin dechrome-eval && [[ -x target/release/dechrome-eval ]]; then
        DECHROME_ARGS=(--dechrome-bin "$ROOT/target/release/dechrome-eval")
    else
        echo "==> dechrome skipped: the build failed or target/release/dechrome-eval is absent"
    fi
fi

# --- 3. extraction, timing and scoring on one core -------------------------------
PIN=()
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
    PIN=(taskset -c 0)
else
    echo "==> taskset unavailable: timings are not pinned to one core"
fi

echo "==> running the comparison (${PIN[*]:-unpinned})"
"${PIN[@]}" "$VPY" "$SCRIPT_DIR/compare_peers.py" \
    --dataset "$DATASET" --out "$OUT" "${DECHROME_ARGS[@]}"
