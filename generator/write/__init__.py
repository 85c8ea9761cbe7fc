"""Write phase: format rendered files with black (`format`), then put a project on disk
without harming the user's files.

Formatting is not exported here: importing black takes a while, and a run that finds its
project up to date formats nothing.
"""

from generator.write.compare import diff_project
from generator.write.project import check_target, write_project

__all__ = ["check_target", "diff_project", "write_project"]
