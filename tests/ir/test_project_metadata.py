"""What the generated project tells publishers and users: its license and how to install it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomllib
import yaml

from generator.config import ClientSettings, load_config
from generator.diagnostics import DiagnosticError
from generator.ir.build import build_client
from generator.load import load_document
from generator.render import render_package


def render(
    tmp_path: Path, info_license: dict[str, str] | None, openapi: str = "3.1.0", **settings: Any
) -> tuple[dict[str, str], list[str]]:
    info: dict[str, Any] = {"title": "Shop API", "version": "1.0.0"}
    if info_license is not None:
        info["license"] = info_license
    source = tmp_path / "openapi.yaml"
    source.write_text(yaml.safe_dump({"openapi": openapi, "info": info, "paths": {}}))
    client, diagnostics = build_client(
        load_document([source]), ClientSettings(sources=(source,), **settings)
    )
    return render_package(client), [d.render() for d in diagnostics]


def declared_license(files: dict[str, str]) -> str | None:
    found: str | None = tomllib.loads(files["pyproject.toml"])["project"].get("license")
    return found


@pytest.mark.parametrize(
    ("info_license", "expected"),
    [
        ({"name": "Apache 2.0", "identifier": "Apache-2.0"}, "Apache-2.0"),
        ({"name": "whatever", "identifier": "mit"}, "MIT"),
        ({"name": "Apache License, Version 2.0"}, "Apache-2.0"),
        ({"name": "The MIT License"}, "MIT"),
        ({"name": "BSD 3-Clause"}, "BSD-3-Clause"),
        (None, None),
    ],
)
def test_the_license_comes_from_the_spec(
    tmp_path: Path, info_license: dict[str, str] | None, expected: str | None
) -> None:
    files, warnings = render(tmp_path, info_license)
    assert declared_license(files) == expected
    assert warnings == []


def test_a_license_that_is_not_spdx_is_left_out_with_a_warning(tmp_path: Path) -> None:
    files, warnings = render(tmp_path, {"name": "Proprietary, see our terms"}, openapi="3.0.3")
    assert declared_license(files) is None
    assert (
        len(warnings) == 1
        and "#/info/license/name" in warnings[0]
        and "clients.yaml" in warnings[0]
    )


def test_the_configured_license_wins(tmp_path: Path) -> None:
    files, _ = render(tmp_path, {"name": "MIT"}, license="Apache-2.0 OR MIT")
    assert declared_license(files) == "Apache-2.0 OR MIT"


def test_a_configured_license_must_be_spdx(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "clients.yaml").write_text(
        "clients:\n  shop:\n    sources: [api.yaml]\n    license: Apache 2\n"
    )
    with pytest.raises(
        DiagnosticError, match="/clients/shop/license.*not an SPDX license expression"
    ):
        load_config(tmp_path)


def test_an_unpublished_package_is_installed_from_its_folder(tmp_path: Path) -> None:
    readme = render(tmp_path, None)[0]["README.md"]
    assert "pip install .\n" in readme
    assert "pip install shop-client" not in readme


def test_a_published_package_is_installed_by_its_name(tmp_path: Path) -> None:
    readme = render(tmp_path, None, published_as="acme-shop")[0]["README.md"]
    assert "pip install acme-shop" in readme
    assert "path/to" not in readme
