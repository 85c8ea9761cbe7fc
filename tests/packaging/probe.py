"""Run inside the venv where the client wheels are installed: report what a package offers.

    python probe.py '<request as JSON>'

The request names the `package`, its `distribution`, the `errors` to look up, and optional
`constructions`: each a label, the constructor `kwargs` and the `env` to set first (a null
value unsets the variable). The report, printed as JSON, holds facts only; the tests decide.
This file imports nothing from the tests: it runs under another interpreter.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.metadata
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


def client_pairs(module: ModuleType) -> list[str]:
    """Names `N` of the clients the package exports: `N` a sync client class, `AsyncN` an async one.

    Other exported pairs (`StreamedResponse` / `AsyncStreamedResponse`) are not clients.
    """
    base = importlib.import_module(f"{module.__name__}._base_client")
    sync, asynchronous = base.SyncAPIClient, base.AsyncAPIClient
    return sorted(
        name
        for name in getattr(module, "__all__", [])
        if _subclass(getattr(module, name, None), sync)
        and _subclass(getattr(module, f"Async{name}", None), asynchronous)
    )


def _subclass(candidate: object, base: type) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, base)


def error_facts(module: ModuleType, errors_module: ModuleType, name: str) -> dict[str, Any]:
    in_errors = getattr(errors_module, name, None)
    return {
        "in_errors_module": isinstance(in_errors, type),
        "same_at_top_level": in_errors is not None and getattr(module, name, None) is in_errors,
        "bases": (
            [base.__name__ for base in in_errors.__mro__] if isinstance(in_errors, type) else []
        ),
    }


def construct(cls: type, kwargs: dict[str, Any], is_async: bool) -> dict[str, Any]:
    """Build the client (as a context manager) and close it; report how that went."""
    try:
        if is_async:

            async def use() -> None:
                async with cls(**kwargs):
                    pass

            asyncio.run(use())
        else:
            with cls(**kwargs):
                pass
    except Exception as error:  # noqa: BLE001 - the report names whatever was raised
        return {
            "ok": False,
            "error": type(error).__name__,
            "error_bases": [base.__name__ for base in type(error).__mro__],
            "message": str(error),
        }
    return {"ok": True}


def main(request: dict[str, Any]) -> dict[str, Any]:
    module = importlib.import_module(request["package"])
    errors_module = importlib.import_module(f"{request['package']}.errors")
    pairs = client_pairs(module)
    report: dict[str, Any] = {
        "file": module.__file__,
        "all": list(getattr(module, "__all__", [])),
        "version": getattr(module, "__version__", None),
        "metadata_version": importlib.metadata.version(request["distribution"]),
        "py_typed": (Path(module.__file__ or "").parent / "py.typed").is_file(),
        "client_pairs": pairs,
        "errors": {
            name: error_facts(module, errors_module, name) for name in request.get("errors", [])
        },
        "constructions": [],
    }
    client_class = request.get("client_class") or (pairs[0] if len(pairs) == 1 else None)
    for construction in request.get("constructions", []):
        for variable, value in construction["env"].items():
            if value is None:
                os.environ.pop(variable, None)
            else:
                os.environ[variable] = value
        for prefix in ("", "Async"):
            report["constructions"].append(
                {
                    "label": construction["label"],
                    "class": prefix + str(client_class),
                    **construct(
                        getattr(module, prefix + str(client_class)),
                        construction["kwargs"],
                        is_async=bool(prefix),
                    ),
                }
            )
    return report


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
