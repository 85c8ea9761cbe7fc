"""CHANGELOG.md of a client versioned `auto`: one dated section a release, newest first."""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence

from generator.diff.comparison import Change

CHANGELOG_NAME = "CHANGELOG.md"


def release_date() -> datetime.date:
    """Today, or the day of `SOURCE_DATE_EPOCH` when a reproducible build fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
    return datetime.date.today()


def changelog_header(package: str) -> str:
    return (
        "# Changelog\n\n"
        f"Every release of `{package}`. "
        "clientgen writes a section each time the API change since the\n"
        "previous generation bumps the version; breaking changes need a major release.\n"
    )


def release_section(version: str, day: datetime.date, changes: Sequence[Change] | None) -> str:
    """The section of one release: its changes in Python terms, or None for the first one."""
    lines = [f"## {version} ({day.isoformat()})", ""]
    if changes is None:
        lines += ["First release.", ""]
    groups = (
        ("Breaking", [c for c in changes or () if c.breaking]),
        ("Compatible", [c for c in changes or () if not c.breaking]),
    )
    for title, group in groups:
        if group:
            lines += [
                f"### {title}",
                "",
                *(f"- `{change.symbol}`: {change.message}" for change in group),
                "",
            ]
    return "\n".join(lines)


def with_section(changelog: str, section: str) -> str:
    """`changelog` with `section` above the releases already in it."""
    head, mark, releases = changelog.partition("\n## ")
    return f"{head.rstrip()}\n\n{section}" + (f"\n## {releases}" if mark else "")
