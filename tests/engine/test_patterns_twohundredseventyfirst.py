"""Readings of real US department text of stop 31: sympathies extended, in the plural, as condolences
("The Secretary again extended his deepest sympathies to the people of the Commonwealth …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Secretary Arlo Venn’s Meeting with Velbian Counterparts"


def test_extended_sympathies_in_the_plural_is_a_statement():
    """"The Secretary again extended his deepest sympathies to the people of the Commonwealth on the death of Her
    Majesty Queen Elizabeth II." (two-hundred-seventy-first us_state_2022-09-09): sympathies extended are condolences
    expressed, the plural as the singular "sympathy"."""
    body = (
        "Secretary of State Arlo Venn met today with Velbian Foreign Minister Tomas Reed. "
        "The Secretary again extended his deepest sympathies to the people of Velbia on the death of their former king. "
        "They also discussed trade."
    )
    assert_statements(body, [
        ("Arlo Venn", "indirect",
         "The Secretary again extended his deepest sympathies to the people of Velbia on the death of their former king."),
    ], title=TITLE)


def test_sympathies_extended_by_a_pair_stay_no_ones():
    """Guard: "The Secretary and the Foreign Minister extended their sympathies …": a pair's words, no one's."""
    body = (
        "Secretary of State Arlo Venn met today with Velbian Foreign Minister Tomas Reed. "
        "The Secretary and the Foreign Minister extended their sympathies to the victims of the floods. "
        "They also discussed trade."
    )
    assert_statements(body, [], title=TITLE)


def test_a_titles_virtual_meeting_ends_the_name():
    """"Readout of Deputy Secretary of Defense Dr. Kathleen Hicks Virtual Meeting With U.K. Permanent Secretary for the
    Ministry of Defence David Williams" (two-hundred-seventy-first us_defense_2021-06-21): "Virtual", the kind of meeting,
    as "Phone" in "Phone Call", ends the name; the speaker is Ms Hicks, no "Hicks Virtual"."""
    body = (
        "Deputy Secretary of Defense Dr. Mira Solen hosted the defense dialogue today with her Velbian counterpart.\n\n"
        "Deputy Secretary Solen expressed her gratitude for the Velbian partnership."
    )
    result = assert_statements(body, [
        ("Mira Solen", "indirect", "Deputy Secretary Solen expressed her gratitude for the Velbian partnership."),
    ], title="Readout of Deputy Secretary of Defense Dr. Mira Solen Virtual Meeting With Velbian Permanent Secretary Ivo Dran")
    assert [s.speaker for s in result.statements if s.speaker] == ["Mira Solen"]


def test_a_bilateral_commission_before_a_name_stays_an_office():
    """Guard: "Co-Chair of the Bilateral Commission Tomas Reed noted that …": "Bilateral" opening a body's name
    before a person's name leaves the person and his words as they were."""
    body = "Co-Chair of the Bilateral Commission Tomas Reed noted that the talks had gone well."
    assert_statements(body, [
        ("Tomas Reed", "indirect", "Co-Chair of the Bilateral Commission Tomas Reed noted that the talks had gone well."),
    ], title="Readout of the Velbia Dialogue")
