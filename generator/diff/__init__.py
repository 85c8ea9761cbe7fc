"""`clientgen diff`: the public Python API of two versions of a client, compared.

The comparison needs only the IR, so generation (`version: auto`) uses it too; which two
clients to compare (`sides.py`) builds them through the pipeline and is imported on its own.
"""

from generator.diff.compare import Bump, Change, compare_clients, required_bump
from generator.diff.report import render_json, render_text

EXIT_BUMP_NOT_ALLOWED = 1

__all__ = ["EXIT_BUMP_NOT_ALLOWED", "Bump", "Change", "compare_clients", "render_json", "render_text", "required_bump"]
