"""Stop 61's review of the stop's rules (hr52): a plan told in a relative clause on the subject is not the sentence's
own plan, so the participle after the main clause stays the subject's report; "ensured that …" reaches no later
clause's "will" after ", and"; a thing that "reached" somewhere and "was welcomed by X" is X's view, no reception."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_plan_in_a_relative_clause_leaves_the_participle_a_report():
    body = (
        "Foreign Minister Anzel Korvo, who will attend the summit in Delmar next week, met the Orlavian envoy Dren "
        "Maltby on Monday, stressing that the two countries must settle the border dispute."
    )
    assert_statements(body, [("Anzel Korvo", "indirect", body)])


def test_the_subjects_own_plan_still_keeps_the_participle_narrative():
    body = (
        "Westmarch Gov. Ada Brenner, who is in her second term, will lead a delegation to Norlandia next month, "
        "highlighting the state’s commitment to clean energy."
    )
    assert_statements(body, [])


def test_ensured_reaches_no_later_clauses_will():
    body = (
        "Minister Dren Maltby met the Orlavian envoy on Monday.\n\n"
        "Minister Dren Maltby ensured that the polls were held on time, and the commission will publish the results "
        "on Friday."
    )
    assert_statements(body, [])


def test_ensured_over_a_relative_clause_is_still_a_promise():
    body = (
        "Minister Dren Maltby met the envoy.\n\n"
        "Minister Dren Maltby ensured that all refugees, who have crossed the border, and took refuge in the hills, "
        "shall be supported by the state."
    )
    assert_statements(body, [("Dren Maltby", "indirect", body.split("\n\n")[1])])


def test_a_thing_that_reached_and_was_welcomed_is_the_welcomers_view():
    body = "The draft reached the parliament on Monday, and was welcomed by Speaker Dren Maltby as a long-awaited step."
    assert_statements(body, [("Dren Maltby", "indirect", body)])
