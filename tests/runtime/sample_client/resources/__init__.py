"""Operation groups."""
