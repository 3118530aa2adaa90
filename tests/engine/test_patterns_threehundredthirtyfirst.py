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
