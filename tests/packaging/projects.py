"""The client projects under generated/, and what docs/seed-clients.md fixes for the four seeds.

A client project is a folder of generated/ that holds a pyproject.toml; its import package is
the one folder inside it with an `__init__.py`. The list is found when the tests are collected,
so a client added to generated/ is built, installed and type-checked without editing the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import tomllib

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATED_DIR = REPO_ROOT / "generated"

# Files that are not part of a project even when they sit in its folder (tool caches,
# build output); copies of the projects leave them out.
NOT_SOURCE = ("__pycache__", "*.pyc", ".mypy_cache", ".pytest_cache", "build", "dist", "*.egg-info")


@dataclass(frozen=True)
class ClientProject:
    """One generated client project: the folder `generated/<folder>/`."""

    folder: str
    distribution: str
    version: str
    package: str
    requires_python: str
    build_requires: tuple[str, ...]

    @property
    def path(self) -> Path:
        return GENERATED_DIR / self.folder

    @property
    def normalized_distribution(self) -> str:
        """The distribution name as it appears in wheel and sdist file names."""
        return re.sub(r"[-_.]+", "_", self.distribution).lower()

    @property
    def minimum_python(self) -> str | None:
        """The lowest `X.Y` that `requires-python` admits (`>=3.10` gives `3.10`), if stated so."""
        match = re.search(r">=\s*(\d+\.\d+)", self.requires_python)
        return match.group(1) if match else None


def read_project(path: Path) -> ClientProject:
    """The project in folder `path` (which holds a pyproject.toml)."""
    pyproject = tomllib.loads((path / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    packages = sorted(
        child.name
        for child in path.iterdir()
        if child.is_dir() and (child / "__init__.py").is_file()
    )
    assert len(packages) == 1, f"{path}: expected one import package, found {packages}"
    return ClientProject(
        folder=path.name,
        distribution=project["name"],
        version=project["version"],
        package=packages[0],
        requires_python=project.get("requires-python", ""),
        build_requires=tuple(pyproject["build-system"]["requires"]),
    )


def discover_projects() -> list[ClientProject]:
    """Every client project under generated/, sorted by folder name."""
    return [
        read_project(path)
        for path in sorted(GENERATED_DIR.iterdir())
        if path.is_dir() and (path / "pyproject.toml").is_file()
    ]


PROJECTS = discover_projects()


@dataclass(frozen=True)
class Credential:
    """A constructor argument that carries a credential, and the variable it falls back to."""

    argument: str
    env_var: str
    required: bool


@dataclass(frozen=True)
class SeedContract:
    """The public names docs/seed-clients.md promises for one seed client."""

    client_class: str
    credentials: tuple[Credential, ...]
    environments: tuple[str, ...] = ()


# Keyed by project folder, which is also the package name.
SEED_CONTRACTS: dict[str, SeedContract] = {
    "uponai_client": SeedContract(
        client_class="UponAI",
        credentials=(Credential("api_key", "UPONAI_API_KEY", required=True),),
    ),
    "polyai_client": SeedContract(
        client_class="PolyAI",
        credentials=(
            Credential("api_key", "POLYAI_API_KEY", required=True),
            Credential("token", "POLYAI_TOKEN", required=True),
        ),
        environments=("us-1", "uk-1", "euw-1"),
    ),
    # The page names no security scheme: the bearer key is optional.
    "dasha_client": SeedContract(
        client_class="Dasha",
        credentials=(Credential("api_key", "DASHA_API_KEY", required=False),),
    ),
    "osvi_client": SeedContract(
        client_class="Osvi",
        credentials=(Credential("api_key", "OSVI_API_KEY", required=True),),
    ),
}

# Every package's error classes (module `<package>.errors`, re-exported at top level), each
# with the class it must derive from.
ERROR_PARENTS: dict[str, str] = {
    "APIError": "Exception",
    "APIConnectionError": "APIError",
    "APITimeoutError": "APIConnectionError",
    "APIStatusError": "APIError",
    "BadRequestError": "APIStatusError",
    "AuthenticationError": "APIStatusError",
    "PermissionDeniedError": "APIStatusError",
    "NotFoundError": "APIStatusError",
    "ConflictError": "APIStatusError",
    "UnprocessableEntityError": "APIStatusError",
    "RateLimitError": "APIStatusError",
    "InternalServerError": "APIStatusError",
}
