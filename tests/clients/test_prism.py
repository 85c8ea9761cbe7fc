"""The Prism fixture: mocked answers for valid requests, 4xx with Prism's problems otherwise."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from .conftest import PrismLauncher, require_prism
from .prism import PrismStartError, prism_mock, violations

FIXTURES = Path(__file__).parent / "fixtures"
SPEC = FIXTURES / "request_validation.yaml"
DASHA_SPEC = Path(__file__).resolve().parents[2] / "specs" / "dasha" / "openapi.yaml"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def prism_url(prism_executable: Path) -> Iterator[str]:
    """One Prism for the whole module: starting it takes about a second."""
    with prism_mock(SPEC, executable=prism_executable) as base_url:
        yield base_url


def test_valid_requests_get_mocked_2xx(prism_url: str) -> None:
    with httpx.Client(base_url=prism_url) as client:
        listed = client.get("/items", params={"limit": 3})
        created = client.post("/items", json={"name": "x", "count": 2})
    assert listed.status_code == 200
    assert listed.json() == [{"name": "first", "count": 1}]  # the spec's example
    assert violations(listed) == []
    assert created.status_code == 201
    assert set(created.json()) == {"name", "count"}  # built from the schema
    assert violations(created) == []


def test_missing_required_query_parameter_is_rejected(prism_url: str) -> None:
    response = httpx.get(prism_url + "/items")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["type"] == "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY"
    assert violations(response) == [
        {
            "location": ["query"],
            "severity": "Error",
            "code": "required",
            "message": "Request query must have required property 'limit'",
        }
    ]


def test_wrong_body_types_are_rejected(prism_url: str) -> None:
    response = httpx.post(prism_url + "/items", json={"name": 5, "count": "two"})
    assert response.status_code == 422
    assert {tuple(v["location"]) for v in violations(response)} == {
        ("body", "name"),
        ("body", "count"),
    }


def test_wrong_query_type_is_rejected(prism_url: str) -> None:
    response = httpx.get(prism_url + "/items", params={"limit": "many"})
    assert response.status_code == 422
    assert violations(response)[0]["message"] == "Request query parameter limit must be integer"


def test_unknown_path_is_404(prism_url: str) -> None:
    response = httpx.get(prism_url + "/nowhere")
    assert response.status_code == 404
    assert response.json()["type"].endswith("#NO_PATH_MATCHED_ERROR")


def test_spec_error_response_is_used_with_sl_violations_header(
    prism: PrismLauncher,
) -> None:
    """When the document declares a 400, Prism answers with it and lists the problems."""
    document = yaml.safe_load(SPEC.read_text())
    document["paths"]["/items"]["get"]["responses"]["400"] = {
        "description": "Bad request.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"error_message": {"type": "string"}},
                },
                "example": {"error_message": "bad"},
            }
        },
    }
    base_url = prism.mock_document(document)
    response = httpx.get(base_url + "/items")
    assert response.status_code == 400
    assert response.json() == {"error_message": "bad"}
    assert "sl-violations" in response.headers
    assert [v["code"] for v in violations(response)] == ["required"]
    # `Prefer: code=...` picks a documented response for a valid request.
    chosen = httpx.get(base_url + "/items", params={"limit": 1}, headers={"Prefer": "code=400"})
    assert (chosen.status_code, violations(chosen)) == (400, [])


def test_response_violation_is_500_with_errors_flag(prism: PrismLauncher) -> None:
    document = yaml.safe_load(SPEC.read_text())
    document["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ] = [{"name": 1}]
    base_url = prism.mock_document(document)
    response = httpx.get(base_url + "/items", params={"limit": 1})
    assert response.status_code == 500
    assert response.json()["type"].endswith("#VIOLATIONS")
    assert violations(response)[0]["location"][0] == "response"


def test_dasha_spec_is_served(prism: PrismLauncher) -> None:
    base_url = prism.mock(DASHA_SPEC)
    url = base_url + "/api/v1/chats/3c90c3cc-0d44-4b50-8888-8dd25736052a/end"
    without_body = httpx.post(url)
    with_note = httpx.post(url, json={"note": None}, headers={"Authorization": "Bearer k"})
    bad_note = httpx.post(url, json={"note": 5})
    bad_id = httpx.post(base_url + "/api/v1/chats/not-a-uuid/end")
    assert without_body.status_code == with_note.status_code == 200
    assert without_body.json()["is_final"] is True
    assert bad_note.status_code == bad_id.status_code == 422


def test_start_failure_reports_prism_output(prism_executable: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("this: is: not: yaml: [")
    started = time.monotonic()
    with pytest.raises(PrismStartError, match="exited with code") as excinfo:
        with prism_mock(broken, executable=prism_executable, startup_timeout=30):
            pass
    assert "Output:" in str(excinfo.value)
    assert time.monotonic() - started < 30


def test_prism_is_stopped_afterwards(prism_executable: Path) -> None:
    with prism_mock(SPEC, executable=prism_executable) as base_url:
        assert httpx.get(base_url + "/items", params={"limit": 1}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(base_url + "/items", params={"limit": 1}, timeout=2)


@pytest.mark.parametrize("ci", ["", "0", "false"])
def test_missing_prism_skips_outside_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ci: str
) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="Prism is not installed"):
        require_prism(tmp_path / "prism")


def test_missing_prism_skips_when_ci_unset(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Prism is not installed"):
        require_prism(tmp_path / "prism")


@pytest.mark.parametrize("ci", ["true", "1"])
def test_missing_prism_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ci: str
) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="CI is set, so this fails"):
        require_prism(tmp_path / "prism")


def test_a_violations_header_prism_cut_short_keeps_the_problems_before_the_cut() -> None:
    problem = {
        "location": ["response", "body"],
        "severity": "Error",
        "message": "must have required property 'a'",
    }
    whole = json.dumps([problem, problem])
    response = httpx.Response(
        500, headers={"sl-violations": f"Too many violations! {whole[: len(whole) - 20]}"}
    )
    assert violations(response) == [problem]
