"""Mutated OpenAPI documents, and one run of the command line on each in a sandbox.

`mutate(document, rng)` returns a description of what it changed and either a new document or,
for changes no document can hold (duplicate keys, YAML aliases, nesting deeper than a Python
serializer goes), the text of one. `run_case` writes a case into a sandbox folder, runs
`python -m generator generate` on it with HOME, the cache and the temporary folder inside the
sandbox, imports what it wrote and says what went wrong. `benchmarks/fuzz.py` and
`tests/load/test_fuzz_cli.py` drive them.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import join_pointer
from generator.load.grammar import OPERATION_METHODS
from generator.load.markdown import openapi_blocks

Path_ = tuple[Any, ...]
Mutation = Callable[[Any, random.Random], tuple[str, Any]]

HOSTILE_STRINGS = (
    "'",
    '"',
    '"""',
    "'''",
    "\\",
    "a\\",
    "a\nb",
    "a\r\nb",
    "\t",
    "\x1b[31mred\x1b[0m",
    "a\x00b",
    "a\ud800b",
    "\udfff",
    "x" * 5000,
    "",
    " ",
    "class",
    "def",
    "import",
    "None",
    "True",
    "async",
    "await",
    "match",
    "type",
    "lambda",
    "list",
    "dict",
    "str",
    "int",
    "id",
    "print",
    "object",
    "Literal",
    "Mapping",
    "Any",
    "Optional",
    "BaseModel",
    "httpx",
    "timeout",
    "base_url",
    "max_retries",
    "self",
    "cls",
    "client",
    "__init__",
    "__class__",
    "_private",
    "../x",
    "../../etc/passwd",
    "/abs",
    "C:\\x",
    "ünïcødé",
    "日本語",
    "😀",
    "123",
    "1a",
    "-",
    "a-b",
    "a.b",
    "a b",
    "${x}",
    "{{ x }}",
    "{% raw %}",
    "{#",
    "*/",
    "#",
    "```",
    "~~~",
    "\u2028",
    "\u202e",
    "\ufeff",
    "%s",
    "{0}",
    "\\N{BULLET}",
    "\\u0000",
)
HUGE_NUMBERS = (
    10**400,
    -(10**400),
    2**63,
    2**64 + 1,
    float("nan"),
    float("inf"),
    float("-inf"),
    -0.0,
    1e-320,
    1e308,
)

# Keys whose mapping's keys are names that flow into generated identifiers, and keys whose
# string values are names or text that generated code and docstrings carry.
_NAMING_MAPPINGS = frozenset(
    {
        "properties",
        "schemas",
        "parameters",
        "responses",
        "requestBodies",
        "headers",
        "securitySchemes",
        "definitions",
        "paths",
        "callbacks",
        "links",
        "examples",
        "mapping",
        "variables",
        "scopes",
        "content",
    }
)
_TEXT_KEYS = frozenset(
    {
        "operationId",
        "name",
        "title",
        "description",
        "summary",
        "url",
        "default",
        "example",
        "format",
        "pattern",
        "version",
        "propertyName",
        "in",
        "tokenUrl",
        "scheme",
        "bearerFormat",
        "const",
        "host",
        "basePath",
    }
)
_TEXT_LISTS = frozenset({"tags", "enum", "required", "produces", "consumes", "schemes"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_MAPPINGS = frozenset({"properties", "schemas", "definitions", "patternProperties"})
_SCHEMA_KEYS = frozenset({"schema", "items", "additionalProperties", "not"})
_PLACEHOLDER = "fuzz-placeholder-2c5e"


# -- walking a document ---------------------------------------------------------------------------


def places(node: Any, path: Path_ = ()) -> Iterator[Path_]:
    """The path of every value in node, node itself first."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from places(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from places(value, path + (index,))


def value_at(document: Any, path: Path_) -> Any:
    for token in path:
        document = document[token]
    return document


def set_at(document: Any, path: Path_, value: Any) -> None:
    value_at(document, path[:-1])[path[-1]] = value


def pointer(path: Path_) -> str:
    """The JSON pointer of path, as a $ref would spell it."""
    return "#" + join_pointer("", *path)


def _schema_places(document: Any) -> list[Path_]:
    """Paths of the values that OpenAPI reads as schemas."""
    found = []
    for path in places(document):
        if not path or not isinstance(value_at(document, path), dict):
            continue
        parent = path[-2] if len(path) > 1 else None
        if (
            path[-1] in _SCHEMA_KEYS
            or parent in _SCHEMA_MAPPINGS
            or (parent in _SCHEMA_LISTS and isinstance(path[-1], int))
        ):
            found.append(path)
    return found


def _components(document: Any) -> Path_:
    """Where this document's named schemas live."""
    return ("definitions",) if "swagger" in document else ("components", "schemas")


def _pick(rng: random.Random, options: list[Path_], fallback: Path_ = ()) -> Path_:
    return rng.choice(options) if options else fallback


def _disjoint_pair(rng: random.Random, options: list[Path_]) -> tuple[Path_, Path_] | None:
    """Two places of which neither holds the other, if a few draws find them."""
    for _ in range(20 if len(options) > 1 else 0):
        first, second = rng.sample(options, 2)
        if first[: len(second)] != second and second[: len(first)] != first:
            return first, second
    return None


# -- the mutations --------------------------------------------------------------------------------


def delete_key(document: Any, rng: random.Random) -> tuple[str, Any]:
    keyed = [path for path in places(document) if path]
    path = _pick(rng, keyed)
    if not path:
        return "nothing to delete", document
    del value_at(document, path[:-1])[path[-1]]
    return f"delete {pointer(path)}", document


def retype_value(document: Any, rng: random.Random) -> tuple[str, Any]:
    path = _pick(rng, [path for path in places(document) if path])
    if not path:
        return "nothing to retype", document
    wrong = rng.choice([[], {}, "text", 7, -1, 1.5, None, True, [None], {"": None}])
    set_at(document, path, wrong)
    return f"retype {pointer(path)} to {wrong!r}", document


def graft_subtree(document: Any, rng: random.Random) -> tuple[str, Any]:
    """A copy of one part of the document in place of another: right shapes in wrong places."""
    pair = _disjoint_pair(rng, [path for path in places(document) if path])
    if pair is None:
        return "nothing to graft", document
    source, target = pair
    set_at(document, target, copy.deepcopy(value_at(document, source)))
    return f"graft {pointer(source)} onto {pointer(target)}", document


def shared_node(document: Any, rng: random.Random) -> tuple[str, Any]:
    """One object in two places: YAML writes it as an anchor and an alias."""
    pair = _disjoint_pair(rng, _schema_places(document))
    if pair is None:
        return "no two schemas to share", document
    source, target = pair
    set_at(document, target, value_at(document, source))
    return f"alias {pointer(source)} at {pointer(target)}", yaml.safe_dump(
        document, sort_keys=False, allow_unicode=True
    )


def recursive_alias(document: Any, rng: random.Random) -> tuple[str, Any]:
    """A YAML node that contains itself: `&a {items: *a}` is a finite text for an infinite tree."""
    path = _pick(rng, _schema_places(document))
    node = value_at(document, path) if path else document
    node[rng.choice(["items", "x-self", "not"])] = node
    return f"alias {pointer(path)} inside itself", yaml.safe_dump(
        document, sort_keys=False, allow_unicode=True
    )


def duplicate_key(document: Any, rng: random.Random) -> tuple[str, Any]:
    """A mapping key written twice, which YAML parsers resolve in different ways."""
    lines = yaml.safe_dump(
        document, sort_keys=False, allow_unicode=True, width=1 << 20
    ).splitlines()
    keyed = [
        index for index, line in enumerate(lines) if re.match(r"^\s*[^\s#\-'\"][^:]*:( |$)", line)
    ]
    if not keyed:
        return "no key to duplicate", document
    index = rng.choice(keyed)
    copied = lines[index] if rng.random() < 0.5 else lines[index].split(":", 1)[0] + ": null"
    lines.insert(index, copied)
    return (
        f"duplicate key line {index + 1} {lines[index + 1].strip()[:60]!r} "
        f"as {copied.strip()[:60]!r}",
        "\n".join(lines) + "\n",
    )


def hostile_name(document: Any, rng: random.Random) -> tuple[str, Any]:
    """A hostile string in a name or text slot; a renamed component keeps the refs to it."""
    hostile = rng.choice(HOSTILE_STRINGS)
    slots: list[Path_] = []
    for path in places(document):
        if not path:
            continue
        value, parent = value_at(document, path), path[-2] if len(path) > 1 else None
        if parent in _NAMING_MAPPINGS and isinstance(path[-1], str):
            slots.append(path + ("<key>",))
        if isinstance(value, str) and (
            path[-1] in _TEXT_KEYS or path[-1] in _TEXT_LISTS or parent in _TEXT_LISTS
        ):
            slots.append(path)
    path = _pick(rng, slots)
    if not path:
        return "no name to replace", document
    if path[-1] != "<key>":
        set_at(document, path, hostile)
        return f"{hostile!r} at {pointer(path)}", document
    old_path = path[:-1]
    if old_path[0] == "paths" and len(old_path) == 2 and rng.random() < 0.7:
        hostile = "/" + hostile
    mapping = value_at(document, old_path[:-1])
    if hostile in mapping:
        return f"{hostile!r} already a key of {pointer(old_path[:-1])}", document
    # Rebuilt rather than popped and set, so the renamed key keeps its place in the order.
    renamed = {hostile if key == old_path[-1] else key: value for key, value in mapping.items()}
    mapping.clear()
    mapping.update(renamed)
    old_ref, new_ref = pointer(old_path), pointer(old_path[:-1] + (hostile,))
    for place in list(places(document)):
        if place and place[-1] == "$ref" and value_at(document, place) == old_ref:
            set_at(document, place, new_ref)
        if old_path[-2] == "properties" and place == old_path[:-2] + ("required",):
            required = value_at(document, place)
            if isinstance(required, list):
                set_at(
                    document,
                    place,
                    [hostile if item == old_path[-1] else item for item in required],
                )
    return f"rename {pointer(old_path)} to {hostile!r}", document


def dangling_ref(document: Any, rng: random.Random) -> tuple[str, Any]:
    target = rng.choice(
        [
            "#/components/schemas/Missing",
            "#/definitions/Missing",
            "#/nowhere/at/all",
            "#",
            "",
            "#/",
            "missing.yaml",
            "missing.yaml#/components/schemas/A",
            "../x.yaml",
            "#/paths",
            "#/info/title",
            "#/components/schemas/" + rng.choice(HOSTILE_STRINGS),
            "#/components/schemas/%7B",
            "#//",
            "http://127.0.0.1:9/x.yaml",
            "file:///etc/passwd",
            "#/components/schemas/A~2",
        ]
    )
    refs = [path for path in places(document) if path and path[-1] == "$ref"]
    path = _pick(rng, refs) if refs and rng.random() < 0.5 else _pick(rng, _schema_places(document))
    if not path:
        return "no schema to point elsewhere", document
    if path[-1] == "$ref":
        set_at(document, path, target)
    else:
        set_at(document, path, {"$ref": target})
    return f"$ref {target!r} at {pointer(path)}", document


def cyclic_ref(document: Any, rng: random.Random) -> tuple[str, Any]:
    """Schemas that are only refs to each other, or a parameter that is a ref to itself."""
    components = _components(document)
    kind = rng.choice(["self", "pair", "allOf", "property", "parameter"])
    if kind == "parameter":
        where = ("parameters",) if "swagger" in document else ("components", "parameters")
        _ensure_mapping(document, where)["Loop"] = {"$ref": pointer(where + ("Loop",))}
        operations = [
            path
            for path in places(document)
            if len(path) == 3
            and path[0] == "paths"
            and path[2] in OPERATION_METHODS
            and isinstance(value_at(document, path), dict)
        ]
        if operations:
            operation = value_at(document, rng.choice(operations))
            parameters = operation.get("parameters")
            operation["parameters"] = (parameters if isinstance(parameters, list) else []) + [
                {"$ref": pointer(where + ("Loop",))}
            ]
        return f"parameter {pointer(where + ('Loop',))} refers to itself", document
    schemas = _ensure_mapping(document, components)
    a, b = pointer(components + ("LoopA",)), pointer(components + ("LoopB",))
    schemas["LoopA"] = {
        "self": {"$ref": a},
        "pair": {"$ref": b},
        "allOf": {"allOf": [{"$ref": a}, {"type": "object"}]},
        "property": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": a}}},
    }[kind]
    schemas["LoopB"] = {"$ref": a}
    target = _pick(
        rng, [path for path in _schema_places(document) if path[: len(components)] != components]
    )
    if target:
        set_at(document, target, {"$ref": rng.choice([a, b])})
    return f"{kind} cycle through {a}" + (
        f", used at {pointer(target)}" if target else ""
    ), document


def _ensure_mapping(document: Any, path: Path_) -> dict[str, Any]:
    node = document
    for token in path:
        if not isinstance(node.get(token), dict):
            node[token] = {}
        node = node[token]
    return node


def deep_nesting(document: Any, rng: random.Random) -> tuple[str, Any]:
    """A schema nested by properties, items or allOf, spliced in as text: deeper than a Python
    serializer could write it."""
    path = _pick(rng, _schema_places(document))
    if not path:
        return "no schema to nest", document
    depth = rng.choice([50, 300, 900, 1100, 3000])
    opening, closing = rng.choice(
        [
            ('{"type": "object", "properties": {"p": ', "}}"),
            ('{"type": "array", "items": ', "}"),
            ('{"allOf": [', "]}"),
        ]
    )
    set_at(document, path, _PLACEHOLDER)
    text = json.dumps(document, indent=1, default=str)
    nested = opening * depth + '{"type": "string"}' + closing * depth
    return f"{opening.strip()}... {depth} deep at {pointer(path)}", text.replace(
        json.dumps(_PLACEHOLDER), nested, 1
    )


def alias_bomb(document: Any, rng: random.Random) -> tuple[str, Any]:
    """Billion laughs: each level an alias list of the last, at an enum or an extension."""
    levels, width = rng.choice([(4, 10), (6, 10), (9, 10), (30, 2)])
    bomb = ["x-laughs:", "  l0: &l0 [lol, lol]"]
    bomb += [
        f"  l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * width)}]"
        for level in range(1, levels)
    ]
    path = _pick(rng, _schema_places(document))
    if path:
        set_at(document, path, {"type": "string", "enum": _PLACEHOLDER})
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1 << 20)
    # The anchors go first, since YAML defines an anchor before any alias to it.
    text = "\n".join(bomb) + "\n" + text.replace(_PLACEHOLDER, f"*l{levels - 1}", 1)
    return f"alias bomb {width}^{levels} at {pointer(path) if path else '#/x-laughs'}", text


def huge_number(document: Any, rng: random.Random) -> tuple[str, Any]:
    numeric = [
        path
        for path in places(document)
        if path
        and isinstance(value_at(document, path), (int, float))
        and not isinstance(value_at(document, path), bool)
    ]
    number = rng.choice(HUGE_NUMBERS)
    if numeric and rng.random() < 0.5:
        path = rng.choice(numeric)
    else:
        schema = _pick(rng, _schema_places(document))
        if not schema:
            return "no schema for a number", document
        keyword = rng.choice(
            [
                "maximum",
                "minimum",
                "maxLength",
                "minItems",
                "multipleOf",
                "default",
                "example",
                "exclusiveMaximum",
            ]
        )
        path = schema + (keyword,)
    set_at(document, path, number)
    return f"{number!r} at {pointer(path)}", document


def version_swap(document: Any, rng: random.Random) -> tuple[str, Any]:
    for key in ("openapi", "swagger"):
        document.pop(key, None)
    key, version = rng.choice(
        [
            ("openapi", "3.0.0"),
            ("openapi", "3.1.0"),
            ("openapi", "3.2.0"),
            ("openapi", "4.0"),
            ("swagger", "2.0"),
            ("openapi", 3.1),
            ("openapi", ""),
            ("swagger", "1.2"),
        ]
    )
    document[key] = version
    return f"{key}: {version!r}", document


MUTATIONS: tuple[Mutation, ...] = (
    delete_key,
    retype_value,
    graft_subtree,
    shared_node,
    recursive_alias,
    duplicate_key,
    hostile_name,
    hostile_name,
    hostile_name,
    dangling_ref,
    cyclic_ref,
    deep_nesting,
    alias_bomb,
    huge_number,
    version_swap,
)


def mutate(document: Any, rng: random.Random) -> tuple[str, Any]:
    """One to three mutations of a copy of document: their description, and the new document or
    the YAML / JSON text of one (a text ends the series, since no further mutation can parse it)."""
    document = copy.deepcopy(document)
    descriptions = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        if not isinstance(document, dict):
            break
        mutation = rng.choice(MUTATIONS)
        description, document = mutation(document, rng)
        descriptions.append(f"{mutation.__name__}: {description}")
    return "; ".join(descriptions), document


# -- seeds: the documents mutations start from ----------------------------------------------------


@dataclass(frozen=True)
class Seed:
    """A client's sources as files under root; a case mutates the first."""

    root: Path
    sources: tuple[str, ...]

    @property
    def name(self) -> str:
        return ",".join(self.sources)


def configured_seeds(config: Path) -> list[Seed]:
    """One seed per client of a clients.yaml."""
    clients = yaml.safe_load(config.read_text())["clients"]
    return [Seed(config.parent, tuple(entry["sources"])) for entry in clients.values()]


def listed_seeds(root: Path, listing: Path) -> list[Seed]:
    """One seed per line of listing: a path relative to root."""
    return [
        Seed(root, (line.strip(),)) for line in listing.read_text().splitlines() if line.strip()
    ]


def draw_case(seeds: list[Seed], seed: int, case: int) -> tuple[Seed, tuple[str, Any]]:
    """Case number `case` of a run with this seed: the same whatever ran before it."""
    rng = random.Random(f"{seed}:{case}")
    chosen = rng.choice(seeds)
    return chosen, mutate(read_document(chosen.root / chosen.sources[0]), rng)


def read_document(path: Path) -> Any:
    """The document in a YAML, JSON or Markdown file (its first embedded OpenAPI block)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = openapi_blocks(text)[0].text
    return (
        json.loads(text)
        if path.suffix == ".json"
        else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )


def _referenced_files(path: Path, root: Path, found: set[Path]) -> set[Path]:
    """path and every file under root its $refs reach, so that a copy of them resolves alike."""
    found.add(path)
    try:
        document = read_document(path)
    except (OSError, ValueError, yaml.YAMLError, IndexError):
        return found
    for place in places(document):
        if place and place[-1] == "$ref" and isinstance(value_at(document, place), str):
            name = value_at(document, place).split("#", 1)[0]
            other = (path.parent / name).resolve() if name else None
            if (
                other
                and other.is_file()
                and other.is_relative_to(root.resolve())
                and other not in found
            ):
                _referenced_files(other, root, found)
    return found


# -- one case in a sandbox ------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one case did; a problem is any of hang, signal, exit 3, import failure, touched."""

    case: int
    seed: str
    description: str
    exit_code: int | None = None
    hang: bool = False
    signal: int | None = None
    stderr: str = ""
    import_error: str | None = None
    mypy_error: str | None = None
    mypy_checked: bool = False
    touched: list[str] = field(default_factory=list)
    wrote_on_refusal: bool = False


def write_case(seed: Seed, description_and_result: tuple[str, Any], folder: Path) -> list[Path]:
    """The seed's files copied into folder with the first source replaced by the mutated one;
    returns the sources to pass to the command line, relative to folder's parent."""
    root = seed.root.resolve()
    files: set[Path] = set()
    for source in seed.sources:
        _referenced_files((root / source).resolve(), root, files)
    for path in files:
        target = folder / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    first = folder / seed.sources[0]
    _, result = description_and_result
    text = (
        result
        if isinstance(result, str)
        else _serialize(result, json_format=first.suffix == ".json")
    )
    if first.suffix == ".md":
        page = first.read_text(encoding="utf-8")
        block = openapi_blocks(page)[0]
        lines = page.splitlines(keepends=True)
        start = block.first_line - 1
        text = "".join(lines[:start]) + text + "".join(lines[start + block.text.count("\n") :])
    elif first.suffix == ".json" and not text.lstrip().startswith("{"):
        first.unlink()
        first = first.with_suffix(".yaml")
    # surrogatepass: a lone surrogate the YAML writer left raw becomes bytes no UTF-8 reader
    # accepts.
    first.write_text(text, encoding="utf-8", errors="surrogatepass")
    return [
        first.relative_to(folder.parent),
        *(Path(folder.name) / source for source in seed.sources[1:]),
    ]


def _serialize(document: Any, *, json_format: bool) -> str:
    if json_format:
        return json.dumps(document, indent=2, default=str)
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)


def snapshot(folder: Path, skip: Path) -> dict[str, str]:
    """Every entry under folder but skip, by relative path: its kind, mode and content hash."""
    entries = {}
    for path in sorted(folder.rglob("*")):
        if path == skip or skip in path.parents:
            continue
        status = path.lstat()
        digest = (
            hashlib.sha256(path.read_bytes()).hexdigest()
            if path.is_file() and not path.is_symlink()
            else ""
        )
        entries[str(path.relative_to(folder))] = f"{status.st_mode:o} {status.st_size} {digest}"
    return entries


def _run(
    command: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> tuple[int | None, str, str]:
    """Exit code (None on timeout, negative for a signal), stdout and stderr; a timeout kills
    the whole process group, so no grandchild outlives the case."""
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        return None, stdout, stderr
    return process.returncode, stdout, stderr


_IMPORT_EVERY_MODULE = (
    "import importlib, pkgutil, fuzz_client\n"
    "for module in pkgutil.walk_packages(fuzz_client.__path__, 'fuzz_client.'):\n"
    "    importlib.import_module(module.name)\n"
)


def run_case(
    case: int,
    seed: Seed,
    mutated: tuple[str, Any],
    sandbox: Path,
    *,
    timeout: float = 60,
    mypy_cache: Path | None = None,
) -> Outcome:
    """Generate the case in sandbox (also its HOME, cache and temporary folder), import the
    package, and with mypy_cache run `mypy --strict` on it; sandbox must not exist."""
    outcome = Outcome(case, seed.name, mutated[0])
    for name in ("home", "tmp"):
        (sandbox / name).mkdir(parents=True)
    sources = write_case(seed, mutated, sandbox / "case")
    output = sandbox / "out"
    # The format cache and the run records are the writes outside --output that clientgen means
    # to make; without them any other write shows in the snapshot.
    env = {
        **os.environ,
        "HOME": str(sandbox / "home"),
        "XDG_CACHE_HOME": str(sandbox / "home" / ".cache"),
        "TMPDIR": str(sandbox / "tmp"),
        "CLIENTGEN_NO_CACHE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    before = snapshot(sandbox, output)
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        *map(str, sources),
        "--output",
        "out",
        "--package",
        "fuzz_client",
    ]
    outcome.exit_code, _, stderr = _run(command, sandbox, env, timeout)
    outcome.stderr = stderr[-2000:]
    outcome.hang = outcome.exit_code is None
    if outcome.exit_code is not None and outcome.exit_code < 0:
        outcome.signal = -outcome.exit_code
    after = snapshot(sandbox, output)
    outcome.touched = sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )
    outcome.wrote_on_refusal = outcome.exit_code == 2 and output.exists()
    if outcome.exit_code == 0:
        code, _, error = _run([sys.executable, "-c", _IMPORT_EVERY_MODULE], output, env, timeout)
        outcome.import_error = None if code == 0 else (error[-2000:] or f"exit {code}")
        if mypy_cache is not None and code == 0:
            outcome.mypy_checked = True
            mypy = [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--cache-dir",
                str(mypy_cache),
                "-p",
                "fuzz_client",
            ]
            code, report, error = _run(mypy, output, env, timeout * 5)
            outcome.mypy_error = None if code == 0 else (report + error)[-2000:]
    return outcome
