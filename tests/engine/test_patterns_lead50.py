"""Rules the lead added while merging the fiftieth stop's helpers: one helper's rule meeting another's set."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_gave_high_praise_to_is_praise_before_a_quotation():
    """"X gave high praise to … and responded by saying, “…”": the report before "and" is his praise, a statement of its
    own, now that the quotation after "responded by saying," is read apart as his direct words (fivehundredsixtyninth)."""
    assert_statements((
        "Governor Ilse Marrow received Ambassador Tomas Veyle of Quarrin at the provincial office.\n\n"
        "Ambassador Veyle gave high praise to the provincial firms that have recently entered Quarrin and responded by "
        "saying, “It will open the way for more exchanges between our two peoples.”"
    ), [
        ("Tomas Veyle", "indirect", "Ambassador Veyle gave high praise to the provincial firms that have recently entered "
                                    "Quarrin"),
        ("Tomas Veyle", "direct", "It will open the way for more exchanges between our two peoples."),
    ])


def test_praise_given_to_no_one_named_is_no_statement():
    """Guard: "the praise given to the team" is no act of speech; "gave praise" needs "to" or "for" after the noun."""
    assert_statements((
        "Governor Ilse Marrow received Ambassador Tomas Veyle of Quarrin at the provincial office.\n\n"
        "The ambassador gave praise where it was due, and the visit ended at noon."
    ), [])
