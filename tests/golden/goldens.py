"""Where the golden files live: the seed clients and the feature fixtures.

The seed clients in generated/ are committed whole, since users install them from there. The
feature fixtures leave out the runtime, which every client gets as the same copy of
templates/runtime: their golden test checks it is the runtime a seed client commits, and
tests/features/packages.py adds it back before the fixture packages are imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.config import ClientSettings, load_config
from generator.render import runtime_files

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "tests" / "features" / "specs"
"""The feature fixtures' specs and their clients.yaml, beside the tests that drive them."""


@dataclass(frozen=True)
class GoldenSet:
    specs: Path
    """The folder holding clients.yaml."""
    generated: Path
    """The folder the projects are committed in, one folder per package."""
    commits_runtime: bool
    """Whether each project commits its copy of the runtime."""

    @property
    def name(self) -> str:
        return str(self.generated.relative_to(ROOT))

    def clients(self) -> list[ClientSettings]:
        return load_config(self.specs)

    def project(self, settings: ClientSettings) -> Path:
        return self.generated / str(settings.package)

    def committed(self, files: Mapping[str, str], package: str) -> dict[str, str]:
        """The generated files of one project that this set commits."""
        if self.commits_runtime:
            return dict(files)
        runtime = runtime_files(package)
        return {path: text for path, text in files.items() if path not in runtime}


SEED_GOLDENS = GoldenSet(ROOT / "specs", ROOT / "generated", commits_runtime=True)
FEATURE_GOLDENS = GoldenSet(FEATURES, FEATURES.parent / "generated", commits_runtime=False)
GOLDEN_SETS = (SEED_GOLDENS, FEATURE_GOLDENS)


def committed_runtime() -> dict[str, str]:
    """The runtime as the first seed client commits it, by file name: the one runtime golden."""
    settings = SEED_GOLDENS.clients()[0]
    package = SEED_GOLDENS.project(settings) / str(settings.package)
    names = [path.rpartition("/")[2] for path in runtime_files(str(settings.package))]
    return {name: (package / name).read_text(encoding="utf-8") for name in names}


def runtime_of(files: Mapping[str, str], package: str) -> dict[str, str | None]:
    """The runtime files among a project's generated files, by file name (None: not generated)."""
    return {path.rpartition("/")[2]: files.get(path) for path in runtime_files(package)}
