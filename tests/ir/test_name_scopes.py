"""Every generated name is named apart from the names of the scope it lands in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import CredentialSettings, load_config
from generator.diagnostics import DiagnosticError, Severity
from generator.ir import naming
from generator.ir.model import Client, Group

from .test_build import OK, build, build_reporting, document

# What `_client.py.jinja` imports or defines itself.
CLIENT_MODULE_NAMES = {
    "Mapping",
    "Literal",
    "httpx",
    "Environment",
    "ENVIRONMENTS",
    "SyncAPIClient",
    "AsyncAPIClient",
}


def tagged(*tags: str) -> dict[str, object]:
    return {
        f"/{naming.snake_case(tag)}": {
            "get": {"operationId": f"get{tag}", "tags": [tag], "responses": OK}
        }
        for tag in tags
    }


def group(client: Client, attribute: str) -> Group:
    return next(g for g in client.groups if g.attribute == attribute)


def families(client: Client) -> list[str]:
    return [name for g in client.groups for name in naming.class_family(g.class_name)]


def test_a_group_class_never_takes_a_name_the_client_module_binds(tmp_path: Path) -> None:
    servers = [{"url": "https://a.example.com"}, {"url": "https://b.example.com"}]
    client = build(
        tmp_path,
        document(tagged("Literal", "Mapping", "Environment", "ShopClient"), servers=servers),
    )
    assert client.class_name == "ShopClient"
    names = families(client)
    assert not set(names) & (CLIENT_MODULE_NAMES | set(naming.class_family("ShopClient")))
    assert group(client, "literal").class_name == "LiteralResource"
    assert group(client, "mapping").class_name == "MappingResource"


def test_a_group_class_never_takes_a_name_its_own_module_imports(tmp_path: Path) -> None:
    client = build(tmp_path, document(tagged("Endpoint", "NotGiven")))
    assert group(client, "endpoint").class_name == "EndpointResource"
    assert group(client, "not_given").class_name == "NotGivenResource"


@pytest.mark.parametrize(
    "hostile", ["AsyncJobs", "JobsWithRawResponse", "AsyncJobsWithRawResponse"]
)
def test_derived_class_names_of_two_groups_never_collide(tmp_path: Path, hostile: str) -> None:
    client = build(tmp_path, document(tagged("Jobs", hostile)))
    names = families(client)
    assert len(names) == len(set(names)), names
    # The plain name keeps its classes; the one that looks derived from it is renamed.
    assert group(client, "jobs").class_name == "Jobs"
    assert group(client, naming.snake_case(hostile)).class_name == f"{hostile}Resource"


SCHEME_PATHS = {"/me": {"get": {"responses": OK}}}


@pytest.mark.parametrize(
    "argument",
    ["timeout", "base_url", "max_retries", "default_headers", "http_client", "environment"],
)
def test_a_scheme_named_like_a_constructor_argument_is_renamed_with_a_warning(
    tmp_path: Path, argument: str
) -> None:
    schemes = {
        argument: {"type": "apiKey", "in": "header", "name": "X-A"},
        "other": {"type": "http", "scheme": "bearer"},
    }
    spec = document(
        SCHEME_PATHS,
        security=[{argument: []}, {"other": []}],
        components={"securitySchemes": schemes},
    )
    client, diagnostics = build_reporting(tmp_path, spec)
    assert set(client.credential_arguments) == {f"{argument}_credential", "other"}
    [renamed] = [d for d in diagnostics if f"`{argument}`" in d.message]
    assert renamed.severity is Severity.WARNING
    assert renamed.pointer == f"/components/securitySchemes/{argument}"


def test_a_configured_argument_named_like_a_group_class_is_renamed_with_a_warning(
    tmp_path: Path,
) -> None:
    schemes = {"key": {"type": "apiKey", "in": "header", "name": "X-A"}}
    spec = document(tagged("Pets"), security=[{"key": []}], components={"securitySchemes": schemes})
    client, diagnostics = build_reporting(
        tmp_path, spec, security={"key": CredentialSettings(("Pets",))}
    )
    assert client.credential_arguments == ("Pets_credential",)
    assert any(d.pointer == "/components/securitySchemes/key" for d in diagnostics)


def test_a_configured_argument_named_like_a_constructor_argument_is_an_error(
    tmp_path: Path,
) -> None:
    (tmp_path / "api.yaml").write_text("openapi: 3.1.0\n")
    config = (
        "clients:\n  shop:\n    sources: [api.yaml]\n"
        "    security:\n      key: {argument: timeout}\n"
    )
    (tmp_path / "clients.yaml").write_text(config)
    with pytest.raises(
        DiagnosticError, match="/clients/shop/security/key/argument.*already an argument"
    ):
        load_config(tmp_path)
