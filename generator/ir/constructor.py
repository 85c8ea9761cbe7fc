"""The client constructor's arguments, and the docstrings that list them."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from generator.ir import types as t
from generator.ir.model import ConstructorArgument, Environment, SecurityScheme, ServerVariable

# The options every client takes, after its credentials, environment and server variables.
_OPTIONS = (
    ("timeout", "float | httpx.Timeout | None", "DEFAULT_TIMEOUT", "Seconds (or an httpx.Timeout) allowed for each request; None waits forever."),
    ("max_retries", "int", "DEFAULT_MAX_RETRIES", "How many times a failed request is retried."),
    ("default_headers", "Mapping[str, str] | None", "None", "Headers sent with every request."),
    ("http_client", "httpx.Client | None", "None", "An httpx client of your own to send requests with."),
    ("deadline", "float | None", "None", "Seconds a whole call may take, retries and reading the body included; None for no limit."),
    ("max_response_size", "int | None", "DEFAULT_MAX_RESPONSE_SIZE", "The most bytes a response body may have once decompressed; None for no limit."),
    ("auth", "httpx.Auth | None", "None", "An httpx.Auth that authenticates every request instead of the credentials above."),
)  # fmt: skip


def constructor_arguments(
    security: Sequence[SecurityScheme],
    environments: Sequence[Environment],
    server_variables: Sequence[ServerVariable],
    base_url_env_var: str,
) -> tuple[ConstructorArgument, ...]:
    """Every keyword argument of the constructor, in the order it declares them."""
    arguments = [
        ConstructorArgument(
            argument.name,
            "str | None",
            "None",
            f"{scheme.description or f'Credential for the {scheme.key} scheme.'} Defaults to the {argument.env_var} environment variable.",
        )
        for scheme in security
        for argument in scheme.arguments
    ]
    if len(environments) > 1:
        names = ", ".join(f'"{env.name}"' for env in environments)
        arguments.append(
            ConstructorArgument("environment", "Environment", t.python_literal(environments[0].name), f"The server to use: one of {names}; the first is the default.")
        )
    for variable in server_variables:
        if variable.default is None:
            arguments.append(ConstructorArgument(variable.name, "str | None", "None", f"{variable.description} Defaults to the environment's own default."))
        else:
            described = f'{variable.description} Defaults to "{variable.default}".'
            arguments.append(ConstructorArgument(variable.name, "str", t.python_literal(variable.default), described))
    arguments.append(
        ConstructorArgument("base_url", "str | httpx.URL | None", "None", f"Overrides the server; defaults to the {base_url_env_var} environment variable.")
    )
    for name, annotation, default, description in _OPTIONS:
        async_annotation = "httpx.AsyncClient | None" if name == "http_client" else ""
        arguments.append(ConstructorArgument(name, annotation, default, description, async_annotation))
    return tuple(arguments)


def constructor_docstring(arguments: Sequence[ConstructorArgument]) -> str:
    return "Create a client.\n\nArgs:\n" + "\n".join(_argument_line(argument.name, argument.description) for argument in arguments)


def copy_docstring(arguments: Sequence[ConstructorArgument]) -> str:
    """The docstring of `copy()`, which takes the constructor's arguments in place of the client's."""
    lines = [_argument_line(argument.name, f"In place of this client's `{argument.name}` (see the constructor).") for argument in arguments]
    return (
        "A copy of this client, with the arguments given in place of those it was created with.\n\n"
        "The copy shares this client's HTTP connection pool unless `http_client` is given, and\n"
        "this client stays as it was. `with_options` is another name for this method.\n\n"
        "Args:\n" + "\n".join(lines)
    )


def _argument_line(name: str, description: str) -> str:
    text = " ".join(description.split())
    wrapped = textwrap.wrap(text, max(72 - len(name), 30), break_on_hyphens=False, break_long_words=False)
    return "\n".join([f"    {name}: {wrapped[0]}"] + [f"        {line}" for line in wrapped[1:]])
