"""`version: auto`: the next version and changelog from the API change since the last generation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from packaging.version import Version

from generator.diagnostics import Diagnostic
from generator.diff.changelog import (
    CHANGELOG_NAME,
    changelog_header,
    release_date,
    release_section,
    with_section,
)
from generator.diff.compare import compare_clients, required_bump
from generator.diff.comparison import Bump
from generator.ir.model import Client
from generator.ir.renames import major_of


def bumped(version: str, bump: Bump) -> str:
    """`version` raised by `bump` as semver does it: `1.4.2` -> `2.0.0`, `1.5.0`, `1.4.3`."""
    major, minor, patch = (*Version(version).release, 0, 0)[:3]
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


Build = Callable[[int | None], tuple[Client, list[Diagnostic]]]
"""Builds the client keeping the deprecated aliases of the major version given (None: of the
client's own version), and the warnings on the way."""


def release_client(
    build: Build, previous: Client | None, folder: Path | None
) -> tuple[Client, list[Diagnostic]]:
    """The client `build` gives, with the version and changelog that follow from `previous`,
    the client the project in `folder` was generated as.

    No previous record: a first release at the version the IR derived (info.version or
    0.1.0). No change to the Python API: the version and changelog stay byte for byte, so
    `clientgen check` passes on any later day. Otherwise the version is bumped as
    `clientgen diff` requires and a section dated today goes on top of the changelog.
    """
    if previous is None:
        client, warnings = build(None)
        first = release_section(client.version, release_date(), None)
        return dataclasses.replace(
            client, changelog=with_section(_changelog(client, folder), first)
        ), warnings
    major = major_of(previous.version)
    client, warnings = build(major)
    changes = compare_clients(previous, client)
    if required_bump(changes) is Bump.MAJOR and client.has_former_names:
        # A major release drops the deprecated aliases of the major version before it.
        client, warnings = build(major + 1)
        changes = compare_clients(previous, client)
    changelog = _changelog(client, folder)
    if not changes:
        return dataclasses.replace(client, version=previous.version, changelog=changelog), warnings
    version = bumped(previous.version, required_bump(changes))
    section = release_section(version, release_date(), changes)
    return dataclasses.replace(
        client, version=version, changelog=with_section(changelog, section)
    ), warnings


def _changelog(client: Client, folder: Path | None) -> str:
    """The project's CHANGELOG.md as committed, or the header of a new one."""
    path = folder / CHANGELOG_NAME if folder is not None else None
    return (
        path.read_text(encoding="utf-8")
        if path is not None and path.is_file()
        else changelog_header(client.package)
    )
