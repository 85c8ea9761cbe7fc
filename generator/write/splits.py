"""Black's lines for the long statements the templates print most, without black.

Enum and union aliases (`Name = Annotated[Literal[...], OpenEnum]`, `Name = A | B`), class
headers, the raw-response attributes (`self.name = to_raw_response(resource.name)`), model
fields with a long annotation (`name: A | None = None`) and a module's `__all__` of long
names are most of the one-line statements too long to keep in a big client, and black takes
milliseconds for each. For statements of those shapes only, this follows the steps black 26
(stable style) takes for them: the right-hand split of `linegen`, with its choice between the
optional parentheses and the last bracket (`_maybe_split_omitting_optional_parens`,
`can_omit_invisible_parens`, `_prefer_split_rhs_oop_over_rhs`) and, when the first split
leaves a line too long, its second opinion in the parentheses; then `delimiter_split` of what
is still too long. A call alone (`warnings.warn(...)`) has no optional parentheses.
Of the statements split one argument a line: signatures whose long lines are parameters
(`name: A | NotGiven = NOT_GIVEN,`, most of Microsoft Graph's black work) get the parentheses
black puts around a long annotation, and calls (an endpoint constant `_NAME: Endpoint[A, B] =
Endpoint(`, most of GitHub's, or a request) get their long head and arguments split as black
splits them. Anything else, or a case those steps leave to other rules (a head that does not
fit, an element that cannot be split), gives None and goes to black.
tests/write/test_splits.py compares the result with black's over many lengths.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

from black.strings import str_width

from generator.write.statements import LINE_LENGTH, lines_black_keeps

_TOKEN = re.compile(
    r'(?P<string>"[^"\\\n]*")|(?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)|(?P<number>-?\d+)'
    r"|(?P<punct>[\[\](){},|=:])|(?P<space> )"
)
_CLOSING = {"[": "]", "(": ")", "{": "}"}
_COLON = ("punct", ":")
_SIGNATURE_HEAD = re.compile(r"( *)(?:async )?def \w+\($")
_ANNOTATED_CALL_HEAD = re.compile(r"( *)([A-Za-z_]\w*): (.+) = ([A-Za-z_]\w*)\($")
_CALL_HEAD = re.compile(r" *(?:return (?:await )?)?[A-Za-z_][\w.]*\($")
_NAME = re.compile(r"[A-Za-z_]\w*")


@dataclass(frozen=True)
class _Leaf:
    text: str

    def render(self) -> str:
        return self.text


@dataclass(frozen=True)
class _Labelled:
    """A keyword argument (`name=value`) or a dict entry (`"key": value`)."""

    label: str
    """What precedes the value: `name=` or `"key": `."""
    value: _Node

    def render(self) -> str:
        return f"{self.label}{self.value.render()}"


@dataclass(frozen=True)
class _Call:
    """`name[arguments]` or `name(arguments)`; with no name, a tuple, list or dict (`literals`)."""

    name: str
    opening: str
    arguments: tuple[_Node | _Labelled, ...]

    def render(self) -> str:
        inner = ", ".join(argument.render() for argument in self.arguments)
        return f"{self.name}{self.opening}{inner}{_CLOSING[self.opening]}"


@dataclass(frozen=True)
class _Union:
    members: tuple[_Term, ...]

    def render(self) -> str:
        return " | ".join(member.render() for member in self.members)


@dataclass(frozen=True)
class _Lambda:
    """`lambda: body` (`literals`)."""

    body: _Node

    def render(self) -> str:
        return f"lambda: {self.body.render()}"


_Term = _Leaf | _Call | _Lambda
_Node = _Term | _Union


class _Unknown(Exception):
    """A statement these rules do not cover."""


def black_split(text: str) -> str | None:
    """Black's lines for a one-line statement too long for its line, or None when the
    statement is not an assignment of a call or subscript nor a field these rules cover."""
    indent = len(text) - len(text.lstrip(" "))
    if _fits(text):
        return None
    try:
        lines = _statement(text[indent:], indent)
    except _Unknown:
        return None
    return "\n".join(lines)


def black_split_signature(text: str) -> str | None:
    """Black's lines for a signature split one parameter a line, as the templates print it,
    when black changes nothing in it but long parameters `name: A | B = default,`, whose
    annotation it puts in parentheses; None for any other statement."""
    head = _SIGNATURE_HEAD.match(text.partition("\n")[0])
    kept = lines_black_keeps(text)
    if head is None or kept is None or all(kept):
        return None
    parameter_indent = len(head.group(1)) + 4
    lines = []
    try:
        for line, keep in zip(text.split("\n"), kept, strict=True):
            lines.extend([line] if keep else _parameter(line, parameter_indent))
    except _Unknown:
        return None
    return "\n".join(lines)


def black_split_exploded_call(text: str) -> str | None:
    """Black's lines for a call over its arguments one a line, as the templates print the
    endpoint constants (`name: Type[...] = Call(`) and the requests (`return self._client.
    request(`), when black changes nothing in it but long lines: a constant's long head is
    split at its annotation's brackets, or the call goes in parentheses when that makes the
    head fit, and each long argument (`key={...},`, `"200": json_body(lambda: ...),`) is split
    at its last bracket. None for a statement of another shape, or when black would change
    more."""
    first, _, rest = text.partition("\n")
    constant = _ANNOTATED_CALL_HEAD.match(first)
    if not rest or (constant is None and not _CALL_HEAD.match(first)):
        return None
    arguments = rest.split("\n")
    try:
        if _fits(first):
            lines = [first, *_long_arguments_split([first], arguments)]
        elif constant is not None:
            lines = _constant_split(constant, first, arguments)
        else:
            return None
    except _Unknown:
        return None
    split = "\n".join(lines)
    return None if split == text else split


def _constant_split(head: re.Match[str], first: str, arguments: list[str]) -> list[str]:
    pad, name, annotation_code, call = head.groups()
    wrapped = f"{pad}{name}: {annotation_code} = ("
    if _fits(wrapped):
        # The optional parentheses around the value fit: black makes them visible.
        opening = [wrapped, f"{pad}    {call}("]
        inner = [f"    {line}" for line in arguments]
        return [*opening, *_long_arguments_split(opening, inner), f"{pad})"]
    annotation, after = _expression(_tokens(annotation_code))
    if after or not isinstance(annotation, _Call) or annotation.opening != "[":
        raise _Unknown
    _canonical(annotation_code, annotation.render())
    return [
        *_split_call(f"{pad}{name}: ", annotation, f" = {call}(", len(pad)),
        *_long_arguments_split([first], arguments),
    ]


def _long_arguments_split(opening: list[str], arguments: list[str]) -> list[str]:
    """The lines after the `opening` lines of a call, each line black would split (an
    argument of the exploded call or an entry of an exploded dict in it, with its comma)
    split as black does."""
    kept = lines_black_keeps("\n".join([*opening, *arguments]))
    if kept is None:
        raise _Unknown
    lines = []
    for line, keep in zip(arguments, kept[len(opening) :], strict=True):
        lines.extend([line] if keep else _argument(line))
    return lines


def _argument(line: str) -> list[str]:
    code = line.lstrip(" ")
    if not code.endswith(","):
        raise _Unknown
    tokens = _tokens(code[:-1])
    label = ""
    if tokens[1:2] == [("punct", "=")] and tokens[0][0] == "name":
        label, tokens = f"{tokens[0][1]}=", tokens[2:]
    elif tokens[1:2] == [("punct", ":")] and tokens[0][0] == "string":
        label, tokens = f"{tokens[0][1]}: ", tokens[2:]
    value, after = _expression(tokens, literals=True)
    if after:
        raise _Unknown
    _canonical(code[:-1], label + value.render())
    return _element(label, value, len(line) - len(code))


def _parameter(line: str, indent: int) -> list[str]:
    code = line[indent:]
    if line[:indent].strip(" ") or code.startswith(" ") or not code.endswith(","):
        raise _Unknown
    tokens = _tokens(code[:-1])
    if len(tokens) < 3 or tokens[0][0] != "name" or tokens[1] != ("punct", ":"):
        raise _Unknown
    name = tokens[0][1]
    annotation, rest = _expression(tokens[2:])
    tail = ","
    if rest[:1] == [("punct", "=")]:
        default, rest = _expression(rest[1:])
        if not isinstance(default, _Leaf) or not _NAME.fullmatch(default.text):
            raise _Unknown
        tail = f" = {default.text},"
    if rest or not _NAME.fullmatch(name) or not isinstance(annotation, _Union):
        raise _Unknown
    _canonical(code, f"{name}: {annotation.render()}{tail}")
    return _wrapped(f"{' ' * indent}{name}: ", annotation, tail, indent)


def _statement(code: str, indent: int) -> list[str]:
    tokens = _tokens(code)
    if tokens[:1] == [("name", "class")]:
        return _class_header(code, tokens[1:], indent)
    if tokens[1:2] == [("punct", "(")] and not keyword.iskeyword(tokens[0][1]):
        # A call alone, as `warnings.warn(...)`: no optional parentheses, so black splits at
        # the call's own. (`return(...)` and the like are no calls.)
        call, rest = _expression(tokens)
        if rest or not isinstance(call, _Call):
            raise _Unknown
        _canonical(code, call.render())
        return _split_call(" " * indent, call, "", indent)
    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("punct", "="):
        value, rest = _expression(tokens[2:], literals=tokens[0][1] == "__all__")
        if rest:
            raise _Unknown
        _canonical(code, f"{tokens[0][1]} = {value.render()}")
        return _assignment(tokens[0][1], value, indent)
    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("punct", ":"):
        annotation, rest = _expression(tokens[2:])
        default = None
        if rest[:1] == [("punct", "=")]:
            default, rest = _expression(rest[1:])
        if rest or "." in tokens[0][1]:
            raise _Unknown
        spelled = f"{tokens[0][1]}: {annotation.render()}"
        _canonical(code, spelled + (f" = {default.render()}" if default else ""))
        return _field(tokens[0][1], annotation, default, indent)
    raise _Unknown


def _class_header(code: str, tokens: list[tuple[str, str]], indent: int) -> list[str]:
    """`class Name(bases):`, split at its brackets even when `class Name(` is too long, as
    black has nowhere else to split it."""
    if tokens[1:2] != [("punct", "(")] or not _NAME.fullmatch(tokens[0][1]):
        raise _Unknown
    bases, rest = _bracketed(tokens[0][1], "(", tokens[2:], literals=False)
    if rest != [_COLON]:
        raise _Unknown
    _canonical(code, f"class {bases.render()}:")
    return _split_call(f"{' ' * indent}class ", bases, ":", indent, head_fits=False)


def _tokens(code: str) -> list[tuple[str, str]]:
    tokens = []
    position = 0
    while position < len(code):
        match = _TOKEN.match(code, position)
        if match is None or match.lastgroup is None:
            raise _Unknown
        if match.lastgroup != "space":
            tokens.append((match.lastgroup, match.group()))
        position = match.end()
    return tokens


def _canonical(code: str, spelled: str) -> None:
    """Spaced as black prints a line: else black would change more than the line breaks."""
    if code != spelled:
        raise _Unknown


def _expression(
    tokens: list[tuple[str, str]], *, literals: bool = False
) -> tuple[_Node, list[tuple[str, str]]]:
    """The expression the tokens start with and the tokens after it; with `literals`, tuples,
    dicts and lambdas too (the other rules were not compared with black on them)."""
    members = []
    while True:
        member, tokens = _term(tokens, literals)
        members.append(member)
        if tokens[:1] != [("punct", "|")]:
            break
        tokens = tokens[1:]
    return (members[0] if len(members) == 1 else _Union(tuple(members))), tokens


def _term(tokens: list[tuple[str, str]], literals: bool) -> tuple[_Term, list[tuple[str, str]]]:
    if literals and tokens[:1] in ([("punct", "(")], [("punct", "[")], [("punct", "{")]):
        return _bracketed("", tokens[0][1], tokens[1:], literals)
    if literals and tokens[:2] == [("name", "lambda"), ("punct", ":")]:
        body, rest = _expression(tokens[2:], literals=literals)
        return _Lambda(body), rest
    if not tokens or tokens[0][0] not in ("string", "name", "number"):
        raise _Unknown
    kind, text = tokens[0]
    if kind != "name" or tokens[1:2] not in ([("punct", "[")], [("punct", "(")]):
        return _Leaf(text), tokens[1:]
    return _bracketed(text, tokens[1][1], tokens[2:], literals)


def _bracketed(
    name: str, opening: str, tokens: list[tuple[str, str]], literals: bool
) -> tuple[_Call, list[tuple[str, str]]]:
    """`name` and its bracket's arguments, from the tokens after the opening bracket."""
    arguments: list[_Node | _Labelled] = []
    rest = tokens
    while True:
        if rest[:1] and rest[0][0] == "name" and rest[1:2] == [("punct", "=")] and opening == "(":
            label = f"{rest[0][1]}="
            value, rest = _expression(rest[2:], literals=literals)
            arguments.append(_Labelled(label, value))
        elif opening == "{" and rest[:1] and rest[0][0] == "string" and rest[1:2] == [_COLON]:
            label = f"{rest[0][1]}: "
            value, rest = _expression(rest[2:], literals=literals)
            arguments.append(_Labelled(label, value))
        elif opening == "{":
            raise _Unknown
        else:
            argument, rest = _expression(rest, literals=literals)
            arguments.append(argument)
        if rest[:1] != [("punct", ",")]:
            break
        rest = rest[1:]
    if rest[:1] != [("punct", _CLOSING[opening])]:
        raise _Unknown
    return _Call(name, opening, tuple(arguments)), rest[1:]


def _fits(line: str) -> bool:
    return len(line) <= LINE_LENGTH and (line.isascii() or str_width(line) <= LINE_LENGTH)


def _assignment(target: str, value: _Node, indent: int) -> list[str]:
    """`target = name(...)`: black omits the optional parentheses around the value (it has
    no delimiter, and the target no bracket) and splits at the value's own brackets; when
    that leaves the head too long, it takes the parentheses if every line then fits."""
    pad = " " * indent
    if isinstance(value, _Union):
        # Its delimiters keep the optional parentheses.
        return _wrapped(f"{pad}{target} = ", value, "", indent)
    if not isinstance(value, _Call) or "." in value.name:
        raise _Unknown
    head = f"{pad}{target} = {value.name}{value.opening}"
    if _fits(head):
        return _split_call(f"{pad}{target} = ", value, "", indent)
    (argument, *others) = value.arguments
    if not others and isinstance(argument, _Leaf) and not _fits(" " * (indent + 8) + argument.text):
        # Nothing makes this fit (Microsoft Graph's method names): black splits at the brackets.
        return [head, f"{pad}    {argument.text}", pad + _CLOSING[value.opening]]
    inner = f"{pad}    {value.render()}"
    in_parentheses = [
        f"{pad}{target} = (",
        *([inner] if _fits(inner) else _split_call(f"{pad}    ", value, "", indent + 4)),
        f"{pad})",
    ]
    if all(_fits(line) for line in in_parentheses):
        return in_parentheses
    return _split_call(f"{pad}{target} = ", value, "", indent, head_fits=False)


def _field(name: str, annotation: _Node, default: _Node | None, indent: int) -> list[str]:
    """`name: annotation` and `name: annotation = default`, whose annotation black puts in
    optional parentheses (as it does the default)."""
    pad = " " * indent
    if isinstance(default, _Leaf):
        if "." in default.text:
            raise _Unknown
        target = f"{pad}{name}: {annotation.render()} ="
        if len(target) + 1 <= LINE_LENGTH - 1 and _fits(target):
            # The head is short: black keeps the parentheses around the default.
            return _wrapped(target + " ", default, "", indent)
        return _split_annotation(name, annotation, f" = {default.render()}", indent)
    if isinstance(default, _Call):
        head = f"{pad}{name}: {annotation.render()} = "
        if "." in default.name or not _fits(f"{head}{default.name}{default.opening}"):
            raise _Unknown
        return _split_call(head, default, "", indent)
    if default is not None:
        raise _Unknown
    return _split_annotation(name, annotation, "", indent)


def _split_annotation(name: str, annotation: _Node, tail: str, indent: int) -> list[str]:
    """The annotation split in its parentheses, or at its own brackets when it is one
    subscript (black omits the parentheses around what has no delimiter)."""
    pad = " " * indent
    if isinstance(annotation, _Call):
        if annotation.opening != "[" or annotation.name.count(".") > 1:
            raise _Unknown
        return _split_call(f"{pad}{name}: ", annotation, tail, indent)
    if isinstance(annotation, _Union) and annotation.render().endswith(")"):
        raise _Unknown
    if isinstance(annotation, _Leaf) and annotation.text.count(".") > 1:
        raise _Unknown
    if (
        isinstance(annotation, _Leaf)
        and not tail
        and "." not in annotation.text
        and not _fits(f"{pad}    {annotation.text}")
    ):
        # One name, too long in the parentheses too: black has nothing to split.
        return [f"{pad}{name}: {annotation.text}"]
    return _wrapped(f"{pad}{name}: ", annotation, tail, indent)


def _wrapped(head: str, body: _Node, tail: str, indent: int) -> list[str]:
    """`head(`, the body a level in, `)tail`: the optional parentheses made visible."""
    if not _fits(head + "("):
        raise _Unknown
    return [head + "(", *_body(body, "", indent + 4), " " * indent + ")" + tail]


def _split_call(
    head: str, call: _Call, tail: str, indent: int, *, head_fits: bool = True
) -> list[str]:
    """Black's right-hand split at the call's (or subscript's) brackets, whose head must fit
    unless black has no better split (`head_fits=False`)."""
    opened = f"{head}{call.name}{call.opening}"
    if head_fits and not _fits(opened):
        raise _Unknown
    closed = " " * indent + _CLOSING[call.opening] + tail
    inner = indent + 4
    if len(call.arguments) == 1:
        argument = call.arguments[0]
        if isinstance(argument, _Labelled):
            if call.opening != "{":
                raise _Unknown
            return [opened, *_element(argument.label, argument.value, inner, comma=""), closed]
        return [opened, *_body(argument, "", inner), closed]
    line = " " * inner + ", ".join(argument.render() for argument in call.arguments)
    if _fits(line) and call.name:
        # On one line when it fits, but for a tuple or dict literal: black gives it one element
        # a line.
        return [opened, line, closed]
    # delimiter_split at the commas, with a trailing comma added.
    lines = [opened]
    for argument in call.arguments:
        if isinstance(argument, _Labelled):
            lines.extend(_element(argument.label, argument.value, inner))
        else:
            lines.extend(_element("", argument, inner))
    return [*lines, closed]


def _element(prefix: str, value: _Node, indent: int, comma: str = ",") -> list[str]:
    """One element of a collection split one a line, with its comma."""
    line = f"{' ' * indent}{prefix}{value.render()}{comma}"
    if _fits(line) or (prefix.endswith(": ") and isinstance(value, _Leaf)):
        # A dict entry whose value is one name or string has nothing black could split.
        return [line]
    if not isinstance(value, _Call) or "." in value.name:
        raise _Unknown
    # The comma is the line's only delimiter, so black splits at the last bracket.
    return _split_call(" " * indent + prefix, value, comma, indent)


def _body(value: _Node, prefix: str, indent: int) -> list[str]:
    """A bracket's content alone on its lines: as it is when it fits, else split at the
    delimiters of highest priority (`|` here; commas are `_split_call`'s)."""
    line = f"{' ' * indent}{prefix}{value.render()}"
    if _fits(line):
        return [line]
    if isinstance(value, _Union) and not prefix:
        lines = [f"{' ' * indent}{member.render()}" for member in value.members]
        lines[1:] = [f"{' ' * indent}| {member.render()}" for member in value.members[1:]]
        # A member too long that is one name has nothing black could split it at.
        members = zip(lines, value.members, strict=True)
        if all(_fits(line) or isinstance(member, _Leaf) for line, member in members):
            return lines
    raise _Unknown
