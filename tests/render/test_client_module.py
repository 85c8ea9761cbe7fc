"""`_client.py` as rendered binds and takes only the names the IR reserves for it."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from generator.config import ClientSettings
from generator.ir import naming
from generator.ir.build import build_client
from generator.ir.client_module import CLIENT_MODULE_NAMES, CONSTRUCTOR_NAMES
from generator.load import load_document
from generator.render.package import render_package

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Shop API", "version": "1.0.0"},
    "servers": [{"url": "https://eu.example.com"}, {"url": "https://us.example.com"}],
    "components": {
        "securitySchemes": {
            "token": {"type": "http", "scheme": "bearer"},
            "password": {"type": "http", "scheme": "basic"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "app": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {"tokenUrl": "https://example.com/token", "scopes": {}}
                },
            },
        }
    },
    "security": [{"token": []}, {"password": []}, {"key": []}, {"app": []}],
    "paths": {
        "/orders": {"get": {"tags": ["orders"], "responses": {"204": {"description": "none"}}}}
    },
}


def rendered(tmp_path: Path) -> tuple[ast.Module, list[str]]:
    source = tmp_path / "openapi.yaml"
    source.write_text(yaml.safe_dump(SPEC))
    client, _ = build_client(load_document([source]), ClientSettings(sources=(source,)))
    module = ast.parse(render_package(client)[f"{client.package}/_client.py"])
    families = [name for group in client.groups for name in naming.class_family(group.class_name)]
    return module, [
        *naming.class_family(client.class_name),
        *families,
        *client.credential_arguments,
    ]


def test_the_module_binds_only_reserved_names(tmp_path: Path) -> None:
    module, own = rendered(tmp_path)
    bound = set()
    for node in ast.walk(module):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            bound |= {alias.asname or alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ClassDef) and node in module.body:
            bound.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node in module.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound |= {target.id for target in targets if isinstance(target, ast.Name)}
    assert bound - set(own) <= CLIENT_MODULE_NAMES
    assert {
        "Literal",
        "Environment",
        "BearerAuth",
        "BasicAuth",
        "ApiKeyAuth",
        "OAuth2ClientCredentials",
        "TYPE_CHECKING",
    } <= bound


def test_the_constructor_takes_and_documents_the_reserved_arguments(tmp_path: Path) -> None:
    module, own = rendered(tmp_path)
    constructors = [
        node
        for node in ast.walk(module)
        if isinstance(node, ast.FunctionDef) and node.name == "__init__" and node.args.kwonlyargs
    ]
    assert len(constructors) == 2  # the sync and the async client
    for constructor in constructors:
        arguments = [argument.arg for argument in constructor.args.kwonlyargs]
        assert set(arguments) - set(own) == CONSTRUCTOR_NAMES - {"self", "super"}
        docstring = ast.get_docstring(constructor) or ""
        documented = [
            line.split(":")[0].strip()
            for line in docstring.split("Args:")[1].splitlines()
            if line.startswith("    ") and not line.startswith("     ")
        ]
        assert documented == arguments
