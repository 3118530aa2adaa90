"""Rules from the nine-hundred-fifty-eighth held-out set (the Governor of Narok County, Kenya, and those who speak at
or of his meetings, 2016-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Aron Velk of Dorvan County met the county staff at the headquarters on Monday. "


def test_dismissed_rumours_with_no_determiner_is_a_denial():
    """"Ntutu … dismissed rumours that he would sack some employees …" (KBC 2022-08-26): a denial voiced, a plural
    talk noun with no determiner before "that". Before, only "the rumours", "recent rumours" were read."""
    body = _OPENING + "Velk dismissed rumours that he would replace the county staff."
    assert_statements(body, [
        ("Aron Velk", "indirect", "Velk dismissed rumours that he would replace the county staff."),
    ])


def test_rubbished_claims_by_someone_is_a_denial():
    """"He rubbished claims by the politicians that the Purko clan had been sidelined …" (The Standard): the Kenyan
    press's "rubbished", as "dismissed", with a talk noun after it."""
    body = _OPENING + "He rubbished claims by the opposition that the northern wards had been sidelined."
    assert_statements(body, [
        ("Aron Velk", "indirect", "He rubbished claims by the opposition that the northern wards had been sidelined."),
    ])


def test_dismissed_claims_alone_and_a_rubbished_thing_are_no_statement():
    """The guards: "dismissed claims" with nothing after the noun (a court's act as often as a denial) and
    "rubbished" with no talk noun are unchanged, no statement."""
    body = (_OPENING + "The tribunal later dismissed claims. Velk also rubbished the old market stalls before the "
            "rains.")
    assert_statements(body, [])


def test_has_remained_adamant_that_is_a_position_stated():
    """"In his response, Olekina has remained adamant that no one will bar him …" (Nairobi News 2023-01-29): the
    perfect of "remained adamant that", a position stated, as "remained adamant that" already was."""
    body = _OPENING + "In his response, Senator Ilo Brant has remained adamant that no one will bar him from the county."
    assert_statements(body, [
        ("Ilo Brant", "indirect",
         "In his response, Senator Ilo Brant has remained adamant that no one will bar him from the county."),
    ])


def test_has_been_adamant_with_no_clause_is_no_statement():
    """The guard: "has been adamant" with no "that", colon or "about" after it is no position stated."""
    body = _OPENING + "Senator Ilo Brant has been adamant for years and rarely speaks to the press."
    assert_statements(body, [])


def test_the_group_led_by_someone_is_a_group():
    """"Yesterday, the group led by … Vice-Chairman John Mark Koisaba asked leaders to give Tunai ample time …" (The
    Standard): the group is the subject, its request no one person's, as "the elders led by X". Before, the
    vice-chairman's."""
    body = (_OPENING + "Yesterday, the group led by Council Vice-Chairman Ilo Brant asked leaders to give Velk ample "
            "time to implement the plan.")
    assert_statements(body, [])


def test_a_name_after_a_group_as_object_still_speaks():
    """The guard: "X met the group led by Y and said …": the group an object, the verb X's, unchanged."""
    body = (_OPENING + "Velk met the group led by Council Vice-Chairman Ilo Brant and said the county would hear "
            "the elders.")
    assert_statements(body, [
        ("Aron Velk", "indirect",
         "Velk met the group led by Council Vice-Chairman Ilo Brant and said the county would hear the elders."),
    ])
