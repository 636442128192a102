#!/usr/bin/env bash
# The fuzzing campaign: seeds each target's corpus with real plans (examples/plans and, when
# it is there, ../shared/corpus/learning-plans), then runs libFuzzer through cargo-fuzz with
# `--sanitizer none` (the default AddressSanitizer mode needs a nightly toolchain; Rust code
# is memory-safe, so what is looked for here is panics: index out of range, slicing inside a
# UTF-8 character, overflow, assertions of fuzz/checks.rs).
#
#   cargo install cargo-fuzz            # once
#   fuzz/run.sh [SECONDS_PER_TARGET]    # default 300
#
# A crash is written to fuzz/artifacts/TARGET/; copy it into tests/data/fuzz/TARGET/ so
# that `cargo test --test fuzz` replays it for ever.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-300}"
for target in parse mapping; do
  mkdir -p "corpus/$target"
  cp -n ../examples/plans/*.md "corpus/$target/" 2>/dev/null || true
  if [ -d ../../shared/corpus/learning-plans ]; then
    cp -n ../../shared/corpus/learning-plans/*.md "corpus/$target/" 2>/dev/null || true
  fi
  echo "== $target: $(ls "corpus/$target" | wc -l) inputs in the corpus, $secs s" >&2
  cargo fuzz run --sanitizer none "$target" "corpus/$target" -- \
    -max_total_time="$secs" -max_len=200000 -timeout=20 -print_final_stats=1
done
