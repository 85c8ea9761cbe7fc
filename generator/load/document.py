"""The loaded document: the openapi-pydantic model, the plain data, where each part came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from openapi_pydantic.v3 import v3_0, v3_1
from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPIv3_0
from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, DiagnosticError, error, join_pointer, split_pointer
from generator.load.files import ReadLog
from generator.load.grammar import Kind, kind_at
from generator.load.origins import Origins
from generator.load.validate import OpenAPIDocument

_MISSING = object()
_WIRE_NAMES: dict[type[BaseModel], dict[str, str]] = {}


@dataclass(frozen=True)
class LoadedDocument:
    """One OpenAPI document, merged from every source, bundled and validated.

    Attributes:
        openapi: the openapi-pydantic model (`openapi_pydantic.v3.v3_0.OpenAPI` or `v3_1`).
        raw: the same document as plain data (what `openapi` was validated from).
        warnings: problems that did not stop loading (duplicate operationIds, ...).
        reads: the files it was loaded from and what they held.
    """

    openapi: OpenAPIDocument = field(repr=False)
    raw: dict[str, Any] = field(repr=False)
    warnings: tuple[Diagnostic, ...]
    _origins: Origins = field(repr=False, compare=False)
    reads: ReadLog = field(repr=False, compare=False)
    _resolved: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def origin(self, pointer: str) -> str:
        """The source file a JSON pointer of the merged document came from."""
        return self.locate(pointer)[0]

    def locate(self, pointer: str) -> tuple[str, str]:
        """The source file a pointer into the merged document came from, and the pointer in it."""
        return self._origins.locate(pointer.removeprefix("#"))

    def resolve(self, ref: str) -> Any:
        """The openapi-pydantic object a local ref such as '#/components/schemas/Chat' points to.

        The ref is walked by wire names (`schema`, `in`, `$ref`, ...), through model fields,
        extensions (`model_extra`), mappings and lists. What is there is returned as it is: a
        component that is itself a `$ref` gives a `Reference`.

        Raises:
            DiagnosticError: the ref is not local, or points to nothing.
        """
        cached = self._resolved.get(ref, _MISSING)
        if cached is not _MISSING:
            return cached
        if not ref.startswith("#/"):
            file, pointer = self.locate("")
            raise DiagnosticError(
                [
                    error(
                        file,
                        pointer,
                        f"cannot resolve {ref!r}: only local refs ('#/...') can be resolved",
                    )
                ]
            )
        node: Any = self.openapi
        walked = ""
        tokens = split_pointer(unquote(ref[1:]))
        for token in tokens:
            node = _step(node, token)
            walked = join_pointer(walked, token)
            if node is _MISSING:
                file, pointer = self.locate(walked)
                raise DiagnosticError(
                    [error(file, pointer, f"$ref {ref!r} points to nothing: no {walked}")]
                )
        if isinstance(node, dict):
            node = _as_model(node, tokens, self.openapi)
        self._resolved[ref] = node
        return node


def _as_model(node: dict[str, Any], tokens: list[str], openapi: OpenAPIDocument) -> Any:
    """Plain data where a ref led (a place the models keep as data, such as a schema's
    `definitions` or an extension) as the model of what is there; a schema when the place does
    not say. Left as it is when it does not validate."""
    kind, length = kind_at(tokens)
    models = _MODELS_30 if isinstance(openapi, OpenAPIv3_0) else _MODELS_31
    model = models.get(kind) if length == len(tokens) else models[Kind.SCHEMA]
    if model is None:
        return node
    try:
        return model.model_validate(node)
    except ValidationError:
        return node


def _models(module: Any) -> dict[Kind, type[BaseModel]]:
    return {
        Kind.SCHEMA: module.Schema,
        Kind.PARAMETER: module.Parameter,
        Kind.HEADER: module.Header,
        Kind.RESPONSE: module.Response,
        Kind.REQUEST_BODY: module.RequestBody,
        Kind.MEDIA_TYPE: module.MediaType,
        Kind.EXAMPLE: module.Example,
        Kind.LINK: module.Link,
        Kind.PATH_ITEM: module.PathItem,
        Kind.OPERATION: module.Operation,
        Kind.SECURITY_SCHEME: module.SecurityScheme,
        Kind.ENCODING: module.Encoding,
    }


_MODELS_30 = _models(v3_0)
_MODELS_31 = _models(v3_1)


def _step(node: Any, token: str) -> Any:
    if isinstance(node, BaseModel):
        name = _wire_names(type(node)).get(token)
        if name is not None:
            value = getattr(node, name)
            return _MISSING if value is None else value
        extra = node.model_extra or {}
        return extra.get(token, _MISSING)
    if isinstance(node, dict):
        return node.get(token, _MISSING)
    if isinstance(node, list) and token.isdigit() and int(token) < len(node):
        return node[int(token)]
    return _MISSING


def _wire_names(model: type[BaseModel]) -> dict[str, str]:
    """Wire name -> attribute name of a model's fields (`schema` -> `media_type_schema`)."""
    names = _WIRE_NAMES.get(model)
    if names is None:
        names = {info.alias or name: name for name, info in model.model_fields.items()}
        _WIRE_NAMES[model] = names
    return names
