"""Bundle `$ref`s to other local files into the document, and check the local ones.

- A local ref (`#/components/schemas/Chat`) in the document stays a ref.
- A ref to another file (`common.yaml#/Error`, `pet.json`, relative to the file that holds the
  ref) is bundled: a schema goes under `components/schemas` with a name taken from the
  fragment's last token or the file's stem (made unique with a number); any other object is
  copied in place of the ref. Refs inside the referenced file are followed the same way, so
  files may ref further files and each other: a schema is bundled once, which ends cycles.
- A ref to a URL (clientgen never fetches anything) or to an anchor is valid but cannot be
  followed: it is given up with a warning. A schema becomes any value, a parameter or another
  object is left out, a response keeps only its description.
- A ref to nothing, to a file that cannot be read, or round in a circle is an error; so is a ref
  to a file outside the `RefScope` (the folders of the sources), which is never opened.

A Swagger 2.0 document is bundled the same way before it is converted (its `SWAGGER_2`
`Dialect`): what an object becomes in OpenAPI 3 depends on where it is used, so it must be in
place first. Its schemas go under `definitions`; its local refs, URLs and anchors are left for
the bundling of the converted document, which checks them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import (
    Diagnostic,
    DiagnosticError,
    error,
    join_pointer,
    split_pointer,
    warning,
)
from generator.load.data import (
    bundled_name,
    copy_data,
    is_url,
    pointer_order,
    replace_ref,
    resolve_pointer,
)
from generator.load.files import RefScope, Unreadable
from generator.load.grammar import OPENAPI_3, SWAGGER_2, Grammar, Kind, children, kind_at
from generator.load.origins import Origins

_HOLDS_A_SCHEMA = frozenset(
    {Kind.PARAMETER, Kind.HEADER, Kind.RESPONSE, Kind.REQUEST_BODY, Kind.MEDIA_TYPE}
)

Target = tuple[Path, str]
"""A ref target outside the document: the file and the JSON pointer inside it."""


@dataclass(frozen=True)
class Dialect:
    """How documents of one version of the specification are bundled."""

    grammar: Grammar
    schemas: tuple[str, ...]
    """Where bundled schemas go: the tokens of the mapping of named schemas."""
    checks_refs: bool
    """Whether local refs are checked, refs to URLs and anchors given up and discriminator
    mappings bundled (OpenAPI 3); a Swagger 2.0 document leaves them to its converted form."""

    @property
    def schemas_pointer(self) -> str:
        return join_pointer("", *self.schemas)


OPENAPI_3_DIALECT = Dialect(OPENAPI_3, ("components", "schemas"), checks_refs=True)
SWAGGER_2_DIALECT = Dialect(SWAGGER_2, ("definitions",), checks_refs=False)


class _Failed:
    """Marks a file that could not be loaded (its problem was reported once)."""


_FAILED = _Failed()


def bundle_document(
    document: dict[str, Any],
    origins: Origins,
    files: Mapping[str, Path],
    scope: RefScope,
    dialect: Dialect = OPENAPI_3_DIALECT,
) -> list[Diagnostic]:
    """Bundle refs to other files into `document` (in place) and check every local ref.

    Args:
        document: the merged document as plain data; changed in place.
        origins: where each part came from; extended with the bundled parts.
        files: the source files of the document, display name -> resolved path.
        scope: the folders refs may read files from.
        dialect: the version of the specification the document is written in.

    Returns:
        every problem found, as error diagnostics.
    """
    bundler = _Bundler(document, origins, files, scope, dialect)
    bundler.run()
    return bundler.diagnostics


class _Bundler:
    def __init__(
        self,
        document: dict[str, Any],
        origins: Origins,
        files: Mapping[str, Path],
        scope: RefScope,
        dialect: Dialect,
    ) -> None:
        self.document = document
        self.origins = origins
        self.scope = scope
        self.dialect = dialect
        self.root_paths = {path: file for file, path in files.items()}
        self.paths_by_file = dict(files)
        self.loaded: dict[Path, Any] = {}
        self.schema_names: dict[Target, str] = {}
        self.materialized: set[Target] = set()
        self.inlining: list[Target] = []
        self.taken_names: set[str] = set()
        self.local_refs: list[tuple[str, str, Kind]] = []
        self.given_up: dict[str, tuple[Kind, str, str, str, str]] = {}
        self.local_mappings: list[tuple[str, str, dict[str, Any], str]] = []
        self.diagnostics: list[Diagnostic] = []

    # -- walking -------------------------------------------------------------------------------

    def run(self) -> None:
        schemas, _ = resolve_pointer(self.document, self.dialect.schemas_pointer)
        if isinstance(schemas, dict):
            self.taken_names.update(schemas)
            self._register_component_refs(schemas)
        self._visit(self.document, Kind.DOCUMENT, "", None)
        self._check_local_refs()
        self._leave_out_given_up()

    def _register_component_refs(self, schemas: dict[str, Any]) -> None:
        """A component that is only a ref to another file takes that file's content as it is."""
        for name, schema in schemas.items():
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if not isinstance(ref, str) or ref.startswith("#"):
                continue
            pointer = join_pointer(self.dialect.schemas_pointer, name, "$ref")
            target = self._external_target(ref, pointer, None)
            if (
                target is not None
                and target[0] not in self.root_paths
                and target not in self.schema_names
            ):
                self.schema_names[target] = name

    def _visit(self, node: Any, kind: Kind, pointer: str, base: Path | None) -> None:
        """Visit one object of the given kind; `base` is the other file it came from, if any."""
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and kind not in (Kind.DOCUMENT, Kind.COMPONENTS):
            if self._follow(node, kind, pointer, base, ref):
                return
        for child, child_kind, child_pointer in children(node, kind, pointer, self.dialect.grammar):
            self._visit(child, child_kind, child_pointer, base)
        if kind is Kind.SCHEMA and self.dialect.checks_refs:
            self._visit_discriminator(node, pointer, base)

    def _visit_discriminator(self, schema: dict[str, Any], pointer: str, base: Path | None) -> None:
        """Bundle the files a discriminator mapping names; an entry that leads nowhere is dropped."""
        discriminator = schema.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        if not isinstance(mapping, dict):
            return
        for key, value in list(mapping.items()):
            if not isinstance(value, str) or not ("#" in value or _looks_like_file(value)):
                continue  # a bare schema name
            value_pointer = join_pointer(pointer, "discriminator", "mapping", key)
            if value.startswith("#") and base is None:
                self.local_mappings.append((value_pointer, value, mapping, key))
                continue
            problem = self._probe(value, value_pointer, base)
            if problem is not None:
                self._drop_mapping(value_pointer, value, mapping, key, problem)
                continue
            holder = {"$ref": value}
            self._follow(holder, Kind.SCHEMA, value_pointer, base, value, ref_pointer=value_pointer)
            mapping[key] = holder["$ref"]

    def _probe(self, ref: str, ref_pointer: str, base: Path | None) -> str | None:
        """Why ref cannot be followed, or None when it can; reports nothing."""
        if is_url(ref):
            return "it is a URL and clientgen never fetches URLs"
        target = self._external_target(ref, ref_pointer, base)
        if target is None:
            return "only JSON pointer fragments are supported"
        path, fragment = target
        if path in self.root_paths:
            return resolve_pointer(self.document, fragment)[1]
        data = self.loaded.get(path)
        if data is None:
            try:
                data, warnings = self.scope.read_data(path, self._display(path))
            except DiagnosticError as exc:
                return exc.diagnostics[0].message
            self.loaded[path] = data
            self.diagnostics.extend(warnings)
        if data is _FAILED:
            return "the file cannot be read"
        return resolve_pointer(data, fragment)[1]

    def _drop_mapping(
        self, pointer: str, ref: str, mapping: dict[str, Any], key: str, problem: str
    ) -> None:
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

    # -- following refs ------------------------------------------------------------------------

    def _follow(
        self,
        node: dict[str, Any],
        kind: Kind,
        pointer: str,
        base: Path | None,
        ref: str,
        ref_pointer: str | None = None,
    ) -> bool:
        """Handle the ref in node; True when the walk must not go on into node."""
        ref_pointer = ref_pointer if ref_pointer is not None else pointer + "/$ref"
        if ref.startswith("#") and base is None:
            self._check_later(ref_pointer, ref, kind)
            return kind is not Kind.SCHEMA
        file_part, _, fragment = ref.partition("#")
        if is_url(file_part) or (fragment and not unquote(fragment).startswith("/")):
            if self.dialect.checks_refs:
                self._give_up(node, kind, pointer, ref_pointer, self._unfollowable(ref))
            return True
        target = self._external_target(ref, ref_pointer, base)
        if target is None:
            return True
        path, fragment = target
        if path in self.root_paths:
            node["$ref"] = "#" + fragment
            self._check_later(ref_pointer, node["$ref"], kind)
            return kind is not Kind.SCHEMA
        if kind is Kind.SCHEMA:
            return self._use_schema(node, target, pointer, ref_pointer, ref)
        self._inline(node, kind, target, pointer, ref_pointer, ref)
        return True

    def _check_later(self, ref_pointer: str, ref: str, kind: Kind) -> None:
        """Check a local ref once the whole document is bundled (refs may point into what is
        bundled later)."""
        if self.dialect.checks_refs:
            self.local_refs.append((ref_pointer, ref, kind))

    def _external_target(self, ref: str, ref_pointer: str, base: Path | None) -> Target | None:
        """The file and fragment a ref names, or None for a URL or an anchor (see `_follow`)."""
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if is_url(file_part) or (fragment and not fragment.startswith("/")):
            return None
        if base is None:
            referrer = self.paths_by_file.get(self.origins.locate(ref_pointer)[0])
            if referrer is None:
                return None
            base = referrer
        path = (base.parent / unquote(file_part)).resolve() if file_part else base
        if path not in self.root_paths and path not in self.paths_by_file.values():
            referring_file = self.origins.locate(ref_pointer)[0]
            display = os.path.normpath(
                os.path.join(os.path.dirname(referring_file), unquote(file_part))
            )
            self.paths_by_file.setdefault(display, path)
        return path, "" if fragment == "/" else fragment

    def _use_schema(
        self, node: dict[str, Any], target: Target, pointer: str, ref_pointer: str, ref: str
    ) -> bool:
        name = self.schema_names.get(target)
        if (
            name is not None
            and target not in self.materialized
            and pointer == self._schema_pointer(name)
        ):
            # This component is the ref to the other file: its content goes right here.
            content = self._fetch(target, ref_pointer, ref)
            if content is None:
                return True
            self.materialized.add(target)
            replace_ref(node, content if isinstance(content, dict) else {})
            self.origins.record(pointer, self._display(target[0]), target[1])
            self._visit(node, Kind.SCHEMA, pointer, target[0])
            return True
        if name is None:
            content = self._fetch(target, ref_pointer, ref)
            if content is None:
                return True
            schemas = self._schemas(ref_pointer)
            if schemas is None:
                return True
            name = bundled_name(*target, self.taken_names)
            self.schema_names[target] = name
            self.materialized.add(target)
            schemas[name] = content
            schema_pointer = self._schema_pointer(name)
            self.origins.record(schema_pointer, self._display(target[0]), target[1])
            self._visit(content, Kind.SCHEMA, schema_pointer, target[0])
        node["$ref"] = "#" + self._schema_pointer(name)
        return False

    def _inline(
        self,
        node: dict[str, Any],
        kind: Kind,
        target: Target,
        pointer: str,
        ref_pointer: str,
        ref: str,
    ) -> None:
        if target in self.inlining:
            self._report(
                ref_pointer,
                f"$ref {ref!r} is circular: the {kind.value} it points to contains itself",
                "only schemas may refer to themselves; move the shared part into "
                "components and ref it from both places",
            )
            return
        content = self._fetch(target, ref_pointer, ref)
        if content is None:
            return
        if not isinstance(content, dict):
            self._report(
                ref_pointer, f"$ref {ref!r} points to a {type(content).__name__}, not an object"
            )
            return
        replace_ref(node, content)
        self.origins.record(pointer, self._display(target[0]), target[1])
        self.inlining.append(target)
        self._visit(node, kind, pointer, target[0])
        self.inlining.pop()

    def _fetch(self, target: Target, ref_pointer: str, ref: str) -> Any:
        """A copy of what target points to, or None (reported) when there is nothing."""
        path, fragment = target
        data = self._load(path, ref_pointer, ref)
        if data is _FAILED:
            return None
        value, problem = resolve_pointer(data, fragment)
        if problem is not None:
            self._report(
                ref_pointer, f"$ref {ref!r} points to nothing: in {self._display(path)}, {problem}"
            )
            return None
        return copy_data(value)

    def _load(self, path: Path, ref_pointer: str, ref: str) -> Any:
        if path in self.loaded:
            return self.loaded[path]
        display = self._display(path)
        self.loaded[path] = _FAILED
        try:
            data, warnings = self.scope.read_data(path, display)
        except Unreadable as exc:
            for problem in exc.diagnostics:
                self._report(
                    ref_pointer,
                    f"$ref {ref!r} cannot be followed: {display} {problem.message}",
                    problem.hint,
                )
            return _FAILED
        except DiagnosticError as exc:
            self.diagnostics.extend(exc.diagnostics)
            return _FAILED
        self.diagnostics.extend(warnings)
        self.loaded[path] = data
        return data

    # -- names and places ----------------------------------------------------------------------

    def _schemas(self, ref_pointer: str) -> dict[str, Any] | None:
        """The mapping of named schemas (`components/schemas`), made when missing; None
        (reported) when it is not a mapping."""
        schemas: Any = self.document
        for token in self.dialect.schemas:
            schemas = schemas.setdefault(token, {}) if isinstance(schemas, dict) else None
        if not isinstance(schemas, dict):
            self._report(
                ref_pointer,
                "cannot bundle the schema this $ref points to: "
                f"{'/'.join(self.dialect.schemas)} is not a mapping",
            )
            return None
        return schemas

    def _schema_pointer(self, name: str) -> str:
        return join_pointer(self.dialect.schemas_pointer, name)

    def _display(self, path: Path) -> str:
        for file, known in self.paths_by_file.items():
            if known == path:
                return file
        return str(path)

    # -- refs that lead nowhere ------------------------------------------------------------------

    @staticmethod
    def _unfollowable(ref: str) -> tuple[str, str]:
        """Why a URL or anchor ref is not followed, and what to do about it."""
        if is_url(ref):
            return (
                f"$ref {ref!r} points to a URL: clientgen never fetches URLs",
                "download the file, save it next to this document and $ref it by its "
                "relative path",
            )
        return (
            f"$ref {ref!r} uses an anchor: only JSON pointer fragments (#/...) are supported",
            "point at the object by its path, e.g. '#/components/schemas/Name'",
        )

    def _give_up(
        self,
        node: dict[str, Any],
        kind: Kind,
        pointer: str,
        ref_pointer: str,
        problem: str | tuple[str, str],
    ) -> None:
        """Do without a ref that leads nowhere: a schema is any value, other objects go.

        A component other than a schema cannot go (refs to it would lead nowhere in turn): that
        stays an error.
        """
        message, hint = (problem, "") if isinstance(problem, str) else problem
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

    # -- local refs ----------------------------------------------------------------------------

    def _check_local_refs(self) -> None:
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
                self._give_up(node, kind, pointer, ref_pointer, self._unfollowable(ref))
            else:
                self._report(ref_pointer, f"$ref {ref!r} points to nothing: {problem}")
        for pointer, ref, mapping, key in self.local_mappings:
            problem = self._local_ref_problem(ref)
            if problem is not None:
                self._drop_mapping(pointer, ref, mapping, key, f"it points to nothing: {problem}")

    def _check_target_kind(self, ref_pointer: str, ref: str, kind: Kind) -> None:
        """A ref that is not a schema's must point to an object of its own kind, where the place
        it points to tells the kind (`#/components/schemas/S` is no parameter, nor is `#/info`);
        an extension (`#/x-shared/Limit`) may hold anything. Nor may its refs come back to it:
        a schema may contain itself, a parameter cannot be itself."""
        if self._comes_back(ref):
            self._report(
                ref_pointer,
                f"$ref {ref!r} leads back to itself through refs, so it never reaches a {kind.value}",
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


def _looks_like_file(value: str) -> bool:
    return value.lower().endswith((".yaml", ".yml", ".json"))
