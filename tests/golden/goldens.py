"""Where the golden files live: the seed clients and the feature fixtures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FEATURES = Path(__file__).resolve().parent / "features"

# (specs folder holding clients.yaml, folder the goldens are committed in)
GOLDEN_SETS = (
    (ROOT / "specs", ROOT / "generated"),
    (FEATURES, FEATURES / "generated"),
)
