#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets) for the given number of seconds each (default 600),
# with cargo-fuzz (libFuzzer, `cargo install cargo-fuzz`). cargo-fuzz wants a nightly compiler
# for its sanitizer flags; on this stable toolchain RUSTC_BOOTSTRAP=1 unlocks them. Crashes are
# kept under fuzz/artifacts/<target>/; turn each into a regression test before fixing it.
#   scripts/fuzz.sh [seconds] [target ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list 2>/dev/null || ls fuzz/fuzz_targets | sed 's/\.rs$//')
fi
export RUSTC_BOOTSTRAP=1
for target in "${targets[@]}"; do
    echo "=== $target: ${seconds}s"
    cargo fuzz run "$target" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 2>&1 |
        grep -E "^(#[0-9]+.*DONE|Done|==|SUMMARY|artifact_prefix|Test unit written)" || true
done
