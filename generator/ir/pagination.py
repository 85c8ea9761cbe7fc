"""Paginated list operations: how each one's pages follow each other.

The configuration (`pagination:` in clients.yaml) wins over the spec's `x-pagination`, which
wins over detection. Detection looks only at GET operations and at names APIs commonly use:
a `Link` response header with a page or cursor parameter (GitHub), a cursor parameter fed
by a response field or by the last item's id with `has_more`, an offset, or a page number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from generator.config import PaginationSettings, pagination_settings
from generator.ir import naming, pytypes
from generator.ir.model import Argument, Pagination, PaginationStyle
from generator.ir.schemas import SchemaTyper
from generator.ir.spec import extra, is_reference

# Compared with `_normal`: lower case, without `_` and `-`.
_CURSOR_PARAMETERS = (
    "cursor",
    "after",
    "startingafter",
    "pagetoken",
    "nexttoken",
    "continuationtoken",
    "startcursor",
    "paginationtoken",
)
_CURSOR_FIELDS = (
    "nextcursor",
    "nextpagetoken",
    "nexttoken",
    "next",
    "cursor",
    "continuationtoken",
    "nextpage",
)
_HAS_MORE_FIELDS = ("hasmore", "hasnext", "hasnextpage", "more")
_ITEMS_FIELDS = (
    "data",
    "items",
    "results",
    "entries",
    "records",
    "values",
    "nodes",
    "list",
    "elements",
)
_OFFSET_PARAMETERS = ("offset", "skip")
_PAGE_PARAMETERS = ("page", "pagenumber", "pageno")
_SIZE_PARAMETERS = ("limit", "perpage", "pagesize", "size", "count", "maxresults")
_ITEM_CURSOR_PARAMETERS = ("startingafter", "after")


@dataclass(frozen=True)
class PagedResponse:
    """The success response of a list operation, as far as pagination needs it."""

    schema: Any
    """The body's schema (or reference to it)."""
    pointer: str
    body_type: pytypes.PyType
    headers: frozenset[str]
    """The response's header names, lower case."""


@dataclass(frozen=True)
class _Items:
    expression: str
    item_type: pytypes.PyType


class PaginationFinder:
    """Decides each operation's pagination; warns where the configuration names what is absent."""

    def __init__(self, typer: SchemaTyper, warn: Callable[[str, str, str], None]) -> None:
        self._typer = typer
        self._warn = warn

    def find(
        self,
        operation: Any,
        method: str,
        pointer: str,
        query: Iterable[Argument],
        response: PagedResponse | None,
        configured: PaginationSettings | None,
        shadowed: frozenset[str],
    ) -> Pagination | None:
        """The operation's pagination, or None when it returns everything at once; its types
        written as a class hiding the builtins in `shadowed` must write them."""
        settings, where = configured, pointer
        declared = extra(operation, "x-pagination")
        if settings is None and declared is not None:
            where = f"{pointer}/x-pagination"
            settings, problems = pagination_settings(declared)
            for problem in problems:
                self._warn(
                    where,
                    f"x-pagination: {problem}; the operation is not paginated",
                    "see the README's Pagination section",
                )
            if settings is None:
                return None
        if (
            response is None
            or (settings is None and method != "get")
            or (settings is not None and settings.style == "none")
        ):
            return None
        parameters = {_normal(a.wire_name): a.wire_name for a in query}
        return self._build(settings, parameters, response, where, shadowed)

    def _build(
        self,
        settings: PaginationSettings | None,
        parameters: Mapping[str, str],
        response: PagedResponse,
        where: str,
        shadowed: frozenset[str],
    ) -> Pagination | None:
        body = self._typer.deref(response.schema)
        schema_pointer = _target_pointer(response.schema, response.pointer)
        fields = self._fields(response.body_type)
        items = self._items(
            response.body_type, body, schema_pointer, fields, settings.items if settings else None
        )
        if items is None:
            if settings is not None:
                self._warn(
                    where,
                    "no list of items found in the response; the operation is not paginated",
                    "name the response field with `items:`",
                )
            return None
        style = settings.style if settings else _detected_style(parameters, response.headers)
        if style is None:
            return None
        chosen = settings or PaginationSettings(style)
        parameter = chosen.parameter or _first(parameters, _PARAMETERS_BY_STYLE.get(style, ()))
        arguments: list[str] = [f"items=lambda body: {items.expression}"]
        has_more = chosen.has_more or _first(fields, _HAS_MORE_FIELDS)
        if has_more is not None and has_more in fields.values():
            arguments.append(f"has_more=lambda body: body.{self._field(fields, has_more)}")
        if style == "link":
            rule_class = "LinkHeaderPages"
        elif parameter is None:
            self._warn(
                where,
                f"no query parameter for the {style} found; the operation is not paginated",
                "name it with `parameter:`",
            )
            return None
        elif style == "cursor":
            item_cursor = self._item_cursor(items.item_type, chosen, parameter)
            cursor = chosen.cursor or _first(fields, _CURSOR_FIELDS)
            if chosen.item_cursor is None and cursor is not None and cursor in fields.values():
                rule_class, style_name = "CursorPages", "cursor"
                arguments.append(f"cursor=lambda body: body.{self._field(fields, cursor)}")
            elif item_cursor is not None and has_more is not None:
                rule_class, style_name = "ItemCursorPages", "item_cursor"
                arguments.append(f"cursor=lambda item: item.{item_cursor}")
            else:
                if settings is not None:
                    self._warn(
                        where,
                        "no response field gives the next cursor; the operation is not paginated",
                        "name it with `cursor:` or `item_cursor:`",
                    )
                return None
            return self._pagination(
                style_name, rule_class, parameter, arguments, response.body_type, items, shadowed
            )
        else:
            rule_class = "OffsetPages" if style == "offset" else "PageNumberPages"
            size = chosen.limit or _first(parameters, _SIZE_PARAMETERS)
            if size is not None:
                arguments.append(
                    f"{'limit' if style == 'offset' else 'size'}={pytypes.python_literal(size)}"
                )
        return self._pagination(
            style, rule_class, parameter or "", arguments, response.body_type, items, shadowed
        )

    @staticmethod
    def _pagination(
        style: str,
        rule_class: str,
        parameter: str,
        arguments: list[str],
        body_type: pytypes.PyType,
        items: _Items,
        shadowed: frozenset[str],
    ) -> Pagination:
        positional = [pytypes.python_literal(parameter)] if parameter else []
        rule = f"{rule_class}({', '.join([*positional, *arguments])})"
        body, item = body_type.qualified(shadowed), items.item_type.qualified(shadowed)
        return Pagination(cast(PaginationStyle, style), rule, rule_class, body, item, parameter)

    def _fields(self, body_type: pytypes.PyType) -> dict[str, str]:
        """Python attribute -> wire name of the body model's fields ({} for a body of no model)."""
        model = self._typer.models.get(body_type.name or "")
        if model is None:
            return {}
        return {field.name: field.wire_name for field in model.fields}

    @staticmethod
    def _field(fields: Mapping[str, str], wire_name: str) -> str:
        return next(name for name, wire in fields.items() if wire == wire_name)

    def _items(
        self,
        body_type: pytypes.PyType,
        body: Any,
        pointer: str,
        fields: Mapping[str, str],
        wanted: str | None,
    ) -> _Items | None:
        listed = _list_item(body_type)
        if listed is not None and wanted is None:
            return _Items("body", listed)
        shape = self._typer.object_shape_of(body, pointer) if body is not None and fields else None
        if shape is None:
            return None
        lists: dict[str, tuple[pytypes.PyType, bool]] = {}
        for wire_name, (prop, prop_pointer) in shape.properties.items():
            prop_type = self._typer.type_of(
                prop, name=f"{body_type.name}{naming.pascal_case(wire_name)}", pointer=prop_pointer
            )
            item = _list_item(prop_type.without_none())
            if item is not None:
                lists[wire_name] = (item, prop_type.nullable or wire_name not in shape.required)
        chosen = (
            wanted
            if wanted is not None
            else _first({name: name for name in lists}, _ITEMS_FIELDS)
            or (next(iter(lists)) if len(lists) == 1 else None)
        )
        if chosen is None or chosen not in lists:
            return None
        item, optional = lists[chosen]
        return _Items(f"body.{self._field(fields, chosen)}{' or []' if optional else ''}", item)

    def _item_cursor(
        self, item_type: pytypes.PyType, settings: PaginationSettings, parameter: str
    ) -> str | None:
        """The attribute of an item the next page starts after, when the parameter takes one."""
        model = self._typer.models.get(item_type.name or "")
        wanted = settings.item_cursor or (
            "id" if _normal(parameter) in _ITEM_CURSOR_PARAMETERS else None
        )
        if model is None or wanted is None:
            return None
        return next((field.name for field in model.fields if field.wire_name == wanted), None)


_PARAMETERS_BY_STYLE = {
    "cursor": _CURSOR_PARAMETERS,
    "offset": _OFFSET_PARAMETERS,
    "page": _PAGE_PARAMETERS,
}


def _detected_style(parameters: Mapping[str, str], headers: frozenset[str]) -> str | None:
    if "link" in headers and any(
        name in parameters for name in (*_PAGE_PARAMETERS, *_CURSOR_PARAMETERS, "perpage")
    ):
        return "link"
    for style, names in _PARAMETERS_BY_STYLE.items():
        if any(name in parameters for name in names):
            return style
    return None


def _first(names: Mapping[str, str], candidates: Iterable[str]) -> str | None:
    """The value of the first of `candidates` (normalised) among the keys' normal forms."""
    normal = {_normal(key): value for key, value in names.items()}
    return next((normal[candidate] for candidate in candidates if candidate in normal), None)


def _normal(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def _list_item(body_type: pytypes.PyType) -> pytypes.PyType | None:
    """X when the type is exactly `list[X]`."""
    only = body_type.members[0] if len(body_type.members) == 1 else None
    if (
        isinstance(only, pytypes.Subscript)
        and only.origin.text == "list"
        and isinstance(only.arguments[0], pytypes.PyType)
    ):
        return only.arguments[0]
    return None


def _target_pointer(node: Any, pointer: str) -> str:
    """Where the schema a reference chain ends at is declared: the typer keys its types by it."""
    if is_reference(node):
        return str(node.ref).lstrip("#")
    return pointer
