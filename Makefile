# Convenience targets; the scripts under scripts/ do the work, so a fresh
# machine needs neither make nor anything else but Go and apt.

.PHONY: run test build cli bench deps clean package windows screenshot

run:
	scripts/start.sh

test:
	scripts/test.sh

deps:
	scripts/install-deps.sh

build:
	go build -o bin/apitos ./cmd/apitos

# cli builds bin/apitos-cli: the whole command line without the wizard,
# statically linked (no cgo, no window toolkit), for CI and containers.
cli:
	CGO_ENABLED=0 go build -tags nogui -o bin/apitos-cli ./cmd/apitos

bench:
	scripts/bench.sh

clean:
	rm -rf bin dist

# package builds a Linux package (dist/APIToS.tar.xz: binary, icon,
# .desktop file and a Makefile to install them) with the fyne tool,
# pinned in go.mod as a tool dependency; see scripts/package.sh.
package:
	scripts/package.sh

# windows cross-builds dist/APIToS-windows-amd64.zip: APIToS.exe (the
# wizard, with cgo through Debian's MinGW-w64, packaged by the fyne tool)
# and apitos-cli.exe (the command line); see scripts/windows.sh.
windows:
	scripts/windows.sh

screenshot:
	scripts/screenshot.sh bin/screenshot.png
