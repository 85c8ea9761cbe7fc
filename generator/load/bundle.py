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

The checks of local refs and what becomes of refs that cannot be followed are in `refchecks`.

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

from generator.diagnostics import Diagnostic, DiagnosticError, error, join_pointer
from generator.load.data import bundled_name, copy_data, is_url, replace_ref, resolve_pointer
from generator.load.files import RefScope, Unreadable
from generator.load.grammar import OPENAPI_3, SWAGGER_2, Grammar, Kind, children
from generator.load.origins import Origins
from generator.load.refchecks import RefChecks

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
        self.diagnostics: list[Diagnostic] = []
        self.checks = (
            RefChecks(document, origins, self.diagnostics) if dialect.checks_refs else None
        )

    # -- walking -------------------------------------------------------------------------------

    def run(self) -> None:
        schemas, _ = resolve_pointer(self.document, self.dialect.schemas_pointer)
        if isinstance(schemas, dict):
            self.taken_names.update(schemas)
            self._register_component_refs(schemas)
        self._visit(self.document, Kind.DOCUMENT, "", None)
        if self.checks is not None:
            self.checks.finish()

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
        if kind is Kind.SCHEMA and self.checks is not None:
            self._visit_discriminator(node, pointer, base, self.checks)

    def _visit_discriminator(
        self, schema: dict[str, Any], pointer: str, base: Path | None, checks: RefChecks
    ) -> None:
        """Bundle the files a discriminator mapping names; an entry leading nowhere is dropped."""
        discriminator = schema.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        if not isinstance(mapping, dict):
            return
        for key, value in list(mapping.items()):
            if not isinstance(value, str) or not ("#" in value or _looks_like_file(value)):
                continue  # a bare schema name
            value_pointer = join_pointer(pointer, "discriminator", "mapping", key)
            if value.startswith("#") and base is None:
                checks.check_mapping_later(value_pointer, value, mapping, key)
                continue
            problem = self._probe(value, value_pointer, base)
            if problem is not None:
                checks.drop_mapping(value_pointer, value, mapping, key, problem)
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
            if self.checks is not None:
                self.checks.give_up(node, kind, pointer, ref_pointer, ref)
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
        if self.checks is not None:
            self.checks.check_later(ref_pointer, ref, kind)

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
        path = self.scope.ref_path(base, unquote(file_part)) if file_part else base
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

    def _report(self, pointer: str, message: str, hint: str = "") -> None:
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(error(file, file_pointer, message, hint))


def _looks_like_file(value: str) -> bool:
    return value.lower().endswith((".yaml", ".yml", ".json"))
