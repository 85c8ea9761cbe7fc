"""Unit tests of the client runtime (templates/runtime), loaded as `runtime_under_test`."""
