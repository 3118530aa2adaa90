"""Constructions found by helper h588's set fourhundredthirtyfourth (a nineteenth random sample of the corpus's White House
readouts): "solicited feedback on …", asking for views, as "sought … input".

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_solicited_feedback_is_asked():
    """"He also solicited feedback on themes of the … forthcoming National Cybersecurity Strategy." (fourhundredthirtyfourth
    2022-07-12 Inglis): asking for views is a request, as "solicited … views" and "sought … input"; before, "solicited"
    was a cue only before support, help, views, advice and the like."""
    body = (
        "Director Aren Dole traveled to Kaldoria to meet with government officials.\n\n"
        "Director Dole met with officials from the Government of Kaldoria. "
        "He also solicited feedback on themes of the forthcoming Vestran Water Strategy."
    )
    assert_statements(body, [
        ("Aren Dole", "indirect", "He also solicited feedback on themes of the forthcoming Vestran Water Strategy."),
    ], title="Readout of Director Aren Dole’s Travel to Kaldoria")


def test_solicited_bids_stays_narrative():
    """Guard: "solicited bids for the bridge contract" asks for no views, a procurement act: no statement."""
    body = (
        "Director Aren Dole traveled to Kaldoria today.\n\n"
        "Director Dole solicited bids for the bridge contract from local firms."
    )
    assert_statements(body, [], title="Readout of Director Aren Dole’s Travel to Kaldoria")
