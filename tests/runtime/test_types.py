"""The NOT_GIVEN sentinel."""

from __future__ import annotations

import copy

from runtime_under_test._types import NOT_GIVEN, NotGiven


def test_not_given_is_falsy_so_optional_arguments_read_naturally() -> None:
    assert not NOT_GIVEN
    assert bool(NOT_GIVEN) is False


def test_not_given_is_distinct_from_none() -> None:
    assert NOT_GIVEN is not None
    assert isinstance(NOT_GIVEN, NotGiven)
    assert not isinstance(None, NotGiven)


def test_not_given_repr_reads_as_the_name_used_in_signatures() -> None:
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_a_copied_sentinel_is_still_recognised() -> None:
    # The runtime checks with isinstance, not identity, so a copied default still means "omitted".
    assert isinstance(copy.deepcopy(NOT_GIVEN), NotGiven)
