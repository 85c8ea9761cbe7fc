"""Response bodies: what an operation returns for each status, and how the body is decoded."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from typing import Any, get_args

import httpx
from pydantic import TypeAdapter, ValidationError

# The base of every model a JSON body decodes to, imported with the client rather than by the
# first call: it loads pydantic's field machinery, about 20 ms, which any first model needs.
from . import _models as _models
from .errors import APIResponseValidationError, printable


class ResponseBody(ABC):
    """How the body of a response with one status (or range of statuses) is decoded."""

    @abstractmethod
    def decode(self, response: httpx.Response) -> object:
        """The value of a success response; raise APIResponseValidationError if it does not fit."""

    def json_decoder(self, response: httpx.Response) -> JsonBody | None:
        """What decodes `response` as JSON of the declared type, if it is JSON: error bodies use it."""
        return None


class JsonBody(ResponseBody):
    """A JSON body validated against a type.

    The type comes from a function, called on first use: a resource module names its models
    through the `models` package, which imports a model only when it is first asked for, so
    importing the resource module imports none of them. The validator is built then and kept.
    """

    # `Any`: a type expression (class, list[X], union); Python 3.10 has no annotation for that.
    def __init__(self, load_type: Callable[[], Any]) -> None:
        self._load_type = load_type
        self._type: Any = None
        self._adapter: TypeAdapter[object] | None = None

    def validate(self, response: httpx.Response) -> object:
        """Parse and validate the body; raise pydantic's ValidationError if it does not fit."""
        return self.validate_json(response.content)

    def validate_json(self, content: str | bytes) -> object:
        """Parse and validate JSON text (a body, an event's data); ValidationError if it does not fit."""
        if self._adapter is None:
            self._type = self._load_type()
            self._adapter = TypeAdapter(self._type)
        return self._adapter.validate_json(content)

    def json_decoder(self, response: httpx.Response) -> JsonBody:
        return self

    def decode(self, response: httpx.Response) -> object:
        try:
            return self.validate(response)
        except ValidationError as error:
            raise self.mismatch(
                error,
                f"The response to {call_name(response.request)}",
                response,
                loose_body(response),
            ) from error

    def mismatch(
        self, error: ValidationError, subject: str, response: httpx.Response, body: object
    ) -> APIResponseValidationError:
        """The error for `subject` (the body, or one event of it) that `error` says does not fit."""
        return APIResponseValidationError(
            f"{subject} does not fit {_type_name(self._type)}: {_summary(error)}",
            response=response,
            body=body,
        )


class ContentTypeBody(ResponseBody):
    """A body the spec gives as a media range (`*/*`, `application/*`), decoded by its Content-Type.

    JSON is validated against the schema's type, text is a str where the range admits text,
    anything else is bytes.
    """

    def __init__(self, load_type: Callable[[], Any], *, text: bool) -> None:
        self._json = JsonBody(load_type)
        self._text = text

    def json_decoder(self, response: httpx.Response) -> JsonBody | None:
        return self._json if _is_json(response) else None

    def decode(self, response: httpx.Response) -> object:
        if _is_json(response):
            return self._json.decode(response)
        if self._text and _media_type(response).startswith("text/"):
            return response.text
        return response.content


class _EmptyBody(ResponseBody):
    def decode(self, response: httpx.Response) -> None:
        return None


class _TextBody(ResponseBody):
    def decode(self, response: httpx.Response) -> str:
        return response.text


class _BinaryBody(ResponseBody):
    def decode(self, response: httpx.Response) -> bytes:
        return response.content


class _WholeResponse(ResponseBody):
    def decode(self, response: httpx.Response) -> httpx.Response:
        return response


def json_body(load_type: Callable[[], Any]) -> JsonBody:
    """A JSON body of the type `load_type` returns when first called (a model, `list[Model]`,
    a union, `dict[str, Any]`...)."""
    return JsonBody(load_type)


def by_content_type(load_type: Callable[[], Any], *, text: bool = True) -> ContentTypeBody:
    """A body that is JSON of the type `load_type` returns, or else text (if `text`) or bytes,
    as its Content-Type says."""
    return ContentTypeBody(load_type, text=text)


EMPTY: ResponseBody = _EmptyBody()
"""No body: the operation returns None."""

TEXT: ResponseBody = _TextBody()
"""A text body: the operation returns str."""

BINARY: ResponseBody = _BinaryBody()
"""A binary body: the operation returns bytes."""


_CAST_BODIES: tuple[tuple[object, ResponseBody], ...] = (
    (str, TEXT),
    (bytes, BINARY),
    (type(None), EMPTY),
    (httpx.Response, _WholeResponse()),
)


def cast_body(cast_to: Any) -> ResponseBody:
    """How a request the spec does not describe decodes its body as `cast_to`: `str` is the
    text, `bytes` the content, `type(None)` nothing, `httpx.Response` the response itself and
    any other type the JSON validated against it."""
    declared = next((body for tp, body in _CAST_BODIES if cast_to is tp), None)
    return declared or json_body(lambda: cast_to)


def select_body(responses: Mapping[str, ResponseBody], status_code: int) -> ResponseBody | None:
    """The body declared for a status: the exact status, else its range ("2XX"), else "default"."""
    for key in (str(status_code), f"{status_code // 100}XX", "default"):
        if key in responses:
            return responses[key]
    return None


def decode_success(responses: Mapping[str, ResponseBody], response: httpx.Response) -> object:
    """The value of a 2xx response.

    The exact status or its range decides; a success status the spec does not list (a 202
    where it says 200) is decoded with the first success body it does list, since "default"
    usually describes errors; "default" serves when no success body is listed at all.
    """
    status = response.status_code
    body = (
        responses.get(str(status))
        or responses.get(f"{status // 100}XX")
        or next((body for key, body in responses.items() if key.startswith("2")), None)
        or responses.get("default", EMPTY)
    )
    return body.decode(response)


def decode_error(responses: Mapping[str, ResponseBody], response: httpx.Response) -> object:
    """The body of an error response: the declared model when it fits, else `loose_body`."""
    body = select_body(responses, response.status_code)
    decoder = None if body is None else body.json_decoder(response)
    if decoder is not None:
        try:
            return decoder.validate(response)
        except ValidationError:
            pass  # an error body that breaks its schema is still worth showing as it is
    return loose_body(response)


def loose_body(response: httpx.Response) -> object:
    """The body as decoded JSON, else as text; None when it is empty."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def _is_json(response: httpx.Response) -> bool:
    """Whether the response's Content-Type is JSON: `application/json`, `...+json` and the like."""
    media_type = _media_type(response)
    return media_type.endswith("+json") or (
        media_type.startswith("application/") and "json" in media_type
    )


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("content-type", "")  # httpx types `get` as Any
    return content_type.split(";")[0].strip().lower()


def call_name(request: httpx.Request) -> str:
    """How messages name a call: method and path, never the query (it may carry an API key)."""
    return f"{request.method} {request.url.path}"


def _type_name(tp: object) -> str:
    # A plain class by its name; generics (list[X]) and unions by their full repr.
    return tp.__name__ if isinstance(tp, type) and not get_args(tp) else repr(tp)


def _summary(error: ValidationError) -> str:
    """Where and why validation failed, without the offending values (they may be anything)."""
    # Locations hold the server's keys, and messages may quote the server's values.
    problems = [
        printable(f"{'.'.join(str(part) for part in problem['loc']) or '(body)'}: {problem['msg']}")
        for problem in error.errors(include_url=False, include_input=False)
    ]
    return "; ".join(problems[:5]) + (
        f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
    )
