#!/usr/bin/env bash
# Writes the web pages of every kind's example, in each language and side
# by side (<kind>.fr-en.html), checks each in Chromium (axe-core, no
# request leaving the page) and saves what the browser shows into DIR
# (bin/browser by default): the top of each page and the start of its
# text in the light and the dark colour scheme (<name>.light.png,
# <name>.dark.text.png...), the page on a phone (<name>.phone.png), and
# the page printed to PDF (<name>.print.pdf).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
dir=${1:-bin/browser}
mkdir -p "$dir"
go build -o bin/apitos ./cmd/apitos
pages=()
for kind in $(bin/apitos kinds | awk '{print $1}'); do
  bin/apitos init --kind "$kind" --example --force -o "$dir/$kind.yaml" >/dev/null
  # generate prints every file it writes, the manifest included.
  while read -r page; do pages+=("$page"); done < <(bin/apitos generate "$dir/$kind.yaml" -o "$dir" --format html | grep '\.html$')
  while read -r page; do pages+=("$page"); done < <(bin/apitos generate "$dir/$kind.yaml" -o "$dir" --format html --layout side-by-side | grep '\.html$')
done
node scripts/browser/check.mjs "$dir" "${pages[@]}"
