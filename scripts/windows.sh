#!/usr/bin/env bash
# Cross-builds APIToS for Windows (x86-64) and packages it as
# dist/APIToS-windows-amd64.zip:
#   APIToS.exe      the desktop application (wizard and command line),
#                   built with cgo by Debian's MinGW-w64 compiler and
#                   packaged by the fyne tool (icon, version, manifest);
#   apitos-cli.exe  the command line alone, without cgo, for a terminal
#                   (APIToS.exe is a windowed program: Windows gives it no
#                   console to print to) and for CI jobs;
#   README.txt      how to install and use them.
# Both are checked to be Windows executables (PE32+). The Go build cache
# keeps the compiled C code of the window toolkit: a cold build takes
# about ten minutes on two cores, a warm one well under one; GOCACHE can
# point CI at a cache it keeps between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh windows

meta=cmd/apitos/FyneApp.toml
work=$(mktemp -d)
# The fyne tool rewrites FyneApp.toml after packaging (it increments the
# build number and drops the comments); the file is put back as it was.
cp "$meta" "$work/FyneApp.toml"
trap 'cp "$work/FyneApp.toml" "$meta"; rm -rf "$work"' EXIT

start=$(date +%s)
# The packaging tool (pinned in go.mod) runs here; what it builds runs on
# Windows.
go build -o "$work/fyne" fyne.io/tools/cmd/fyne
# The fyne tool compiles C with stack protection and fortified calls;
# their runtime, libssp, is linked in, so that the program needs no DLL
# besides Windows' own.
CC=x86_64-w64-mingw32-gcc GOARCH=amd64 CGO_LDFLAGS="-l:libssp.a" "$work/fyne" package --os windows --src cmd/apitos --release --name APIToS.exe
mv cmd/apitos/APIToS.exe "$work/" 2>/dev/null || mv APIToS.exe "$work/"
CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -tags nogui -trimpath -ldflags "-s -w" -o "$work/apitos-cli.exe" ./cmd/apitos
echo "windows: built in $(( $(date +%s) - start )) s"

for exe in APIToS.exe apitos-cli.exe; do
  kind=$(file -b "$work/$exe")
  case "$kind" in
    PE32+\ executable*x86-64*) echo "windows: $exe: $kind" ;;
    *) echo "windows: $exe is not a Windows executable: $kind" >&2; exit 1 ;;
  esac
done
file -b "$work/APIToS.exe" | grep -q '(GUI)' || { echo "windows: APIToS.exe is not a windowed program" >&2; exit 1; }
file -b "$work/apitos-cli.exe" | grep -q '(console)' || { echo "windows: apitos-cli.exe is not a console program" >&2; exit 1; }

# Windows' Notepad reads either line ending; CRLF reads everywhere.
sed 's/$/\r/' scripts/windows-readme.txt >"$work/README.txt"
mkdir -p dist
rm -f dist/APIToS-windows-amd64.zip
(cd "$work" && zip -q -X ../APIToS-windows-amd64.zip APIToS.exe apitos-cli.exe README.txt)
mv "$work/../APIToS-windows-amd64.zip" dist/
echo "dist/APIToS-windows-amd64.zip: $(du -h dist/APIToS-windows-amd64.zip | cut -f1)"
