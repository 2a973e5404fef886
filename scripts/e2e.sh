#!/usr/bin/env bash
# Drives the real application as a user does: the built binary under
# Xvfb (no window manager), a private HOME, key presses sent with
# xdotool, and the files it writes read back with apitos validate and
# pdftotext. Every check runs in French, then in English.
#
# Usage: scripts/e2e.sh [CHECK...]      (default: every check)
#   size      the window and its minimum size fit a 1280x720 screen at
#             scale 1 and a 1920x1080 screen at FYNE_SCALE=1.5, on the
#             start screen and in the wizard
#   open      apitos open FILE: a good file, a file with a wrong answer,
#             a missing file; apitos --version
#   files     Open (Ctrl+O), Ctrl+PgUp and Ctrl+PgDn, Save as (Ctrl+Shift+S) and Export
#             (Ctrl+E, Choose…) through Fyne's own dialogs, the files
#             checked on disk; closing the export result with Space leaves
#             the answers unchanged; Ctrl+Q exits with status 0
#   draft     export of incomplete answers as a draft: names
#             <kind>.<lang>.draft.<ext>, a DRAFT / PROJET mark in the PDF
#   recovery  typing after Start fills the first field; kill -9 with
#             unsaved answers, restart, recover them, save them
#
# E2E_SKIP="size draft" leaves checks out; E2E_LANGS="fr" runs one
# language. One line per check says PASS or FAIL and what was measured;
# the exit status is 1 when any check failed. Logs and screenshots of
# each failure go to bin/e2e/ (E2E_OUT), and with E2E_SHOTS=1 a
# screenshot after each passed step too.
#
# The wizard is driven with the keyboard only: shortcuts, Tab and
# Shift+Tab to reach a button, Space to press it, arrows in the file
# dialogs' grid. Each step waits for what it should cause (a window
# title, a file, the screen changing) rather than for a fixed time, and
# checks that the application is still running.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

command -v pdftotext >/dev/null || { echo "e2e: pdftotext is missing; run scripts/install-deps.sh" >&2; exit 2; }

all_checks=(size open files draft recovery)
checks=("$@")
((${#checks[@]})) || checks=("${all_checks[@]}")
for c in "${checks[@]}"; do
  [[ " ${all_checks[*]} " == *" $c "* ]] || { echo "e2e: unknown check $c (one of: ${all_checks[*]})" >&2; exit 2; }
done
read -r -a skip <<<"${E2E_SKIP:-}"
read -r -a langs <<<"${E2E_LANGS:-fr en}"
out=${E2E_OUT:-$root/bin/e2e}
rm -rf "$out"
mkdir -p "$out"

go build -o bin/apitos ./cmd/apitos || exit 2
bin=$root/bin/apitos
version=$(sed -n 's/^Version = "\(.*\)"/\1/p' cmd/apitos/FyneApp.toml)
work=$(mktemp -d)

# shellcheck source=scripts/xdrive.sh
. scripts/xdrive.sh

# ---------------------------------------------------------------- results

# Each check is a series of steps; a step passes when nothing failed
# between its begin and its pass.
results=()
failures=0
step="" step_failed=""
begin() { step=$1; step_failed=""; }
passes=0
pass() {
  [[ -n $step_failed ]] && return 0
  results+=("PASS $step: $*")
  echo "PASS $step: $*"
  # E2E_SHOTS=1 keeps what the screen shows after each passed step, to
  # look at (bin/e2e/pass-N.png).
  passes=$((passes + 1))
  [[ -n ${E2E_SHOTS:-} && -n ${DISPLAY:-} ]] && import -window root "$out/pass-$passes.png" 2>/dev/null
  return 0
}
# fail MESSAGE: records a failure of the current step, with a screenshot.
fail() {
  failures=$((failures + 1))
  step_failed=1
  local shot="$out/fail-$failures.png"
  [[ -n ${DISPLAY:-} ]] && import -window root "$shot" 2>/dev/null
  results+=("FAIL $step: $*")
  echo "FAIL $step: $*  (screen: ${shot#"$root/"}, log: ${app_log#"$root/"})"
}

# wait_files PATH...: waits up to 15 s for the files to exist.
wait_files() {
  local missing
  for _ in $(seq 300); do
    missing=""
    for f in "$@"; do [[ -e $f ]] || missing+=" ${f#"$work/"}"; done
    [[ -z $missing ]] && return 0
    alive "waiting for$missing" || return 1
    sleep 0.05
  done
  fail "not written:$missing"
  return 1
}

# wait_gone FILE: wait until the application has removed FILE, which
# it does after writing what replaces it.
wait_gone() {
  for _ in $(seq 300); do
    [[ -e $1 ]] || return 0
    alive "waiting for ${1#"$work/"} to go" || return 1
    sleep 0.05
  done
  return 1
}

# grid_index DIR NAME [folders]: the place of NAME in a Fyne file
# dialog's grid showing DIR: "(Parent)" first, then the folders and the
# answers files (only folders in a folder dialog), by name, case ignored.
grid_index() {
  local dir=$1 name=$2 mode=${3:-}
  local entries
  if [[ $mode == folders ]]; then
    entries=$(find "$dir" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n')
  else
    entries=$(find "$dir" -mindepth 1 -maxdepth 1 ! -name '.*' \( -type d -o -name '*.yaml' -o -name '*.yml' \) -printf '%f\n')
  fi
  # 1-based among the entries, so also the 0-based place after "(Parent)".
  printf '%s\n' "$entries" | awk '{print tolower($0) "\t" $0}' | LC_ALL=C sort | cut -f2 | grep -nxF "$name" | cut -d: -f1
}

# pick_in_grid INDEX: moves to the grid of the file dialog in front (the
# second stop of Tab, after the places list) and presses Space on the
# item at INDEX: it selects a file or goes into a folder.
pick_in_grid() {
  [[ $1 =~ ^[0-9]+$ ]] || { fail "the file dialog's grid does not list what to pick"; return 1; }
  keys Tab Tab || return 1
  local rights=()
  for _ in $(seq "$1"); do rights+=(Right); done
  ((${#rights[@]} == 0)) || keys "${rights[@]}" || return 1
  press space
}

# confirm_file_dialog: presses the file dialog's confirming button (Open,
# Choose), its last one: Shift+Tab from the grid reaches the places list,
# then wraps around to it.
confirm_file_dialog() {
  keys shift+Tab shift+Tab && press space
}

# start_kind N: presses the Nth "Start" button of the start screen
# (1: API terms, 2: charter, 3: contribution policy). Tab reaches the
# three document-language options first.
start_kind() {
  local tabs=()
  for _ in $(seq $((3 + $1))); do tabs+=(Tab); done
  keys "${tabs[@]}" && keys space && wait_title ' — .* — APIToS$' "after Start, the title"
}

storage_of() { echo "$1/.config/fyne/org.apitos.apitos"; }

# ---------------------------------------------------------------- checks

# fits WHERE SW SH: the window and its minimum size fit the screen.
# Fyne sets the size after laying out the content: the measure is the
# one that holds for half a second.
fits() {
  local where=$1 sw=$2 sh=$3 w h mw mh g prev=""
  settle
  for _ in $(seq 20); do
    g=$(geometry)
    [[ $g == "$prev" ]] && break
    prev=$g
    sleep 0.5
  done
  read -r w h mw mh <<<"$g"
  begin "size ($lang, $where)"
  local what="window ${w}x${h}, minimum ${mw}x${mh}, screen ${sw}x${sh}"
  if ((w <= sw && h <= sh && mw <= sw && mh <= sh)); then
    pass "$what"
  else
    local why=()
    ((mw > sw)) && why+=("minimum width $((mw - sw)) px too wide")
    ((mh > sh)) && why+=("minimum height $((mh - sh)) px too tall")
    ((w > sw && mw <= sw)) && why+=("opens $((w - sw)) px too wide")
    ((h > sh && mh <= sh)) && why+=("opens $((h - sh)) px too tall")
    fail "$what: $(IFS=';'; echo "${why[*]}")"
  fi
}

check_size() {
  local screen_size scale sw sh s
  for setup in "1280x720 1" "1920x1080 1.5"; do
    read -r screen_size scale <<<"$setup"
    sw=${screen_size%x*} sh=${screen_size#*x}
    s=$scale
    [[ $scale == 1 ]] && s=""
    screen "$screen_size"
    begin "size ($lang, scale $scale)"
    launch "$work/size-$lang-$screen_size/home" "$loc" "$s" || continue
    fits "scale $scale, start screen" "$sw" "$sh"
    begin "size ($lang, scale $scale)"
    start_kind 1 && fits "scale $scale, wizard" "$sw" "$sh"
    stop
  done
}

check_open() {
  screen 1280x720
  local home="$work/open-$lang/home" code got
  mkdir -p "$home"
  "$bin" init --kind charter --example -o "$home/good.yaml" >/dev/null
  printf 'kind: api-tos\nanswers:\n  provider:\n    url: not a web address\n' >"$home/wrong.yaml"

  begin "open ($lang)"
  launch "$home" "$loc" "" open "$home/good.yaml" &&
    wait_title '^good\.yaml — .* — APIToS$' "apitos open good.yaml: the title" &&
    pass "apitos open good.yaml shows it"
  stop
  begin "open ($lang, a wrong answer)"
  launch "$home" "$loc" "" open wrong.yaml &&
    wait_title '^wrong\.yaml — .* — APIToS$' "apitos open wrong.yaml: the title" &&
    pass "apitos open wrong.yaml (relative path) shows it"
  stop
  # The message's wording is checked by the wizard's tests.
  begin "open ($lang, a missing file)"
  if launch "$home" "$loc" "" open "$home/missing.yaml"; then
    [[ $(title) == APIToS ]] || fail "title \"$(title)\", expected the start screen"
    alive "with a missing file" && pass "apitos open missing.yaml stays on the start screen, running"
  fi
  stop

  begin "command line ($lang)"
  "$bin" open >/dev/null 2>&1; code=$?
  ((code == 2)) || fail "apitos open without a file exited $code, expected 2"
  "$bin" open a.yaml b.yaml >/dev/null 2>&1; code=$?
  ((code == 2)) || fail "apitos open with two files exited $code, expected 2"
  got=$("$bin" --version)
  [[ $got == "apitos $version" ]] || fail "apitos --version printed \"$got\"; FyneApp.toml says $version"
  pass "apitos open with no file or two exits 2; apitos --version prints \"$got\""
}

check_files() {
  screen 1280x720
  local home="$work/files-$lang/home" name v text l
  mkdir -p "$home/exports"
  "$bin" init --kind charter --example -o "$home/complete.yaml" >/dev/null
  name=$(sed -n 's/^ *name: \(.*\)/\1/p' "$home/complete.yaml" | head -1)
  begin "Open ($lang)"
  launch "$home" "$loc" "" || return

  # Ctrl+O: the grid lists the home folder.
  press ctrl+o && pick_in_grid "$(grid_index "$home" complete.yaml)" && confirm_file_dialog &&
    wait_title '^complete\.yaml — ' "after Open, the title" || return
  pass "Ctrl+O, complete.yaml picked in the grid, Open: the title names it"
  # Complete answers open on the review, the last step. The walk ends on
  # the step before, whose first field has the focus.
  begin "Previous and next step ($lang)"
  press ctrl+Prior && press ctrl+Next && press ctrl+Prior &&
    pass "Ctrl+PgUp, Ctrl+PgDn, Ctrl+PgUp each changed the screen" || return

  # Ctrl+Shift+S: the name field has the focus.
  begin "Save as ($lang)"
  press ctrl+shift+s && keys ctrl+a && xdotool type --delay 20 copy.yaml && settle && keys Return &&
    wait_files "$home/copy.yaml" && wait_title '^copy\.yaml — ' "after Save as, the title" || return
  v=$("$bin" validate "$home/copy.yaml" 2>&1) || fail "copy.yaml does not validate: $v"
  pass "Ctrl+Shift+S, copy.yaml, Enter: written, title updated, apitos validate: $v"

  # Ctrl+E: Shift+Tab from the end reaches Cancel (Export waits for a
  # folder), the review box, then Choose…; the folder dialog starts where
  # Save as was.
  begin "Export ($lang)"
  press ctrl+e && keys shift+Tab shift+Tab shift+Tab && press space &&
    pick_in_grid "$(grid_index "$home" exports folders)" && confirm_file_dialog || return
  # Back in the export dialog, nothing has the focus: Shift+Tab reaches
  # its last button, Export.
  keys shift+Tab && keys space || return
  local files=()
  for l in en fr; do for ext in md pdf; do files+=("$home/exports/charter.$l.$ext"); done; done
  wait_files "${files[@]}" || return
  for l in en fr; do
    text=$(pdftotext "$home/exports/charter.$l.pdf" - 2>&1) || { fail "pdftotext charter.$l.pdf: $text"; continue; }
    [[ $text == *"$name"* ]] || fail "charter.$l.pdf does not name the commons ($name)"
  done
  pass "Ctrl+E, Choose…, exports/, Export: charter.{en,fr}.{md,pdf} written; pdftotext finds \"$name\" in both PDFs"

  # The result dialog: Shift+Tab reaches Close, its last button. The
  # answers, whose field behind the dialogs has the focus, must come out
  # of it unchanged.
  begin "Close with Space ($lang)"
  keys shift+Tab && press space || return
  if [[ $(title) == \** ]]; then
    fail "Space on Close in the export result also reached the field focused behind the dialogs (a space typed into it): the answers are marked changed, title \"$(title)\""
    return
  fi
  pass "the export result closed, answers unchanged"
  begin "Quit ($lang)"
  quit && pass "Ctrl+Q closed the window; exit status 0"
}

check_draft() {
  screen 1280x720
  local home="$work/draft-$lang/home" written=() l mark pdf text
  mkdir -p "$home/exports"
  begin "draft ($lang)"
  launch "$home" "$loc" "" || return
  start_kind 1 || return
  # Incomplete answers: the dialog ends with Choose…, the review box, the
  # "export a draft anyway" box and Cancel (Export waits for a folder and
  # the draft box).
  press ctrl+e && keys shift+Tab shift+Tab shift+Tab shift+Tab && press space &&
    pick_in_grid "$(grid_index "$home" exports folders)" && confirm_file_dialog || return
  # Nothing has the focus: Shift+Tab twice reaches the box; Space ticks
  # it, and Tab twice goes past Cancel to Export.
  keys shift+Tab shift+Tab && keys space && keys Tab Tab && keys space || return
  for _ in $(seq 300); do
    mapfile -t written < <(cd "$home/exports" && LC_ALL=C ls -- *.pdf 2>/dev/null)
    ((${#written[@]} >= 2)) && break
    alive "waiting for the draft" || return
    sleep 0.05
  done
  settle
  mapfile -t written < <(cd "$home/exports" && LC_ALL=C ls -- *.md *.pdf 2>/dev/null)
  ((${#written[@]})) || { fail "nothing was written"; return; }
  pass "incomplete API terms: Ctrl+E, Choose…, exports/, the draft box, Export wrote ${written[*]}"

  begin "draft names ($lang)"
  local expected="api-tos.en.draft.md api-tos.en.draft.pdf api-tos.fr.draft.md api-tos.fr.draft.pdf"
  [[ ${written[*]} == "$expected" ]] || fail "wrote ${written[*]}; expected $expected"
  pass "$expected"
  begin "draft mark ($lang)"
  for l in en fr; do
    mark=DRAFT
    [[ $l == fr ]] && mark=PROJET
    pdf=$(ls "$home/exports"/api-tos.$l.*pdf 2>/dev/null | head -1)
    [[ -n $pdf ]] || continue
    text=$(pdftotext "$pdf" - 2>&1)
    [[ $text == *"$mark"* ]] || fail "$(basename "$pdf") has no $mark mark in its text"
  done
  pass "pdftotext finds DRAFT in the English PDF and PROJET in the French one"
}

check_recovery() {
  screen 1280x720
  local home="$work/recovery-$lang/home" storage
  local typed="Sentiers e2e $lang $RANDOM"
  storage=$(storage_of "$home")
  begin "first field ($lang)"
  launch "$home" "$loc" "" || return
  # The charter's first step starts with its name, which should have the
  # focus; Ctrl+PgDn on an incomplete step focuses its first problem.
  start_kind 2 || return
  trace "type $typed"
  xdotool type --delay 15 "$typed"
  if title_becomes '^\*' 2; then
    pass "typing after Start fills the first field"
  else
    [[ -n $app ]] || return
    fail "typing after Start changed nothing: the first field of a new document does not have the focus"
    keys ctrl+Next && xdotool type --delay 15 "$typed" && wait_title '^\*' "after Ctrl+PgDn and typing, the title" || return
  fi
  begin "recovery ($lang)"
  for _ in $(seq 100); do
    grep -qF "$typed" "$storage/autosave.yaml" 2>/dev/null && break
    sleep 0.05
  done
  grep -qF "$typed" "$storage/autosave.yaml" 2>/dev/null || { fail "no autosave 5 s after typing"; return; }
  kill -9 "$app"
  wait "$app" 2>/dev/null
  app=""

  launch "$home" "$loc" "" || return
  # The offer to recover comes first on the start screen.
  keys Tab && keys space && wait_title '^\*.* — .* — APIToS$' "after Recover, the title" || return
  # The name must be on screen before Return: on a loaded machine the
  # dialog may take the key before the last characters typed.
  press ctrl+shift+s && keys ctrl+a && xdotool type --delay 20 recovered.yaml && settle && keys Return &&
    wait_files "$home/recovered.yaml" || return
  grep -qF "$typed" "$home/recovered.yaml" || fail "the recovered answers lack \"$typed\""
  # Saving writes the answers, records the recent file, then removes the
  # autosave: on a loaded machine the check may come in between.
  wait_gone "$storage/autosave.yaml" || fail "the autosave is still there after Save"
  quit
  pass "\"$typed\" typed, autosaved, kill -9; on restart Recover brought it back, Save as wrote it, the autosave went away, Ctrl+Q exited 0"
}

# ---------------------------------------------------------------- run

started=$(date +%s)
for lang in "${langs[@]}"; do
  case $lang in
    fr) loc=fr_FR.UTF-8 ;;
    en) loc=en_GB.UTF-8 ;;
    *) echo "e2e: unknown language $lang" >&2; exit 2 ;;
  esac
  for c in "${checks[@]}"; do
    [[ " ${skip[*]} " == *" $c "* ]] && continue
    "check_$c"
    stop
  done
done

echo
echo "== e2e summary ($(($(date +%s) - started)) s; logs in $out)"
printf '%s\n' "${results[@]}"
if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
