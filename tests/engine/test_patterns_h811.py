"""Statements found by helper h811's mends of sixhundredeighth (St Helena Government's releases): a welcome extended
to a newcomer to an office ("extended a warm welcome to the newly appointed Minister …") is the writer's stance, as
"welcomed his appointment"; a host's welcome extended to visitors stays narrative.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps the host's greeting out.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_warm_welcome_extended_to_a_newly_appointed_minister_is_a_statement():
    """"Premier X has extended a warm welcome to the newly appointed Minister …" (before, no one's)."""
    assert_statements((
        "Premier Alma Corrie has extended a warm welcome to the newly appointed Minister for the Islands, "
        "Peter Dallow.\n\n"
        "In a letter sent today, the Premier expressed confidence that the Minister would visit the islands soon."
    ), [
        ("Alma Corrie", "indirect",
         "Premier Alma Corrie has extended a warm welcome to the newly appointed Minister for the Islands, Peter Dallow."),
        ("Alma Corrie", "indirect",
         "In a letter sent today, the Premier expressed confidence that the Minister would visit the islands soon."),
    ])


def test_a_hosts_welcome_extended_to_the_visitors_stays_narrative():
    """"X extended a warm welcome to the visitors." is a greeting, no statement (as the earlier sets label it)."""
    assert_statements((
        "Governor Hanna Wyke received a delegation of the Tarn Chamber of Commerce at Castle House.\n\n"
        "Governor Wyke extended a warm welcome to the visitors.\n\n"
        "The Governor said that the new harbour would open to cargo ships in the spring."
    ), [
        ("Hanna Wyke", "indirect", "The Governor said that the new harbour would open to cargo ships in the spring."),
    ])
