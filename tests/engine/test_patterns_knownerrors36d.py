"""Readings of known errors of labelled hard sets (stop 36): a refusal to comment after a person's report ("The
ministry declined to comment on his remarks.", hard34 belmora_news_agency_energy_minister_visit) is no one's
statement, not that report carried on.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Dornish Trade Minister visits Velm port"


def test_a_refusal_to_comment_does_not_carry_a_report_on():
    """"Opposition deputy Lev Marin … is on record as having said that the contract would make Belmora dependent on
    a single storage operator. The ministry declined to comment on his remarks." (hard34): the ministry refuses to
    speak; the deputy's report ends with his own sentence."""
    body = (
        "Trade Minister Ilse Varga visited the port of Velm on Friday.\n\n"
        "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said that the lease would make "
        "Dornland dependent on a single operator. The ministry declined to comment on his remarks."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said "
                                   "that the lease would make Dornland dependent on a single operator."),
    ], title=TITLE)


def test_the_report_still_goes_on_over_a_thing_done():
    """Guard: a sentence with no one acting after the report ("The lease runs for thirty years.") is still his."""
    body = (
        "Trade Minister Ilse Varga visited the port of Velm on Friday.\n\n"
        "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said that the lease would make "
        "Dornland dependent on a single operator. The lease runs for thirty years."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said "
                                   "that the lease would make Dornland dependent on a single operator."),
        ("Tomas Brel", "indirect", "The lease runs for thirty years."),
    ], title=TITLE)
