"""Readings of real Belarusian presidential text of stop 36 (three-hundred-seventy-eighth): English news items of the Press
Service of the President of the Republic of Belarus.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "A telephone conversation between the presidents of Belarus and Kazakhstan took place in the morning on 4 May.\n\n"


def test_a_second_verb_on_behalf_of_a_people_stays_the_speakers():
    """"Kassym-Jomart Tokayev extended greetings to Aleksandr Lukashenko on the 75th anniversary of Great Victory and on
    behalf of the people of Kazakhstan conveyed congratulations to Belarusians, stressing …" (three-hundred-seventy-eighth
    belarus_president_2020-05-04_tokayev_call): "the people of …" after "and on behalf of" is not the subject of
    "conveyed"; the speaker's second verb goes on his statement."""
    body = _LEAD + (
        "Oren Vask extended greetings to Mira Tal on the anniversary of the liberation and on behalf of the people of "
        "Kazakhstan conveyed congratulations to Belarusians, stressing that many families still keep the memory of the war."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Oren Vask extended greetings to Mira Tal on the anniversary of the liberation and on behalf of the people of "
         "Kazakhstan conveyed congratulations to Belarusians, stressing that many families still keep the memory of the war."),
    ], title="Telephone conversation with Mira Tal")


def test_the_people_as_a_subject_after_and_still_cut_the_statement():
    """Guard: where "the people of …" is the subject itself ("…, and the people of Kazakhstan conveyed …", no "on behalf
    of"), a group speaks after the speaker's clause: his statement ends before it."""
    body = _LEAD + (
        "Oren Vask extended greetings to Mira Tal on the anniversary of the liberation, and the people of "
        "Kazakhstan conveyed congratulations to Belarusians."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask extended greetings to Mira Tal on the anniversary of the liberation"),
    ], title="Telephone conversation with Mira Tal")
