#!/usr/bin/env bash
# Compares `alpkg ingest` (parse + map + per-plan transactions + vocabulary) with loading
# the same quads, as N-Quads, through Oxigraph's own bulk loader (`oxigraph load`, from
# `pip install oxigraph`). Both into a new persistent store; best of 3 runs each.
#
#     cargo build --release && bash benches/compare_oxigraph.sh [PLANS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
plans="${1:-../shared/corpus/learning-plans}"
bin=target/release/alpkg
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v oxigraph >/dev/null || { echo "oxigraph CLI missing: python3 -m pip install oxigraph" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" --store "$tmp/ref" ingest "$plans" 2>/dev/null
"$bin" --store "$tmp/ref" export --format nquads -o "$tmp/all.nq" 2>/dev/null
quads=$(wc -l < "$tmp/all.nq")

# Best wall time of 3 runs of a command, each into a fresh store directory.
best_of_3() {
  python3 - "$tmp" "$@" <<'PY'
import shutil, subprocess, sys, time
tmp, store, *cmd = sys.argv[1:]
best = None
for _ in range(3):
    shutil.rmtree(store, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(f"{best:.3f}")
PY
}
t_alpkg=$(best_of_3 "$tmp/a" "$bin" --store "$tmp/a" ingest "$plans")
t_oxi=$(best_of_3 "$tmp/o" oxigraph load --location "$tmp/o" --file "$tmp/all.nq")
echo "plans: $(ls "$plans"/*.md | wc -l), quads: $quads"
echo "alpkg ingest (parse+map+store):  ${t_alpkg} s"
echo "oxigraph load (N-Quads, bulk):   ${t_oxi} s"
python3 -c "print(f'ratio alpkg/oxigraph:            {$t_alpkg / $t_oxi:.2f}')"
