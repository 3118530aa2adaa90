"""Rules from the nine-hundred-twenty-eighth held-out set (Masvingo's Minister of State for Provincial Affairs,
Zimbabwe, 2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Minister Tomas Vell of Marlow met the youth council of Kestrel on Monday. "


def test_officials_at_a_building_named_after_a_person_are_a_group():
    """"Government officials at Benjamin Burombo Building said donor agencies were unhappy …" (ZimEye 2017-12-28): a
    building's name ending in "Building" is a place, the plural officials a group. Before, the building was the
    speaker."""
    body = _MEETING + "Government officials at Benjamin Orrin Building said donor agencies were unhappy with the plan."
    assert_statements(body, [])


def test_a_person_at_a_building_speaks():
    """The same aside after one person: "Minister Vell at Benjamin Orrin Building said …" his, not the building's."""
    body = _MEETING + "Minister Vell at Benjamin Orrin Building said donor agencies were unhappy with the plan."
    assert_statements(body, [
        ("Tomas Vell", "indirect",
         "Minister Vell at Benjamin Orrin Building said donor agencies were unhappy with the plan."),
    ])


def test_this_has_been_confirmed_by_is_only_who_told_it():
    """"This has been confirmed by the Minister … in an interview with The Mirror." (Masvingo Mirror 2020-04-26): the
    perfect passive read as "This was confirmed by X", only who told it (narrative). Before, the sentence was his."""
    body = ("MARLOW – Kestrel Mining Company has pledged US$20 000 to rehabilitate clinics in the province.\n\n"
            "This has been confirmed by the Minister of State for Marlow Province Tomas Vell in an interview with "
            "The Courier.\n\nHe said that the donation will be handed over soon.")
    assert_statements(body, [
        ("Tomas Vell", "indirect", "He said that the donation will be handed over soon."),
    ])


def test_this_has_been_confirmed_by_gives_back_the_claim():
    """The same back-reference after one person's claim: the claim is his, as after "This was confirmed by X"."""
    body = ("Kestrel Mining Company has pledged US$20 000 to rehabilitate clinics in the province.\n\n"
            "This has been confirmed by Minister Tomas Vell in an interview with The Courier.")
    assert_statements(body, [
        ("Tomas Vell", "indirect",
         "Kestrel Mining Company has pledged US$20 000 to rehabilitate clinics in the province."),
    ])


def test_this_has_been_a_long_week_is_no_back_reference():
    """The guard: "This has been …" with no speech verb and "by" is no back-reference."""
    body = _MEETING + "This has been a long week for the council. Minister Vell said the talks were useful."
    assert_statements(body, [
        ("Tomas Vell", "indirect", "Minister Vell said the talks were useful."),
    ])


def test_address_to_members_of_a_body_then_a_comma_and_a_quotation():
    """"Minister Chadzamira in his keynote address to members of the Tanzania Youths on Business, said, “young people
    are the vanguard of socio-economic transformation.”" (Technomag 2024-07-19): the address aside with its listeners
    "members of the <body>", no opening comma, then a stray comma. Before, the quotation was no one's."""
    body = _MEETING + ("Minister Vell in his keynote address to members of the Kestrel Youths on Business, said, "
                       "“young people are the vanguard of change.”")
    assert_statements(body, [
        ("Tomas Vell", "direct", "young people are the vanguard of change."),
    ])


def test_address_to_members_of_a_body_reported():
    """The same aside with no comma and reported speech: "in his address to members of the council said …" his, not
    the members'."""
    body = _MEETING + ("Minister Vell in his address to members of the council said young people are the vanguard "
                       "of change.")
    assert_statements(body, [
        ("Tomas Vell", "indirect",
         "Minister Vell in his address to members of the council said young people are the vanguard of change."),
    ])


def test_members_of_a_body_speaking_are_a_group():
    """The guard: the members as the subject, no address before them, are a group: no statement."""
    body = _MEETING + "The members of the council said young people are the vanguard of change."
    assert_statements(body, [])
