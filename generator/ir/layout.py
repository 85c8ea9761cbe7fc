"""Which module declares what: the modules of the models, and the `__init__.py` files that
export lazily.

A client with few named types keeps them in one `models.py`, which reads best. Above
`SPLIT_MODELS_ABOVE` each type gets a module of its own in a `models` package (the types of
one reference cycle share one), so that a call imports only the models it uses: importing
all of a large spec's models is most of the time such a client takes to import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.ir import naming
from generator.ir.imports import ImportSections, import_sections, relative_imports
from generator.ir.model import EXPORTS_MODULE, Group, LazyPackage, Model, ModelsModule, TypeAlias
from generator.ir.ordering import order_declarations
from generator.ir.runtime import error_classes

SPLIT_MODELS_ABOVE = 16
"""The most named types (models and aliases) a client declares in one `models.py`."""
MAX_IMPORT_CHAIN = 40
"""The longest chain of model modules importing one another. Python imports each inside the
import of the one before, so a longer chain (a schema nested hundreds of levels) would pass
its recursion limit: such a client keeps one `models.py`."""

# What the lazy `models/__init__.py` binds (templates/package/lazy_init.py.jinja); importing
# a submodule of that name would rebind it.
_LAZY_INIT_NAMES = frozenset({"importlib", EXPORTS_MODULE})


def models_modules(
    title: str,
    enum_aliases: Sequence[TypeAlias],
    models: Sequence[Model],
    unions: Sequence[TypeAlias],
) -> tuple[ModelsModule, ...]:
    """The modules declaring the client's named types: `models.py`, or one per type (or cycle)."""

    def single() -> tuple[ModelsModule, ...]:
        return (
            ModelsModule(
                "models.py",
                f"Data models of the {title}.",
                tuple(enum_aliases),
                tuple(models),
                tuple(unions),
                depth=1,
            ),
        )

    if len(enum_aliases) + len(models) + len(unions) <= SPLIT_MODELS_ABOVE:
        return single()
    declared: tuple[Model | TypeAlias, ...] = (*enum_aliases, *models, *unions)
    by_name = {item.name: item for item in declared}
    edges = {name: item.refers_to & by_name.keys() for name, item in by_name.items()}
    cycles = _strongly_connected(edges)
    if _longest_chain(cycles, edges) > MAX_IMPORT_CHAIN:
        return single()
    host_of = _hosts(cycles, edges)
    taken = set(_LAZY_INIT_NAMES)
    module_of_host = {
        names[0]: naming.unique_name(
            naming.python_name(names[0], fallback="model", digit_prefix="model"), taken
        )
        for names in cycles
        if host_of[names[0]] == names[0]
    }
    module_of: dict[str, str] = {}
    declared_with: dict[str, list[str]] = {}
    for names in cycles:
        module_of.update(dict.fromkeys(names, module_of_host[host_of[names[0]]]))
        declared_with.setdefault(host_of[names[0]], []).extend(names)
    own_cycle = {names[0]: names for names in cycles}
    enums = {alias.name: alias for alias in enum_aliases}
    modules = []
    for host in sorted(declared_with, key=lambda host: module_of_host[host]):
        in_module = sorted(declared_with[host])
        hosts = own_cycle[host]
        shown = " and ".join(f"`{name}`" for name in hosts)
        kind = "types, which refer to each other," if len(hosts) > 1 else "type"
        users = "they use" if len(hosts) > 1 else "it uses"
        docstring = f"The {shown} {kind} of the {title}" + (
            f", with the types only {users}." if len(in_module) > len(hosts) else "."
        )
        modules.append(
            ModelsModule(
                f"models/{module_of_host[host]}.py",
                docstring,
                tuple(enums[name] for name in in_module if name in enums),
                tuple(item for name in in_module if isinstance(item := by_name[name], Model)),
                tuple(
                    item
                    for name in in_module
                    if isinstance(item := by_name[name], TypeAlias) and name not in enums
                ),
                depth=2,
                module_of=module_of,
            )
        )
    return tuple(modules)


def _hosts(cycles: Sequence[tuple[str, ...]], edges: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """The first name of each type (or cycle) -> that of the one whose module declares it.

    A type that only one other uses is declared in that one's module (or in the module that
    one is declared in), rather than in a module of its own that only that one would import:
    the two are always imported together anyway. It adds no import cycle, as a type the one
    refers to cannot refer back to it without being part of its cycle. `cycles` in the order
    `_strongly_connected` gives them, each after those it refers to.
    """
    cycle_of = {name: names[0] for names in cycles for name in names}
    users: dict[str, set[str]] = {names[0]: set() for names in cycles}
    for name, referred in edges.items():
        for other in referred:
            if cycle_of[other] != cycle_of[name]:
                users[cycle_of[other]].add(cycle_of[name])
    host: dict[str, str] = {}
    for names in reversed(cycles):  # every user before what it uses
        only_user = next(iter(users[names[0]])) if len(users[names[0]]) == 1 else None
        host[names[0]] = names[0] if only_user is None else host[only_user]
    return host


@dataclass(frozen=True)
class ModuleContents:
    """What a `ModelsModule` prints: its declarations in order, and its imports."""

    declarations: tuple[Model | TypeAlias, ...]
    postponed_annotations: bool
    imports: ImportSections


def module_contents(module: ModelsModule) -> ModuleContents:
    """The declarations of `module` in an order that needs no postponed annotations where
    there is one, and the imports of what they use from other modules."""
    ordered = order_declarations(module.models, module.unions)
    items: tuple[Model | TypeAlias, ...] = (*module.enum_aliases, *module.models, *module.unions)
    here = {item.name for item in items}
    depth = module.depth
    imports = relative_imports(frozenset().union(*(item.imports for item in items)), depth=depth)
    imports |= {
        (f".{module.module_of[name]}", name)
        for item in items
        for name in item.refers_to
        if name in module.module_of and name not in here
    }
    if module.models:
        imports.add(("." * depth + "_models", "BaseModel"))
    if any(field.aliased for model in module.models for field in model.fields):
        imports.add(("pydantic", "Field"))
    return ModuleContents(
        ordered.declarations, ordered.postponed_annotations, import_sections(imports)
    )


def _longest_chain(cycles: Sequence[tuple[str, ...]], edges: Mapping[str, Iterable[str]]) -> int:
    """How many modules the longest chain of imports passes through; `cycles` in the order
    `_strongly_connected` gives them, each after those it refers to."""
    cycle_of = {name: number for number, names in enumerate(cycles) for name in names}
    chain: list[int] = []
    for number, names in enumerate(cycles):
        referred = {cycle_of[other] for name in names for other in edges[name]} - {number}
        chain.append(1 + max((chain[other] for other in referred), default=0))
    return max(chain, default=0)


def _strongly_connected(edges: Mapping[str, Iterable[str]]) -> list[tuple[str, ...]]:
    """The graph's strongly connected components, each sorted (Tarjan's, without recursion:
    a chain of thousands of models would pass Python's recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[tuple[str, ...]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            successor = next(successors, None)
            if successor is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(tuple(sorted(component)))
            elif successor not in index:
                index[successor] = low[successor] = len(index)
                stack.append(successor)
                on_stack.add(successor)
                work.append((successor, iter(sorted(edges[successor]))))
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
    return components


def lazy_packages(
    title: str,
    class_name: str,
    has_environment_choice: bool,
    paginated: bool,
    groups: Sequence[Group],
    modules: Sequence[ModelsModule],
) -> tuple[LazyPackage, ...]:
    """The package's, the resources' and (when split) the models' `__init__.py`.

    The package exports the page types when an operation pages, for annotations.
    """
    async_class_name = f"Async{class_name}"
    top = [(class_name, "._client"), (async_class_name, "._client")]
    if has_environment_choice:
        top.append(("Environment", "._client"))
    if paginated:
        top += [(name, "._pagination") for name in ("AsyncPage", "AsyncPaginator", "SyncPage")]
    top += [
        ("RawResponse", "._raw_response"),
        ("StreamedResponse", "._streamed_response"),
        ("AsyncStreamedResponse", "._streamed_response"),
    ]
    if any(op.event_stream is not None for group in groups for op in group.operations):
        top += [
            ("ServerSentEvent", "._event_stream"),
            ("EventStream", "._event_stream"),
            ("AsyncEventStream", "._event_stream"),
        ]
    top += [("NOT_GIVEN", "._types"), ("NotGiven", "._types"), ("__version__", "._version")]
    top += [(name, ".errors") for name in error_classes()]
    docstring = (
        f"{title}: a typed Python client.\n\n"
        f"`{class_name}` is the synchronous client and `{async_class_name}` the asynchronous one."
    )
    packages = [
        LazyPackage("__init__.py", docstring, tuple(top)),
        LazyPackage(
            "resources/__init__.py",
            "The client's operations, one module per group.",
            tuple(
                (name, f".{group.module}")
                for group in groups
                for name in (group.class_name, f"Async{group.class_name}")
            ),
        ),
    ]
    if any(module.path.startswith("models/") for module in modules):
        exports = sorted(
            (name, f".{module.path.removeprefix('models/').removesuffix('.py')}")
            for module in modules
            for name in module.names
        )
        packages.append(
            LazyPackage(
                "models/__init__.py",
                f"Data models of the {title}, one module each, imported on first use.",
                tuple(exports),
                separate_exports=True,
            )
        )
    return tuple(packages)
