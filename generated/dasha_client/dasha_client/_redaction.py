"""What log lines and error messages may show of a request: its credentials masked.

A header or query parameter is masked when the client sends a credential in it, and also
when its name looks like one (`Authorization`, `X-API-Key`, `access_token`, `Cookie`...),
since a key passed in `default_headers` or `extra_query` is a credential the spec never named.
"""

from __future__ import annotations

from collections.abc import Collection

import httpx

REDACTED = "[REDACTED]"

_SECRET_WORDS = (
    "auth",
    "cookie",
    "credential",
    "key",
    "passw",
    "secret",
    "session",
    "signature",
    "token",
)

_SHORTEST_SECRET = 4
"""Values shorter than this are not searched for in text: they would mask ordinary words."""


def is_secret(name: str, credentials: Collection[str] = ()) -> bool:
    """Whether the header or query parameter `name` carries, or looks like it carries, a credential."""
    lowered = name.lower()
    return lowered in credentials or any(word in lowered for word in _SECRET_WORDS)


def redacted_url(url: httpx.URL, credentials: Collection[str] = ()) -> str:
    """`url` without its user info, and with the values of secret query parameters masked."""
    params = [
        (name, REDACTED if is_secret(name, credentials) else value)
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(userinfo=b"", params=params))


def redacted_headers(headers: httpx.Headers, credentials: Collection[str] = ()) -> dict[str, str]:
    """`headers` with the values of secret ones masked (a repeated header's values joined)."""
    return {
        name: REDACTED if is_secret(name, credentials) else value for name, value in headers.items()
    }


def without_secrets(text: str, request: httpx.Request) -> str:
    """`text` with every credential `request` sent replaced by the mask.

    For text the server wrote, which may quote back the key it refused.
    """
    for secret in _secret_values(request):
        text = text.replace(secret, REDACTED)
    return text


def _secret_values(request: httpx.Request) -> set[str]:
    """The values of `request`'s secret headers and query parameters, and their last words
    (the token of `Authorization: Bearer <token>`)."""
    pairs = [*request.headers.multi_items(), *request.url.params.multi_items()]
    values = {value for name, value in pairs if is_secret(name)}
    values |= {value.split()[-1] for value in values if value.split()}
    return {value for value in values if len(value) >= _SHORTEST_SECRET}
