"""The checks of an OpenAPI 3 document's refs, once its refs to other files are bundled.

- A local ref must point to something, and one that is not a schema's to an object of its own
  kind that does not lead back to itself; a schema ref to a parameter, header, response,
  request body or media type means its schema.
- A ref to a URL or an anchor cannot be followed: it is given up with a warning. A schema
  becomes any value, a response keeps only its description, another object is left out; a
  component other than a schema stays an error.
- A discriminator mapping entry that leads nowhere is dropped.

The bundler hands each ref to `RefChecks` as it walks, and calls `finish` at the end: refs may
point into what is bundled later.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, error, join_pointer, split_pointer, warning
from generator.load.data import is_url, pointer_order, resolve_pointer
from generator.load.grammar import Kind, kind_at
from generator.load.origins import Origins

_HOLDS_A_SCHEMA = frozenset(
    {Kind.PARAMETER, Kind.HEADER, Kind.RESPONSE, Kind.REQUEST_BODY, Kind.MEDIA_TYPE}
)


class RefChecks:
    """Checks the refs of one document; problems go to `diagnostics`."""

    def __init__(
        self, document: dict[str, Any], origins: Origins, diagnostics: list[Diagnostic]
    ) -> None:
        self.document = document
        self.origins = origins
        self.diagnostics = diagnostics
        self.local_refs: list[tuple[str, str, Kind]] = []
        self.given_up: dict[str, tuple[Kind, str, str, str, str]] = {}
        self.local_mappings: list[tuple[str, str, dict[str, Any], str]] = []

    def check_later(self, ref_pointer: str, ref: str, kind: Kind) -> None:
        """Check a local ref that stands for an object of the given kind, in `finish`."""
        self.local_refs.append((ref_pointer, ref, kind))

    def check_mapping_later(
        self, pointer: str, ref: str, mapping: dict[str, Any], key: str
    ) -> None:
        """Check a discriminator mapping entry that is a local ref, in `finish`."""
        self.local_mappings.append((pointer, ref, mapping, key))

    def finish(self) -> None:
        """Run the checks, and leave out the objects whose refs were given up."""
        self._check_local_refs()
        self._leave_out_given_up()

    def drop_mapping(
        self, pointer: str, ref: str, mapping: dict[str, Any], key: str, problem: str
    ) -> None:
        """Drop a discriminator mapping entry that leads nowhere, with a warning."""
        del mapping[key]
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(
            warning(
                file,
                file_pointer,
                f"discriminator mapping {key!r} -> {ref!r} is ignored: {problem}",
                "point the mapping at a schema that exists, or remove the entry",
            )
        )

    def give_up(
        self, node: dict[str, Any], kind: Kind, pointer: str, ref_pointer: str, ref: str
    ) -> None:
        """Do without a ref to a URL or an anchor: a schema is any value, other objects go.

        A component other than a schema cannot go (refs to it would lead nowhere in turn): that
        stays an error.
        """
        message, hint = _unfollowable(ref)
        file, file_pointer = self.origins.locate(ref_pointer)
        if kind is Kind.SCHEMA:
            node.pop("$ref", None)
            self.diagnostics.append(
                warning(file, file_pointer, f"{message}; the schema is read as any value", hint)
            )
        elif pointer.startswith("/components/") and len(split_pointer(pointer)) == 3:
            self.diagnostics.append(error(file, file_pointer, message, hint))
        else:
            self.given_up[pointer] = (kind, file, file_pointer, message, hint)

    def _leave_out_given_up(self) -> None:
        """Leave out the objects whose refs lead nowhere, later list items first."""
        for pointer in sorted(self.given_up, key=pointer_order, reverse=True):
            kind, file, file_pointer, message, hint = self.given_up[pointer]
            tokens = split_pointer(pointer)
            holder, _ = resolve_pointer(self.document, join_pointer("", *tokens[:-1]))
            key = tokens[-1]
            if kind is Kind.RESPONSE and isinstance(holder, dict):
                node = holder.get(key)
                description = node.get("description") if isinstance(node, dict) else None
                holder[key] = {"description": description if isinstance(description, str) else ""}
                outcome = "the response is read without content"
            elif isinstance(holder, list) and key.isdigit() and int(key) < len(holder):
                del holder[int(key)]
                outcome = f"the {kind.value} is left out"
            elif isinstance(holder, dict) and key in holder:
                del holder[key]
                outcome = f"the {kind.value} is left out"
            else:
                continue
            self.diagnostics.append(warning(file, file_pointer, f"{message}; {outcome}", hint))

    def _report(self, pointer: str, message: str, hint: str = "") -> None:
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(error(file, file_pointer, message, hint))

    def _check_local_refs(self) -> None:
        """Check the refs of `check_later`, and the mappings of `check_mapping_later`."""
        outcome: dict[str, str | None] = {}
        for ref_pointer, ref, kind in self.local_refs:
            if ref not in outcome:
                outcome[ref] = self._local_ref_problem(ref)
            problem = outcome[ref]
            pointer = ref_pointer.removesuffix("/$ref")
            if problem is None:
                if kind is Kind.SCHEMA:
                    self._check_schema_target(pointer, ref_pointer, ref)
                else:
                    self._check_target_kind(ref_pointer, ref, kind)
                continue
            node, _ = resolve_pointer(self.document, pointer)
            if problem.startswith("anchors") and isinstance(node, dict):
                self.give_up(node, kind, pointer, ref_pointer, ref)
            else:
                self._report(ref_pointer, f"$ref {ref!r} points to nothing: {problem}")
        for pointer, ref, mapping, key in self.local_mappings:
            problem = self._local_ref_problem(ref)
            if problem is not None:
                self.drop_mapping(pointer, ref, mapping, key, f"it points to nothing: {problem}")

    def _check_target_kind(self, ref_pointer: str, ref: str, kind: Kind) -> None:
        """A ref that is not a schema's must point to an object of its own kind, where the place
        it points to tells the kind (`#/components/schemas/S` is no parameter, nor is `#/info`);
        an extension (`#/x-shared/Limit`) may hold anything. Nor may its refs come back to it:
        a schema may contain itself, a parameter cannot be itself."""
        if self._comes_back(ref):
            self._report(
                ref_pointer,
                f"$ref {ref!r} leads back to itself through refs, "
                f"so it never reaches a {kind.value}",
                f"point one of those refs at a {kind.value}",
            )
            return
        tokens = split_pointer(unquote(ref[1:]))
        target_kind, length = kind_at(tokens)
        if length == len(tokens):
            if target_kind is kind:
                return
            target = f"a {target_kind.value}"
        elif tokens[length].startswith("x-"):
            return
        else:
            target = f"a field of the {target_kind.value}"
        self._report(
            ref_pointer,
            f"$ref {ref!r} points to {target}, not to a {kind.value}",
            f"point it at a {kind.value}, such as one under components",
        )

    def _check_schema_target(self, pointer: str, ref_pointer: str, ref: str) -> None:
        """A schema ref to a parameter, header, response, request body or media type means its
        schema: it is pointed there, or given up when there is none."""
        tokens = split_pointer(unquote(ref[1:]))
        kind, length = kind_at(tokens)
        if length != len(tokens) or kind not in _HOLDS_A_SCHEMA:
            return
        node, _ = resolve_pointer(self.document, pointer)
        target, _ = resolve_pointer(self.document, unquote(ref[1:]))
        if not isinstance(node, dict) or not isinstance(target, dict):
            return
        inner: list[str] = []
        if kind in (Kind.PARAMETER, Kind.HEADER, Kind.MEDIA_TYPE):
            inner = ["schema"] if isinstance(target.get("schema"), dict) else []
        content = target.get("content")
        if not inner and isinstance(content, dict):
            inner = next(
                (
                    ["content", str(name), "schema"]
                    for name, media in content.items()
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict)
                ),
                [],
            )
        file, file_pointer = self.origins.locate(ref_pointer)
        if not inner:
            node.pop("$ref", None)
            self.diagnostics.append(
                warning(
                    file,
                    file_pointer,
                    f"$ref {ref!r} points to a {kind.value} with no schema, not to a schema; "
                    "the schema is read as any value",
                )
            )
            return
        node["$ref"] = ref + join_pointer("", *inner)
        self.diagnostics.append(
            warning(
                file,
                file_pointer,
                f"$ref {ref!r} points to a {kind.value}, not a schema; read as its schema "
                f"{node['$ref']!r}",
                f"write $ref: {node['$ref']!r}",
            )
        )

    def _comes_back(self, ref: str) -> bool:
        """True when following local refs from `ref` reaches a ref seen before."""
        seen: set[str] = set()
        following: object = ref
        while (
            isinstance(following, str)
            and following.startswith("#")
            and following not in seen
            and self._local_ref_problem(following) is None
        ):
            seen.add(following)
            target, _ = resolve_pointer(self.document, unquote(following[1:]))
            following = target.get("$ref") if isinstance(target, dict) else None
        return isinstance(following, str) and following in seen

    def _local_ref_problem(self, ref: str) -> str | None:
        fragment = unquote(ref[1:])
        if not fragment.startswith("/"):
            if not fragment:
                return "it names the whole document"
            return (
                "anchors are not supported, only JSON pointers such as '#/components/schemas/Name'"
            )
        return resolve_pointer(self.document, fragment)[1]


def _unfollowable(ref: str) -> tuple[str, str]:
    """Why a URL or anchor ref is not followed, and what to do about it."""
    if is_url(ref):
        return (
            f"$ref {ref!r} points to a URL: clientgen never fetches URLs",
            "download the file, save it next to this document and $ref it by its relative path",
        )
    return (
        f"$ref {ref!r} uses an anchor: only JSON pointer fragments (#/...) are supported",
        "point at the object by its path, e.g. '#/components/schemas/Name'",
    )
