#!/usr/bin/env bash
# The main job on a fresh machine: set up, then regenerate every client in generated/ from specs/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
.venv/bin/clientgen generate "$@"
