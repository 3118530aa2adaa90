"""Readings of real US federal department text of stop 34 (three-hundred-seventeenth): readouts of the Department
of Defense, the Department of the Treasury and USAID.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_office_and_a_surname_that_is_a_body_word_is_the_holder_named_before():
    """"Today, Administrator Samantha Power met with King Abdullah II … Administrator Power emphasized that …"
    (three-hundred-seventeenth us_usaid_2023-02_king_abdullah, us_usaid_2023-10-31_jilani): "Church", like "Power",
    is a body's word too; after an office it is the surname of the Administrator named before, not part of an
    office ("administrator church") nobody holds."""
    body = (
        "Today, Administrator Helen Church met with Foreign Minister of Kaldoria Oren Vask.\n\n"
        "Administrator Church emphasized that the agreement is a testament to the partnership. "
        "Administrator Church praised the longstanding partnership and thanked Minister Vask for his support."
    )
    assert_statements(body, [
        ("Helen Church", "indirect",
         "Administrator Church emphasized that the agreement is a testament to the partnership."),
        ("Helen Church", "indirect",
         "Administrator Church praised the longstanding partnership and thanked Minister Vask for his support."),
    ], title="Administrator Church Meets with Foreign Minister Vask")


def test_office_and_a_body_word_no_holder_bears_stays_unattributed():
    """Guard: the Church named before is a Bishop, not an Administrator; "Administrator Church" is not given to
    her, nor to the Administrator named Vask."""
    body = (
        "Today, Administrator Oren Vask met with Bishop Helen Church of Vestra.\n\n"
        "Administrator Church emphasized that the agreement is a testament to the partnership."
    )
    assert_statements(body, [], title="Administrator Vask Meets with Bishop Church")
