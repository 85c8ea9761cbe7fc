"""Render a `Client` into the files of its installable project."""

from __future__ import annotations

import functools
from importlib.abc import Traversable

import jinja2

from generator.installation import templates_root
from generator.ir.model import Client
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


def render_package(client: Client) -> dict[str, str]:
    """The files rendered from templates, by path relative to the project folder."""
    environment = _environment()
    files: dict[str, str] = {}
    for template, target in _PACKAGE_TEMPLATES.items():
        files[target.format(package=client.package)] = environment.get_template(template).render(
            client=client
        )
    group_template = environment.get_template(_GROUP_TEMPLATE)
    for group in client.groups:
        files[f"{client.package}/resources/{group.module}.py"] = group_template.render(
            client=client, group=group
        )
    models_template = environment.get_template(_MODELS_TEMPLATE)
    for module in client.models_modules:
        files[f"{client.package}/{module.path}"] = models_template.render(module=module)
    lazy_template = environment.get_template(_LAZY_INIT_TEMPLATE)
    exports_template = environment.get_template(_EXPORTS_TEMPLATE)
    for package in client.lazy_packages:
        files[f"{client.package}/{package.path}"] = lazy_template.render(package=package)
        if package.separate_exports:
            files[f"{client.package}/{package.exports_path}"] = exports_template.render(
                package=package
            )
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
