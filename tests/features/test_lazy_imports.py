"""many_models.yaml: a client above the one-`models.py` threshold imports only what a call uses.

Each check runs in a fresh interpreter, whose `sys.modules` shows what an import loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

import many_models_client.models as m
import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call
from .packages import project_path

PACKAGE = "many_models_client"


def _loaded_after(code: str) -> list[str]:
    """The package's modules loaded once `code` has run in a fresh interpreter."""
    script = (
        f"import json, sys\n{code}\n"
        f"print(json.dumps(sorted(n for n in sys.modules if n.startswith({PACKAGE!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=project_path(PACKAGE),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_importing_the_package_loads_none_of_its_modules() -> None:
    assert _loaded_after(f"import {PACKAGE}") == [PACKAGE]


def test_a_client_loads_no_group_and_no_model_until_used() -> None:
    loaded = _loaded_after(
        f"from {PACKAGE} import ManyModelsClient\nManyModelsClient(base_url='http://x')"
    )
    assert not [name for name in loaded if ".models" in name or ".resources" in name]


def test_a_group_loads_no_model_until_a_call_decodes_one() -> None:
    """A resource module names its models for type checkers only, and its decoders look them
    up on the first response: a group of many operations costs none of their models up front."""
    loaded = _loaded_after(
        f"from {PACKAGE} import ManyModelsClient\nManyModelsClient(base_url='http://x').pets"
    )
    assert f"{PACKAGE}.resources.pets" in loaded
    assert not [name for name in loaded if name.startswith(f"{PACKAGE}.models.")]


def test_a_call_loads_its_group_and_the_models_it_returns_only() -> None:
    code = f"""
import httpx
from {PACKAGE} import ManyModelsClient
reply = {{"name": "Rex", "owner": {{"fullName": "Ann"}}}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
client = ManyModelsClient(base_url="http://x", http_client=httpx.Client(transport=transport))
assert client.pets.get("p1").owner.full_name == "Ann"
"""
    loaded = {name.removeprefix(PACKAGE + ".") for name in _loaded_after(code)}
    # Pet and Person refer to each other, so they share a module, with the types only they
    # use (Address, Country, Color).
    assert {name for name in loaded if name.startswith("models.")} == {"models.person"}
    assert {name for name in loaded if name.startswith("resources.")} == {"resources.pets"}


def test_every_exported_model_resolves_and_is_listed() -> None:
    assert len(m.__all__) > 16
    for name in m.__all__:
        assert getattr(m, name) is not None
    assert set(m.__all__) <= set(dir(m))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = m.NoSuchModel


def test_models_that_refer_to_each_other_parse_and_dump(
    call: Call, server: RecordingServer
) -> None:
    wire = {
        "name": "Rex",
        "owner": {"fullName": "Ann", "pets": [{"name": "Rex", "color": "ginger"}]},
    }
    server.enqueue(200, wire)
    pet = call(PACKAGE, lambda c: c.pets.get("p1"))
    assert isinstance(pet, m.Pet) and isinstance(pet.owner, m.Person)
    assert pet.owner.pets is not None and pet.owner.pets[0].color == "ginger"
    assert pet.model_dump(by_alias=True) == wire


def test_a_model_that_refers_to_itself_and_a_union_alias_parse() -> None:
    catalog = m.Catalog.model_validate(
        {"id": "c", "sections": [{"subsections": [{"title": "t"}]}], "badge": {"radius": 1.5}}
    )
    assert catalog.sections is not None and catalog.sections[0].subsections is not None
    assert catalog.sections[0].subsections[0].title == "t"
    assert isinstance(catalog.badge, m.Circle)
