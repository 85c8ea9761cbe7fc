"""Whatever value of whatever type is anywhere in a document, loading gives diagnostics.

Each test replaces every value of a fixture, one at a time, with values of the wrong types and
loads the result: repairs, the Swagger converter and validation must never raise.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
import yaml

from generator.load import validate_documents
from generator.load.data import copy_data

from .conftest import FIXTURES


def _replacements(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The place of every value in node."""
    places = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            places += _replacements(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            places += _replacements(value, path + (index,))
    return places


@pytest.mark.parametrize(
    "name",
    [
        "swagger/body.yaml",
        "swagger/form.yaml",
        "swagger/components.yaml",
        "swagger/schemas.yaml",
        "swagger/servers.yaml",
        "swagger/security.yaml",
        "swagger/parameters.yaml",
        "sloppy_30.yaml",
        "callback_ref_30.yaml",
    ],
)
def test_wrong_types_anywhere_give_diagnostics_not_exceptions(name, tmp_path):
    original = yaml.safe_load((FIXTURES / name).read_text())
    source = tmp_path / "fuzz.json"
    wrong_values = ([], "text", 7, None, {}, True)
    for place, wrong in itertools.product(_replacements(original)[1:], wrong_values):
        document = copy_data(original)
        node = document
        for token in place[:-1]:
            node = node[token]
        node[place[-1]] = wrong
        source.write_text(json.dumps(document))
        validate_documents([source])  # raises nothing, whatever it finds
