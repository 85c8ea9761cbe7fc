"""`version: auto`: the next version and changelog from the API change since the last generation."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from packaging.version import Version

from generator.diff.compare import Bump, compare_clients, required_bump
from generator.ir.model import Client
from generator.diff.changelog import CHANGELOG_NAME, changelog_header, release_date, release_section, with_section
from generator.diff.record import read_record


def bumped(version: str, bump: Bump) -> str:
    """`version` raised by `bump` as semver does it: `1.4.2` -> `2.0.0`, `1.5.0`, `1.4.3`."""
    major, minor, patch = (*Version(version).release, 0, 0)[:3]
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def release_client(client: Client, folder: Path | None) -> Client:
    """`client` with the version and changelog that follow from the project in `folder`.

    No previous record: a first release at the version the IR derived (info.version or
    0.1.0). No change to the Python API: the version and changelog stay byte for byte, so
    `clientgen check` passes on any later day. Otherwise the version is bumped as
    `clientgen diff` requires and a section dated today goes on top of the changelog.
    """
    previous = read_record(folder) if folder is not None else None
    path = folder / CHANGELOG_NAME if folder is not None else None
    changelog = path.read_text(encoding="utf-8") if path is not None and path.is_file() else changelog_header(client.package)
    if previous is None:
        return dataclasses.replace(client, changelog=with_section(changelog, release_section(client.version, release_date(), None)))
    changes = compare_clients(previous, client)
    if not changes:
        return dataclasses.replace(client, version=previous.version, changelog=changelog)
    version = bumped(previous.version, required_bump(changes))
    return dataclasses.replace(client, version=version, changelog=with_section(changelog, release_section(version, release_date(), changes)))
