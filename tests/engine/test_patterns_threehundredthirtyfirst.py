"""Readings of real Japanese government text of stop 34 (three-hundred-thirty-first): readouts of the Ministry of
Foreign Affairs of Japan and the Prime Minister's Office of Japan.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_took_this_opportunity_to_explain_is_a_statement():
    """"Prime Minister Abe took this opportunity to explain the outcomes of the visit to Japan by President …"
    (three-hundred-thirty-first japan mofa page3e_001142): an occasion used to speak, "explain" a verb of speech."""
    body = (
        "On May 2, Mr. Oren Vask, Prime Minister of Kaldoria, held a telephone talk with President Mira Tal of Vestra.\n\n"
        "1. Prime Minister Vask took this opportunity to explain the outcomes of the visit to Kaldoria by King Ander Holm."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Prime Minister Vask took this opportunity to explain the outcomes of the visit to Kaldoria by King Ander Holm."),
    ], title="Kaldoria-Vestra Summit Telephone Talk")


def test_took_this_opportunity_to_visit_stays_narrative():
    """Guard: "took this opportunity to visit the museum" names no verb of speech after "to": no statement."""
    body = (
        "On May 2, Mr. Oren Vask, Prime Minister of Kaldoria, arrived in Vestra.\n\n"
        "1. Prime Minister Vask took this opportunity to visit the national museum of Vestra."
    )
    assert_statements(body, [], title="Prime Minister Vask visits Vestra")


def test_a_passive_briefed_in_detail_by_one_named_agent_is_the_agents():
    """"Foreign Minister Kono was briefed in detail by Secretary of State Pompeo on the current status of …"
    (three-hundred-thirty-first japan mofa press4e_002421): a passive whose agent is one named person, a manner
    phrase between the participle and "by"; the agent briefed, so the sentence is his."""
    body = (
        "On May 2, Mr. Oren Vask, Minister for Foreign Affairs of Kaldoria, held a telephone talk with Mr. Ander Holm, "
        "Secretary of State of Vestra.\n\n"
        "1. Foreign Minister Vask was briefed in detail by Secretary of State Holm on the current status of the border talks."
    )
    assert_statements(body, [
        ("Ander Holm", "indirect",
         "Foreign Minister Vask was briefed in detail by Secretary of State Holm on the current status of the border talks."),
    ], title="Kaldoria-Vestra Foreign Ministers' Telephone Talk")


def test_a_passive_briefed_in_detail_with_no_agent_is_no_ones():
    """Guard: "was briefed in detail on …" with no "by" has no agent: no statement."""
    body = (
        "On May 2, Mr. Oren Vask, Minister for Foreign Affairs of Kaldoria, visited the border crossing.\n\n"
        "1. Foreign Minister Vask was briefed in detail on the current status of the border talks."
    )
    assert_statements(body, [], title="Foreign Minister Vask visits the border")


def test_the_pair_after_a_connective_and_a_fronted_phrase_ends_the_report():
    """"… was briefed in detail by Secretary of State Pompeo on …. In addition, based on this, the two foreign
    ministers closely aligned their policies …" (three-hundred-thirty-first japan mofa press4e_002421): after the
    connective (and a short fronted phrase) the people who met act together; no more of the agent's report."""
    body = (
        "On May 2, Mr. Oren Vask, Minister for Foreign Affairs of Kaldoria, held a telephone talk with Mr. Ander Holm, "
        "Secretary of State of Vestra.\n\n"
        "1. Secretary of State Holm stated that the border talks go well. In addition, based on this, the two foreign "
        "ministers closely aligned their policies. In addition, both ministers signed a deal on fisheries."
    )
    assert_statements(body, [
        ("Ander Holm", "indirect", "Secretary of State Holm stated that the border talks go well."),
    ], title="Kaldoria-Vestra Foreign Ministers' Telephone Talk")


def test_a_thing_after_a_connective_and_a_fronted_phrase_still_carries_the_report():
    """Guard: "In addition, based on this, the border will open next week." has no group of people as its subject:
    it goes on with the speaker's report, as before."""
    body = (
        "On May 2, Mr. Oren Vask, Minister for Foreign Affairs of Kaldoria, held a telephone talk with Mr. Ander Holm, "
        "Secretary of State of Vestra.\n\n"
        "1. Secretary of State Holm stated that the border talks go well. In addition, based on this, the border will "
        "open next week."
    )
    assert_statements(body, [
        ("Ander Holm", "indirect", "Secretary of State Holm stated that the border talks go well."),
        ("Ander Holm", "indirect", "In addition, based on this, the border will open next week."),
    ], title="Kaldoria-Vestra Foreign Ministers' Telephone Talk")
