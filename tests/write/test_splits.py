"""`black_split` prints what black prints for the statements it knows, at every length
around black's thresholds, and leaves the rest to black."""

from __future__ import annotations

import black
import pytest

from generator.write.format import BLACK_MODE
from generator.write.splits import (
    black_split,
    black_split_exploded_call,
    black_split_signature,
)

# Names whose lengths cross the points where black changes its mind: the head, the body and
# each element fitting or not.
LENGTHS = range(20, 100, 3)


def _name(length: int, start: str = "N") -> str:
    return (start + "x" * length)[:length]


def _enum_aliases() -> list[str]:
    values = [", ".join(f'"value_{i}"' for i in range(count)) for count in (1, 2, 5, 9)]
    return [
        f"{_name(length)} = Annotated[Literal[{inner}], OpenEnum]"
        # Past the point where even `Name = (` is too long.
        for length in range(20, 112, 3)
        for inner in values
    ]


def _raw_attributes() -> list[str]:
    # Every length, past the point where nothing fits any more.
    return [
        f"        self.{name} = {wrapper}(resource.{name})"
        for length in range(20, 125)
        if (name := _name(length, "m"))
        for wrapper in (
            "to_raw_response",
            "to_async_raw_response",
            "async_to_streamed_response",
        )
    ]


def _fields() -> list[str]:
    fields = []
    for length in LENGTHS:
        model = _name(length)
        for annotation in (
            model,
            f"models.{model}",
            f"{model} | None",
            f"list[{model}]",
            f"list[{model}] | None",
            f"{model} | {model}Other | None",
            f"dict[str, {model}]",
        ):
            for default in ("", " = None", ' = "ALWAYS"'):
                fields.append(f"    data: {annotation}{default}")
                fields.append(f"    data_of_some_length: {annotation}{default}")
            fields.append(
                f'    data: {annotation} = Field(default=None, validation_alias="dataOf", '
                f'serialization_alias="dataOf")'
            )
    return fields


def _exports() -> list[str]:
    return [
        f"__all__ = [{names}]"
        for length in LENGTHS
        for names in (
            f'"{_name(length)}"',
            f'"{_name(length)}", "{_name(length, "M")}", "Other"',
        )
    ]


def _union_aliases() -> list[str]:
    return [
        f"{_name(length)} = {' | '.join(members)}"
        for length in range(20, 112, 3)
        for members in (
            [_name(length // 2, "A"), _name(length // 2, "B")],
            [f"list[{_name(length // 3)}]", "None"],
            [f"{_name(length // 3, 'M')}{number}" for number in range(8)],
        )
    ]


def _calls() -> list[str]:
    return [
        f"{margin}{call}"
        for length in range(20, 140, 3)
        for call in (
            f'warnings.warn("{_name(length)}", DeprecationWarning, stacklevel=2)',
            f"print({_name(length)})",
            f"log.info({_name(length // 2)}, {_name(length // 2)}, {_name(length // 2)})",
            f"f(g({_name(length)}), x=1)",
        )
        for margin in ("", "        ")
    ]


STATEMENTS = [
    *_enum_aliases(),
    *_calls(),
    *_union_aliases(),
    *_raw_attributes(),
    *_fields(),
    *_exports(),
]


def _black(statement: str) -> str:
    indent = len(statement) - len(statement.lstrip(" "))
    margin = " " * indent
    mode = black.Mode(
        target_versions=BLACK_MODE.target_versions,
        line_length=BLACK_MODE.line_length - indent,
    )
    formatted = black.format_str(statement[indent:] + "\n", mode=mode)
    return "\n".join(margin + line if line else line for line in formatted.rstrip("\n").split("\n"))


@pytest.mark.parametrize("statement", STATEMENTS)
def test_splits_as_black_does(statement: str) -> None:
    split = black_split(statement)
    assert split is None or split == _black(statement)


def test_knows_most_of_the_long_statements() -> None:
    long = [statement for statement in STATEMENTS if len(statement) > BLACK_MODE.line_length]
    known = [statement for statement in long if black_split(statement) is not None]
    assert len(known) > len(long) / 2


_LONG = _name(96, "a")


@pytest.mark.parametrize(
    "statement",
    [
        f"x = f({_LONG})[b]",
        f"x = a.f({_LONG})",
        f"x: int = [1, {_LONG}]",
        f"x = f(*{_LONG})",
        f'x = f("{_LONG}" "b")',
        f"x = f({_LONG})  # comment",
        f"x = f({_LONG},)",
        f"x  = f({_LONG})",
        f"x = f(lambda: {_LONG})",
        f"f({_LONG})(b)",
        f"assert({_LONG})",
        f"f({_LONG}).b",
    ],
)
def test_leaves_other_statements_to_black(statement: str) -> None:
    assert len(statement) > BLACK_MODE.line_length, "long enough to need a split"
    assert black_split(statement) is None


def _has_long_line(code: str) -> bool:
    return any(len(line) > BLACK_MODE.line_length for line in code.split("\n"))


def _black_in(head: str, code: str, tail: str) -> str:
    """Black's output for `code` inside the lines `head` and `tail`, without them."""
    formatted = black.format_str(f"{head}{code}\n{tail}", mode=BLACK_MODE)
    assert formatted.startswith(head) and formatted.endswith(tail)
    return formatted[len(head) : len(formatted) - len(tail)].removesuffix("\n")


def _class_headers() -> list[str]:
    """Headers as long as black splits at the brackets, and longer than `class Name(` fits."""
    return [
        f"{margin}class {_name(length)}({bases}):"
        for length in range(60, 112, 3)
        for bases in (
            "BaseModel",
            "str, Enum",
            "BaseModel, Generic[T]",
            "RootModel[list[Item]]",
            "TypedDict, total=False",
            ", ".join(f"Base{number}" for number in range(16)),
        )
        for margin in ("", "    ")
    ]


CLASS_HEADERS = _class_headers()


@pytest.mark.parametrize("header", CLASS_HEADERS)
def test_splits_class_headers_as_black_does(header: str) -> None:
    nested = header.startswith(" ")
    head, body = ("class Outer:\n", "        pass\n") if nested else ("", "    pass\n")
    split = black_split(header)
    assert split is None or split == _black_in(head, header, body)


def test_knows_the_long_class_headers() -> None:
    long = [header for header in CLASS_HEADERS if len(header) > BLACK_MODE.line_length]
    assert long and all(black_split(header) is not None for header in long)


def _signatures() -> list[str]:
    """Methods whose signature has one parameter of every annotation length, among short ones."""
    signatures = []
    for length in range(20, 110, 2):
        model = _name(length)
        for annotation in (
            f"{model} | NotGiven",
            f"list[{model}] | NotGiven",
            f"{model} | dict[str, Any] | None | NotGiven",
            f"list[{model} | dict[str, Any] | None] | NotGiven",
            f"{model} | None",
            model,
        ):
            for default in (" = NOT_GIVEN", " = None", ""):
                signatures.append(
                    "    async def create_the_thing(\n"
                    "        self,\n"
                    "        *,\n"
                    f"        name_of_it: {annotation}{default},\n"
                    "        extra_headers: Headers | None = None,\n"
                    "    ) -> Thing:"
                )
    return signatures


SIGNATURES = _signatures()


@pytest.mark.parametrize("signature", SIGNATURES)
def test_splits_signatures_as_black_does(signature: str) -> None:
    split = black_split_signature(signature)
    assert split is None or split == _black_in("class Things:\n", signature, "        pass\n")


def test_knows_most_of_the_long_signatures() -> None:
    long = [signature for signature in SIGNATURES if _has_long_line(signature)]
    known = [signature for signature in long if black_split_signature(signature) is not None]
    assert len(known) > len(long) / 2


def _method(parameter: str) -> str:
    return f"    def create(\n        self,\n        {parameter},\n    ) -> None:"


@pytest.mark.parametrize(
    "signature",
    [
        _method("name: " + "A" * 110 + " = NOT_GIVEN"),
        _method("name: A | " + "B" * 90 + ' = "x"'),
        _method("name: A | " + "B" * 90 + " = f(x)"),
        _method("name: A  | " + "B" * 90 + " = None"),
        "    x = call(\n        name: A | " + "B" * 90 + " = None,\n    )",
    ],
)
def test_leaves_other_signatures_to_black(signature: str) -> None:
    assert black_split_signature(signature) is None


def _endpoint_constants() -> list[str]:
    """Endpoint constants of every annotation length, with one to three type arguments, whose
    arguments are short, or hold a long string, a long dict or a long lambda."""
    long_name = _name(78, "M")
    longish_name = _name(64, "M")
    arguments = (
        "",
        f'    path="/things/{"{thing_id}" * 12}",\n',
        "    query_styles={"
        + ", ".join(f'"$name{count}": ("form", False)' for count in range(8))
        + "},\n",
        f'    query_styles={{"$select": ("form", False), "${long_name}": ("form", False)}},\n',
        f'    responses={{\n        "200": json_body(lambda: models.{longish_name}),\n    }},\n',
        f'    query_styles={{"${longish_name}": ("form", False)}},\n',
    )
    constants = []
    for length in range(10, 110, 4):
        model = _name(length)
        for annotation in (
            f"Endpoint[{model}]",
            f"Endpoint[{model} | None]",
            f"Endpoint[list[{model}]]",
            f"PagedEndpoint[{model}, {model}Item]",
            f"PagedEndpoint[list[{model}], Item]",
            f"Endpoint[{model} | Other | None]",
        ):
            for target in ("_LIST", "_LIST_THE_REPOSITORIES_OF_AN_ORGANIZATION"):
                for argument in arguments:
                    constants.append(
                        f"{target}: {annotation} = {annotation.partition('[')[0]}(\n"
                        '    method="GET",\n'
                        f"{argument}"
                        '    accept="application/json",\n'
                        ")"
                    )
    return constants


ENDPOINT_CONSTANTS = _endpoint_constants()


@pytest.mark.parametrize("constant", ENDPOINT_CONSTANTS)
def test_splits_endpoint_constants_as_black_does(constant: str) -> None:
    split = black_split_exploded_call(constant)
    assert split is None or split + "\n" == black.format_str(constant, mode=BLACK_MODE)


def test_knows_most_of_the_long_endpoint_constants() -> None:
    long = [constant for constant in ENDPOINT_CONSTANTS if _has_long_line(constant)]
    known = [constant for constant in long if black_split_exploded_call(constant) is not None]
    assert len(known) > len(long) * 3 / 4


@pytest.mark.parametrize(
    "constant",
    [
        "_LIST: Endpoint[" + "A" * 110 + '] = Endpoint(\n    method="GET",\n)',
        '_LIST: Endpoint[A] = Endpoint(\n    method="GET",\n)',
        "_LIST: Endpoint[A " + "B" * 110 + '] = Endpoint(\n    method="GET",\n)',
        "_LIST: Endpoint[" + "A" * 110 + '] = Endpoint(\n    method="' + "G" * 110 + '",\n)',
        "_LIST: " + "A" * 110 + ' = Endpoint(\n    method="GET",\n)',
    ],
)
def test_leaves_other_annotated_calls_to_black(constant: str) -> None:
    assert black_split_exploded_call(constant) is None


def _requests() -> list[str]:
    """Request calls in methods, with a dict argument of every length, of one to three entries."""
    requests = []
    for length in range(20, 110, 3):
        value = _name(length, "v")
        for entries in (
            f'"{_name(length, "k")}-id": {value}',
            f'"thing-id": {value}, "other-id": other_id',
            f'"a-id": a, "b-id": b, "{_name(length, "k")}-id": {value}',
        ):
            for call in (
                "return self._client.request(",
                "return await self._client.request(",
            ):
                requests.append(
                    f"        {call}\n"
                    "            _GET_THING,\n"
                    f"            path_params={{{entries}}},\n"
                    "            extra_headers=extra_headers,\n"
                    "        )"
                )
    return requests


REQUESTS = _requests()


@pytest.mark.parametrize("request_call", REQUESTS)
def test_splits_requests_as_black_does(request_call: str) -> None:
    split = black_split_exploded_call(request_call)
    head = "class Things:\n    async def get(self):\n"
    assert split is None or split == _black_in(head, request_call, "")


def test_knows_most_of_the_long_requests() -> None:
    long = [request_call for request_call in REQUESTS if _has_long_line(request_call)]
    known = [request_call for request_call in long if black_split_exploded_call(request_call)]
    assert len(known) > len(long) * 3 / 4
