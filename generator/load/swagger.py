"""Swagger 2.0 documents, converted to OpenAPI 3.0.3 as they are read.

The converted document goes through the same pipeline as any OpenAPI 3.0 source (merge, bundle,
repairs, validation), and its `Origins` lead every pointer of it back to the Swagger file and
the pointer there (`/components/schemas/Pet` -> `/definitions/Pet`, a request body -> the
`in: body` parameter it was made from, ...).

Conversion runs in two steps:

1. refs to other files are resolved in Swagger terms (`_Externals`): a schema is added to
   `definitions` under a name of its own, anything else (a parameter, a response, a path item)
   is copied in place of its ref. What an object becomes in OpenAPI 3 depends on where it is
   used (a body parameter becomes a request body whose media types are the operation's
   `consumes`), so this has to happen before converting.
2. the self-contained Swagger document is converted (`_Converter`):
   - `host`, `basePath`, `schemes` -> `servers` (https first; a relative URL without a host);
   - `consumes` / `produces`, global or per operation -> the media types of request bodies and
     responses (`application/json` when none are given);
   - an `in: body` parameter -> `requestBody`; `in: formData` parameters -> one
     `application/x-www-form-urlencoded` or `multipart/form-data` body (`type: file` ->
     `string` / `binary`);
   - a parameter's `type`, `format`, `items`, `enum`, `default`, ... -> its `schema`, and its
     `collectionFormat` -> `style` / `explode`;
   - `definitions`, `parameters`, `responses`, `securityDefinitions` -> `components`, with
     every `$ref` rewritten to the new place;
   - a response's `schema` -> `content` for each media type it produces, its `examples` ->
     each media type's `example`, its `headers` -> headers with a schema;
   - `basic` / `apiKey` / `oauth2` security definitions -> `http` / `apiKey` / `oauth2` schemes
     (`implicit`, `password`, `application`, `accessCode` -> `implicit`, `password`,
     `clientCredentials`, `authorizationCode` flows);
   - in schemas, `x-nullable` -> `nullable`, a `discriminator` name -> `{propertyName: name}`,
     `type: file` -> `string` / `binary`.

`info`, `tags`, `externalDocs`, `security` and vendor extensions (`x-...`) are kept. Fields that
Swagger 2.0 does not define are passed through as they are, for validation to judge.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import (
    Diagnostic,
    DiagnosticError,
    error,
    join_pointer,
    warning,
)
from generator.load.data import bundled_name, copy_data, replace_ref, resolve_pointer
from generator.load.files import RefScope, Unreadable
from generator.load.origins import Origins

OPENAPI_VERSION = "3.0.3"
JSON = "application/json"
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
BINARY = "application/octet-stream"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

# Parameter, header and items fields that describe the value: they make the schema.
_VALUE_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
)
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions")
_SCHEMA_ONES = ("additionalProperties", "not")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_OAUTH_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}
_SERVER_SCHEMES = ("https", "http")


@dataclass(frozen=True)
class Converted:
    """A Swagger 2.0 document as OpenAPI 3.0.3.

    Attributes:
        document: the OpenAPI 3.0.3 document as plain data.
        origins: leads its pointers back to the Swagger file(s) and the pointers there.
        diagnostics: warnings about what could not be carried over exactly; errors for refs
            that lead nowhere or to files that cannot be read.
    """

    document: dict[str, Any]
    origins: Origins
    diagnostics: list[Diagnostic]


def is_swagger2(document: dict[str, Any]) -> bool:
    """Whether a document is a Swagger document (`swagger` and no `openapi` at the top level)."""
    return "swagger" in document and "openapi" not in document


def convert_swagger2(
    document: dict[str, Any],
    file: str,
    path: Path | None = None,
    scope: RefScope | None = None,
) -> Converted:
    """Convert a Swagger 2.0 document to an OpenAPI 3.0.3 document.

    Args:
        document: the Swagger document as plain data (it has a top-level `swagger` field); it
            is not changed.
        file: the file it came from, as diagnostics name it.
        path: the file itself, to follow refs to other files relative to it; without it such
            refs are left for the bundler, which reports them.
        scope: the folders refs may read files from; by default the folder of `path`.

    Raises:
        DiagnosticError: the document is not Swagger 2.0.
    """
    diagnostics = _check_version(document.get("swagger"), file)
    source = copy_data(document)
    origins = Origins(file)
    if path is not None:
        externals = _Externals(source, file, path, origins, scope or RefScope.around([path]))
        externals.run()
        diagnostics += externals.diagnostics
    converter = _Converter(source, file, origins)
    converted = converter.run()
    return Converted(converted, converter.map, diagnostics + converter.diagnostics)


def _check_version(version: Any, file: str) -> list[Diagnostic]:
    if version == "2.0":
        return []
    number = isinstance(version, (int, float)) and not isinstance(version, bool) and version == 2
    if number or version in ("2", "2.0.0"):
        return [
            warning(
                file,
                "/swagger",
                f"`swagger` is {version!r}; it should be the string '2.0'",
                "write swagger: '2.0'",
            )
        ]
    raise DiagnosticError(
        [
            error(
                file,
                "/swagger",
                f"unsupported Swagger version {version!r}: clientgen reads Swagger 2.0 and "
                "OpenAPI 3.0.x / 3.1.x",
                "convert the document to OpenAPI 3 first",
            )
        ]
    )


# -- step 1: refs to other files ---------------------------------------------------------------


class _Externals:
    """Resolve refs to other files in a Swagger document, in place.

    A schema in another file is added to `definitions` (named after the fragment's last token
    or the file's stem), anything else is copied in place of its ref. Inside what was copied,
    refs are relative to the file it came from, and are followed the same way.
    """

    def __init__(
        self, document: dict[str, Any], file: str, path: Path, origins: Origins, scope: RefScope
    ) -> None:
        self.document = document
        self.root = path.resolve()
        self.origins = origins
        self.scope = scope
        self.displays: dict[Path, str] = {self.root: file}
        self.loaded: dict[Path, Any] = {}
        self.names: dict[tuple[Path, str], str] = {}
        self.inlining: list[tuple[Path, str]] = []
        self.diagnostics: list[Diagnostic] = []
        definitions = document.get("definitions")
        self.taken = set(definitions) if isinstance(definitions, dict) else set()

    def run(self) -> None:
        self._register_definition_refs()
        self._visit(self.document, "document", "", self.root)

    def _register_definition_refs(self) -> None:
        """A definition that is only a ref to another file takes that file's schema as it is."""
        definitions = self.document.get("definitions")
        if not isinstance(definitions, dict):
            return
        for name, schema in definitions.items():
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if isinstance(ref, str) and not ref.startswith("#") and not _URL.match(ref):
                target = self._target(ref, self.root)
                if target[0] != self.root:
                    self.names.setdefault(target, name)

    def _visit(self, node: Any, kind: str, pointer: str, base: Path) -> None:
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and kind != "document":
            self._follow(node, kind, pointer, base, ref)
            return
        for child, child_kind, child_pointer in _swagger_children(node, kind, pointer):
            self._visit(child, child_kind, child_pointer, base)

    def _follow(self, node: dict[str, Any], kind: str, pointer: str, base: Path, ref: str) -> None:
        if _URL.match(ref) or (ref.startswith("#") and base == self.root):
            return  # a URL is reported by the bundler; a local ref is converted later
        if "#" in ref and not ref.partition("#")[2].startswith("/"):
            return  # an anchor, reported by the bundler
        target = self._target(ref, base)
        path, fragment = target
        if path == self.root:
            node["$ref"] = "#" + fragment
            return
        ref_pointer = pointer + "/$ref"
        if kind == "schema":
            name = self.names.get(target)
            definition_pointer = join_pointer("/definitions", name) if name else None
            if name is not None and pointer == definition_pointer and target not in self.inlining:
                self._inline(node, kind, target, pointer, ref_pointer, ref)  # the named definition
                return
            if name is None:
                content = self._fetch(target, ref_pointer, ref)
                if content is None:
                    return
                definitions = self.document.setdefault("definitions", {})
                if not isinstance(definitions, dict):
                    self._report(ref_pointer, f"cannot bundle {ref!r}: definitions is not a map")
                    return
                name = bundled_name(*target, self.taken)
                self.names[target] = name
                definitions[name] = content
                definition_pointer = join_pointer("/definitions", name)
                self.origins.record(definition_pointer, self.displays[path], fragment)
                self.inlining.append(target)
                self._visit(content, "schema", definition_pointer, path)
                self.inlining.pop()
            node["$ref"] = "#" + join_pointer("/definitions", name)
            return
        self._inline(node, kind, target, pointer, ref_pointer, ref)

    def _inline(
        self,
        node: dict[str, Any],
        kind: str,
        target: tuple[Path, str],
        pointer: str,
        ref_pointer: str,
        ref: str,
    ) -> None:
        if target in self.inlining:
            self._report(
                ref_pointer,
                f"$ref {ref!r} is circular: the {kind} it points to contains itself",
                "only schemas may refer to themselves",
            )
            return
        content = self._fetch(target, ref_pointer, ref)
        if content is None:
            return
        if not isinstance(content, dict):
            self._report(
                ref_pointer, f"$ref {ref!r} points to a {type(content).__name__}, not an object"
            )
            return
        replace_ref(node, content)
        self.origins.record(pointer, self.displays[target[0]], target[1])
        self.inlining.append(target)
        self._visit(node, kind, pointer, target[0])
        self.inlining.pop()

    def _target(self, ref: str, base: Path) -> tuple[Path, str]:
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        path = (base.parent / unquote(file_part)).resolve() if file_part else base
        if path not in self.displays:
            self.displays[path] = os.path.normpath(
                os.path.join(os.path.dirname(self.displays[base]), unquote(file_part))
            )
        return path, "" if fragment == "/" else fragment

    def _fetch(self, target: tuple[Path, str], ref_pointer: str, ref: str) -> Any:
        path, fragment = target
        data = self.loaded.get(path)
        if data is None:
            display = self.displays[path]
            try:
                data, warnings = self.scope.read_data(path, display)
            except Unreadable as exc:
                for problem in exc.diagnostics:
                    self._report(
                        ref_pointer,
                        f"$ref {ref!r} cannot be followed: {display} {problem.message}",
                        problem.hint,
                    )
                data = _FAILED
            except DiagnosticError as exc:
                self.diagnostics.extend(exc.diagnostics)
                data = _FAILED
            else:
                self.diagnostics.extend(warnings)
            self.loaded[path] = data
        if data is _FAILED:
            return None
        value, missing = resolve_pointer(data, fragment)
        if missing is not None:
            self._report(
                ref_pointer, f"$ref {ref!r} points to nothing: in {self.displays[path]}, {missing}"
            )
            return None
        return copy_data(value)

    def _report(self, pointer: str, message: str, hint: str = "") -> None:
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(error(file, file_pointer, message, hint))


_FAILED = object()


def _swagger_children(
    node: dict[str, Any], kind: str, pointer: str
) -> Iterator[tuple[Any, str, str]]:
    """The objects inside a Swagger object that may hold refs: (child, its kind, its pointer)."""

    def each(
        key: str, child_kind: str, skip_extensions: bool = False
    ) -> Iterator[tuple[Any, str, str]]:
        value = node.get(key)
        child_pointer = join_pointer(pointer, key)
        if isinstance(value, dict):
            for name, item in list(value.items()):
                if not (skip_extensions and str(name).startswith("x-")):
                    yield item, child_kind, join_pointer(child_pointer, name)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield item, child_kind, join_pointer(child_pointer, index)

    def one(key: str, child_kind: str) -> Iterator[tuple[Any, str, str]]:
        if isinstance(node.get(key), dict):
            yield node[key], child_kind, join_pointer(pointer, key)

    if kind == "document":
        yield from each("definitions", "schema")
        yield from each("parameters", "parameter")
        yield from each("responses", "response")
        yield from each("paths", "path", skip_extensions=True)
    elif kind == "path":
        yield from each("parameters", "parameter")
        for method in METHODS:
            yield from one(method, "operation")
    elif kind == "operation":
        yield from each("parameters", "parameter")
        yield from each("responses", "response", skip_extensions=True)
    elif kind in ("parameter", "response"):
        yield from one("schema", "schema")
    elif kind == "schema":
        for key in _SCHEMA_MAPS:
            yield from each(key, "schema")
        for key in _SCHEMA_ONES:
            yield from one(key, "schema")
        for key in _SCHEMA_LISTS:
            yield from each(key, "schema")
        items = node.get("items")
        if isinstance(items, dict):
            yield items, "schema", join_pointer(pointer, "items")
        elif isinstance(items, list):
            yield from each("items", "schema")


# -- step 2: conversion ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parameter:
    """A parameter of an operation, its `$ref` resolved: where it is, and the name it is shared by."""

    value: dict[str, Any]
    pointer: str  # where the parameter itself is (the definition, for a ref)
    place: str  # where it is listed in the operation or path item
    component: str | None  # the name under `parameters` when it was a ref to one

    @property
    def location(self) -> Any:
        return self.value.get("in")

    @property
    def key(self) -> tuple[str, str]:
        return str(self.value.get("name")), str(self.location)


class _Converter:
    def __init__(self, source: dict[str, Any], file: str, origins: Origins) -> None:
        self.source = source
        self.file = file
        self.origins = origins
        self.map = Origins(file, origins)
        self.reverse: dict[str, str] = {
            "/definitions": "/components/schemas",
            "/parameters": "/components/parameters",
            "/responses": "/components/responses",
            "/securityDefinitions": "/components/securitySchemes",
        }
        self.refs: list[tuple[dict[str, Any], str]] = []  # (the object with the $ref, its pointer)
        self.diagnostics: list[Diagnostic] = []
        self.consumes = _media_types(source.get("consumes"))
        self.produces = _media_types(source.get("produces"))
        parameters = source.get("parameters")
        self.parameters: dict[str, Any] = parameters if isinstance(parameters, dict) else {}
        self.servers = self._servers(source.get("schemes"))

    def record(self, pointer: str, source_pointer: str) -> None:
        """The object at pointer of the new document was made from the one at source_pointer."""
        self.map.record(pointer, self.file, source_pointer, self.origins)
        self.reverse.setdefault(source_pointer, pointer)

    def warn(self, source_pointer: str, message: str, hint: str = "") -> None:
        file, pointer = self.origins.locate(source_pointer)
        self.diagnostics.append(warning(file, pointer, message, hint))

    # -- the document ----------------------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        source = self.source
        document: dict[str, Any] = {"openapi": OPENAPI_VERSION}
        self.record("/openapi", "/swagger")
        if "info" in source:
            document["info"] = source["info"]
        if self.servers:
            document["servers"] = self.servers
            self.record("/servers", "/host" if "host" in source else "/basePath")
        components = self._components()
        paths = source.get("paths")
        if isinstance(paths, dict):
            document["paths"] = {
                path: (
                    self._path_item(item, join_pointer("/paths", path))
                    if not str(path).startswith("x-")
                    else item
                )
                for path, item in paths.items()
            }
        elif "paths" in source:
            document["paths"] = paths
        if components:
            document["components"] = components
        handled = {
            "swagger",
            "info",
            "host",
            "basePath",
            "schemes",
            "consumes",
            "produces",
            "paths",
            "definitions",
            "parameters",
            "responses",
            "securityDefinitions",
        }
        for key, value in source.items():
            if key not in handled:
                document[key] = value  # security, tags, externalDocs, extensions, the unknown
        for holder, pointer in self.refs:
            self._check_ref(holder["$ref"], pointer)
            holder["$ref"] = self._translate(holder["$ref"])
        return document

    def _components(self) -> dict[str, Any]:
        source = self.source
        components: dict[str, Any] = {}
        definitions = source.get("definitions")
        if isinstance(definitions, dict):
            schemas = components["schemas"] = {}
            for name, schema in definitions.items():
                pointer = join_pointer("/definitions", name)
                schemas[name] = self.schema(schema, pointer)
                self.record(join_pointer("/components/schemas", name), pointer)
        parameters: dict[str, Any] = {}
        bodies: dict[str, Any] = {}
        for name, parameter in self.parameters.items():
            pointer = join_pointer("/parameters", name)
            location = parameter.get("in") if isinstance(parameter, dict) else None
            if location == "body" and isinstance(parameter, dict):
                new_pointer = join_pointer("/components/requestBodies", name)
                bodies[name] = self._body(parameter, pointer, self.consumes, new_pointer)
            elif location != "formData":  # form fields only exist in an operation's body
                new_pointer = join_pointer("/components/parameters", name)
                parameters[name] = self._parameter(parameter, pointer, new_pointer)
                self.record(new_pointer, pointer)
        if parameters:
            components["parameters"] = parameters
        if bodies:
            components["requestBodies"] = bodies
        responses = source.get("responses")
        if isinstance(responses, dict):
            converted = components["responses"] = {}
            for name, response in responses.items():
                pointer = join_pointer("/responses", name)
                new_pointer = join_pointer("/components/responses", name)
                converted[name] = self._response(response, pointer, self.produces, new_pointer)
        security = source.get("securityDefinitions")
        if isinstance(security, dict):
            schemes = components["securitySchemes"] = {}
            for name, scheme in security.items():
                pointer = join_pointer("/securityDefinitions", name)
                schemes[name] = self._security_scheme(scheme, pointer)
                self.record(join_pointer("/components/securitySchemes", name), pointer)
        return components

    def _servers(self, schemes: Any) -> list[dict[str, Any]]:
        host, base_path = self.source.get("host"), self.source.get("basePath")
        base = base_path.strip() if isinstance(base_path, str) else ""
        if base and not base.startswith("/"):
            base = "/" + base
        if not isinstance(host, str) or not host.strip():
            return [{"url": base}] if base else []
        host = host.strip().rstrip("/")
        if _URL.match(host):
            self.warn("/host", f"host {host!r} includes a scheme; it should be a host name only")
            return [{"url": host + base.rstrip("/")}]
        listed = schemes if isinstance(schemes, list) else [schemes]
        names = [item.lower() for item in listed if isinstance(item, str)]
        chosen = [scheme for scheme in _SERVER_SCHEMES if scheme in names] or ["https"]
        return [{"url": f"{scheme}://{host}{base.rstrip('/')}"} for scheme in chosen]

    # -- paths and operations ----------------------------------------------------------------------

    def _path_item(self, item: Any, pointer: str) -> Any:
        if not isinstance(item, dict):
            return item
        shared = self._parameters(item.get("parameters"), join_pointer(pointer, "parameters"))
        converted: dict[str, Any] = {}
        for key, value in item.items():
            if key == "$ref" and isinstance(value, str):
                converted[key] = value
                self.refs.append((converted, pointer))
            elif key == "parameters" and isinstance(value, list):
                regular = [parameter for parameter in shared if not _in_body(parameter)]
                if regular:
                    converted["parameters"] = self._parameter_list(regular, pointer)
            elif key in METHODS and isinstance(value, dict):
                converted[key] = self._operation(value, join_pointer(pointer, key), shared)
            else:
                converted[key] = value
        return converted

    def _parameters(self, parameters: Any, pointer: str) -> list[_Parameter]:
        """The parameters listed at pointer, refs to the document's `parameters` resolved."""
        if not isinstance(parameters, list):
            return []
        found: list[_Parameter] = []
        for index, parameter in enumerate(parameters):
            place = join_pointer(pointer, index)
            if not isinstance(parameter, dict):
                found.append(_Parameter({"$invalid": parameter}, place, place, None))
                continue
            ref = parameter.get("$ref")
            prefix = "#/parameters/"
            if isinstance(ref, str) and ref.startswith(prefix):
                name = unquote(ref[len(prefix) :]).replace("~1", "/").replace("~0", "~")
                target = self.parameters.get(name)
                if isinstance(target, dict) and "$ref" not in target:
                    found.append(_Parameter(target, join_pointer("/parameters", name), place, name))
                    continue
            found.append(_Parameter(parameter, place, place, None))
        return found

    def _parameter_list(self, parameters: list[_Parameter], pointer: str) -> list[Any]:
        converted: list[Any] = []
        for index, parameter in enumerate(parameters):
            new_pointer = join_pointer(pointer, "parameters", index)
            if "$invalid" in parameter.value:
                converted.append(parameter.value["$invalid"])
            elif parameter.component is not None:
                converted.append(
                    {"$ref": "#" + join_pointer("/components/parameters", parameter.component)}
                )
            else:
                converted.append(self._parameter(parameter.value, parameter.pointer, new_pointer))
            self.record(new_pointer, parameter.place)
        return converted

    def _operation(
        self, operation: dict[str, Any], pointer: str, shared: list[_Parameter]
    ) -> dict[str, Any]:
        own = self._parameters(operation.get("parameters"), join_pointer(pointer, "parameters"))
        keys = {parameter.key for parameter in own}
        inherited = [parameter for parameter in shared if parameter.key not in keys]
        consumes = _media_types(operation["consumes"]) if "consumes" in operation else self.consumes
        produces = _media_types(operation["produces"]) if "produces" in operation else self.produces
        converted: dict[str, Any] = {}
        for key, value in operation.items():
            if key in ("consumes", "produces"):
                continue
            if key == "parameters":
                regular = [parameter for parameter in own if not _in_body(parameter)]
                if regular:
                    converted["parameters"] = self._parameter_list(regular, pointer)
            elif key == "responses" and isinstance(value, dict):
                converted["responses"] = self._responses(value, pointer, produces)
            elif key == "schemes":
                servers = self._servers(value)
                if servers and servers != self.servers:
                    converted["servers"] = servers
                    self.record(join_pointer(pointer, "servers"), join_pointer(pointer, key))
            else:
                converted[key] = value
        body = self._request_body(inherited + own, pointer, consumes)
        if body is None:
            return converted
        # the request body goes where OpenAPI documents usually have it: before the responses
        ordered: dict[str, Any] = {}
        for key, value in converted.items():
            if key == "responses":
                ordered["requestBody"] = body
            ordered[key] = value
        ordered.setdefault("requestBody", body)
        return ordered

    def _responses(self, responses: dict[str, Any], pointer: str, produces: list[str]) -> Any:
        converted: dict[str, Any] = {}
        for code, response in responses.items():
            source_pointer = join_pointer(pointer, "responses", code)
            if str(code).startswith("x-"):
                converted[code] = response
                continue
            ref = response.get("$ref") if isinstance(response, dict) else None
            if (
                isinstance(ref, str)
                and ref.startswith("#/responses/")
                and produces != self.produces
            ):
                # the shared response has the document's media types; this operation's differ
                name = unquote(ref[len("#/responses/") :]).replace("~1", "/").replace("~0", "~")
                shared = self.source.get("responses")
                target = shared.get(name) if isinstance(shared, dict) else None
                if isinstance(target, dict) and "schema" in target:
                    response = target
                    source_pointer = join_pointer("/responses", name)
            converted[code] = self._response(
                response, source_pointer, produces, join_pointer(pointer, "responses", code)
            )
        return converted

    # -- parameters and bodies -----------------------------------------------------------------

    def _parameter(self, parameter: Any, pointer: str, new_pointer: str) -> Any:
        if not isinstance(parameter, dict):
            return parameter
        if isinstance(parameter.get("$ref"), str):
            converted = dict(parameter)
            self.refs.append((converted, pointer))
            return converted
        converted = {}
        for key, value in parameter.items():
            if key in _VALUE_FIELDS or key in ("collectionFormat", "x-nullable", "schema"):
                continue
            converted[key] = value
        location = parameter.get("in")
        converted["schema"] = self._value_schema(parameter, pointer, "parameter")
        self._record_value_schema(parameter, pointer, new_pointer)
        style = self._style(parameter, pointer, location)
        if style is not None:
            converted["style"], converted["explode"] = style
        if "x-example" in parameter and "example" not in parameter:
            converted["example"] = parameter["x-example"]
        return converted

    def _value_schema(self, node: dict[str, Any], pointer: str, what: str) -> Any:
        """The schema of a parameter, header or items object, from its type, format, ..."""
        if "schema" in node and not any(key in node for key in ("type", "items")):
            return self.schema(node["schema"], join_pointer(pointer, "schema"))
        schema: dict[str, Any] = {}
        for key in _VALUE_FIELDS:
            if key not in node:
                continue
            value = node[key]
            if key == "items" and isinstance(value, dict):
                value = self._value_schema(value, join_pointer(pointer, "items"), "items")
            elif key == "items" and isinstance(value, list):
                value = self.schema(value, join_pointer(pointer, "items"))
            elif key == "type" and value == "file":
                schema["type"], schema["format"] = "string", "binary"
                continue
            elif key == "format" and node.get("type") == "file":
                continue
            schema[key] = copy_data(value)
        if isinstance(node.get("x-nullable"), bool):
            schema["nullable"] = node["x-nullable"]
        if "type" not in schema and what != "items":
            name = node.get("name")
            self.warn(
                pointer,
                (
                    f"{what} {name!r} has no type; read as a string"
                    if isinstance(name, str)
                    else f"this {what} has no type; read as a string"
                ),
                "give it a type: string, number, integer, boolean or array",
            )
            schema = {"type": "string", **schema}
        return schema

    def _style(self, node: dict[str, Any], pointer: str, location: Any) -> tuple[str, bool] | None:
        """`style` and `explode` for an array's `collectionFormat`, unless the defaults fit."""
        if node.get("type") != "array":
            return None
        form = location in ("query", "formData", "cookie")
        value = node.get("collectionFormat", "csv")
        if value == "multi":
            if form:
                return ("form", True)
            self.warn(
                join_pointer(pointer, "collectionFormat"),
                f"collectionFormat 'multi' is only for query and formData parameters, not "
                f"{location}; read as 'csv'",
            )
            value = "csv"
        if value == "tsv":
            self.warn(
                join_pointer(pointer, "collectionFormat"),
                "collectionFormat 'tsv' has no OpenAPI 3 equivalent; read as 'csv'",
                "tab-separated values are sent as comma-separated ones",
            )
            value = "csv"
        if value in ("ssv", "pipes"):
            if form:
                return ("spaceDelimited" if value == "ssv" else "pipeDelimited", False)
            self.warn(
                join_pointer(pointer, "collectionFormat"),
                f"collectionFormat {value!r} has no OpenAPI 3 equivalent for {location} "
                "parameters; read as 'csv'",
            )
            value = "csv"
        if value != "csv":
            self.warn(
                join_pointer(pointer, "collectionFormat"),
                f"unknown collectionFormat {value!r}; read as 'csv'",
                "use csv, ssv, tsv, pipes or multi",
            )
        return ("form", False) if form else None

    def _request_body(
        self, parameters: list[_Parameter], pointer: str, consumes: list[str]
    ) -> dict[str, Any] | None:
        bodies = [parameter for parameter in parameters if parameter.location == "body"]
        fields = [parameter for parameter in parameters if parameter.location == "formData"]
        new_pointer = join_pointer(pointer, "requestBody")
        for extra in bodies[1:]:
            self.warn(
                extra.place,
                "an operation has at most one body parameter; this one is ignored",
            )
        if bodies and fields:
            self.warn(
                fields[0].place,
                "an operation cannot have both a body and formData parameters; the formData "
                "parameters are ignored",
            )
        if bodies:
            body = bodies[0]
            if body.component is not None and consumes == self.consumes:
                self.record(new_pointer, body.place)
                return {"$ref": "#" + join_pointer("/components/requestBodies", body.component)}
            return self._body(body.value, body.pointer, consumes, new_pointer)
        if fields:
            return self._form(fields, pointer, consumes)
        return None

    def _body(
        self, parameter: dict[str, Any], pointer: str, consumes: list[str], new_pointer: str
    ) -> dict[str, Any]:
        """The request body an `in: body` parameter describes."""
        self.record(new_pointer, pointer)
        body: dict[str, Any] = {}
        if "description" in parameter:
            body["description"] = parameter["description"]
        schema_pointer = join_pointer(pointer, "schema") if "schema" in parameter else pointer
        examples = parameter.get("x-examples")
        examples = examples if isinstance(examples, dict) else {}
        content: dict[str, Any] = {}
        for media_type in consumes or [JSON]:
            if "schema" in parameter:
                schema = self.schema(parameter["schema"], schema_pointer)
            else:
                schema = self._value_schema(parameter, pointer, "body parameter")
            content[media_type] = {"schema": schema}
            if media_type in examples:
                content[media_type]["example"] = examples[media_type]
            self.record(join_pointer(new_pointer, "content", media_type, "schema"), schema_pointer)
        body["content"] = content
        if parameter.get("required") is True:
            body["required"] = True
        for key, value in parameter.items():
            if str(key).startswith("x-") and key != "x-examples":
                body[key] = value
        return body

    def _form(self, fields: list[_Parameter], pointer: str, consumes: list[str]) -> dict[str, Any]:
        """One form body from an operation's `in: formData` parameters."""
        has_file = any(field.value.get("type") == "file" for field in fields)
        media_types = [
            media_type for media_type in consumes if _essence(media_type) in (URLENCODED, MULTIPART)
        ]
        if has_file and media_types and all(_essence(item) == URLENCODED for item in media_types):
            self.warn(
                join_pointer(pointer, "consumes"),
                "a file cannot be sent as application/x-www-form-urlencoded; sent as "
                "multipart/form-data",
                "add multipart/form-data to consumes",
            )
            media_types = []
        if not media_types:
            media_types = [MULTIPART if has_file else URLENCODED]
        new_pointer = join_pointer(pointer, "requestBody")
        self.record(new_pointer, join_pointer(pointer, "parameters"))
        content: dict[str, Any] = {}
        for media_type in media_types:
            media_pointer = join_pointer(new_pointer, "content", media_type)
            properties: dict[str, Any] = {}
            encoding: dict[str, Any] = {}
            for field in fields:
                name = str(field.value.get("name"))
                schema = self._value_schema(field.value, field.pointer, "formData parameter")
                if "description" in field.value:
                    schema = {"description": field.value["description"], **schema}
                properties[name] = schema
                self.record(join_pointer(media_pointer, "schema", "properties", name), field.place)
                style = self._style(field.value, field.pointer, "formData")
                if (
                    style is not None
                    and style != ("form", True)
                    and _essence(media_type) == URLENCODED
                ):
                    encoding[name] = {"style": style[0], "explode": style[1]}
            schema = {"type": "object", "properties": properties}
            required = [
                str(field.value.get("name")) for field in fields if field.value.get("required")
            ]
            if required:
                schema["required"] = required
            content[media_type] = {"schema": schema}
            if encoding:
                content[media_type]["encoding"] = encoding
        body: dict[str, Any] = {"content": content}
        if any(field.value.get("required") is True for field in fields):
            body["required"] = True
        return body

    # -- responses -----------------------------------------------------------------------------

    def _response(self, response: Any, pointer: str, produces: list[str], new_pointer: str) -> Any:
        if not isinstance(response, dict):
            return response
        if isinstance(response.get("$ref"), str):
            converted = dict(response)
            self.refs.append((converted, pointer))
            self.record(new_pointer, pointer)
            return converted
        self.record(new_pointer, pointer)
        converted = {}
        for key, value in response.items():
            if key == "schema":
                converted["content"] = self._content(response, pointer, produces, new_pointer)
            elif key == "examples" and isinstance(value, dict):
                if "schema" not in response:
                    converted["content"] = self._content(response, pointer, [], new_pointer)
            elif key == "headers" and isinstance(value, dict):
                converted["headers"] = {
                    name: self._header(
                        header,
                        join_pointer(pointer, "headers", name),
                        join_pointer(new_pointer, "headers", name),
                    )
                    for name, header in value.items()
                }
            else:
                converted[key] = value
        return converted

    def _content(
        self, response: dict[str, Any], pointer: str, produces: list[str], new_pointer: str
    ) -> dict[str, Any]:
        examples = response.get("examples")
        examples = examples if isinstance(examples, dict) else {}
        source = response.get("schema")
        default = (
            [JSON] if not (isinstance(source, dict) and source.get("type") == "file") else [BINARY]
        )
        media_types = list(produces or ([] if "schema" not in response else default))
        media_types += [media_type for media_type in examples if media_type not in media_types]
        schema_pointer = join_pointer(pointer, "schema")
        content: dict[str, Any] = {}
        schema = self.schema(source, schema_pointer) if "schema" in response else None
        for index, media_type in enumerate(media_types):
            media: dict[str, Any] = {}
            media_pointer = join_pointer(new_pointer, "content", media_type)
            if schema is not None:
                media["schema"] = schema if index == 0 else self.schema(source, schema_pointer)
                self.record(join_pointer(media_pointer, "schema"), schema_pointer)
            if media_type in examples:
                media["example"] = examples[media_type]
                self.record(
                    join_pointer(media_pointer, "example"),
                    join_pointer(pointer, "examples", media_type),
                )
            content[media_type] = media
        return content

    def _header(self, header: Any, pointer: str, new_pointer: str) -> Any:
        if not isinstance(header, dict) or isinstance(header.get("$ref"), str):
            return header
        converted: dict[str, Any] = {}
        for key, value in header.items():
            if key not in _VALUE_FIELDS and key not in ("collectionFormat", "x-nullable"):
                converted[key] = value
        converted["schema"] = self._value_schema(header, pointer, "header")
        self._record_value_schema(header, pointer, new_pointer)
        self._style(header, pointer, "header")
        return converted

    def _record_value_schema(self, node: dict[str, Any], pointer: str, new_pointer: str) -> None:
        """A parameter's or header's schema is made from the fields of the object itself."""
        if "schema" not in node or any(key in node for key in ("type", "items")):
            self.record(join_pointer(new_pointer, "schema"), pointer)

    # -- schemas and security ------------------------------------------------------------------

    def schema(self, schema: Any, pointer: str) -> Any:
        """A Swagger schema as an OpenAPI 3.0 schema (refs are rewritten at the end)."""
        if isinstance(schema, list):
            return [
                self.schema(item, join_pointer(pointer, index)) for index, item in enumerate(schema)
            ]
        if not isinstance(schema, dict):
            return schema
        converted: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str):
                converted[key] = value
                self.refs.append((converted, pointer))
            elif key == "x-nullable" and isinstance(value, bool):
                converted.setdefault("nullable", value)
            elif key == "discriminator" and isinstance(value, str):
                converted[key] = {"propertyName": value}
            elif key == "type" and value == "file":
                converted["type"], converted["format"] = "string", "binary"
            elif key == "format" and schema.get("type") == "file":
                continue
            elif key in _SCHEMA_MAPS and isinstance(value, dict):
                converted[key] = {
                    name: self.schema(item, join_pointer(pointer, key, name))
                    for name, item in value.items()
                }
            elif key in _SCHEMA_ONES or key in _SCHEMA_LISTS:
                converted[key] = self.schema(value, join_pointer(pointer, key))
            elif key == "items" and isinstance(value, list):
                converted[key] = self._tuple_items(value, join_pointer(pointer, key))
            elif key == "items":
                converted[key] = self.schema(value, join_pointer(pointer, key))
            else:
                converted[key] = value
        return converted

    def _tuple_items(self, items: list[Any], pointer: str) -> Any:
        if len(items) == 1:
            return self.schema(items[0], join_pointer(pointer, 0))
        self.warn(
            pointer,
            "items is a list of schemas (a tuple); OpenAPI 3.0 has one items schema, so the "
            "items are read as any of these",
        )
        return {"anyOf": self.schema(items, pointer)} if items else {}

    def _security_scheme(self, scheme: Any, pointer: str) -> Any:
        if not isinstance(scheme, dict):
            return scheme
        kind = scheme.get("type")
        converted: dict[str, Any] = {}
        if kind == "basic":
            converted = {"type": "http", "scheme": "basic"}
        elif kind == "apiKey":
            converted = {"type": "apiKey"}
            for key in ("name", "in"):
                if key in scheme:
                    converted[key] = scheme[key]
        elif kind == "oauth2":
            converted = {"type": "oauth2", "flows": self._flows(scheme, pointer)}
        else:
            return dict(scheme)
        for key, value in scheme.items():
            if key == "description" or str(key).startswith("x-"):
                converted[key] = value
        return converted

    def _flows(self, scheme: dict[str, Any], pointer: str) -> dict[str, Any]:
        flow = scheme.get("flow")
        known = _OAUTH_FLOWS.get(flow) if isinstance(flow, str) else None
        if known is None:
            self.warn(
                join_pointer(pointer, "flow"),
                f"unknown OAuth2 flow {flow!r}; the scheme has no flows",
                "use implicit, password, application or accessCode",
            )
            return {}
        name, urls = known
        converted: dict[str, Any] = {url: scheme[url] for url in urls if url in scheme}
        scopes = scheme.get("scopes")
        converted["scopes"] = scopes if isinstance(scopes, dict) else {}
        return {name: converted}

    # -- refs ----------------------------------------------------------------------------------

    def _check_ref(self, ref: str, pointer: str) -> None:
        """Report a local ref that points to nothing in the Swagger document, as written there."""
        if not ref.startswith("#/"):
            return
        problem = resolve_pointer(self.source, unquote(ref[1:]))[1]
        if problem is not None:
            file, file_pointer = self.origins.locate(join_pointer(pointer, "$ref"))
            self.diagnostics.append(
                error(file, file_pointer, f"$ref {ref!r} points to nothing: {problem}")
            )

    def _translate(self, ref: str) -> str:
        """A local ref of the Swagger document as a ref to where that object is now."""
        if not ref.startswith("#/"):
            return ref
        for fragment in dict.fromkeys((ref[1:], unquote(ref[1:]))):
            prefix = fragment
            while prefix:
                target = self.reverse.get(prefix)
                if target is not None:
                    return "#" + target + fragment[len(prefix) :]
                prefix = prefix[: prefix.rfind("/")]
        return ref


def _media_types(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(item for item in value if isinstance(item, str) and item.strip()))


def _essence(media_type: str) -> str:
    return media_type.split(";")[0].strip().lower()


def _in_body(parameter: _Parameter) -> bool:
    return parameter.location in ("body", "formData")
