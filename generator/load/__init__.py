"""Load phase: OpenAPI 3.0 / 3.1 and Swagger 2.0 sources (YAML, JSON, documentation pages) -> one
validated OpenAPI document; common breaks of the specification are repaired with warnings.

document = load_document([Path("openapi.yaml")])
document.openapi       # the openapi-pydantic model
document.resolve("#/components/schemas/Chat")
"""

from generator.load.document import LoadedDocument
from generator.load.pipeline import inspect_documents, load_document, validate_documents

__all__ = ["LoadedDocument", "inspect_documents", "load_document", "validate_documents"]
