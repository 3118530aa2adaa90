"""Rules from the nine-hundred-ninety-ninth held-out set (the Governor of Namibia's Zambezi Region, widened to the
Governors of Otjozondjupa and Omaheke, and those at their meetings, 2011-2025): invented readouts, invented people and
places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Ostra Governor Pell Arkin met the regional councillors at Velm on Monday. "


def test_at_the_same_meeting_between_subject_and_verb():
    """"Uerikua at the same meeting stated that a draft … should come from …" (Nampa 2020-06-02): the meeting told
    before, "the same" one, stepped over as "at the meeting" is. Before, "same" stopped the aside's reading and the
    sentence went to no one."""
    body = _OPENING + "Arkin at the same meeting stated that a draft plan should come from the councillors."
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Arkin at the same meeting stated that a draft plan should come from the "
                                   "councillors."),
    ])


def test_at_the_same_time_between_subject_and_verb():
    """"The Zambezi Governor at the same time called for the establishment of a new constituency …" (NBC 2024-05-14):
    a second point made, "at the same time" with no commas, as the sentence-opening "At the same time, …" is. Before,
    the sentence went to no one."""
    body = (_OPENING + "Arkin appealed to the commission to move the boundary. "
            "The Ostra Governor at the same time called for the establishment of a new district, named Borra.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Arkin appealed to the commission to move the boundary."),
        ("Pell Arkin", "indirect", "The Ostra Governor at the same time called for the establishment of a new "
                                   "district, named Borra."),
    ])


def test_the_same_thing_after_a_noun_is_no_aside():
    """The guard: "the same" only before a meeting's noun, with "at" and "the" before it: "The councillors of the same
    party at the meeting discussed …" stays a group's, and a thing "at the same price" gives no one's words."""
    body = (_OPENING + "The councillors of the same party discussed the roads. "
            "The maize at the same price sold out quickly.")
    assert_statements(body, [])


def test_quotes_someone_saying_with_no_as():
    """"The Presidency quotes Nandi-Ndaitwah saying that it was important to …" (Namibian Sun 2025-08-27): the person
    quoted speaks, as after "quoted X as saying" and "reports X saying". Before, the bare "saying" with no "as" was not
    read and the sentence went to no one."""
    body = (_OPENING + "The Ostra Presidency quotes Arkin saying that it was important to first honour the "
            "traditional leaders.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "The Ostra Presidency quotes Arkin saying that it was important to first honour "
                                   "the traditional leaders."),
    ])


def test_quotes_a_report_saying_is_no_ones():
    """The guard: "quoted the report saying that …": a thing quoted, no person, so no one's words."""
    body = _OPENING + "The Ostra Presidency quoted the annual report saying that the roads were poor."
    assert_statements(body, [])


def test_indicated_to_hold_meetings():
    """"The governor also indicated to hold similar consultative meetings during this week with …" (Nampa 2020-06-02):
    a plan stated, "indicated to" and a verb of holding or going to a meeting, as "announced plans to". Before, only
    "indicated that …" or "indicated to <someone> that …" was read."""
    body = _OPENING + "Arkin also indicated to hold similar meetings during this week with the leaders of Borra."
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Arkin also indicated to hold similar meetings during this week with the leaders of "
                                   "Borra."),
    ])


def test_indicated_to_the_reporters_with_no_clause_is_no_statement():
    """The guard: "indicated to the reporters the way to the hall" (a gesture, no clause, no verb of a meeting after
    "to"): no one's words, as before."""
    body = _OPENING + "Arkin indicated to the reporters the way to the hall."
    assert_statements(body, [])


def test_expressed_his_interest_at_a_place_tells_only_where():
    """"The Otjozondjupa governor on Tuesday expressed interest to establish … . James Uerikua expressed his interest at
    Otjiwarongo on Tuesday morning at a consultative meeting he held with …" (Nampa 2020-06-02): "his interest" with no
    complement is the interest told before, the sentence only where it was voiced, as "expressed these views at …".
    Before, it was read as a statement of its own."""
    body = (_OPENING + "Arkin expressed interest to establish a regional plan for the towns. "
            "Arkin expressed his interest at Velm on Monday morning at a meeting he held with the councillors.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Arkin expressed interest to establish a regional plan for the towns."),
    ])


def test_expressed_his_interest_with_its_own_complement_stays_a_statement():
    """The guard: "expressed his interest at the meeting to invest in …" (the interest's own "to" and verb after the
    occasion) and "expressed his interest in building …" tell the interest: his, as before."""
    body = (_OPENING + "Arkin expressed his interest at the meeting to invest in the port. "
            "Arkin expressed his interest in building a new market.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Arkin expressed his interest at the meeting to invest in the port."),
        ("Pell Arkin", "indirect", "Arkin expressed his interest in building a new market."),
    ])
