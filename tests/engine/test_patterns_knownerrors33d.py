"""Known errors of labelled sets (stop 33, h374) that general rules mend: a name after "with the …" in a
sentence whose subject is a pronoun is the one met, not the subject a later "She said:" means.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

VISIT = "First Minister in Tarvik for a programme of meetings"


@pytest.mark.parametrize("met", ["held discussions with the Premier Karl Vost", "met with the Premier Karl Vost"])
def test_name_after_with_the_is_no_subject_for_the_next_she(met):
    """"And she held discussions with the Taoiseach Leo Varadkar about the co-operation and links between
    Scotland and Ireland." / "She said:" / an unquoted paragraph (two-hundred-ninety-ninth
    scot_gov_2019-05-28_sturgeon_dublin): the Taoiseach is met, after "with the"; the "She" who speaks is the
    First Minister, the subject before."""
    body = (
        "First Minister Nicola Dorn visited Tarvik for a programme of business and cultural meetings.\n\n"
        "She then met business investors to discuss the economic links of the two countries.\n\n"
        f"And she {met} about the links between Velmora and Osterra.\n\n"
        "She said:\n\n"
        "It is in the interest of both countries to ensure that we continue to work together."
    )
    assert_statements(body, [
        ("Nicola Dorn", "direct", "It is in the interest of both countries to ensure that we continue to work together."),
    ], title=VISIT)


def test_name_after_and_the_stays_the_subject():
    """Guard: "the" after no preposition ("Karl Vost and the Premier Otto Lind …") leaves the name read as before."""
    body = (
        "Minister Karl Vost visited Tarvik.\n\n"
        "Later the Premier Otto Lind opened the new bridge over the river.\n\n"
        "He said:\n\n"
        "This bridge joins our two peoples."
    )
    assert_statements(body, [
        ("Otto Lind", "direct", "This bridge joins our two peoples."),
    ], title=VISIT)
