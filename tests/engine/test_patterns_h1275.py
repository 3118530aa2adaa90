"""Rules from the nine-hundred-eighty-first held-out set (the Governor of Kilifi County, Kenya, and those who speak at
or of the Governor's meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "On June 4, Ambassador Lira Osk of Kelvar met with Governor Dorvan Keller of Tesk County. "


def test_introduced_that_before_a_named_subject_is_a_clause_told():
    """"Governor Mung’aro introduced that Kilifi has both beautiful beaches … and welcomes more Chinese travellers …"
    (China's embassy in Kenya, 2025-06-06): a Chinese release's "introduced that", a clause told, as "explained that".
    Before, no statement."""
    body = (_OPENING + "Governor Keller introduced that Tesk has fine beaches and welcomes more Kelvari travellers "
            "with open arms.")
    assert_statements(body, [
        ("Dorvan Keller", "indirect", "Governor Keller introduced that Tesk has fine beaches and welcomes more Kelvari "
                                      "travellers with open arms."),
    ])


def test_introduced_that_before_a_determiner_is_a_clause_told():
    """"introduced that the …": a clause's "that" before the determiner opening its subject."""
    body = _OPENING + "Governor Keller introduced that the county seeks more investment in its port."
    assert_statements(body, [
        ("Dorvan Keller", "indirect", "Governor Keller introduced that the county seeks more investment in its port."),
    ])


def test_introduced_that_bill_is_no_statement():
    """The guard: the demonstrative "that" of "introduced that bill" (a bill brought in, an act): no statement."""
    body = _OPENING + "Governor Keller introduced that bill in the county assembly last year."
    assert_statements(body, [])


def test_did_not_go_down_well_with_a_name_then_who_argued():
    """"This did not go down well with Kingi who argued that when the DP was serving as the Minister …, did not help
    Kilifi farmers …" (Kenyan DAILY POST 2021-12-23): how another's words were taken by one named person, then his own
    answer in the "who" clause run on after his name with no comma: his indirect statement, the sentence whole.
    Before, no statement."""
    body = (_OPENING + "Minister Pavo Linn said the party would fund farmers. This did not go down well with Keller "
            "who argued that the minister had done nothing for farmers when he held the office.")
    assert_statements(body, [
        ("Pavo Linn", "indirect", "Minister Pavo Linn said the party would fund farmers."),
        ("Dorvan Keller", "indirect", "This did not go down well with Keller who argued that the minister had done "
                                      "nothing for farmers when he held the office."),
    ])


def test_did_not_go_down_well_with_a_name_then_a_comma_and_who_said():
    """"…, who said …" set off after the name: the same, as after "was also attended by X, who said …"."""
    body = (_OPENING + "Minister Pavo Linn said the party would fund farmers. The pledge did not go down well with "
            "Governor Keller, who said that the county had been neglected for years.")
    assert_statements(body, [
        ("Pavo Linn", "indirect", "Minister Pavo Linn said the party would fund farmers."),
        ("Dorvan Keller", "indirect", "The pledge did not go down well with Governor Keller, who said that the county "
                                      "had been neglected for years."),
    ])


def test_did_not_go_down_well_with_a_group_is_no_statement():
    """The guard: the same shape after a group ("with the farmers who argued …"): a group's words, no statement."""
    body = (_OPENING + "Minister Pavo Linn said the party would fund farmers. This did not go down well with the "
            "farmers who argued that they had been neglected for years.")
    assert_statements(body, [
        ("Pavo Linn", "indirect", "Minister Pavo Linn said the party would fund farmers."),
    ])


def test_did_not_go_down_well_with_a_name_then_who_without_speech_is_no_statement():
    """The guard: a "who" clause with no speech verb ("who left the hall"): an act, no statement."""
    body = _OPENING + "The new levy did not go down well with Keller who left the hall before the vote."
    assert_statements(body, [])


def test_drew_a_rebuke_from_a_name_then_who_said():
    """"The remarks drew a sharp rebuke from X, who said …": the same shape, one person's answer to another's words set
    off after his name, as after "did not go down well with X, who said …". Before, no statement."""
    body = (_OPENING + "Minister Pavo Linn said the party would fund farmers. The pledge drew a sharp rebuke from "
            "Governor Keller, who said that the county had been neglected for years.")
    assert_statements(body, [
        ("Pavo Linn", "indirect", "Minister Pavo Linn said the party would fund farmers."),
        ("Dorvan Keller", "indirect", "The pledge drew a sharp rebuke from Governor Keller, who said that the county "
                                      "had been neglected for years."),
    ])
