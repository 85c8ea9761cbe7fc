"""Renames as a publisher and a user meet them: `clientgen generate` into the previous project
keeps the old name of a renamed method or field as an alias that warns `DeprecationWarning`,
the release is minor, and the next major release drops the alias.

`check` runs once, after the first rename: aliases carried forward regenerate byte for byte.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.write.format import black_would_change
from tests.cli.conftest import CLIENTS
from tests.cli.test_cli import GOOD_SPEC
from tests.cli.test_diff import git
from tests.cli.test_release import DAY_TWO, clientgen, generate, version_of
from tests.clients.recording_server import RecordingServer
from tests.packaging.typecheckers import run_mypy, run_pyright

# GOOD_SPEC's Pet with a second property, whose snake_case name `pet_tag` is no wire name.
SPEC = GOOD_SPEC.replace(
    "        name: {type: string}\n",
    "        name: {type: string}\n        petTag: {type: string}\n",
)
METHOD_RENAMED = SPEC.replace("operationId: getPet", "operationId: fetchPet")
# A field's wire name stays; clients.yaml gives it another attribute.
FIELD_RENAMED = CLIENTS + "    fields:\n      Pet.petTag: label\n"
# What takes the next release to 2.0.0.
BREAKING = "        name: {type: string}\n"
METHOD_ALIAS = (
    r"`client\.pets\.get\(\)` is deprecated; use `client\.pets\.fetch\(\)`; "
    r"it will be removed in the next major version"
)
FIELD_ALIAS = r"`Pet\.pet_tag` is deprecated; use `Pet\.label`"


@contextlib.contextmanager
def imported(project: Path) -> Iterator[ModuleType]:
    """The generated `pets_client` of `project`, imported afresh and forgotten afterwards."""
    sys.path.insert(0, str(project))
    writes_bytecode, sys.dont_write_bytecode = (
        sys.dont_write_bytecode,
        True,
    )  # the next generation rewrites the files
    try:
        yield importlib.import_module("pets_client")
    finally:
        sys.dont_write_bytecode = writes_bytecode
        sys.path.remove(str(project))
        for name in [
            name for name in sys.modules if name == "pets_client" or name.startswith("pets_client.")
        ]:
            del sys.modules[name]


def call(
    package: ModuleType, server: RecordingServer, is_async: bool, name: str, *, raw: bool = False
) -> Any:
    """`client.pets.<name>("7")`, or via `with_raw_response`, with a new sync or async client."""
    options: dict[str, Any] = {"base_url": server.url, "max_retries": 0}
    server.enqueue(200, {"name": "Rex", "petTag": "good"})
    if not is_async:
        with package.PetsClient(**options) as client:
            return getattr((client.with_raw_response if raw else client).pets, name)("7")

    async def run() -> Any:
        async with package.AsyncPetsClient(**options) as client:
            return await getattr((client.with_raw_response if raw else client).pets, name)("7")

    return asyncio.run(run())


def section(project: Path, version: str) -> str:
    """The CHANGELOG.md section of one release."""
    return (project / "CHANGELOG.md").read_text().split(f"## {version} (")[1].split("\n## ")[0]


def test_a_renamed_method_keeps_its_old_name_until_the_next_major_version(
    pets: Path, server: RecordingServer
) -> None:
    generate(pets, SPEC)
    project = generate(pets, METHOD_RENAMED, day=DAY_TWO)
    assert version_of(project) == "1.1.0"
    compatible = section(project, "1.1.0").split("### Compatible")[1]
    renamed = (
        "- `client.pets.fetch()`: renamed from client.pets.get() (GET /pets/{petId}), "
        "which stays a deprecated alias"
    )
    assert renamed in compatible
    with imported(project) as package:
        for is_async in (False, True):
            for raw in (False, True):
                with pytest.warns(DeprecationWarning, match=METHOD_ALIAS) as caught:
                    answer = call(package, server, is_async, "get", raw=raw)
                assert (answer.parse() if raw else answer).name == "Rex"
                assert server.requests[-1].path == "/pets/7"
                assert [w.filename for w in caught] == [__file__]
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                assert call(package, server, is_async, "fetch").name == "Rex"
    project = generate(pets, METHOD_RENAMED.replace(BREAKING, ""), day=DAY_TWO, check=False)
    assert version_of(project) == "2.0.0"
    assert (
        "- `client.pets.get()`: deprecated alias of client.pets.fetch() removed\n"
        in section(project, "2.0.0").split("### Compatible")[0]
    )
    with imported(project) as package:
        assert not hasattr(package.PetsClient(base_url=server.url).pets, "get")


def test_a_renamed_field_keeps_its_old_name_until_the_next_major_version(
    pets: Path, server: RecordingServer
) -> None:
    generate(pets, SPEC, check=False)
    (pets / "specs" / "clients.yaml").write_text(FIELD_RENAMED)
    project = generate(pets, SPEC, day=DAY_TWO, check=False)
    assert version_of(project) == "1.1.0"
    assert (
        "- `models.Pet.label`: attribute renamed from `pet_tag`, which stays a deprecated alias"
        in section(project, "1.1.0")
    )
    with imported(project) as package:
        pet = call(package, server, False, "get")
        with pytest.warns(DeprecationWarning, match=FIELD_ALIAS) as read:
            assert pet.pet_tag == "good"
        with pytest.warns(DeprecationWarning, match=FIELD_ALIAS) as written:
            pet.pet_tag = "best"
        assert pet.label == "best"
        model = importlib.import_module("pets_client.models").Pet
        with pytest.warns(
            DeprecationWarning, match=r"`Pet\(pet_tag=\)` is deprecated; use `Pet\(label=\)`"
        ) as built:
            made = model(pet_tag="new")
        # Sent under its wire name, not as an unknown field named like the old attribute.
        assert made.model_dump(by_alias=True) == {"petTag": "new"}
        assert [w.filename for w in (*read, *written, *built)] == [__file__] * 3
    project = generate(pets, SPEC.replace(BREAKING, ""), day=DAY_TWO, check=False)
    assert version_of(project) == "2.0.0"
    assert "- `models.Pet.pet_tag`: deprecated alias of `label` removed\n" in section(
        project, "2.0.0"
    )
    with imported(project) as package:
        assert not hasattr(importlib.import_module("pets_client.models").Pet, "pet_tag")


def test_the_release_job_diff_counts_the_aliases_and_a_spec_diff_the_rename(pets: Path) -> None:
    """`diff --client --from` compares with what `generate` writes into generated/, aliases and
    all; two specs compared as they are have no project to keep an alias in."""
    project = generate(pets, SPEC, check=False)
    git(pets, "init", "-q")
    git(pets, "add", ".")
    git(pets, "commit", "-qm", "v1")
    git(pets, "tag", "v1")
    generate(pets, METHOD_RENAMED, day=DAY_TWO, check=False)
    released = clientgen("diff", "--client", "pets", "--from", "v1", cwd=pets)
    assert released.returncode == 0, released.stdout + released.stderr
    assert "minor  client.pets.fetch(): renamed from client.pets.get()" in released.stdout
    assert "required bump: minor" in released.stdout
    (pets / "old.yaml").write_text(SPEC)
    specs = clientgen("diff", "old.yaml", "specs/pets.yaml", cwd=pets)
    assert specs.returncode == 1, specs.stdout + specs.stderr
    assert (
        "major  client.pets.fetch(): renamed from client.pets.get() (GET /pets/{petId})"
        in specs.stdout
    )
    assert version_of(project) == "1.1.0"


USAGE = """\
from pets_client import PetsClient
from pets_client.models import Pet

client = PetsClient(base_url="http://127.0.0.1:1")
pet = client.pets.get("7")  # deprecated
pet.pet_tag = "best"  # deprecated
raw = client.with_raw_response.pets.get("7")
current: Pet = client.pets.fetch("7")
label: str | None = current.label
"""


def test_the_aliases_type_check_and_type_checkers_flag_their_use(
    pets: Path, tmp_path: Path
) -> None:
    generate(pets, SPEC, check=False)
    (pets / "specs" / "clients.yaml").write_text(FIELD_RENAMED)
    project = generate(pets, METHOD_RENAMED, day=DAY_TWO, check=False)
    sources = {
        str(path.relative_to(project)): path.read_text()
        for path in sorted((project / "pets_client").rglob("*.py"))
    }
    assert (
        black_would_change(
            {
                path: text
                for path, text in sources.items()
                if path.endswith(("models.py", "pets.py"))
            }
        )
        == []
    )
    (project / "usage.py").write_text(USAGE)
    flagged = {
        number for number, line in enumerate(USAGE.splitlines(), 1) if line.endswith("# deprecated")
    }
    mypy = run_mypy(
        ["pets_client", "usage.py"],
        cwd=project,
        cache_dir=tmp_path / "mypy",
        error_codes=["deprecated"],
    )
    pyright = run_pyright(project, ["pets_client", "usage.py"], python=Path(sys.executable))
    for report in (mypy, pyright):
        assert report.errors_in(project / "pets_client") == [], report.explain()
        found = report.errors_in(project / "usage.py")
        assert {error.line for error in found} == flagged, report.explain()
        assert all(re.search("deprecated", error.message) for error in found), found
