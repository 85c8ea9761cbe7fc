"""A comparison for people (grouped by breaking / compatible) and for machines (JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.diff.compare import required_bump
from generator.diff.comparison import Bump, Change


def render_text(changes: Sequence[Change], allowed: Bump) -> str:
    bump = required_bump(changes)
    lines: list[str] = []
    breaking = [c for c in changes if c.breaking]
    compatible = [c for c in changes if not c.breaking]
    if breaking:
        lines.append(f"breaking ({len(breaking)}):")
        lines.extend(_line(change) for change in breaking)
    if compatible:
        lines.append(f"compatible ({len(compatible)}):")
        lines.extend(_line(change) for change in compatible)
    if not changes:
        lines.append("no change to the public Python API")
    verdict = "within" if bump <= allowed else "more than"
    lines.append(f"required bump: {bump.label} ({verdict} --allow {allowed.label})")
    return "\n".join(lines) + "\n"


def _line(change: Change) -> str:
    where = f" [#{change.pointer}]" if change.pointer else ""
    return f"  {change.bump.label:<5}  {change.symbol}: {change.message}{where}"


def render_json(changes: Sequence[Change], allowed: Bump) -> str:
    bump = required_bump(changes)
    document = {
        "bump": bump.label,
        "allowed": allowed.label,
        "ok": bump <= allowed,
        "changes": [
            {
                "bump": c.bump.label,
                "breaking": c.breaking,
                "rule": c.rule,
                "symbol": c.symbol,
                "pointer": f"#{c.pointer}" if c.pointer else "",
                "message": c.message,
            }
            for c in changes
        ],
    }
    return json.dumps(document, indent=2) + "\n"
