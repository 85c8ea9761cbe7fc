"""Turning the spec's names (wire names, operationIds, tags, titles) into Python names."""

from __future__ import annotations

import functools
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD_BOUNDARY = re.compile(
    r"[A-Z]+\d*(?=[A-Z][a-z])"  # an acronym before a capitalised word: "HTTPServer" -> HTTP, Server
    r"|[A-Z]?[a-z]+\d*"  # a lower-case word, perhaps capitalised, with its digits: "v2"
    r"|[A-Z]+\d*"  # an acronym at the end
    r"|\d+"
)

# What methods call their own first argument: a parameter of that name would clash with it.
_RECEIVER_NAMES = frozenset({"self", "cls"})

MAX_NAME_LENGTH = 100
"""The longest snake_case name made. Packages and modules are files named after one, and a file
name stops at 255 bytes; the longest names real specs give are well below this."""
_DIGEST_LENGTH = 8


def words(text: str) -> list[str]:
    """Split any identifier-ish text into lower-case words: `getChatByID` -> get, chat, by, id."""
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return tuple(match.group(0).lower() for match in _WORD_BOUNDARY.finditer(ascii_text))


@functools.lru_cache(maxsize=65536)
def snake_case(text: str) -> str:
    return "_".join(words(text))


@functools.lru_cache(maxsize=65536)
def pascal_case(text: str) -> str:
    return "".join(_capitalise(word) for word in words(text))


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def upper_snake_case(text: str) -> str:
    return snake_case(text).upper()


def python_name(text: str, *, fallback: str, digit_prefix: str) -> str:
    """A snake_case identifier that is valid Python and no keyword.

    `fallback` is used when the text has no usable characters at all (`"$"`, `"+1"` are real
    property names); `digit_prefix` goes before a name that would start with a digit.
    """
    name = snake_case(text) or fallback
    if name[0].isdigit():
        name = f"{digit_prefix}_{name}"
    return escape_keyword(_bounded(name))


def _bounded(name: str) -> str:
    """The name, or when it is too long its start and a hash of all of it, so that two long
    names that start alike stay apart and a name is the same in every run."""
    if len(name) <= MAX_NAME_LENGTH:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:_DIGEST_LENGTH]
    return f"{name[: MAX_NAME_LENGTH - _DIGEST_LENGTH - 1].rstrip('_')}_{digest}"


def class_name(text: str, *, fallback: str) -> str:
    name = pascal_case(text) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    return escape_keyword(name)


def escape_keyword(name: str) -> str:
    if keyword.iskeyword(name) or name in _RECEIVER_NAMES:
        return f"{name}_"
    return name


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... whichever is not taken yet; records the result as taken."""
    candidate, counter = name, 2
    while candidate in taken:
        candidate = f"{name}_{counter}" if not name.endswith("_") else f"{name}{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def unique_class_name(name: str, taken: set[str]) -> str:
    candidate, counter = name, 2
    while candidate in taken:
        candidate = f"{name}{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def class_family(name: str) -> tuple[str, ...]:
    """The classes generated from one name, as the templates spell them: sync, async and the
    raw-response and streaming-response twins of each."""
    return (
        name,
        f"Async{name}",
        f"{name}WithRawResponse",
        f"Async{name}WithRawResponse",
        f"{name}WithStreamingResponse",
        f"Async{name}WithStreamingResponse",
    )


def unique_class_family(name: str, taken: set[str], *, suffix: str) -> str:
    """`name`, else `name` + `suffix`, + `suffix2`... the first whose whole `class_family` is
    free; records the family as taken.

    The family is claimed as a whole because a derived name of one group can be the plain
    name of another: the async class of `Jobs` is `AsyncJobs`.
    """
    candidate, counter = name, 1
    while any(member in taken for member in class_family(candidate)):
        candidate = f"{name}{suffix}{counter if counter > 1 else ''}"
        counter += 1
    taken.update(class_family(candidate))
    return candidate


def singular(word: str) -> str:
    if word.endswith(("us", "ss", "is")):
        return word
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def strip_group_words(method_words: list[str], group_words: Iterable[str]) -> list[str]:
    """Drop the group's own name from an operation name: `end_chat` in group `chats` -> `end`.

    Only a leading or trailing run is dropped, and only when something is left.
    """
    group = list(group_words)
    variants = [group, [*group[:-1], singular(group[-1])]] if group else []
    for variant in variants:
        size = len(variant)
        if size and len(method_words) > size:
            if method_words[-size:] == variant:
                return method_words[:-size]
            if method_words[:size] == variant:
                return method_words[size:]
    return method_words
