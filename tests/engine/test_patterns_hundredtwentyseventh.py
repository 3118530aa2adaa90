"""Rules from the hundred-twenty-seventh held-out set (White House readouts, 2023-2024): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_telephone_call_and_its_purpose_before_an_adjective_is_narrative():
    """"President X called President Y of Z today to congratulate her on her historic inauguration …"
    (2024-10-04): a telephone call to a named person and its purpose (an infinitive with its object);
    "historic" further on does not make "called" name the person as something ("called the agreement
    historic"). Before, the whole sentence was read as the caller's statement."""
    body = ("President Alan Doe called President Ruth Vane of Norland today to congratulate her on her historic "
            "inauguration as the first woman to serve as President of Norland.  "
            "The President thanked President Vane for welcoming the delegation.")
    assert_statements(body, [
        ("Alan Doe", "indirect", "The President thanked President Vane for welcoming the delegation."),
    ])


def test_calling_a_thing_historic_still_speaks():
    """The reading the rule above keeps: "called the agreement historic", "called the visit to Norland
    important" (a thing named as something: a view stated)."""
    body = ("President Alan Doe met President Ruth Vane of Norland. "
            "President Doe called the agreement historic. "
            "He called the visit to Norland important.")
    assert_statements(body, [
        ("Alan Doe", "indirect", "President Doe called the agreement historic."),
        ("Alan Doe", "indirect", "He called the visit to Norland important."),
    ])


def test_a_bodys_quoted_topic_is_no_ones():
    """"The Council discussed “long-term recovery and rebuilding.”" (2023-07-13), after a list of governors:
    a body's cue with no person; the quoted topic was given to the last person named (the body's co-chair).
    A body's words or topic are no one's."""
    body = ("Yesterday, officials attended the plenary meeting of the Board of Mayors. "
            "Governors participating included Co-Chair of the Board of Mayors Norland Governor Alan Pike, "
            "and Eastmark Governor Ruth Vane. "
            "The Board discussed “long-term recovery and rebuilding.” "
            "Homeland Adviser Ida Kell provided an overview of the work to support communities.")
    assert_statements(body, [
        ("Ida Kell", "indirect", "Homeland Adviser Ida Kell provided an overview of the work to support communities."),
    ])


def test_a_person_after_a_body_still_speaks_in_quotation():
    """The reading the rule above keeps: a person's own cue ("Governor Pike said: “…”") after a body's sentence."""
    body = ("The Board of Mayors met in Tarn. "
            "The Board discussed the budget. "
            "Norland Governor Alan Pike said: “We will rebuild every bridge this year.”")
    assert_statements(body, [
        ("Alan Pike", "direct", "We will rebuild every bridge this year."),
    ])
