# Sourced by scripts/e2e.sh and scripts/screenshots.sh: starts the real
# application under Xvfb with a private home and drives it with xdotool,
# waiting for what each key press should cause rather than for a fixed
# time. The caller sets bin (the binary), out (where logs go) and work (a
# scratch folder removed on exit), and defines fail MESSAGE, which
# reports a failure and returns.

for tool in Xvfb xdotool xprop xwininfo xwd xdpyinfo import; do
  command -v "$tool" >/dev/null || { echo "$tool is missing; run scripts/install-deps.sh" >&2; exit 2; }
done

declare -A xvfb_display=() xvfb_pid=()
app="" app_log="" win=""
xdrive_cleanup() {
  [[ -n $app ]] && kill -9 "$app" 2>/dev/null
  for p in "${xvfb_pid[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap xdrive_cleanup EXIT

# screen WxH: an Xvfb server of that size (one per size, started once),
# on a display number picked at random far from the usual ones, so that
# nothing meant for another display reaches this one.
screen() {
  local size=$1 n
  if [[ -z ${xvfb_display[$size]:-} ]]; then
    for _ in $(seq 20); do
      n=$((300 + RANDOM % 600))
      [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
      # -noreset: by default the server resets when its last client
      # leaves, and an application connecting meanwhile finds no display.
      Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp -noreset >"$work/xvfb-$size.log" 2>&1 &
      xvfb_pid[$size]=$!
      for _ in $(seq 100); do
        [[ -e /tmp/.X11-unix/X$n ]] && xdpyinfo -display ":$n" >/dev/null 2>&1 && break
        kill -0 "${xvfb_pid[$size]}" 2>/dev/null || break
        sleep 0.05
      done
      if kill -0 "${xvfb_pid[$size]}" 2>/dev/null; then
        xvfb_display[$size]=":$n"
        break
      fi
    done
    [[ -n ${xvfb_display[$size]:-} ]] || { echo "no X display could be started for $size" >&2; exit 2; }
  fi
  export DISPLAY=${xvfb_display[$size]}
}

# launch HOME LANG [SCALE] [ARGS...]: starts the application with a
# private home and waits for its window. Sets app, win and app_log.
launch() {
  local home=$1 lang=$2 scale=$3
  shift 3
  mkdir -p "$home/.config" "$home/.cache" "$home/.local/share" "$home.run"
  chmod 700 "$home.run"
  app_log="$out/$(basename "$(dirname "$home")")-$(date +%s%N).log"
  capture "$work/empty"
  (cd "$home" && exec env -u LC_ALL -u LC_MESSAGES -u LANGUAGE \
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
    XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home.run" \
    LANG="$lang" ${scale:+FYNE_SCALE=$scale} "$bin" "$@") >"$app_log" 2>&1 &
  app=$!
  win=""
  for _ in $(seq 200); do
    alive "starting" || return 1
    win=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -1)
    [[ -n $win ]] && break
    sleep 0.05
  done
  [[ -n $win ]] || { fail "no window 10 s after start"; return 1; }
  timeout 5 xdotool windowfocus --sync "$win" 2>/dev/null
  # The first frame: the screen is no longer empty.
  for _ in $(seq 200); do
    capture "$work/first"
    differ "$work/empty" "$work/first" && break
    alive "before its first frame" || return 1
    sleep 0.05
  done
  settle
}

# alive WHAT: the application is still running; otherwise say so, with
# its exit status and the end of its log.
alive() {
  kill -0 "$app" 2>/dev/null && return 0
  wait "$app"
  local status=$?
  app=""
  fail "the application exited unexpectedly ($1), status $status; its log:"
  tail -n 40 "$app_log" | sed 's/^/    /'
  return 1
}

# quit: Ctrl+Q, which closes a window without unsaved changes; the
# process must end with status 0.
quit() {
  xdotool key ctrl+q
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$app" 2>/dev/null; then
    fail "Ctrl+Q did not close the window"
    kill -9 "$app"; wait "$app" 2>/dev/null; app=""
    return 1
  fi
  wait "$app"
  local status=$?
  app=""
  ((status == 0)) || { fail "the application exited with status $status on Ctrl+Q"; return 1; }
}

# stop: ends the application without asking it.
stop() {
  [[ -n $app ]] || return 0
  kill -9 "$app" 2>/dev/null
  wait "$app" 2>/dev/null
  app=""
}

# capture FILE: the screen, raw.
capture() { xwd -root -silent >"$1" 2>/dev/null; }

# differ A B: the two captures differ by more than a blinking text
# cursor (a few hundred bytes).
differ() { (($(cmp -l "$1" "$2" 2>/dev/null | head -n 600 | wc -l) >= 600)); }

# settle: waits until the screen has not changed, but for a blinking
# text cursor, for settle_ms milliseconds (at most 10 s). The preview of
# a long document is drawn a moment after the rest: screenshots.sh waits
# longer than e2e.sh.
settle_ms=${settle_ms:-200}
settle() {
  local since now
  capture "$work/settle-prev"
  since=$(date +%s%3N)
  for _ in $(seq 200); do
    sleep 0.05
    capture "$work/settle-cur"
    now=$(date +%s%3N)
    if differ "$work/settle-prev" "$work/settle-cur"; then
      mv "$work/settle-cur" "$work/settle-prev"
      since=$now
    elif ((now - since >= settle_ms)); then
      return 0
    fi
  done
  trace "the screen kept changing"
}

# trace WHAT: notes a step in trace.log, with a screenshot when
# E2E_SHOTS is set.
traced=0
trace() {
  traced=$((traced + 1))
  printf '%s %4d %s\n' "$(date +%T.%N | cut -c1-12)" "$traced" "$*" >>"$out/trace.log"
  [[ -n ${E2E_SHOTS:-} ]] && import -window root "$out/step-$traced.png" 2>/dev/null
  return 0
}

# press KEY...: sends the keys, then waits for the screen to change and
# settle. Fails when nothing changes within 5 s.
press() {
  try_press "$@" && return 0
  [[ -n $app ]] && fail "nothing changed on screen after $*"
  return 1
}

# try_press KEY...: as press, but only returns 1 when nothing changes.
try_press() {
  trace "press $*"
  capture "$work/before"
  xdotool key --delay 60 "$@"
  for _ in $(seq 100); do
    alive "after $*" || return 1
    capture "$work/after"
    differ "$work/before" "$work/after" && { settle; return 0; }
    sleep 0.05
  done
  return 1
}

# keys KEY...: sends keys whose effect shows only later, or not at all
# (focus moves); the application must still be running.
keys() {
  trace "keys $*"
  xdotool key --delay 60 "$@"
  alive "after $*"
}

title() { xdotool getwindowname "$win" 2>/dev/null; }

# title_becomes REGEX [SECONDS]: waits for the window title to match.
title_becomes() {
  for _ in $(seq $((${2:-10} * 20))); do
    [[ $(title) =~ $1 ]] && return 0
    alive "waiting for the title to match $1" || return 1
    sleep 0.05
  done
  return 1
}

# wait_title REGEX [WHAT]: waits up to 10 s for the window title to
# match, and fails otherwise.
wait_title() {
  title_becomes "$1" && return 0
  [[ -n $app ]] && fail "${2:-title} is \"$(title)\", expected to match /$1/"
  return 1
}

# geometry: "W H MINW MINH" of the window.
geometry() {
  local info hints
  info=$(xwininfo -id "$win")
  hints=$(xprop -id "$win" WM_NORMAL_HINTS)
  local w h mw mh
  w=$(awk '/ Width:/{print $2}' <<<"$info")
  h=$(awk '/ Height:/{print $2}' <<<"$info")
  read -r mw mh < <(sed -n 's/.*minimum size: \([0-9]*\) by \([0-9]*\).*/\1 \2/p' <<<"$hints")
  echo "$w $h ${mw:-0} ${mh:-0}"
}

