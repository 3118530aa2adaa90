"""Rules from the nine-hundred-fifty-ninth held-out set (the Governor of Cameroon's South West Region, Buea, and those
at or of his meetings, 2010-2022): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_present_verb_after_a_qualified_office_of_a_place_and_its_holder():
    """"The colonial governor of the Southern Zone of X, Y Z, says …" (BaretaNews 2018-06-14): a lower-case word before
    the office that opens the sentence; the news lead's present form after the holder's name set off by commas is his
    verb, as with "The governor of …, Y Z, says …". Before, nothing was found."""
    body = "The regional governor of Norland, Tomas Verel, says the state cannot negotiate with armed groups."
    assert_statements(body, [
        ("Tomas Verel", "indirect",
         "The regional governor of Norland, Tomas Verel, says the state cannot negotiate with armed groups."),
    ])


def test_present_verb_after_a_new_office_of_a_place_with_that_clause():
    """The same with "new" and a that-clause: "The new governor of Norland, Tomas Verel, stresses that …"."""
    body = "The new governor of Norland, Tomas Verel, stresses that the bridges will be rebuilt."
    assert_statements(body, [
        ("Tomas Verel", "indirect",
         "The new governor of Norland, Tomas Verel, stresses that the bridges will be rebuilt."),
    ])


def test_present_verb_after_a_qualified_text_of_a_body_is_no_persons():
    """The guard: a text, not an office, opens the sentence ("The new report of the Norland agency, Roads First, says
    …"): the words set off after it name no holder, so the present form is no person's report (nothing, as on base)."""
    body = "The new report of the Norland agency, Roads First, says the bridges are unsafe."
    assert_statements(body, [])


def test_elucidated_that_is_a_report():
    """"He elucidated that, necessary measures will be taken …" (BaretaNews 2018-06-14): a point made plain, as
    "explained that"; before, nothing was found."""
    body = ("Governor Tomas Verel met the chiefs in Dorva on Monday. Verel elucidated that new measures will be "
            "taken to house the displaced.")
    assert_statements(body, [
        ("Tomas Verel", "indirect",
         "Verel elucidated that new measures will be taken to house the displaced."),
    ])
