"""Render a `Client` into the files of its installable project."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib.abc import Traversable

import jinja2

from generator.installation import templates_root
from generator.ir.model import Client
from generator.progress import SILENT, Progress
from generator.render.filters import FILTERS

# Template -> output path inside the project; `{package}` is filled in.
_PACKAGE_TEMPLATES = {
    "package/_client.py.jinja": "{package}/_client.py",
    "package/_version.py.jinja": "{package}/_version.py",
    "project/pyproject.toml.jinja": "pyproject.toml",
    "project/README.md.jinja": "README.md",
}
_GROUP_TEMPLATE = "package/resources/group.py.jinja"
_MODELS_TEMPLATE = "package/models.py.jinja"
"""Rendered once per `ModelsModule`: `models.py`, or each module of the `models` package."""
_LAZY_INIT_TEMPLATE = "package/lazy_init.py.jinja"
"""Rendered once per `LazyPackage`: the package's `__init__.py` and its subpackages'."""
_EXPORTS_TEMPLATE = "package/exports.py.jinja"
"""Rendered for a `LazyPackage` whose exports' imports stand in a module of their own."""


@functools.cache
def _environment() -> jinja2.Environment:
    root = templates_root()
    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: _template_file(root, name).read_text(encoding="utf-8")
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    environment.filters.update(FILTERS)
    return environment


def _template_file(root: Traversable, name: str) -> Traversable:
    """One `joinpath` per part: before Python 3.12 a namespace package's `joinpath` takes one."""
    found = root
    for part in name.split("/"):
        found = found.joinpath(part)
    return found


def render_package(client: Client, progress: Progress = SILENT) -> dict[str, str]:
    """The files rendered from templates, by path relative to the project folder."""
    package = client.package
    pages: list[tuple[str, str, Mapping[str, object]]] = [
        *(
            (target.format(package=package), template, {"client": client})
            for template, target in _PACKAGE_TEMPLATES.items()
        ),
        *(
            (
                f"{package}/resources/{group.module}.py",
                _GROUP_TEMPLATE,
                {"client": client, "group": group},
            )
            for group in client.groups
        ),
        *(
            (f"{package}/{module.path}", _MODELS_TEMPLATE, {"module": module})
            for module in client.models_modules
        ),
        *(
            (f"{package}/{lazy.path}", _LAZY_INIT_TEMPLATE, {"package": lazy})
            for lazy in client.lazy_packages
        ),
        *(
            (f"{package}/{lazy.exports_path}", _EXPORTS_TEMPLATE, {"package": lazy})
            for lazy in client.lazy_packages
            if lazy.separate_exports
        ),
    ]
    progress.steps(len(pages), "files")
    environment = _environment()
    files: dict[str, str] = {}
    for path, template, context in pages:
        files[path] = environment.get_template(template).render(**context)
        progress.advance()
    if client.changelog is not None:
        files["CHANGELOG.md"] = client.changelog
    return files


def runtime_files(package: str) -> dict[str, str]:
    """The hand-written runtime, copied as it is: it is kept black-formatted in `templates/`."""
    runtime = templates_root().joinpath("runtime")
    return {
        f"{package}/{entry.name}": entry.read_text(encoding="utf-8")
        for entry in sorted(runtime.iterdir(), key=lambda item: item.name)
        if entry.name.endswith(".py") or entry.name == "py.typed"
    }
