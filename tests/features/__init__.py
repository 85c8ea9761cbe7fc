"""The feature fixture clients (tests/golden/features/generated/) driven over real HTTP."""
