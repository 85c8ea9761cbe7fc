"""`clientgen diff`: the public Python API of two versions of a client, compared; and what
`version: auto` makes of it: the API record each project keeps, the version, the changelog.

The comparison needs only the IR, so generation uses it too; which two clients `clientgen
diff` compares (`sides.py`) builds them through the pipeline and is imported on its own.
"""

from generator.diff.compare import compare_clients, required_bump
from generator.diff.comparison import Bump, Change
from generator.diff.record import RECORD_NAME, api_record
from generator.diff.report import render_json, render_text
from generator.diff.versions import release_client

EXIT_BUMP_NOT_ALLOWED = 1

__all__ = [
    "EXIT_BUMP_NOT_ALLOWED", "RECORD_NAME", "Bump", "Change", "api_record", "compare_clients",
    "release_client", "render_json", "render_text", "required_bump",
]  # fmt: skip
