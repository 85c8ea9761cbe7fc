"""Every diagnostic the command line prints names a place that exists in the file it names.

The pointers are checked against the files as written: a Swagger 2.0 document (its warnings
come partly from after the conversion to OpenAPI 3), a schema bundled from another file, and
a clients.yaml whose keys need RFC 6901 escapes (`/` -> `~1`, `~` -> `~0`).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import split_pointer

FIXTURES = Path(__file__).parent / "fixtures"
# `file#pointer: severity: message`; a pointer may hold spaces (`POST ~1chats`), never `: error: `.
_DIAGNOSTIC = re.compile(
    r"^(?P<file>[^#\n]+)#(?P<pointer>[^\n]*?): (?:warning|error): ", re.MULTILINE
)


def diagnostics(*args: str) -> list[tuple[str, str]]:
    """(file, pointer) of every diagnostic `clientgen` prints, run in the fixtures folder."""
    command = [sys.executable, "-m", "generator", *args]
    result = subprocess.run(command, cwd=FIXTURES, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return [
        (match["file"], match["pointer"])
        for match in _DIAGNOSTIC.finditer(result.stdout + result.stderr)
    ]


def exists(file: Path, pointer: str) -> bool:
    node: Any = yaml.safe_load(file.read_text(encoding="utf-8"))
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            # YAML keys are not always strings (`200:`); a pointer spells them as text.
            found = [value for key, value in node.items() if str(key) == token]
            if not found:
                return False
            node = found[0]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


@pytest.mark.parametrize(
    ("args", "count", "expected"),
    [
        pytest.param(
            ["generate", "sloppy_swagger.yaml"],
            9,
            [
                # Found while typing the converted document, so located back through the conversion.
                ("sloppy_swagger.yaml", "/definitions/Pet/properties/weight"),
                ("sloppy_swagger.yaml", "/paths/~1pets~1{id}/get/parameters/2"),
                (
                    "sloppy_swagger.yaml",
                    "/paths/~1pets~1{id}/get/parameters/3/schema/properties/size",
                ),
                (
                    "sloppy_swagger.yaml",
                    "/paths/~1pets~1{id}/get/responses/404/schema/properties/code",
                ),
                # Found while loading.
                ("sloppy_swagger.yaml", "/definitions/Pet/properties/name/required"),
                ("sloppy_swagger.yaml", "/paths/~1pets~1{id}/get/parameters/1/type"),
                ("sloppy_swagger.yaml", "/paths/~1pets~1{id}/get/responses/404/schema/required"),
            ],
            id="swagger2",
        ),
        pytest.param(
            ["generate", "external_ref.yaml"], 1, [("shared.yaml", "/Weight")], id="bundled-file"
        ),
        pytest.param(
            ["check", "--specs", "bad_config"],
            9,
            [
                ("bad_config/clients.yaml", "/clients/chats~1v2~0beta"),  # its default package name
                (
                    "bad_config/clients.yaml",
                    "/clients/osvi/operations/POST ~1chat_sessions~1{id}~1close_session",
                ),
                ("bad_config/clients.yaml", "/clients/chats~1v2~0beta/sources"),
                ("bad_config/clients.yaml", "/clients/osvi/security/ApiToken/required"),
            ],
            id="clients-yaml",
        ),
    ],
)
def test_every_pointer_names_a_place_in_its_file(
    tmp_path: Path, args: list[str], count: int, expected: list[tuple[str, str]]
) -> None:
    if args[0] == "generate":
        args = [*args, "--output", str(tmp_path)]
    found = diagnostics(*args)
    assert len(found) == count, found
    assert set(expected) <= set(found), found
    nowhere = [(file, pointer) for file, pointer in found if not exists(FIXTURES / file, pointer)]
    assert nowhere == []
