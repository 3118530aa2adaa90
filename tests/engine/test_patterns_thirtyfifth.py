"""Patterns found by the thirtyfifth held-out set (real Kremlin news readouts, 2002-2013).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_whose_office_is_written_in_lower_case():
    """A transcript label whose description opens in lower case ("chairman of the Management
    Committee of Velgas Oleg Darin: …", the press office's slip for "Chairman"): the words
    after it are Darin's, not the turn of the speaker before."""
    body = (
        "Chairman of Velgas Oleg Darin briefed Petr Halen on the pipeline projects.\n\n"
        "* * *\n\n"
        "President of Ostrava Petr Halen: Mr Darin, let us discuss the pipelines.\n\n"
        "chairman of the Management Committee of Velgas Oleg Darin: The northern pipeline was built on time. "
        "We reached its design capacity last year.\n\n"
        "The southern pipeline will be finished by 2015.\n\n"
        "Petr Halen: Good."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Chairman of Velgas Oleg Darin briefed Petr Halen on the pipeline projects."),
        ("Petr Halen", "direct", "Mr Darin, let us discuss the pipelines."),
        ("Oleg Darin", "direct", "The northern pipeline was built on time. We reached its design capacity last year."),
        ("Oleg Darin", "direct", "The southern pipeline will be finished by 2015."),
        ("Petr Halen", "direct", "Good."),
    ])
