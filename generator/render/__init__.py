"""Render phase: the IR into package files, through Jinja templates."""

from generator.render.package import render_package, runtime_files

__all__ = ["render_package", "runtime_files"]
