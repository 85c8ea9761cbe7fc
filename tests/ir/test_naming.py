"""Naming rules: spec names to Python identifiers."""

from __future__ import annotations

import keyword

import pytest

from generator.ir import naming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chatId", "chat_id"),
        ("getChatByID", "get_chat_by_id"),
        ("HTTPServer", "http_server"),
        ("X-API-KEY", "x_api_key"),
        ("uponai_dynamic_variables", "uponai_dynamic_variables"),
        ("Chat Agents", "chat_agents"),
        ("ValueV2Beta", "value_v2_beta"),
        ("café-au-lait", "cafe_au_lait"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert naming.snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("close_chat_response", "CloseChatResponse"),
        ("chat-sessions", "ChatSessions"),
        ("LLM Models", "LlmModels"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert naming.pascal_case(text) == expected


@pytest.mark.parametrize("word", ["class", "from", "import", "lambda", "None", "async", "await"])
def test_keywords_are_escaped(word: str) -> None:
    name = naming.python_name(word, fallback="field", digit_prefix="field")
    assert name.isidentifier()
    assert not keyword.iskeyword(name)
    assert name.rstrip("_") == word.lower()


def test_leading_digit_gets_the_prefix() -> None:
    assert (
        naming.python_name("2fa-enabled", fallback="field", digit_prefix="field")
        == "field_2_fa_enabled"
    )


def test_name_with_no_usable_characters_uses_the_fallback() -> None:
    assert naming.python_name("$", fallback="field", digit_prefix="field") == "field"
    assert naming.class_name("+++", fallback="Model") == "Model"


def test_unique_name_numbers_clashes_in_order() -> None:
    taken: set[str] = set()
    names = [
        naming.unique_name(naming.snake_case(wire), taken)
        for wire in ("fooBar", "foo_bar", "foo-bar")
    ]
    assert names == ["foo_bar", "foo_bar_2", "foo_bar_3"]


@pytest.mark.parametrize(
    ("method_words", "group_words", "expected"),
    [
        (["end", "chat"], ["chats"], ["end"]),
        (["chat", "close"], ["chat"], ["close"]),
        (["list", "chat", "sessions"], ["chat", "sessions"], ["list"]),
        (["get", "chat", "messages"], ["chats"], ["get", "chat", "messages"]),
        (["chats"], ["chats"], ["chats"]),
    ],
)
def test_strip_group_words(
    method_words: list[str], group_words: list[str], expected: list[str]
) -> None:
    assert naming.strip_group_words(method_words, group_words) == expected


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("chats", "chat"), ("policies", "policy"), ("addresses", "address"), ("status", "status")],
)
def test_singular(plural: str, singular: str) -> None:
    assert naming.singular(plural) == singular
