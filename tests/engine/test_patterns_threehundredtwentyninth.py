"""Readings of real Philippine government text of stop 34 (three-hundred-twenty-ninth): releases of the Presidential
Communications Office and its attached offices (Radio Television Malacañang, the Philippine News Agency, the Presidential
News Desk, Presidential Photo).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_closing_cue_after_a_portfolio_title_governs_the_whole_sentence():
    """"Duterte's visit to China was among the issues raised during his meeting with Marcos, Communications Secretary
    Cheloy Garafil confirmed in a statement sent to Palace reporters." (three-hundred-twenty-ninth philippines_pco
    pna_2023-08-02_duterte_meets_pbbm): the portfolio word before "Secretary" stands between the comma and the
    subject's phrase; the cue still closes the sentence, so all of it is her report, not only the attribution."""
    body = (
        "President Oren Vask met Prime Minister Lio Dast of Vestra on Monday.\n\n"
        "The harbour project was among the issues raised during the talks, Communications Secretary Mara Quell "
        "confirmed in a statement sent to reporters."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect", "The harbour project was among the issues raised during the talks, Communications "
         "Secretary Mara Quell confirmed in a statement sent to reporters."),
    ], title="President Vask meets Prime Minister Dast")


def test_a_list_before_a_closing_cue_still_cuts_where_it_did():
    """Guard: "…, and Trade Secretary Mara Quell said …" — a lower-case "and" between the comma and the title is a
    clause of its own: the first clause stays the President's, the last hers."""
    body = (
        "President Oren Vask met Prime Minister Lio Dast of Vestra on Monday.\n\n"
        "President Vask thanked the Prime Minister for the visit, and Trade Secretary Mara Quell said the fair opens "
        "in May."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask thanked the Prime Minister for the visit"),
        ("Mara Quell", "indirect", "Trade Secretary Mara Quell said the fair opens in May."),
    ], title="President Vask meets Prime Minister Dast")
