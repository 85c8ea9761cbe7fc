"""Merge several sources (files, or blocks of documentation pages) into one document.

- `paths` and `webhooks` are united; a path in two sources gets the operations of both, and an
  operation in two sources must be the same in both. When the path-level `parameters` of one path
  differ between sources, each source's path-level parameters move into its own operations first.
- `components.*` are united; a name defined twice must be defined the same way both times.
- `tags` are united by name (first description wins), in order of first appearance.
- Everything else (`openapi`, `info`, `servers`, `security`, `externalDocs`, extensions) comes
  from the first source that has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, error, join_pointer
from generator.load.data import resolve_pointer
from generator.load.grammar import OPERATION_METHODS
from generator.load.origins import Origins
from generator.load.sources import Source

PATH_MAPS = ("paths", "webhooks")
_FIRST_WINS_IN_PATH_ITEM = frozenset({"summary", "description"})


def merge_sources(sources: Sequence[Source]) -> tuple[dict[str, Any], Origins, list[Diagnostic]]:
    """Merge sources into one document; returns it, where each part came from, and problems."""
    first = sources[0]
    if len(sources) == 1:
        return first.data, first.origins or Origins(first.file), []
    return _Merger(sources).run()


class _Merger:
    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = sources
        self.merged: dict[str, Any] = {}
        self.origins = Origins(sources[0].file, sources[0].origins)
        self.labels = Origins(sources[0].label)
        self.diagnostics: list[Diagnostic] = []

    def run(self) -> tuple[dict[str, Any], Origins, list[Diagnostic]]:
        first = self.sources[0]
        for source in self.sources[1:]:
            if source.version != first.version:
                self.diagnostics.append(
                    error(
                        *_locate(source, "/openapi"),
                        f"{source.label} is {_version(source)} but {first.label} is "
                        f"{_version(first)}: merged sources must share one 3.x version",
                        "write all the sources for the same OpenAPI version",
                    )
                )
        for source in self.sources:
            for key, value in source.data.items():
                if key not in PATH_MAPS:
                    self._merge_top_level(source, key, value)
        for source in self.sources:
            for key in PATH_MAPS:
                if key in source.data:
                    self._merge_path_map(source, key, source.data[key])
        return self.merged, self.origins, self.diagnostics

    def _record(self, pointer: str, source: Source) -> None:
        self.origins.record(pointer, source.file, pointer, source.origins)
        self.labels.record(pointer, source.label, pointer)

    def _conflict(self, pointer: str, source: Source) -> None:
        self.diagnostics.append(
            error(
                *_locate(source, pointer),
                f"{pointer} is defined differently in {self.labels.locate(pointer)[0]} and "
                f"{source.label}",
                "make the two definitions identical, or rename one of them",
            )
        )

    def _add(
        self, target: dict[str, Any], key: str, value: Any, pointer: str, source: Source
    ) -> None:
        """Put value under key unless it is there already; the same value twice is fine."""
        if key not in target:
            target[key] = value
            self._record(pointer, source)
        elif target[key] != value:
            self._conflict(pointer, source)

    def _merge_top_level(self, source: Source, key: str, value: Any) -> None:
        pointer = join_pointer("", key)
        if key == "components" and isinstance(value, dict):
            existing = self.merged.setdefault("components", {})
            if isinstance(existing, dict):
                for kind, entries in value.items():
                    self._merge_components(source, existing, kind, entries)
                return
        if key == "tags" and isinstance(value, list):
            existing_tags = self.merged.setdefault("tags", [])
            if isinstance(existing_tags, list):
                self._merge_tags(source, existing_tags, value)
                return
        if key not in self.merged:
            self.merged[key] = value
            self._record(pointer, source)

    def _merge_components(
        self, source: Source, components: dict[str, Any], kind: str, entries: Any
    ) -> None:
        pointer = join_pointer("", "components", kind)
        existing = components.get(kind)
        if not isinstance(entries, dict) or (
            existing is not None and not isinstance(existing, dict)
        ):
            self._add(components, kind, entries, pointer, source)
            return
        if existing is None:
            existing = components[kind] = {}
        for name, definition in entries.items():
            self._add(existing, name, definition, join_pointer(pointer, name), source)

    def _merge_tags(self, source: Source, tags: list[Any], new_tags: list[Any]) -> None:
        names = {
            tag.get("name")
            for tag in tags
            if isinstance(tag, dict) and isinstance(tag.get("name"), str)
        }
        for index, tag in enumerate(new_tags):
            name = tag.get("name") if isinstance(tag, dict) else None
            if isinstance(name, str):
                if name in names:
                    continue
                names.add(name)
            merged_pointer = join_pointer("", "tags", len(tags))
            tags.append(tag)
            self.origins.record(
                merged_pointer, source.file, join_pointer("", "tags", index), source.origins
            )
            self.labels.record(merged_pointer, source.label, join_pointer("", "tags", index))

    def _merge_path_map(self, source: Source, key: str, items: Any) -> None:
        pointer = join_pointer("", key)
        existing = self.merged.get(key)
        if not isinstance(items, dict) or (existing is not None and not isinstance(existing, dict)):
            self._add(self.merged, key, items, pointer, source)
            return
        if existing is None:
            existing = self.merged[key] = {}
            self._record(pointer, source)
        for path, item in items.items():
            item_pointer = join_pointer(pointer, path)
            current = existing.get(path)
            if isinstance(current, dict) and isinstance(item, dict) and current != item:
                self._merge_path_item(source, current, item, item_pointer)
            else:
                self._add(existing, path, item, item_pointer, source)

    def _merge_path_item(
        self, source: Source, current: dict[str, Any], item: dict[str, Any], pointer: str
    ) -> None:
        if current.get("parameters") != item.get("parameters"):
            self._push_down_parameters(current, pointer)
            self._push_down_parameters(item, pointer, source)
        for key, value in item.items():
            if key in _FIRST_WINS_IN_PATH_ITEM and key in current:
                continue
            self._add(current, key, value, join_pointer(pointer, key), source)

    def _push_down_parameters(
        self, item: dict[str, Any], pointer: str, source: Source | None = None
    ) -> None:
        """Move a path item's own `parameters` into each of its operations.

        An operation's parameter overrides a path-level one with the same name and location,
        as OpenAPI defines. `source` is given for an item not yet in the merged document.
        """
        shared = item.pop("parameters", None)
        if not isinstance(shared, list) or not shared:
            return
        records: list[tuple[str, tuple[str, str, Origins | None], tuple[str, str]]] = []
        for method in OPERATION_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = operation.get("parameters")
            own = own if isinstance(own, list) else []
            own_keys = {self._parameter_key(parameter) for parameter in own}
            inherited = [
                index
                for index, parameter in enumerate(shared)
                if self._parameter_key(parameter) not in own_keys
            ]
            operation["parameters"] = [shared[index] for index in inherited] + own
            operation_pointer = join_pointer(pointer, method)
            places = [join_pointer(pointer, "parameters", index) for index in inherited]
            places += [
                join_pointer(operation_pointer, "parameters", index) for index in range(len(own))
            ]
            for position, place in enumerate(places):
                merged_pointer = join_pointer(operation_pointer, "parameters", position)
                if source is None:
                    records.append(
                        (
                            merged_pointer,
                            (*self.origins.locate(place), None),
                            self.labels.locate(place),
                        )
                    )
                else:
                    records.append(
                        (
                            merged_pointer,
                            (source.file, place, source.origins),
                            (source.label, place),
                        )
                    )
        for merged_pointer, (file, file_pointer, via), (label, _) in records:
            self.origins.record(merged_pointer, file, file_pointer, via)
            self.labels.record(merged_pointer, label, file_pointer)

    def _parameter_key(self, parameter: Any) -> tuple[str, str]:
        if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
            ref = parameter["$ref"]
            target = (
                resolve_pointer(self.merged, unquote(ref[1:]))[0] if ref.startswith("#/") else None
            )
            if not isinstance(target, dict):
                return ("$ref", ref)
            parameter = target
        if isinstance(parameter, dict):
            return (str(parameter.get("name")), str(parameter.get("in")))
        return ("", repr(parameter))


def _version(source: Source) -> str:
    version = f"OpenAPI {source.data['openapi']}"
    return version if source.origins is None else f"Swagger 2.0 (read as {version})"


def _locate(source: Source, pointer: str) -> tuple[str, str]:
    """The file and pointer in it of a pointer of the source's data."""
    return source.origins.locate(pointer) if source.origins else (source.file, pointer)
