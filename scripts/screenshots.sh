#!/usr/bin/env bash
# Screenshots of the real application at 1280x720, as a user sees it
# (what lies beyond the screen's edge is not in the picture): the start
# screen, then every step of each kind of document, filled with the
# examples of apitos init --example and opened with apitos open, the
# steps walked with Ctrl+PgDn. sizes.txt lists, for each picture, the
# window's size and its minimum size.
#
# Usage: scripts/screenshots.sh [DIR] [--lang fr|en]   (default: bin/screenshots, fr)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/bin/screenshots
lang=fr
while (($#)); do
  case $1 in
    --lang) lang=${2:-}; shift 2 ;;
    -*) echo "usage: scripts/screenshots.sh [DIR] [--lang fr|en]" >&2; exit 2 ;;
    *) out=$(realpath -m "$1"); shift ;;
  esac
done
case $lang in
  fr) loc=fr_FR.UTF-8 ;;
  en) loc=en_GB.UTF-8 ;;
  *) echo "screenshots: --lang is fr or en" >&2; exit 2 ;;
esac
rm -rf "$out"
mkdir -p "$out"

go build -o bin/apitos ./cmd/apitos || exit 2
bin=$root/bin/apitos
work=$(mktemp -d)
fail() {
  echo "screenshots: $* (log: $app_log)" >&2
  exit 1
}
# The preview of the longest documents is drawn about half a second
# after the step.
settle_ms=800
# shellcheck source=scripts/xdrive.sh
. scripts/xdrive.sh

# shot NAME: saves the screen as NAME.png and notes the window's size.
shot() {
  local w h mw mh
  settle
  import -window root "$out/$1.png"
  read -r w h mw mh < <(geometry)
  printf '%-28s window %4dx%-4d minimum %4dx%d\n' "$1.png" "$w" "$h" "$mw" "$mh" >>"$out/sizes.txt"
}

screen 1280x720
started=$(date +%s)
launch "$work/start/home" "$loc" "" || exit 1
shot 00-start
stop

for kind in $("$bin" kinds | awk '{print $1}'); do
  home="$work/$kind/home"
  mkdir -p "$home"
  "$bin" init --kind "$kind" --example -o "$home/$kind.yaml" >/dev/null || exit 1
  # The steps of the questionnaire ("1. Title"), then the review.
  steps=$(($("$bin" questions --kind "$kind" --lang "$lang" | grep -c '^[0-9][0-9]*\. ') + 1))
  launch "$home" "$loc" "" open "$kind.yaml" || exit 1
  wait_title "^$kind\.yaml — " || exit 1
  # Complete answers open on the review: back to the first step, then
  # forward as a user walks them; each step looks different from the
  # one before.
  for _ in $(seq 2 "$steps"); do
    settle_ms=150 try_press ctrl+Prior || break
  done
  [[ -n $app ]] || exit 1
  shot "$kind-01"
  for i in $(seq 2 "$steps"); do
    press ctrl+Next || exit 1
    shot "$(printf '%s-%02d' "$kind" "$i")"
  done
  stop
done
echo "$(find "$out" -name '*.png' | wc -l) screenshots ($lang) in $out in $(($(date +%s) - started)) s; window sizes in $out/sizes.txt"
