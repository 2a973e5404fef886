#!/usr/bin/env bash
# Installs the Debian packages APIToS needs to build, run and test, if any
# is missing: the C toolchain and X11/GL/Wayland headers Fyne's desktop
# driver needs (cgo); Xvfb, xdotool, the X utilities (xprop, xwininfo,
# xdpyinfo, xwd) and ImageMagick to drive the real application and
# capture its screen; the PDF checkers the tests use (pdftotext from
# poppler-utils, qpdf); LibreOffice's Writer without its interface,
# which the tests use to open the Word and OpenDocument files as a reader
# does and convert them to PDF; and Chromium, in which the tests check
# the web pages, with axe-core and playwright-core from npm (pinned in
# scripts/browser/package-lock.json, installed into
# scripts/browser/node_modules, which git ignores; Debian 12's Node.js 18
# runs them); GNU time, which scripts/bench.sh reads peak memory with.
#
# install-deps.sh windows installs instead what scripts/windows.sh needs
# to cross-build for Windows: the MinGW-w64 C compiler, zip, and file,
# which checks that the programs are Windows executables.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
"")
  packages=(gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev
    xvfb xdotool x11-utils x11-apps imagemagick poppler-utils qpdf
    libreoffice-writer-nogui chromium time)
  command -v npm >/dev/null || packages+=(nodejs npm)
  ;;
windows) packages=(gcc-mingw-w64-x86-64 zip file) ;;
*)
  echo "usage: $0 [windows]" >&2
  exit 2
  ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v go >/dev/null; then
  echo "Go is not installed: install Go 1.26 or later from https://go.dev/dl/" >&2
  exit 1
fi

[ -z "${1:-}" ] || exit 0

# The npm packages of the browser checks, installed again only when the
# lock file changes.
browser=scripts/browser
if ! cmp -s "$browser/package-lock.json" "$browser/node_modules/.installed-lock.json"; then
  (cd "$browser" && npm ci --no-audit --no-fund --silent)
  cp "$browser/package-lock.json" "$browser/node_modules/.installed-lock.json"
fi
