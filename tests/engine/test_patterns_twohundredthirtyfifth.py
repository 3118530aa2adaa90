"""Readings of real Kremlin text of stop 31: an envoy's report of an election carried on past a
sentence that names the candidate the votes went to ("The voter turnout was 74%, with 54% of the
votes given to Vladimir Putin.").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Oren Vask met with Tamas Erdel, envoy to the Lurian Republic"


def test_the_one_votes_went_to_does_not_end_the_report():
    """"Nikolai Koshman pointed out that terrorists had failed to carry out their threats, and election in
    Chechnya was held. The voter turnout was 74%, with 54% of the votes given to Vladimir Putin."
    (two-hundred-thirty-fifth 39103): the name the votes went to is spoken of in the result the envoy
    reports, no one who acts; the report goes on."""
    body = (
        "They discussed the situation in the Lurian Republic.\n\n"
        "Tamas Erdel pointed out that the rebels had failed to disrupt the vote, and the election was held. "
        "The voter turnout was 68%, with 51% of the votes given to Oren Vask."
    )
    assert_statements(body, [
        ("Tamas Erdel", "indirect", "Tamas Erdel pointed out that the rebels had failed to disrupt the vote, "
                                    "and the election was held."),
        ("Tamas Erdel", "indirect", "The voter turnout was 68%, with 51% of the votes given to Oren Vask."),
    ], title=TITLE)


def test_a_name_that_acts_still_ends_the_report():
    """Guard: a sentence where the named man acts ("Later, Oren Vask visited the polling station.") still
    ends the envoy's report: only a name the votes went to is spoken of."""
    body = (
        "They discussed the situation in the Lurian Republic.\n\n"
        "Tamas Erdel pointed out that the rebels had failed to disrupt the vote, and the election was held. "
        "Later, Oren Vask visited a polling station in the capital."
    )
    assert_statements(body, [
        ("Tamas Erdel", "indirect", "Tamas Erdel pointed out that the rebels had failed to disrupt the vote, "
                                    "and the election was held."),
    ], title=TITLE)
