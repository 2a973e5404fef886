#!/usr/bin/env bash
# Measures APIToS: the go test benchmarks (assembly, each writer, the full
# set), then the command line generating every kind's full set (both
# languages, both formats) as whole processes: wall time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-20}
echo "== go test -bench (internal/export)"
go test ./internal/export -run '^$' -bench . -benchmem -count 1

echo
echo "== command line, full set of every kind, $runs runs each"
go build -o bin/apitos ./cmd/apitos
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for kind in $(bin/apitos kinds | awk '{print $1}'); do
  bin/apitos init --kind "$kind" --example -o "$work/$kind.yaml" >/dev/null
  best=999999; total=0; peak=0
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f "%e %M" bin/apitos generate "$work/$kind.yaml" -o "$work/out" >/dev/null; } 2>&1 )
    secs=${out% *}; kb=${out#* }
    ms=$(awk "BEGIN{print int($secs*1000)}")
    total=$((total + ms)); ((ms < best)) && best=$ms; ((kb > peak)) && peak=$kb
  done
  echo "$kind: best ${best} ms, mean $((total / runs)) ms, peak RSS $((peak / 1024)) MB"
done
