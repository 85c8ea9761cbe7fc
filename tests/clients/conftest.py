"""Fixtures for exercising generated clients over real HTTP.

- `prism_executable`: path to Prism; skips when it is not installed, fails instead under CI.
- `prism`: starts Prism mock servers for the test and stops them after it.

The generated seed packages (generated/<name>/<package>) are importable: each generated/<name>
folder is put on sys.path. Environment variables the seed clients read are cleared for every
test, so a developer's own keys or base URLs never leak into a run. `server`,
`closed_port_url` and `runner` come from tests/conftest.py.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from .prism import PRISM_BIN, REPO_ROOT, prism_mock, prism_mock_document
from .seeds import GENERATED_DIR, SEEDS


def _put_generated_packages_on_path() -> None:
    for folder in sorted(GENERATED_DIR.iterdir()):
        if (folder / "pyproject.toml").is_file() and str(folder) not in sys.path:
            sys.path.insert(0, str(folder))


_put_generated_packages_on_path()


@pytest.fixture(scope="session", autouse=True)
def _shared_ssl_context() -> Iterator[None]:
    """Build httpx's default SSL context once instead of once per client (~0.1 s each).

    Every client the seed tests create makes an httpx client, and every httpx client loads
    the CA bundle; the tests only speak plain HTTP to 127.0.0.1, so sharing one context
    changes nothing but the run time. Only calls with httpx's default arguments are shared.
    """
    from httpx._transports import default as transports

    original = getattr(transports, "create_ssl_context", None)
    if original is None:  # another httpx layout: just run slower
        yield
        return
    shared: dict[bool, Any] = {}

    def create_ssl_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> Any:
        if verify is True and cert is None:
            if trust_env not in shared:
                shared[trust_env] = original(verify=True, cert=None, trust_env=trust_env)
            return shared[trust_env]
        return original(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", create_ssl_context)
        yield


@pytest.fixture(autouse=True)
def _clean_client_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential or base-URL variable of any seed client is set unless a test sets it."""
    for seed in SEEDS:
        for name in seed.env_vars():
            monkeypatch.delenv(name, raising=False)


def _running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_prism(executable: Path = PRISM_BIN) -> Path:
    """`executable` if it exists; otherwise skip the test, or fail it when CI is set.

    Contract tests must not silently vanish from CI.
    """
    if not executable.exists():
        reason = f"Prism is not installed ({executable} missing): run `npm ci` in {REPO_ROOT}"
        if _running_in_ci():
            pytest.fail(reason + " (CI is set, so this fails instead of skipping)")
        pytest.skip(reason)
    return executable


@pytest.fixture(scope="session")
def prism_executable() -> Path:
    """Path to node_modules/.bin/prism (skips locally / fails under CI when missing)."""
    return require_prism()


class PrismLauncher:
    """Starts Prism mock servers that live until the end of the test."""

    def __init__(self, executable: Path, stack: ExitStack) -> None:
        self.executable = executable
        self._stack = stack

    def mock(self, spec_path: str | os.PathLike[str], **options: Any) -> str:
        """Start `prism mock spec_path`; return its base URL. Options as for `prism_mock`."""
        options.setdefault("executable", self.executable)
        return self._stack.enter_context(prism_mock(spec_path, **options))

    def mock_document(self, document: dict[str, Any], **options: Any) -> str:
        """Start Prism on an OpenAPI document given as a dict; return its base URL."""
        options.setdefault("executable", self.executable)
        return self._stack.enter_context(prism_mock_document(document, **options))


@pytest.fixture
def prism(prism_executable: Path) -> Iterator[PrismLauncher]:
    """`prism.mock(spec_path) -> base_url` / `prism.mock_document(dict) -> base_url`."""
    with ExitStack() as stack:
        yield PrismLauncher(prism_executable, stack)
