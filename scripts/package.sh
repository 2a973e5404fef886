#!/usr/bin/env bash
# Builds the Linux package dist/APIToS.tar.xz with the fyne packaging tool
# (pinned in go.mod, run with go tool fyne): the binary, its icon, and a
# desktop entry through which a file manager opens answers files
# ("apitos open FILE"), with a Makefile that installs them under
# /usr/local. Name, ID, version, icon and the entry's text come from
# cmd/apitos/FyneApp.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
meta=cmd/apitos/FyneApp.toml
name=$(sed -n 's/^Name = "\(.*\)"/\1/p' "$meta")
id=$(sed -n 's/^ID = "\(.*\)"/\1/p' "$meta")
work=$(mktemp -d)
# After packaging, the fyne tool rewrites FyneApp.toml (it increments the
# build number and drops the comments); the file is put back as it was.
cp "$meta" "$work/FyneApp.toml"
trap 'cp "$work/FyneApp.toml" "$meta"; rm -rf "$work"' EXIT

go tool fyne package --os linux --src cmd/apitos --release
mkdir "$work/pkg"
tar -C "$work/pkg" -xJf "$name.tar.xz"
rm "$name.tar.xz"

# The fyne tool declares the files an application opens only together
# with "Exec=apitos %F", which would pass them without the open command:
# the entry says which files it opens here instead.
desktop=$(find "$work/pkg" -name '*.desktop')
sed -i '/^Exec=/a MimeType=application/yaml;application/x-yaml;text/yaml;text/x-yaml;' "$desktop"
if ! grep -qx 'Exec=apitos open %f' "$desktop"; then
  echo "package: unexpected desktop entry:" >&2
  cat "$desktop" >&2
  exit 1
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop"
fi

# The Makefile the fyne tool writes names the icon without its .png,
# so that "make install" stopped at a file that does not exist.
makefile=$(find "$work/pkg" -maxdepth 2 -name Makefile)
sed -i 's/^Icon := "\(.*\)"$/Icon := "\1.png"/' "$makefile"
make -s -C "$(dirname "$makefile")" install DESTDIR="$work/installed" PREFIX=/usr/local
for f in bin/apitos share/applications/$id.desktop share/pixmaps/$id.png; do
  [ -e "$work/installed/usr/local/$f" ] || { echo "package: make install did not install $f" >&2; exit 1; }
done

mkdir -p dist
(cd "$work/pkg" && tar -cJf - *) >"dist/$name.tar.xz"
echo "dist/$name.tar.xz:"
cat "$desktop"
