"""Rules from the nine-hundred-thirty-fifth held-out set (the Menteri Besar of Terengganu, 2014-2024): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Chief Minister Amran Kastor of Velmora met reporters after the state council's first meeting. "


def test_a_coalition_named_nasional_is_no_speaker():
    """"In an unprecedented election results, Perikatan Nasional won all 32 seats … “…,” he said …" (Sinar Daily
    2023-08-16): the Malay "nasional" ends a coalition's name, as "National" does; "he" is the Chief Minister named
    before. Before, the quotation was the coalition's."""
    body = _MEETING + ("In the polls, Gerakan Nasional won all 40 seats with no opposition.\n\n"
                       "\u201cIt is time to accelerate,\u201d he said.")
    assert_statements(body, [
        ("Amran Kastor", "direct", "It is time to accelerate,"),
    ])


def test_a_person_named_before_a_national_body_still_speaks():
    """The guard: a person's own name still speaks after a coalition is named ("Gerakan Nasional won …; Bolo Tanri
    said …"): the rule reads only the coalition's last word."""
    body = _MEETING + ("In the polls, Gerakan Nasional won all 40 seats.\n\n"
                       "Party secretary Bolo Tanri said the result was a clear mandate.")
    assert_statements(body, [
        ("Bolo Tanri", "indirect", "Party secretary Bolo Tanri said the result was a clear mandate."),
    ])


def test_a_name_its_age_and_a_relative_clause_speak():
    """"Ahmad Razif, 49, who was sworn-in as Terengganu Mentri Besar on May 12, said one of his main missions was …"
    (The Star 2014-05-19): the age set off by commas, then a relative clause, then the verb; the name speaks, as with
    the age alone or the clause alone. Before, no one's."""
    body = _MEETING + "Amran, 51, who was sworn in on May 12, said one of his main missions was to strengthen the party."
    assert_statements(body, [
        ("Amran Kastor", "indirect",
         "Amran, 51, who was sworn in on May 12, said one of his main missions was to strengthen the party."),
    ])


def test_a_year_before_a_relative_clause_is_no_age():
    """The guard: a year set off before "who" ("In May, 2014, …") is no age of a name; the sentence of a thing's
    relative clause stays no one's ("The hall, built in 1961, which …")."""
    body = _MEETING + "The old hall, 1961, which was rebuilt last year, hosted the meeting."
    assert_statements(body, [])
