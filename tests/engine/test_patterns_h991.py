"""Helper h991 (sevenhundredfiftysecond, the Chief Minister of Haryana as outlets print him): "gave various
suggestions to X like …" is a suggestion made; "directed officers concerned to …" an order to those under him; a
"while <-ing> …" clause with an apposition's commas and a comma closing it, between the subject and its verb, leaves
the verb the subject's ("The CM while evincing keen interest in the bike, a …, directed officers …")."""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Chief Minister Ravel Okand met a delegation led by Ambassador Tom Hale of Arland here today.\n\n"


def test_gave_suggestions_to_a_listener_is_a_suggestion():
    body = _OPENING + (
        "The Chief Minister also gave various suggestions to Tom Hale like setting up of a research centre in Velmar.\n"
    )
    assert_statements(body, [
        ("Ravel Okand", "indirect", "The Chief Minister also gave various suggestions to Tom Hale like setting up of a "
                                    "research centre in Velmar."),
    ])


def test_gave_rise_to_suggestions_of_is_no_statement():
    # guard: "gave rise to suggestions of …" tells what followed, not a suggestion made
    body = _OPENING + (
        "The delay gave rise to suggestions of a new road.\n\n"
        "Okand said the road would be built.\n"
    )
    assert_statements(body, [
        ("Ravel Okand", "indirect", "Okand said the road would be built."),
    ])


def test_directed_officers_concerned_is_an_order():
    body = _OPENING + "The CM directed officers concerned to explore tie-ups with the clinic.\n"
    assert_statements(body, [
        ("Ravel Okand", "indirect", "The CM directed officers concerned to explore tie-ups with the clinic."),
    ])


def test_a_while_clause_with_an_apposition_and_a_closing_comma_keeps_its_subject():
    body = _OPENING + (
        "The CM while evincing keen interest in the Velo bike, a two-wheeler service operational in Arland, directed "
        "officers concerned to explore tie-ups with the clinic running it.\n"
    )
    assert_statements(body, [
        ("Ravel Okand", "indirect", "The CM while evincing keen interest in the Velo bike, a two-wheeler service "
                                    "operational in Arland, directed officers concerned to explore tie-ups with the "
                                    "clinic running it."),
    ])


def test_a_while_clause_then_and_another_speaker_is_not_the_opener_s():
    # guard: ", and" after the "while" clause opens another clause, whose subject speaks
    body = _OPENING + (
        "The CM met Tom Hale while visiting the plant, and the envoy said that tie-ups would help.\n"
    )
    assert_statements(body, [
        ("Tom Hale", "indirect", "the envoy said that tie-ups would help."),
    ])
