"""Rules from the hundred-sixty-first held-out set (en.kremlin.ru, March - April 2017): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_BODY = ("President Ivan Dorn sent his heartfelt condolences to writer Anton Vell’s widow, friends and family.\n\n"
         "The President’s message reads, in part:\n\n"
         "“Anton Vell has passed away. He was an outstanding person and a hero of many generations.”\n\n"
         "The writer died in Tesland at the age of 84.")


@pytest.mark.parametrize("title", ["Condolences over Anton Vell’s passing", "Condolences over Anton Vell's death"])
def test_a_man_whose_passing_the_title_names_by_a_possessive_is_mourned(title):
    """"Condolences over Yevgeny Yevtushenko’s passing" (54165): the possessive "X’s passing" names the mourned
    as "the passing of X" does; he is not the readout's principal, and the quoted message that opens with his
    name ("X has passed away. …") stays the sender's. Before, the dead man took the quotation."""
    assert_statements(_BODY, [
        ("Ivan Dorn", "indirect",
         "President Ivan Dorn sent his heartfelt condolences to writer Anton Vell’s widow, friends and family."),
        ("Ivan Dorn", "direct", "Anton Vell has passed away. He was an outstanding person and a hero of many generations."),
    ], title=title)


def test_a_possessive_that_names_no_death_leaves_the_title_as_it_was():
    """The guard: "X’s visit" after the name is not a death; a guest named so in a title still speaks his
    own quoted words ("The guest said: …")."""
    body = ("Prime Minister Anton Vell of Tesland arrived in Borduria.\n\n"
            "“I am glad to be here,” Anton Vell said.")
    assert_statements(body, [
        ("Anton Vell", "direct", "I am glad to be here"),
    ], title="Anton Vell’s visit to Borduria")
