"""Rules from the nine-hundred-ninety-eighth held-out set (the Resident District / City Commissioner and the City Mayor of
Mbarara, Uganda, and those at their meetings, 2020-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_directed_council_chairpersons_to_act_is_an_order():
    """"To address these issues, Kabereebere directed Local Council chairpersons to register every visitor in their
    jurisdiction." (Boona FM): the heads of the councils under him, as Ugandan papers name them, an order as
    "directed all district commissioners to …". Before, only officials, officers, staff, commissioners … were read
    after "directed", so "chairpersons" left the sentence no one's."""
    body = ("The Vellan Sub-county chairperson, Dorin Makuvo, addressed stakeholders at the sub-county headquarters "
            "on Friday.\n\n"
            "To address these issues, Makuvo directed Local Council chairpersons to register every visitor in their "
            "villages.\n\n"
            "Makuvo also directed village leaders to report strangers to the police.")
    assert_statements(body, [
        ("Dorin Makuvo", "indirect", "To address these issues, Makuvo directed Local Council chairpersons to register "
         "every visitor in their villages."),
        ("Dorin Makuvo", "indirect", "Makuvo also directed village leaders to report strangers to the police."),
    ])


def test_criticism_directed_at_leaders_stays_narrative():
    """The guard: "directed" before a preposition and the leaders is a thing aimed at them, no order: "Makuvo directed
    his anger at local leaders …" stays no one's."""
    body = ("The Vellan Sub-county chairperson, Dorin Makuvo, addressed stakeholders at the sub-county headquarters "
            "on Friday.\n\n"
            "Makuvo directed blame at local leaders over the thefts.")
    assert_statements(body, [])
