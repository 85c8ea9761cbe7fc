"""The names the IR reads from the runtime's source (generator/ir/runtime.py) are the names
the imported runtime has."""

from __future__ import annotations

import importlib
import inspect

from generator.ir.client_module import client_attributes
from generator.ir.runtime import api_client_methods, error_classes


def test_every_exception_class_of_the_runtime_is_exported() -> None:
    errors = importlib.import_module("runtime_under_test.errors")
    defined = {
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value)
        and issubclass(value, Exception)
        and value.__module__ == errors.__name__
    }
    assert set(error_classes()) == defined
    assert list(error_classes()) == [name for name in errors.__all__ if name in defined]


def test_a_group_cannot_take_a_public_method_of_the_api_clients() -> None:
    base_client = importlib.import_module("runtime_under_test._base_client")
    public = {
        name
        for client in (base_client.SyncAPIClient, base_client.AsyncAPIClient)
        for name, value in inspect.getmembers(client, inspect.isfunction)
        if not name.startswith("_")
    }
    assert api_client_methods() == public
    assert public <= client_attributes()
