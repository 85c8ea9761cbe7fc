"""`clientgen diff`: the public Python API of two versions of a client, compared."""

from generator.diff.compare import Bump, Change, compare_clients, required_bump
from generator.diff.report import render_json, render_text
from generator.diff.sides import revision_pair, sources_pair

EXIT_BUMP_NOT_ALLOWED = 1

__all__ = [
    "EXIT_BUMP_NOT_ALLOWED", "Bump", "Change", "compare_clients", "render_json", "render_text", "required_bump", "revision_pair", "sources_pair",
]  # fmt: skip
