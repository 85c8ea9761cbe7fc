"""Warnings for valid documents that make poor clients."""

from __future__ import annotations

from generator.diagnostics import Severity
from generator.load import load_document


def test_path_parameter_and_operation_id_warnings(problems):
    found = problems("path_parameter_warnings.yaml")
    assert all(item.severity is Severity.WARNING for item in found)
    messages = {item.pointer: item.message for item in found}
    assert messages == {
        "/paths/~1users~1{userId}~1posts~1{postId}/get": (
            "GET /users/{userId}/posts/{postId}: the path template has {postId} but no path "
            "parameter 'postId' is declared"
        ),
        "/paths/~1users~1{userId}~1posts~1{postId}/get/parameters/1": (
            "path parameter 'slug' does not appear in the path template "
            "/users/{userId}/posts/{postId}"
        ),
        "/paths/~1users~1{userId}/parameters/0": "path parameter 'userId' is not marked required",
        "/paths/~1users~1{userId}/get/operationId": (
            "operationId 'getPost' of GET /users/{userId} is also the operationId of "
            "GET /users/{userId}/posts/{postId}"
        ),
    }


def test_warnings_do_not_stop_loading(fixture):
    document = load_document([fixture("path_parameter_warnings.yaml")])
    assert len(document.warnings) == 4


def test_path_parameters_declared_by_ref_at_path_level_count(fixture, problems):
    assert problems("nullable_31.yaml") == []
    assert problems("page_chats_end.txt", "page_chats_get.txt") == []
