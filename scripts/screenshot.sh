#!/usr/bin/env bash
# Starts the real application under Xvfb, waits for its first frame,
# saves a screenshot and checks that it is not blank. Prints the time from
# launch to first frame. Usage: scripts/screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bin/screenshot.png}
mkdir -p "$(dirname "$out")"
go build -o bin/apitos ./cmd/apitos

work=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  rm -rf "$work" || true
}
trap cleanup EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

# A fresh home: no preferences, no recent files, nothing to recover.
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
start=$(date +%s%N)
HOME="$work/home" XDG_RUNTIME_DIR="$work/run" DISPLAY="$display" LANG=en_GB.UTF-8 \
  bin/apitos >"$work/app.log" 2>&1 &
app=$!

# The first frame is the first capture showing more than a handful of
# colours (an empty X screen is one colour).
colors=0
for _ in $(seq 300); do
  if DISPLAY="$display" import -window root "$work/shot.png" 2>/dev/null; then
    colors=$(identify -format '%k' "$work/shot.png")
    if [ "$colors" -gt 16 ]; then break; fi
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "the application exited before drawing:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  sleep 0.02
done
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$colors" -le 16 ]; then
  echo "no frame after ${elapsed} ms (screen has $colors colours)" >&2
  exit 1
fi
cp "$work/shot.png" "$out"
echo "first frame after ${elapsed} ms; screenshot in $out ($colors colours)"
