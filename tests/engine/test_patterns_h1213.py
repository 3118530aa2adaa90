"""Rules from the nine-hundred-twenty-seventh held-out set (Zambia's Southern Province Minister, as the Lusaka Times,
Zambia Reports, The Mast, the Zambian Observer and Mwebantu print him): invented readouts, invented people and
places."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("seat", ["member of Parliament", "member of parliament"])
def test_a_lower_case_member_of_parliament_before_the_name_is_an_office(seat):
    """"Choma Central member of Parliament Cornelius Mweetwa yesterday apologised to headmen …" (the Zambian Observer,
    2021-05-07): the seat spelled out in lower case between the constituency and the name is an office, as "MP" and
    "Member of Parliament" are, and the name after it speaks. Before, the whole phrase was a thing ("member" in lower
    case, then "Parliament Arlo Venn" one capitalised run) and the sentence was no one's."""
    body = (f"Tarsk Central {seat} Arlo Venn yesterday apologised to elders in Velo area for his remarks. "
            "The meeting was attended by the town's mayor.")
    assert_statements(body, [
        ("Arlo Venn", "indirect",
         f"Tarsk Central {seat} Arlo Venn yesterday apologised to elders in Velo area for his remarks."),
    ])


def test_the_member_of_parliament_with_an_article_before_the_name_speaks():
    """The same office after "The": "The member of Parliament Arlo Venn said …" names him."""
    body = "The member of Parliament Arlo Venn said the roads of Velo were poor."
    assert_statements(body, [
        ("Arlo Venn", "indirect", "The member of Parliament Arlo Venn said the roads of Velo were poor."),
    ])


def test_members_of_parliament_before_a_verb_stay_a_group():
    """The guard: the plural ("Members of parliament in Tarsk said …") is a group, no one's statement, as before."""
    body = "Members of parliament in Tarsk said the roads of Velo were poor."
    assert_statements(body, [])


@pytest.mark.parametrize("clause", [
    "who served in several portfolios under all the presidents except President Dara Holt",
    "who voted against President Dara Holt",
])
def test_a_comma_less_relative_ending_in_a_title_and_name_after_except_or_under(clause):
    """"Mr. Munkombwe who served in various government portfolios under all the republican presidents except President
    Lungu said he came to state house …" (the Zambian Observer, 2018-01-12): a relative clause with no commas after the
    opener's name that ends in "except" or "against" and a title and name is the opener's clause, the verb his (as "X who
    received a call from the Qatari Emir said …" already was). Before, the President's name right before the verb was
    read as its subject."""
    body = (f"Mr. Arlo Venn met President Dara Holt at the palace today. Mr. Venn {clause} said he came to thank "
            "the President for his care.")
    assert_statements(body, [
        ("Arlo Venn", "indirect",
         f"Mr. Venn {clause} said he came to thank the President for his care."),
    ])


@pytest.mark.parametrize("body, speaker, said", [
    ("Mr. Arlo Venn met President Dara Holt at the palace today. Mr. Venn, who served under President Dara Holt, "
     "said he came to thank him.", "Arlo Venn",
     "Mr. Venn, who served under President Dara Holt, said he came to thank him."),
    ("Mr. Arlo Venn greeted all the chiefs except Chief Olu Tamm. Chief Olu Tamm said the visit honoured them both.",
     "Olu Tamm", "Chief Olu Tamm said the visit honoured them both."),
])
def test_a_name_after_except_or_under_outside_a_comma_less_relative_is_left(body, speaker, said):
    """The guards: a relative clause closed by its comma is read as before, the opener's; and a title and name after
    "except" in a sentence of its own, not a relative clause, leaves the next sentence's subject to speak for himself."""
    assert_statements(body, [(speaker, "indirect", said)])
