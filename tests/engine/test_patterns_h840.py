"""Statements found by helper h840 (sixhundredtwentyeighth, the Parliament of Georgia's releases):
- "held a farewell meeting with the head of the EU Delegation to Norway Piet Vandermolen. … According to the Head of
  the EU Delegation, …": an envoy's office in lower case, the body it heads and the country it is posted to, then the
  name with no comma: his office (before, the run "EU Delegation to Norway Piet Vandermolen" gave him none, and the
  later "the Head of the EU Delegation" was no one).

Each test is a small invented readout (invented people); the rule's test fails without it.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_lower_case_envoy_of_a_body_posted_to_a_country_then_his_name_is_his_office():
    """Before, only the statement under his name was Piet Vandermolen's."""
    assert_statements((
        "Ilona Brenn, the Chairman of the Parliament, held a farewell meeting with the head of the EU Delegation to "
        "Norway Piet Vandermolen.\n\n"
        "According to Piet Vandermolen, the capacity of the legislative body has been strengthened in recent years.\n\n"
        "According to the Head of the EU Delegation, the EU will continue active support of the Parliament."
    ), [
        ("Piet Vandermolen", "indirect", "According to Piet Vandermolen, the capacity of the legislative body has "
                                        "been strengthened in recent years."),
        ("Piet Vandermolen", "indirect", "According to the Head of the EU Delegation, the EU will continue active "
                                        "support of the Parliament."),
    ])

