"""Readings of known errors of the weakest EU and UK held-out sets (stop 32): a sentence opened by a
prepositional phrase with no comma before its subject ("During her visit to Ukraine Mogherini took time
to meet … and thanked them …", two-hundred-seventieth ukraine_visit).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Foreign Minister Oren Vask visited Kastravia"


def test_opening_phrase_with_no_comma_then_the_subject_and_a_shared_verb():
    """"During her visit to Ukraine Mogherini took time to meet representatives of civil society and thanked
    them for their crucial role …" (two-hundred-seventieth ukraine_visit): an opening "During …" with no comma,
    then the subject; the subject of "took" thanks them, not a sentence with no subject."""
    body = (
        "Foreign Minister Oren Vask held talks in Kastravia on Monday. "
        "During his visit Vask took time to meet representatives of civil society and thanked them for their work."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "During his visit Vask took time to meet representatives of civil society and thanked them for their work."),
    ], title=TITLE)


def test_opening_phrase_with_no_comma_a_country_then_the_name():
    """The same sentence with its place after "to" ("During her visit to Ukraine Mogherini …"): the
    preposition takes the country, the name after it opens the clause."""
    body = (
        "Foreign Minister Oren Vask held talks in Norway on Monday. "
        "During his visit to Norway Vask took time to meet representatives of civil society and thanked them "
        "for their work."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "During his visit to Norway Vask took time to meet representatives of civil society and thanked them "
         "for their work."),
    ], title=TITLE)


def test_opening_phrase_with_no_comma_guard_a_titled_object_stays_an_object():
    """Guard: "During the talks with Foreign Minister Vask the delegates met … and thanked …": the titled name
    after "with" is whom the talks were with, not the subject of the shared verb."""
    body = (
        "Foreign Minister Oren Vask held talks in Kastravia on Monday. "
        "During the talks with Foreign Minister Vask the delegates met representatives of civil society and "
        "thanked them for their work."
    )
    assert_statements(body, [], title=TITLE)
