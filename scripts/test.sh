#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, vet, the
# whole test suite with the external PDF checkers and the browser
# required, the fuzz targets, the real application driven under Xvfb, the
# web pages in Chromium, and the Windows build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
# A generous timeout: the wizard package alone takes minutes on a busy
# 2-core machine, more than go test's default 10 minutes allow.
APITOS_REQUIRE_TOOLS=1 go test -count=1 -timeout 40m ./...

# Fuzz targets, each for a bounded time on top of its seed corpus (which
# the test run above already replayed). A crash is saved under the
# package's testdata/fuzz and then replayed by every test run.
fuzztime=${FUZZTIME:-30s}
for target in "FuzzParse ./internal/answers" "FuzzEscape ./internal/mdtext" "FuzzRender ./internal/render/pdf"; do
  set -- $target
  go test -run='^$' -fuzz="^$1\$" -fuzztime="$fuzztime" "$2"
done

# The real application, under Xvfb: it must draw its first frame; then a
# screenshot of every step of each kind, in French, to look at; then
# scripts/e2e.sh drives it with the keyboard as a user does (E2E_SKIP
# leaves checks out, see the script).
scripts/screenshot.sh bin/screenshot.png
scripts/screenshots.sh bin/screenshots
scripts/e2e.sh

# The web pages of every kind, checked in Chromium (the tests above did
# too), with what the browser shows saved in bin/browser to look at.
scripts/browser.sh bin/browser

# The Windows build: the wizard cross-compiled with MinGW-w64 and the
# command line, packaged and checked to be Windows executables.
scripts/windows.sh
