"""The one pass from a loaded OpenAPI document and the client's settings to the `Client` IR."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.config import ClientSettings
from generator.diagnostics import Diagnostic
from generator.ir import naming, pytypes
from generator.ir.client_module import (
    CLIENT_MODULE_NAMES,
    CONSTRUCTOR_NAMES,
    client_attributes,
    client_docstrings,
    client_imports,
    constructor_arguments,
    type_checking_imports,
)
from generator.ir.docstrings import describe
from generator.ir.imports import (
    Import,
    bound_names,
    import_sections,
    import_statements,
    relative_imports,
)
from generator.ir.layout import lazy_packages, models_modules
from generator.ir.license import package_license
from generator.ir.model import Client, Group, Operation, decorator_imports, method_names
from generator.ir.model_names import field_name
from generator.ir.operations import OperationBuilder
from generator.ir.renames import (
    MethodKey,
    PreviousAPI,
    former_method_names,
    major_of,
    with_former_fields,
)
from generator.ir.schemas import SchemaTyper
from generator.ir.security import build_security_schemes
from generator.ir.servers import build_servers
from generator.ir.spec_operations import (
    OperationPlan,
    SpecOperation,
    collect_operations,
    path_group,
    rest_name,
)
from generator.load import LoadedDocument

_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")
_BARE_VERBS = frozenset({"list", "get", "create", "update", "delete"})


def build_client(
    document: LoadedDocument, settings: ClientSettings, previous: PreviousAPI | None = None
) -> tuple[Client, list[Diagnostic]]:
    """The client of `document`; with `previous`, renamed methods and fields keep their old
    names as deprecated aliases (see `renames.py`)."""
    diagnostics: list[Diagnostic] = []
    openapi = document.openapi
    components = openapi.components
    identity = _identity(openapi, settings)
    major = (
        major_of(identity.version) if previous is None or previous.major is None else previous.major
    )
    typer = SchemaTyper(document, document.locate, diagnostics, settings.fields)
    typer.register_components((components.schemas or {}) if components else {})

    schemes = _security_schemes(document, components)
    builder = OperationBuilder(
        typer,
        document,
        document.origin,
        diagnostics,
        openapi.security,
        schemes,
        settings.idempotency_header,
        settings.pagination,
    )
    specs = collect_operations(openapi.paths)
    plans = _plan_operations(specs, settings, previous, major)

    by_group: dict[str, list[Operation]] = {}
    for spec, plan in zip(specs, plans, strict=True):
        by_group.setdefault(plan.group, []).append(
            builder.build(spec, plan, constant="_" + plan.name.upper())
        )
    typer.build_components()
    models = list(typer.models.values())
    if previous is not None:
        models = with_former_fields(
            previous, models, major, usable=lambda name: field_name(name, set()) == name
        )

    base_url_env_var = f"{identity.env_prefix}_BASE_URL"
    operation_security = [builder.security_of(spec) for spec in specs]
    always_applied = {name for ops in by_group.values() for op in ops for name in op.always_apply}
    model_names = set(typer.models) | set(typer.enum_aliases) | set(typer.union_aliases)
    # `_client.py` imports every group's classes, so they are named apart from everything it binds.
    client_module = {*CLIENT_MODULE_NAMES, *naming.class_family(identity.class_name)}
    groups = _groups(by_group, _tag_descriptions(openapi), client_module | model_names)
    client_module.update(name for group in groups for name in naming.class_family(group.class_name))
    security = build_security_schemes(
        schemes,
        operation_security=operation_security,
        always_applied=always_applied,
        settings=settings.security,
        env_prefix=identity.env_prefix,
        # The constructor's body reads the module's names, so an argument must not hide one either.
        reserved=CONSTRUCTOR_NAMES | client_module,
        locate=document.locate,
        diagnostics=diagnostics,
    )
    credentials = {argument.name for scheme in security for argument in scheme.arguments}
    environments, server_variables = build_servers(
        openapi.servers, settings.servers, CONSTRUCTOR_NAMES | client_module | credentials
    )
    arguments = constructor_arguments(security, environments, server_variables, base_url_env_var)
    info = openapi.info
    title = (info.title or identity.class_name).strip()
    enum_aliases = tuple(sorted(typer.enum_aliases.values(), key=lambda a: a.name))
    docstrings = client_docstrings(identity.class_name, (info.title or "").strip(), arguments)
    modules = models_modules(title, enum_aliases, models, list(typer.union_aliases.values()))
    paginated = any(op.pagination is not None for group in groups for op in group.operations)
    client = Client(
        package=identity.package,
        distribution=identity.distribution,
        version=identity.version,
        license=package_license(info.license, settings.license, document.locate, diagnostics),
        published_as=settings.published_as,
        class_name=identity.class_name,
        title=title,
        description=describe((info.description or "").strip()),
        base_url_env_var=base_url_env_var,
        environments=environments,
        default_environment=environments[0].name if environments else None,
        security_schemes=security,
        groups=groups,
        models=tuple(sorted(models, key=lambda m: m.name)),
        enum_aliases=enum_aliases,
        union_aliases=tuple(sorted(typer.union_aliases.values(), key=lambda a: a.name)),
        models_modules=modules,
        lazy_packages=lazy_packages(
            title, identity.class_name, len(environments) > 1, paginated, groups, modules
        ),
        sync_docstring=docstrings.sync,
        async_docstring=docstrings.asynchronous,
        constructor_docstring=docstrings.constructor,
        imports=client_imports(groups, len(environments) > 1, security),
        type_checking_imports=type_checking_imports(groups),
        server_variables=server_variables,
        constructor_arguments=arguments,
        copy_docstring=docstrings.copy,
        log_env_var=f"{identity.env_prefix}_LOG",
    )
    return client, diagnostics


def _security_schemes(document: LoadedDocument, components: Any) -> dict[str, Any]:
    declared = (components.securitySchemes or {}) if components else {}
    resolved = {}
    for name, node in declared.items():
        scheme = (
            document.resolve(node.ref)
            if hasattr(node, "ref") and isinstance(node.ref, str)
            else node
        )
        resolved[name] = scheme
    return resolved


def _plan_operations(
    specs: list[SpecOperation], settings: ClientSettings, previous: PreviousAPI | None, major: int
) -> list[OperationPlan]:
    """Group and method names for every operation, unique within each group, and the former
    names they keep from `previous`."""
    taken: dict[str, set[str]] = {}
    plans = []
    overridden = [settings.operations.get((spec.method, spec.path)) for spec in specs]
    # Names fixed by the configuration are claimed first so derived names never take them.
    for override in overridden:
        if override:
            taken.setdefault(override[0], set()).add(override[1])
    for spec, override in zip(specs, overridden, strict=True):
        operation_id = (spec.operation.operationId or "").strip()
        group = override[0] if override else _group_name(spec)
        group_words = naming.words(group)
        if operation_id:
            identity_words = naming.words(operation_id)
            derived = "_".join(naming.strip_group_words(identity_words, group_words))
            type_prefix = naming.pascal_case(operation_id)
        else:
            derived = rest_name(spec.method, spec.path, group)
            verb_object = derived
            if derived in _BARE_VERBS:
                noun = naming.singular(group) if derived in ("get", "update", "delete") else group
                verb_object = f"{derived}_{noun}"
            type_prefix = naming.pascal_case(verb_object)
        names = taken.setdefault(group, set())
        if override:
            name = override[1]
        else:
            name = naming.python_name(derived, fallback="call", digit_prefix="call")
            if name in names:
                fuller = (
                    "_".join(naming.words(operation_id))
                    if operation_id
                    else f"{spec.method}_{naming.snake_case(spec.path)}"
                )
                name = naming.python_name(fuller, fallback="call", digit_prefix="call")
            name = naming.unique_name(name, names)
        plans.append(OperationPlan(group, name, type_prefix))
    if previous is not None:
        keys = [
            MethodKey(spec.method.upper(), spec.path, plan.group, plan.name)
            for spec, plan in zip(specs, plans, strict=True)
        ]
        formers = former_method_names(previous, keys, major)
        plans = [
            dataclasses.replace(plan, former_names=former)
            for plan, former in zip(plans, formers, strict=True)
        ]
    methods: dict[str, set[str]] = {}
    for plan in plans:
        # An alias binds its name in the class like a method does.
        methods.setdefault(plan.group, set()).update(
            (plan.name, *(former.name for former in plan.former_names))
        )
    return [
        dataclasses.replace(plan, shadowed=frozenset(methods[plan.group] & _BUILTIN_TYPES))
        for plan in plans
    ]


def _group_name(spec: SpecOperation) -> str:
    tags = spec.operation.tags or []
    raw = tags[0] if tags else path_group(spec.path)
    name = naming.python_name(raw, fallback="default", digit_prefix="group")
    return f"{name}_" if name in client_attributes() else name


def _tag_descriptions(openapi: Any) -> dict[str, str]:
    return {
        naming.python_name(tag.name, fallback="default", digit_prefix="group"): (
            tag.description or ""
        ).strip()
        for tag in openapi.tags or []
    }


def _groups(
    by_group: Mapping[str, list[Operation]], descriptions: Mapping[str, str], reserved: set[str]
) -> tuple[Group, ...]:
    """The groups, their class families named apart from `reserved`, from each other and from
    the names each group's own module imports."""
    groups: dict[str, Group] = {}
    module_names: dict[str, set[str]] = {}
    for attribute in sorted(by_group):
        operations = by_group[attribute]
        # Each printed type on its own: the return type, a union, may have collapsed (`X | Any`
        # is `Any`) and so dropped what X needs, though the decoder of an X still prints it.
        types = [annotation for op in operations for annotation in op.printed_types]
        imports = (
            relative_imports(set().union(*(annotation.imports for annotation in types)), depth=2)
            | _GROUP_RUNTIME_IMPORTS
        )
        annotated_models = {
            ("..models", name) for annotation in types for name in annotation.models
        }
        if annotated_models:
            imports.add(("typing", "TYPE_CHECKING"))
        if any(op.looks_up_models for op in operations):
            imports.add(("..", pytypes.MODELS_MODULE))
        imports |= {(".._base_client", name) for name in _decoder_names(operations)}
        imports |= _call_helper_imports(operations)
        if any(op.deprecated for op in operations):
            imports.add(("warnings", ""))
        if any(op.overloads for op in operations):
            imports.add(("typing", "overload"))
        if any(op.former_names for op in operations):
            imports |= decorator_imports(frozenset({"deprecated"}), method_names(tuple(operations)))
        groups[attribute] = Group(
            attribute=attribute,
            class_name=naming.class_name(attribute, fallback="Default"),
            module=attribute,
            description=descriptions.get(attribute) or f"Operations of the `{attribute}` group.",
            operations=tuple(operations),
            imports=import_sections(imports),
            type_checking_imports=import_statements(annotated_models),
        )
        module_names[attribute] = bound_names(imports | annotated_models) | {
            op.constant for op in operations
        }
    # A derived name is longer than the name it comes from, so claiming shorter names first
    # renames the group whose name looks derived (`AsyncJobs`), not the group it looks derived from.
    taken = set(reserved)
    for group in sorted(groups.values(), key=lambda g: (len(g.class_name), g.attribute)):
        scope = taken | module_names[group.attribute]
        class_name = naming.unique_class_family(group.class_name, scope, suffix="Resource")
        taken.update(naming.class_family(class_name))
        groups[group.attribute] = dataclasses.replace(group, class_name=class_name)
    return tuple(groups.values())


_GROUP_RUNTIME_IMPORTS: frozenset[Import] = frozenset(
    {
        ("httpx", ""),
        (".._base_client", "AsyncAPIClient"),
        (".._base_client", "SyncAPIClient"),
        (".._raw_response", "to_async_raw_response"),
        (".._raw_response", "to_raw_response"),
        (".._streamed_response", "to_async_streamed_response"),
        (".._streamed_response", "to_streamed_response"),
        (".._types", "NOT_GIVEN"),
        (".._types", "Body"),
        (".._types", "Headers"),
        (".._types", "NotGiven"),
        (".._types", "Query"),
    }
)


# Builtins that annotations use; a method of the same name hides them inside its class.
_BUILTIN_TYPES = frozenset(
    {"list", "dict", "str", "int", "float", "bool", "bytes", "object", "type"}
)


def _call_helper_imports(operations: list[Operation]) -> set[Import]:
    """What the paginated and event-stream operations' code calls (their types import their own)."""
    rules = {op.pagination.rule_class for op in operations if op.pagination is not None}
    events = {op.event_stream.decoder.name for op in operations if op.event_stream is not None}
    imports = {(".._pagination", name) for name in (*rules, "paginate")} if rules else set()
    if events:
        imports |= {(".._event_stream", name) for name in (*events, "stream_events")}
    if rules or events:
        imports.add((".._types", "RequestArguments"))
    return imports


def _decoder_names(operations: list[Operation]) -> set[str]:
    """The runtime's response decoders that the operations' endpoints name."""
    return {case.decoder.name for op in operations for case in op.responses}


_TITLE_STOP_WORDS = frozenset(
    {
        "api",
        "apis",
        "client",
        "rest",
        "restful",
        "openapi",
        "swagger",
        "spec",
        "specification",
        "official",
        "the",
        "a",
        "an",
        "for",
        "of",
        "service",
        "services",
        "web",
        "http",
        "v1",
        "v2",
        "v3",
        "documentation",
    }
)


def _title_words(title: str) -> list[str]:
    """The name-giving words of a title: `GitHub's official OpenAPI spec` -> github."""
    words = [w for w in re.split(r"[^a-z0-9]+", title.lower().replace("'s ", " ")) if w]
    while words and words[0] in _TITLE_STOP_WORDS:
        words.pop(0)
    kept: list[str] = []
    for word in words:
        if word in _TITLE_STOP_WORDS or len(kept) == 3:
            break
        kept.append(word)
    return kept


@dataclass(frozen=True)
class _Identity:
    """What the client's package is called and versioned as."""

    package: str
    distribution: str
    class_name: str
    version: str
    env_prefix: str
    """What its environment variables start with: `UPONAI` in `UPONAI_BASE_URL`."""


def _identity(openapi: Any, settings: ClientSettings) -> _Identity:
    title_words = _title_words(openapi.info.title or "")
    base = "_".join(title_words) or "api"
    package = settings.package or naming.python_name(
        f"{base}_client", fallback="api_client", digit_prefix="api"
    )
    class_name = settings.client_class or naming.class_name(
        "".join(word.capitalize() for word in title_words) + "Client", fallback="Client"
    )
    version = settings.version or str(openapi.info.version or "")
    if not _PEP440.match(version):
        version = "0.1.0"
    env_prefix = (
        settings.env_prefix or naming.upper_snake_case(class_name.removesuffix("Client")) or "API"
    )
    return _Identity(
        package, settings.distribution or package.replace("_", "-"), class_name, version, env_prefix
    )
