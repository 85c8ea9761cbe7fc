"""shadowed_builtins.yaml: a group with methods named `list` and `type` still parses what its
spec says."""

from __future__ import annotations

import shadowed_builtins_client.models as m

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "shadowed_builtins_client"


def test_discriminator_mapping_keys_that_contain_a_shadowed_builtin_pick_their_class(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(
        200,
        [{"kind": "short-list", "name": "Tom"}, {"kind": "list", "name": "Rex", "tags": ["good"]}],
    )
    pets = call(PACKAGE, lambda c: c.pets.list(kinds=["cat", "dog"]))
    assert [type(pet) for pet in pets] == [m.ShortListPet, m.FullPet]
    assert [pet.name for pet in pets] == ["Tom", "Rex"]
    assert server.last_request.query_params == {"kinds": ["cat", "dog"]}


def test_a_method_named_type_returns_its_mapping(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"cat": 2, "dog": 1})
    assert call(PACKAGE, lambda c: c.pets.type()) == {"cat": 2, "dog": 1}
