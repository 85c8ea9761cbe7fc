"""The feature fixture clients (tests/features/generated/, from the specs in
tests/features/specs/) driven over real HTTP."""
