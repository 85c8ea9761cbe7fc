"""Render a `Client` into the files of its installable project."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Page:
    """One file rendered from a template: where it goes, the template and what it is given."""

    path: str
    template: str
    context: Mapping[str, object]


def render_package(client: Client, progress: Progress = SILENT) -> dict[str, str]:
    """The files rendered from templates, by path relative to the project folder."""
    pages = package_pages(client)
    progress.steps(len(pages), "files")
    return {**render_pages(pages, progress), **unrendered_files(client)}


def package_pages(client: Client) -> list[Page]:
    """Every file of the project that a template renders."""
    package = client.package
    return [
        *(
            Page(target.format(package=package), template, {"client": client})
            for template, target in _PACKAGE_TEMPLATES.items()
        ),
        *(
            Page(
                f"{package}/resources/{group.module}.py",
                _GROUP_TEMPLATE,
                {"client": client, "group": group},
            )
            for group in client.groups
        ),
        *(
            Page(f"{package}/{module.path}", _MODELS_TEMPLATE, {"module": module})
            for module in client.models_modules
        ),
        *(
            Page(f"{package}/{lazy.path}", _LAZY_INIT_TEMPLATE, {"package": lazy})
            for lazy in client.lazy_packages
        ),
        *(
            Page(f"{package}/{lazy.exports_path}", _EXPORTS_TEMPLATE, {"package": lazy})
            for lazy in client.lazy_packages
            if lazy.separate_exports
        ),
    ]


def render_pages(pages: Iterable[Page], progress: Progress = SILENT) -> dict[str, str]:
    """Each page rendered, by its path; a step of `progress` a page."""
    environment = _environment()
    files: dict[str, str] = {}
    for page in pages:
        files[page.path] = environment.get_template(page.template).render(**page.context)
        progress.advance()
    return files


def unrendered_files(client: Client) -> dict[str, str]:
    """The files of the project that are written as the IR holds them: the changelog."""
    return {} if client.changelog is None else {"CHANGELOG.md": client.changelog}


def runtime_files(package: str) -> dict[str, str]:
    """The hand-written runtime, copied as it is: it is kept black-formatted in `templates/`."""
    runtime = templates_root().joinpath("runtime")
    return {
        f"{package}/{entry.name}": entry.read_text(encoding="utf-8")
        for entry in sorted(runtime.iterdir(), key=lambda item: item.name)
        if entry.name.endswith(".py") or entry.name == "py.typed"
    }
