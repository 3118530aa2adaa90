"""Readings of known errors of labelled held-out sets (stop 39): a sentence whose subject is a topic noun followed by a
relative clause with no "that" in which one person speaks ("The issues Vladimir Putin discussed in his telephone
conversation with … were also touched on.", four-hundred-second kremlin_60576) is the topic's sentence, an agentless
passive here, and no statement of that person's.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_topic_noun_with_a_relative_clause_of_speech_opening_the_sentence_is_no_statement():
    """"The issues X discussed in his telephone conversation with Y were also touched on." (four-hundred-second
    kremlin_60576): X speaks only in a relative clause on "The issues" (no "that"), the main clause is an agentless
    passive: narrative."""
    body = ("President Arvo Lindqvist held a meeting with permanent members of the Security Council.\n\n"
            "The issues Arvo Lindqvist discussed in his telephone conversation with Chancellor Mira Steen of Ostria were "
            "also touched on.\n\n"
            "In addition, a number of current issues on the domestic agenda were discussed.\n")
    assert_statements(body, [])


def test_topic_noun_relative_clause_with_a_plural_topic_and_an_adjective_is_no_statement():
    """The same rule: "The main measures X proposed at the forum will be considered …", an adjective before the noun."""
    body = "The main measures Oskar Vell proposed at the forum will be considered by the government.\n"
    assert_statements(body, [])


def test_a_title_before_the_name_keeps_the_statement():
    """The guard: "The head of state Arvo Lindqvist stressed …" – a title's common noun before the name is no topic
    noun; the sentence stays his."""
    said = "The head of state Arvo Lindqvist stressed the importance of the river treaty."
    assert_statements(said + "\n", [("Arvo Lindqvist", "indirect", said)])


def test_the_person_discussing_issues_keeps_the_statement():
    """The guard: "Arvo Lindqvist discussed the issues …" – the person is the subject of the sentence."""
    said = "Arvo Lindqvist discussed the issues of regional security with the Chancellor."
    assert_statements(said + "\n", [("Arvo Lindqvist", "indirect", said)])
