"""Write phase: format rendered files with black, then put a project on disk without harming the user's files."""

from generator.write.compare import diff_project
from generator.write.format import format_files
from generator.write.project import check_target, write_project

__all__ = ["check_target", "diff_project", "format_files", "write_project"]
