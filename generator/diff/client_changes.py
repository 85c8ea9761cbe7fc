"""The changes to the client class: its package and name, credentials, environments and
server variables."""

from __future__ import annotations

from generator.diagnostics import join_pointer
from generator.diff.comparison import Bump, Comparison


def client_changes(comparison: Comparison) -> None:
    old, new = comparison.old, comparison.new
    if old.package != new.package:
        comparison.add(
            Bump.MAJOR,
            "package-renamed",
            new.package,
            "",
            f"import package renamed from `{old.package}`",
        )
    if old.class_name != new.class_name:
        comparison.add(
            Bump.MAJOR,
            "client-renamed",
            new.class_name,
            "",
            f"client class renamed from `{old.class_name}` (and `{old.async_class_name}`)",
        )
    _credentials(comparison)
    _environments(comparison)
    _server_variables(comparison)


def _credentials(comparison: Comparison) -> None:
    old_schemes = {s.key: s for s in comparison.old.security_schemes}
    new_schemes = {s.key: s for s in comparison.new.security_schemes}
    constructor = comparison.new.class_name
    for key in sorted(old_schemes.keys() | new_schemes.keys()):
        pointer = join_pointer("/components/securitySchemes", key)
        before, after = old_schemes.get(key), new_schemes.get(key)
        old_arguments = {a.name: a for a in before.arguments} if before else {}
        new_arguments = {a.name: a for a in after.arguments} if after else {}
        for name in sorted(old_arguments.keys() - new_arguments.keys()):
            comparison.add(
                Bump.MAJOR,
                "credential-removed",
                f"{constructor}({name}=)",
                pointer,
                f"constructor argument `{name}` removed",
            )
        for name in sorted(new_arguments.keys() - old_arguments.keys()):
            required = after is not None and after.required
            bump, rule = (
                (Bump.MAJOR, "credential-added-required")
                if required
                else (Bump.MINOR, "credential-added-optional")
            )
            how = (
                f"required: a client without it or ${new_arguments[name].env_var} fails"
                if required
                else "optional"
            )
            comparison.add(
                bump,
                rule,
                f"{constructor}({name}=)",
                pointer,
                f"constructor argument `{name}` added ({how})",
            )
        for name in sorted(old_arguments.keys() & new_arguments.keys()):
            symbol = f"{constructor}({name}=)"
            was, now = old_arguments[name].env_var, new_arguments[name].env_var
            if was != now:
                comparison.add(
                    Bump.MAJOR,
                    "credential-env-renamed",
                    symbol,
                    pointer,
                    f"read from ${now}, no longer ${was}",
                )
        if (
            before
            and after
            and before.required != after.required
            and old_arguments.keys() & new_arguments.keys()
        ):
            bump, word = (
                (Bump.MAJOR, "now required") if after.required else (Bump.MINOR, "now optional")
            )
            comparison.add(
                bump,
                "credential-required" if after.required else "credential-optional",
                constructor,
                pointer,
                f"credentials of scheme {key!r} {word}",
            )


def _environments(comparison: Comparison) -> None:
    old = {e.name: e for e in comparison.old.environments}
    new = {e.name: e for e in comparison.new.environments}
    symbol = f"{comparison.new.class_name}(environment=)"
    for name in sorted(old.keys() - new.keys()):
        comparison.add(
            Bump.MAJOR,
            "environment-removed",
            symbol,
            old[name].pointer,
            f"environment {name!r} removed ({old[name].url})",
        )
    for name in sorted(new.keys() - old.keys()):
        comparison.add(
            Bump.MINOR,
            "environment-added",
            symbol,
            new[name].pointer,
            f"environment {name!r} added ({new[name].url})",
        )
    for name in sorted(old.keys() & new.keys()):
        if old[name].url != new[name].url:
            comparison.add(
                Bump.PATCH,
                "environment-url-changed",
                symbol,
                new[name].pointer,
                f"environment {name!r} now at {new[name].url} (was {old[name].url})",
            )
    was, now = comparison.old.default_environment, comparison.new.default_environment
    if was and now and was != now:
        message = (
            f"default environment is now {now!r} (was {was!r}): "
            "calls without `environment=` go elsewhere"
        )
        comparison.add(Bump.MAJOR, "environment-default-changed", symbol, "/servers/0", message)


def _server_variables(comparison: Comparison) -> None:
    old = {v.name: v for v in comparison.old.server_variables}
    new = {v.name: v for v in comparison.new.server_variables}
    for name in sorted(old.keys() - new.keys()):
        comparison.add(
            Bump.MAJOR,
            "server-variable-removed",
            f"{comparison.new.class_name}({name}=)",
            old[name].pointer,
            f"constructor argument `{name}` removed",
        )
    for name in sorted(new.keys() - old.keys()):
        comparison.add(
            Bump.MINOR,
            "server-variable-added",
            f"{comparison.new.class_name}({name}=)",
            new[name].pointer,
            f"constructor argument `{name}` added (optional)",
        )
    for name in sorted(old.keys() & new.keys()):
        if old[name].default != new[name].default:
            message = (
                f"default is now {new[name].default!r} (was {old[name].default!r}): "
                f"calls without `{name}=` go elsewhere"
            )
            comparison.add(
                Bump.MAJOR,
                "server-variable-default-changed",
                f"{comparison.new.class_name}({name}=)",
                new[name].pointer,
                message,
            )
