#!/usr/bin/env bash
# Measures APIToS. First the go test benchmarks (assembly, each writer, the
# full set, the wizard's preview refresh), then whole processes: the
# command line generating every kind's full set (both languages, both
# formats), with peak memory, and, when pandoc and wkhtmltopdf are
# installed, the same Markdown turned into PDF by
# pandoc --pdf-engine=wkhtmltopdf, with the ratio of the two; apitos
# diff comparing two versions of the charter; the static command line
# (make cli) against the desktop binary, starting (apitos kinds) and
# writing the full set of the three kinds in one batch, runs alternated.
#
# RUNS (default 20) sets the number of runs of each command.
# BASELINE=<git revision> also builds that revision and times it against
# the current tree, runs interleaved, so that the ratio holds even on a
# machine whose speed drifts from one minute to the next.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-20}
echo "== machine: $(nproc) cores, $(awk '/model name/{$1=$2=$3="";print;exit}' /proc/cpuinfo | xargs), $(go version | awk '{print $3}')"
echo
echo "== go test -bench"
go test ./internal/export ./internal/render/html ./wizard -run '^$' -bench . -benchmem -count 1 | grep -E '^(Benchmark|ok|FAIL)'

go build -o bin/apitos ./cmd/apitos
CGO_ENABLED=0 go build -tags nogui -o bin/apitos-cli ./cmd/apitos
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timeit CMD...: runs the command $runs times; sets best_ms, mean_ms and
# peak_mb (peak resident memory of one run).
timeit() {
  local best=999999 total=0 peak=0 start end ms kb
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 )); kb=$(tail -1 "$work/rss")
    total=$((total + ms)); ((ms < best)) && best=$ms; ((kb > peak)) && peak=$kb
  done
  best_ms=$best; mean_ms=$((total / runs)); peak_mb=$((peak / 1024))
}

echo
echo "== command line, $runs runs each (wall time of the whole process)"
printf '%-14s %-28s %8s %8s %9s\n' kind what best mean "peak RSS"
for kind in $(bin/apitos kinds | awk '{print $1}'); do
  bin/apitos init --kind "$kind" --example -o "$work/$kind.yaml" >/dev/null
  timeit bin/apitos generate "$work/$kind.yaml" -o "$work/out"
  printf '%-14s %-28s %6s ms %6s ms %6s MB\n' "$kind" "full set (md+pdf, en+fr)" "$best_ms" "$mean_ms" "$peak_mb"
  timeit bin/apitos generate "$work/$kind.yaml" -o "$work/out" --format pdf
  printf '%-14s %-28s %6s ms %6s ms %6s MB\n' "$kind" "PDF only (en+fr)" "$best_ms" "$mean_ms" "$peak_mb"
  apitos_pdf=$best_ms

  if command -v pandoc >/dev/null && command -v wkhtmltopdf >/dev/null; then
    # The same Markdown, through pandoc and wkhtmltopdf, one process per
    # language as a script would run them.
    saved=$runs; runs=$(( runs < 3 ? runs : 3 ))
    timeit sh -c "cd '$work/out' && for l in en fr; do pandoc $kind.\$l.md -o $kind.\$l.pandoc.pdf --pdf-engine=wkhtmltopdf; done"
    runs=$saved
    printf '%-14s %-28s %6s ms %6s ms %6s MB\n' "$kind" "pandoc + wkhtmltopdf (en+fr)" "$best_ms" "$mean_ms" "$peak_mb"
    echo "$kind: APIToS writes the two PDFs $(awk "BEGIN{printf \"%.0f\", $best_ms / ($apitos_pdf > 0 ? $apitos_pdf : 1)}") times faster than the pandoc route"
  fi
done

echo
echo "== apitos diff on the charter, the largest kind: both languages, redline in md and pdf, change log; $runs runs"
sed -e 's/^  version: "1.0"/  version: "1.1"/' -e 's/^  effective_date: .*/  effective_date: 2027-09-01/' \
  -e 's/^    name: Sentiers en commun/    name: Sentiers partagés/' "$work/charter.yaml" >"$work/charter-1.1.yaml"
timeit bin/apitos diff "$work/charter.yaml" "$work/charter-1.1.yaml" -o "$work/diff"
printf '%-14s %-28s %6s ms %6s ms %6s MB\n' charter "diff (md+pdf, en+fr)" "$best_ms" "$mean_ms" "$peak_mb"
# alternate N CMD_A... -- CMD_B...: runs the two commands alternately, N
# times each, timed with the shell's microsecond clock (no process in
# between); sets a_best, a_med, b_best, b_med in milliseconds.
alternate() {
  local n=$1 a=() b=() ta=() tb=() s e i
  shift
  while [[ $1 != -- ]]; do a+=("$1"); shift; done
  shift; b=("$@")
  for ((i = 0; i < n; i++)); do
    s=$EPOCHREALTIME; "${a[@]}" >/dev/null 2>&1; e=$EPOCHREALTIME; ta+=($(( ${e//[.,]/} - ${s//[.,]/} )))
    s=$EPOCHREALTIME; "${b[@]}" >/dev/null 2>&1; e=$EPOCHREALTIME; tb+=($(( ${e//[.,]/} - ${s//[.,]/} )))
  done
  stats() { sort -n | awk '{v[NR]=$1} END{printf "%.1f %.1f\n", v[1]/1000, v[int((NR+1)/2)]/1000}'; }
  read -r a_best a_med < <(printf '%s\n' "${ta[@]}" | stats)
  read -r b_best b_med < <(printf '%s\n' "${tb[@]}" | stats)
}

# peak CMD...: the peak resident memory of the command, in MB, over 5 runs.
peak() {
  local kb max=0
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1
    kb=$(tail -1 "$work/rss"); ((kb > max)) && max=$kb
  done
  echo $((max / 1024))
}

echo
echo "== start-up: apitos kinds, desktop binary against the static command line (make cli), $((runs * 5)) alternated runs each"
alternate $((runs * 5)) bin/apitos kinds -- bin/apitos-cli kinds
printf '%-34s best %6s ms  median %6s ms\n' "desktop (bin/apitos)" "$a_best" "$a_med" "static (bin/apitos-cli)" "$b_best" "$b_med"
echo "static / desktop: $(awk "BEGIN{printf \"%.2f\", $b_med / $a_med}") of the median, $(awk "BEGIN{printf \"%.2f\", $b_best / $a_best}") of the best"

echo
echo "== batch: the full set of the three kinds (md+pdf, en+fr) in one process, $runs alternated runs each"
batch=("$work/api-tos.yaml" "$work/charter.yaml" "$work/contribution.yaml" -o "$work/batch")
alternate "$runs" bin/apitos generate "${batch[@]}" -- bin/apitos-cli generate "${batch[@]}"
printf '%-34s best %6s ms  median %6s ms  peak RSS %4s MB\n' \
  "desktop (bin/apitos)" "$a_best" "$a_med" "$(peak bin/apitos generate "${batch[@]}")" \
  "static (bin/apitos-cli)" "$b_best" "$b_med" "$(peak bin/apitos-cli generate "${batch[@]}")"

if [[ -n "${BASELINE:-}" ]]; then
  echo
  echo "== against $BASELINE, $runs interleaved runs each (best, then mean)"
  git worktree add -q --detach "$work/baseline" "$BASELINE"
  (cd "$work/baseline" && go build -o "$work/apitos.baseline" ./cmd/apitos)
  git worktree remove --force "$work/baseline"
  printf '%-14s %-10s %20s %20s %7s\n' kind formats "$BASELINE" current ratio
  for kind in $(bin/apitos kinds | awk '{print $1}'); do
    for formats in md,pdf pdf; do
      declare -A best=() sum=()
      for _ in $(seq "$runs"); do
        for b in baseline current; do
          bin=bin/apitos; [[ $b == baseline ]] && bin=$work/apitos.baseline
          start=$(date +%s%N)
          "$bin" generate "$work/$kind.yaml" -o "$work/out" --format "$formats" >/dev/null
          ms=$(( ($(date +%s%N) - start) / 1000000 ))
          sum[$b]=$(( ${sum[$b]:-0} + ms ))
          (( ms < ${best[$b]:-999999} )) && best[$b]=$ms
        done
      done
      printf '%-14s %-10s %9s ms %6s ms %9s ms %6s ms %6s\n' "$kind" "$formats" \
        "${best[baseline]}" "$((sum[baseline] / runs))" "${best[current]}" "$((sum[current] / runs))" \
        "$(awk "BEGIN{printf \"%.2f\", ${best[baseline]} / ${best[current]}}")"
    done
  done
fi
if ! command -v pandoc >/dev/null || ! command -v wkhtmltopdf >/dev/null; then
  echo "(pandoc or wkhtmltopdf not installed: no comparison; apt-get install pandoc wkhtmltopdf)"
fi
