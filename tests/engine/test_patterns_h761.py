"""Statements found by helper h761's set fivehundredseventysecond (the Organization of Turkic States' and CICA's
secretariats' English news):

- "Secretary General of the Union of Steppe States (USS), H.E. X had a meeting with …": an office that opens its
  sentence, set off before the name by a comma whose closing comma is left out before the verb, is the name's, so the
  bare "Secretary General also briefed …" is X (name_offices._opening_office_left_unclosed; an opening office up to 64
  characters, name_offices.office_then_comma);
- "Prime Minister and Minister of General Affairs, X attended …": of two offices joined by "and" that open the sentence,
  the first is hers too, so "Prime Minister X" is she (name_offices.office_then_comma);
- "The Secretary General of the Forum Secretariat, Dame X has written … wrote SG X": "Secretary-General" and "Secretary
  General of …" one office, the hyphen aside (people.roles_compatible);
- "Secretary General and Minister Y exchanged views …": the bare office before "and" is the other person named before
  who holds it, the two together, no statement of Y's (speech_subjects._first_office_anothers).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_UNCLOSED_LEAD = ("Secretary General of the Union of Steppe States (USS), H.E. Arman Telibayev had a meeting with the "
                  "Minister of Foreign Affairs of the Republic of Vardelia, H.E. Osman Kerimoglu on 4 May 2023.")
_BARE_SG_BRIEFED = ("Secretary General also briefed the Minister on the ongoing undertakings of the USS Secretariat and "
                    "shared with him the future steps of the Organization.")
_MINISTER_STRESSED = "Minister Kerimoglu stressed the necessity of further strengthening the Secretariat’s role."


def test_an_opening_office_left_unclosed_is_the_names():
    """"Secretary General of …, H.E. X had a meeting with …", then "Secretary General also briefed …": X's."""
    assert_statements(
        "\n\n".join((_UNCLOSED_LEAD, _BARE_SG_BRIEFED, _MINISTER_STRESSED)),
        [("Arman Telibayev", "indirect", _BARE_SG_BRIEFED),
         ("Osman Kerimoglu", "indirect", _MINISTER_STRESSED)],
    )


def test_a_long_opening_office_set_off_by_commas_is_the_names():
    """"Secretary General of the Organization of Steppe States, X, had …" (an office longer than 48 characters)."""
    lead = ("Secretary General of the Organization of Steppe States, Arman Telibayev, had a meeting with Minister "
            "Osman Kerimoglu on 4 May 2023.")
    assert_statements(
        "\n\n".join((lead, _BARE_SG_BRIEFED, _MINISTER_STRESSED)),
        [("Arman Telibayev", "indirect", _BARE_SG_BRIEFED),
         ("Osman Kerimoglu", "indirect", _MINISTER_STRESSED)],
    )


def test_an_opening_prepositions_object_is_no_office():
    """"Like the Secretary General, Ida Morn met …": an opening preposition's object, no office of hers, so the bare
    "Secretary General also briefed …" is no statement of hers."""
    lead = "Like the Secretary General, Ida Morn met the Minister of Culture of Vardelia, Osman Kerimoglu on Monday."
    assert_statements(
        "\n\n".join((lead, _BARE_SG_BRIEFED, _MINISTER_STRESSED)),
        [("Osman Kerimoglu", "indirect", _MINISTER_STRESSED)],
    )


_TWO_OFFICES_LEAD = ("Prime Minister and Minister of General Affairs, Selma Joris attended a bilateral meeting with "
                     "the delegation of Port Averne.")
_PM_SATISFIED = "Prime Minister Joris expressed her satisfaction with how the cooperation in education is going."


def test_the_first_of_two_opening_offices_is_hers():
    """"Prime Minister and Minister of General Affairs, X attended …", then "Prime Minister X expressed …": one
    person, shown by her full name."""
    result = assert_statements(
        "\n\n".join((_TWO_OFFICES_LEAD, _PM_SATISFIED)),
        [("Selma Joris", "indirect", _PM_SATISFIED)],
    )
    assert [s.name for s in result.speakers] == ["Selma Joris"]


def test_secretary_general_with_or_without_its_hyphen_is_one_office():
    """"The Secretary General of the Forum Secretariat, Dame X has written …" then "SG X also assured …": one person,
    shown by her full name."""
    lead = ("The Secretary General of the Reef Islands Forum Secretariat, Dame Lena Corrie has written to convey her "
            "congratulations to the President of Maruva, Tomas Vele.")
    assured = "SG Corrie also assured the Government of Maruva of the Secretariat’s firm support."
    result = assert_statements(
        "\n\n".join((lead, assured)),
        [("Lena Corrie", "indirect", lead), ("Lena Corrie", "indirect", assured)],
    )
    assert [s.name for s in result.speakers] == ["Lena Corrie"]


_EXCHANGED = ("Secretary General and Minister Kerimoglu exchanged views on the latest developments in the region and "
              "its humanitarian implications.")


def test_a_bare_office_held_by_another_and_a_surname_are_two_people():
    """"Secretary General and Minister Y exchanged views …" after "Secretary General …, X" and "…, Y": the two
    together, no statement of Y's."""
    assert_statements(
        "\n\n".join((_UNCLOSED_LEAD, _EXCHANGED, _BARE_SG_BRIEFED, _MINISTER_STRESSED)),
        [("Arman Telibayev", "indirect", _BARE_SG_BRIEFED),
         ("Osman Kerimoglu", "indirect", _MINISTER_STRESSED)],
    )


def test_a_double_title_given_before_stays_one_person():
    """"Senior Advisor and Works Coordinator X" given before, then "Senior Advisor and Works Coordinator Y discussed
    …": still one person's two offices, though another Senior Advisor was named."""
    lead = ("Last week, Senior Advisor to the President Anna Velt, Senior Advisor and Works Coordinator Marek Lindqvist, "
            "and the Director of the Arts Fund met with theatre leaders.")
    discussed = "Senior Advisor and Works Coordinator Lindqvist discussed the connection between arts and public works."
    assert_statements(
        "\n\n".join((lead, discussed)),
        [("Marek Lindqvist", "indirect", discussed)],
    )
