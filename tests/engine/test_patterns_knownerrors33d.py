"""Known errors of labelled sets (stop 33, h374) that general rules mend: a name after "with the …" in a
sentence whose subject is a pronoun is the one met, not the subject a later "She said:" means; an office after a
fronted "This week", "Today" or "Yesterday" is the subject a later "He" means.

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


WEEK = "This week at the Foreign Ministry"


@pytest.mark.parametrize("when", ["This week the", "Today the", "Yesterday, the"])
def test_office_after_a_fronted_time_is_the_next_hes_subject(when):
    """"This week the Foreign Secretary visited Syria and met with President Assad and Foreign Minister Muallem.
    He discussed a range of issues including …" (two-hundred-ninety-ninth uk_fcdo_2011-01-28_this_week): the
    office after the fronted time is the subject; the "He" who discussed is the Foreign Secretary."""
    body = (
        f"{when} Foreign Secretary visited Osterra and met with President Vost and Foreign Minister Lind. "
        "He discussed a range of issues including the situation in Velmora.\n\n"
        "Trade News this week covered the new ferry timetable."
    )
    assert_statements(body, [
        ("The Foreign Secretary", "indirect", "He discussed a range of issues including the situation in Velmora."),
    ], title=WEEK)


def test_fronted_time_before_a_thing_names_no_subject():
    """Guard: a fronted time before "the" and a thing ("This week the Summit opened …") gives "He" no subject
    from it: the "He" stays the minister named before."""
    body = (
        "Minister Karl Vost travelled to Osterra.\n\n"
        "This week the Summit of Osterra opened in the capital. He said that the summit was timely."
    )
    assert_statements(body, [
        ("Karl Vost", "indirect", "He said that the summit was timely."),
    ], title=WEEK)
