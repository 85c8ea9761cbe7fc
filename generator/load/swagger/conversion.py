"""A self-contained Swagger 2.0 document (refs to other files bundled) as OpenAPI 3.0.3.

`Converter` makes the new document and, in `map`, the `Origins` that lead each of its pointers
back to where it was made from. Every `$ref` is rewritten at the end, once each object of the
Swagger document has its new place.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.diagnostics import (
    Diagnostic,
    error,
    join_pointer,
    unescape_pointer_token,
    warning,
)
from generator.load.data import is_url, resolve_pointer
from generator.load.grammar import SWAGGER_METHODS
from generator.load.origins import Origins
from generator.load.swagger.bodies import (
    JSON,
    VALUE_FIELDS,
    Parameter,
    collection_style,
    parameter_body,
    request_body,
    value_schema,
)
from generator.load.swagger.schemas import RefHolders, SchemaConverter

OPENAPI_VERSION = "3.0.3"
BINARY = "application/octet-stream"

_OAUTH_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}
_SERVER_SCHEMES = ("https", "http")


class Converter:
    """Converts one Swagger document; `run` returns the OpenAPI 3 document."""

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
        self.refs: RefHolders = []
        self.schemas = SchemaConverter(self.warn, self.refs)
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

    def warn(self, pointer: str, message: str, hint: str = "") -> None:
        """Warn about the object at a pointer of the Swagger document."""
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(warning(file, file_pointer, message, hint))

    def schema(self, schema: Any, pointer: str) -> Any:
        """A Swagger schema as an OpenAPI 3.0 schema (refs are rewritten at the end)."""
        return self.schemas.convert(schema, pointer)

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
                bodies[name] = parameter_body(self, parameter, pointer, self.consumes, new_pointer)
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
        if is_url(host):
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
                regular = [parameter for parameter in shared if not parameter.in_body]
                if regular:
                    converted["parameters"] = self._parameter_list(regular, pointer)
            elif key in SWAGGER_METHODS and isinstance(value, dict):
                converted[key] = self._operation(value, join_pointer(pointer, key), shared)
            else:
                converted[key] = value
        return converted

    def _parameters(self, parameters: Any, pointer: str) -> list[Parameter]:
        """The parameters listed at pointer, refs to the document's `parameters` resolved."""
        if not isinstance(parameters, list):
            return []
        found: list[Parameter] = []
        for index, parameter in enumerate(parameters):
            place = join_pointer(pointer, index)
            if not isinstance(parameter, dict):
                found.append(Parameter({"$invalid": parameter}, place, place, None))
                continue
            ref = parameter.get("$ref")
            prefix = "#/parameters/"
            if isinstance(ref, str) and ref.startswith(prefix):
                name = unescape_pointer_token(unquote(ref[len(prefix) :]))
                target = self.parameters.get(name)
                if isinstance(target, dict) and "$ref" not in target:
                    found.append(Parameter(target, join_pointer("/parameters", name), place, name))
                    continue
            found.append(Parameter(parameter, place, place, None))
        return found

    def _parameter_list(self, parameters: list[Parameter], pointer: str) -> list[Any]:
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
        self, operation: dict[str, Any], pointer: str, shared: list[Parameter]
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
                regular = [parameter for parameter in own if not parameter.in_body]
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
        body = request_body(
            self, inherited + own, pointer, consumes, shares_bodies=consumes == self.consumes
        )
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
                name = unescape_pointer_token(unquote(ref[len("#/responses/") :]))
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
            if key in VALUE_FIELDS or key in ("collectionFormat", "x-nullable", "schema"):
                continue
            converted[key] = value
        location = parameter.get("in")
        converted["schema"] = value_schema(self, parameter, pointer, "parameter")
        self._record_value_schema(parameter, pointer, new_pointer)
        style = collection_style(self, parameter, pointer, location)
        if style is not None:
            converted["style"], converted["explode"] = style
        if "x-example" in parameter and "example" not in parameter:
            converted["example"] = parameter["x-example"]
        return converted

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
            if key not in VALUE_FIELDS and key not in ("collectionFormat", "x-nullable"):
                converted[key] = value
        converted["schema"] = value_schema(self, header, pointer, "header")
        self._record_value_schema(header, pointer, new_pointer)
        collection_style(self, header, pointer, "header")
        return converted

    def _record_value_schema(self, node: dict[str, Any], pointer: str, new_pointer: str) -> None:
        """A parameter's or header's schema is made from the fields of the object itself."""
        if "schema" not in node or any(key in node for key in ("type", "items")):
            self.record(join_pointer(new_pointer, "schema"), pointer)

    # -- schemas and security ------------------------------------------------------------------

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
