# Convenience targets; the scripts under scripts/ do the work, so a fresh
# machine needs neither make nor anything else but Go and apt.

.PHONY: run test build bench deps clean

run:
	scripts/start.sh

test:
	scripts/test.sh

deps:
	scripts/install-deps.sh

build:
	go build -o bin/apitos ./cmd/apitos

bench:
	scripts/bench.sh

clean:
	rm -rf bin
