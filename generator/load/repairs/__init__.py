"""Repairs that let real-world documents load: before validation, and of what validation refused.

This is the seam for robustness on real-world documents. A repair fixes one thing in place:
either a common, harmless break of the specification (a version without its patch number, a
2.0-style `discriminator: kind`), or a valid construct that openapi-pydantic's models cannot
hold (`x-` keys in `paths`, 3.1 boolean subschemas). Every change the author should hear about
is a warning that names the JSON pointer of what was changed.

There are three parts:

- `document`: before validation, `REPAIRS` run over the whole document (`normalize_document`).
  Add a document-wide repair to `REPAIRS`.
- `schemas`: one of the `REPAIRS` walks every schema once and applies each `SchemaRepair` of
  `SCHEMA_REPAIRS` to it. Add a per-schema repair to `SCHEMA_REPAIRS`.
- `invalid`: after validation, `repair_invalid` reads what openapi-pydantic refused (each
  `Finding` says where, and what was expected) and repairs it where there is a plain reading:
  a number where a string belongs is that string, a response that is only a text is its
  description, a missing response description is empty, a `in: body` parameter is the request
  body, an optional field that cannot be read is dropped. The document is validated again
  after each round.

Each tuple's order is the order its repairs run in. What no repair can read stays an error, and
the document does not load.
"""

from generator.load.repairs.document import REPAIRS, drop_broken_refs, normalize_document
from generator.load.repairs.invalid import repair_invalid
from generator.load.repairs.schemas import SCHEMA_REPAIRS

__all__ = ["REPAIRS", "SCHEMA_REPAIRS", "drop_broken_refs", "normalize_document", "repair_invalid"]
