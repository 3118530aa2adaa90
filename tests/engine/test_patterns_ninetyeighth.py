"""Patterns found by the ninety-eighth held-out set (real White House readouts, 2021-2022).

The set scored 1.0 unseen; this rule comes from an unused readout of the same source read
while looking for errors. Each test is a small invented readout (invented people, invented
countries) and the statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_names_listed_in_a_dash_aside_are_not_the_subject_after_it():
    """"During the meeting – which also included Rep. A, Rep. B, and Rep. C – National Security
    Advisor X discussed a range of issues …": the names the aside lists end at its closing dash;
    the one person after it is the subject, not a group run back over the dash. "– A and B
    discussed" after an aside stays a group's."""
    body = (
        "Security Adviser Tomas Keller met with members of the Norland Parliament.\n\n"
        "During the meeting – which also included Rep. Arno, Rep. Belis, and Rep. Corda – "
        "Security Adviser Keller discussed a range of issues, including the recent summit in Vardia. "
        "During the lunch – which also included Anna Vik and Lee Moro – Mr. Keller stressed the need for investment. "
        "At the dinner – held at the Capitol – Rep. Arno and Rep. Belis discussed the budget."
    )
    assert_statements(body, [
        ("Tomas Keller", "indirect", "During the meeting – which also included Rep. Arno, Rep. Belis, and Rep. Corda – "
                                     "Security Adviser Keller discussed a range of issues, including the recent "
                                     "summit in Vardia."),
        ("Tomas Keller", "indirect", "During the lunch – which also included Anna Vik and Lee Moro – Mr. Keller "
                                     "stressed the need for investment."),
    ], title="Readout of Security Adviser Keller's Meeting with Members of Parliament")


def test_passive_agent_joined_to_a_plural_of_people_is_a_group():
    """"The Declaration was announced by President X and fellow heads of state from across the
    hemisphere at June’s Summit.": the agents are a group (as "by President X and Prime Minister
    Y" already is), no one person's statement; "was announced by President X at …" stays his."""
    body = (
        "President Anton Brask met Prime Minister Ivo Lund of Norland.\n\n"
        "The Harbour Charter was announced by President Brask and fellow heads of state at the Vardia summit. "
        "The Fisheries Pact was announced by President Brask and other Baltic Leaders in May. "
        "The Grain Corridor was announced by President Brask at the Vardia summit."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The Grain Corridor was announced by President Brask at the Vardia summit."),
    ], title="Readout of President Brask's meeting with Prime Minister Lund")


def test_relative_clause_without_that_after_a_noun_is_no_new_statement():
    """"Adviser X also stressed the importance of passing the Harbour Act – which incorporates key
    components of the vision the President laid out through the Jobs Plan, including …": "the
    President laid out" describes "the vision" (a relative clause with no "that", the verb's object
    the noun before it, a preposition where the object would stand); the whole sentence is X's.
    "At the end of the talks the President stressed the need …" (an object after the verb) stays his."""
    body = (
        "Security Adviser Tomas Keller met with members of the Norland Parliament.\n\n"
        "Mr. Keller also stressed the importance of passing the Harbour Act – which incorporates key components "
        "of the vision the President laid out through the Jobs Plan, including support for ports.\n\n"
        "At the end of the talks the President stressed the need for new ports."
    )
    assert_statements(body, [
        ("Tomas Keller", "indirect", "Mr. Keller also stressed the importance of passing the Harbour Act – which "
                                     "incorporates key components of the vision the President laid out through the "
                                     "Jobs Plan, including support for ports."),
        ("the President", "indirect", "At the end of the talks the President stressed the need for new ports."),
    ], title="Readout of Security Adviser Keller's Meeting with Members of Parliament")


def test_person_given_something_is_not_the_subject_of_the_plural_noun_after():
    """"Members of the Cabinet and task force provided the President updates on the swift action …":
    after a verb of giving, the President is whom the updates are given to and "updates" a noun,
    not "the President updates on …" (his statement); "The President updates the Council every
    month on …" stays his (no giving verb before him)."""
    body = (
        "President Anton Brask convened the Harbour Task Force.\n\n"
        "President Brask commended his team for its work on the new ports. "
        "Members of the Cabinet and the task force provided the President updates on the swift action they are taking. "
        "Ministers also gave the President reports on the budget."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Brask commended his team for its work on the new ports."),
    ], title="Readout of the President's Meeting with the Harbour Task Force")
