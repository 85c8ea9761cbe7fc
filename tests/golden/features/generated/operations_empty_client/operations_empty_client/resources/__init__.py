"""The client's operations, one module per group."""

__all__ = []
