#!/usr/bin/env bash
# The test suite on a fresh machine: set up Python and Node tools, then run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
npm ci --no-audit --no-fund --silent
.venv/bin/python -m pytest "$@"
