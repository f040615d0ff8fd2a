#!/usr/bin/env bash
# Builds the Python package for release: abi3 wheels (CPython 3.9+) for manylinux2014
# (glibc 2.17+) on x86_64 and aarch64, cross-built and linked against glibc 2.17 by
# zig through maturin, plus an sdist. Each wheel is checked by auditwheel against its
# platform tag; each wheel this machine can run is installed into a fresh virtual
# environment and smoke-tested (import, clean a page, read its metadata and kinds,
# Markdown, `clean_many` with a failing page). The sdist is built into a wheel and tested the same
# way when SDIST_TEST=1 (it compiles the crate again).
#
#     scripts/build-wheels.sh [OUT_DIR]        # default target/wheels
#
# Needs: python3 with venv, rustup (it adds the aarch64 standard library if missing).
# maturin, ziglang and auditwheel come from PyPI into target/wheel-tools.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/wheels}
TOOLS=target/wheel-tools
TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu)

[ -x "$TOOLS/bin/maturin" ] || {
  python3 -m venv "$TOOLS"
  "$TOOLS/bin/pip" install --quiet "maturin>=1.5,<2" ziglang auditwheel
}
export PATH="$PWD/$TOOLS/bin:$PATH"
export CARGO_TARGET_DIR="$PWD/target/wheels-build"
mkdir -p "$OUT"
rm -f "$OUT"/dechrome-*.whl "$OUT"/dechrome-*.tar.gz

for target in "${TARGETS[@]}"; do
  rustup target list --installed | grep -qx "$target" || rustup target add "$target"
  maturin build --release --zig --compatibility manylinux2014 --target "$target" \
    -m python/Cargo.toml -o "$OUT"
done
maturin sdist -m python/Cargo.toml -o "$OUT"

# Every wheel must satisfy the manylinux2014 (manylinux_2_17) policy of its platform.
for wheel in "$OUT"/dechrome-*.whl; do
  report=$(auditwheel show "$wheel")
  echo "$report"
  case "$report" in
    *'consistent with the following platform tag:'*'"manylinux_2_17_'*) ;;
    *) echo "$wheel: not manylinux_2_17 (glibc 2.17) compatible" >&2; exit 1 ;;
  esac
done

# Installs a wheel into a fresh virtual environment and uses it as a user would.
smoke() {
  local wheel=$1 venv
  venv=$(mktemp -d)
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "$wheel"
  (cd "$venv" && "$venv/bin/python" - <<'PY'
import dechrome

prose = "The council approved the new budget on Tuesday after a long debate, and officials said the money would go to schools and roads. "
html = (
    "<html><head><title>Budget passes | The Town Crier</title></head><body>"
    "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
    "<article><h1>Budget passes</h1><p>By Jane Doe</p>"
    f"<p>{prose * 2}</p><p>{prose}Again.</p><p>Subscribe to our newsletter for $1 a week</p></article>"
    "<footer><p>© 2026 The Town Crier. All rights reserved.</p></footer></body></html>"
)
article = dechrome.extract(html, url="https://crier.example/2026/03/12/budget-passes")
assert article.title == "Budget passes", article.title
assert "approved the new budget" in article.body_text, article.body_text
assert "All rights reserved" not in article.text, article.text
kinds = {b.kind for b in article.blocks if not b.kept}
assert "legal" in kinds, kinds
assert (article.published or "").startswith("2026-03-12"), article.published
assert article.to_markdown().startswith("# Budget passes"), article.to_markdown()[:80]
texts = dechrome.Cleaner().clean_many([html, b"\x00\x01binary"], errors="none")
assert texts[0] and "approved the new budget" in texts[0] and texts[1] is None, texts
print("smoke test passed:", dechrome.__file__)
PY
  )
  rm -rf "$venv"
}

machine=$(uname -m)
for wheel in "$OUT"/dechrome-*.whl; do
  case "$wheel" in
    *"_${machine}.whl") smoke "$wheel" ;;
    *) echo "not run here ($machine): $wheel (auditwheel checked)" ;;
  esac
done
if [ "${SDIST_TEST:-0}" = 1 ]; then
  smoke "$(ls "$OUT"/dechrome-*.tar.gz)"
fi
ls -l "$OUT"
