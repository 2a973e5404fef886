#!/usr/bin/env bash
# Installs what is missing, then builds and starts the APIToS wizard.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
go build -o bin/apitos ./cmd/apitos
exec bin/apitos "$@"
