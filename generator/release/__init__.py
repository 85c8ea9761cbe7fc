"""Releases of generated clients: the API record each project keeps, `version: auto` and CHANGELOG.md."""

from generator.release.changelog import CHANGELOG_NAME
from generator.release.record import RECORD_NAME, api_record
from generator.release.versions import release_client

__all__ = ["CHANGELOG_NAME", "RECORD_NAME", "api_record", "release_client"]
