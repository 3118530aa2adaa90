"""Patterns found by the probe of reports carried on over sentences with no speech verb
(benchmarks/probes/carrying_on.md: template readouts, no real readout used as a source).

Each test is a small invented readout (invented people, invented places) and the statements
GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_LEAD = "Arkady Venn had a working meeting with Governor of Lesk Region Pavel Dorin.\n\n"
_REPORT = "Pavel Dorin reported that the region had completed the repair of all schools."


@pytest.mark.parametrize("narrative", [
    "The meeting was attended by Deputy Prime Minister Oleg Marsh.",
    "The talks lasted two hours.",
    "The President then visited the regional hospital.",
    "Earlier in the day, Arkady Venn visited a school in the city of Lesk.",
])
def test_a_narrative_sentence_of_the_press_office_ends_a_carried_report(narrative):
    """"X reported that … . Over 900 homes have been repaired. The meeting was attended by … . The
    programme covers 12 districts.": the readout's own sentence (who attended, how long the talks
    lasted, who went where) ends the report; the figure after it is no longer known to be his."""
    body = _LEAD + _REPORT + " Over 900 homes have been repaired. " + narrative + " The programme covers 12 districts."
    assert_statements(body, [
        ("Pavel Dorin", "indirect", _REPORT),
        ("Pavel Dorin", "indirect", "Over 900 homes have been repaired."),
    ])


def test_an_amount_opening_a_sentence_goes_on_with_a_report():
    """"More than 70 percent of adults have been vaccinated." right after the Minister's report:
    "More than" opens an amount, no one's name; the figure is his report carried on."""
    body = ("President of Korvia Danylo Marchuk held a meeting with Minister of Health Ihor Sava.\n\n"
            "The Minister of Health informed the President about the progress of the vaccination campaign. "
            "More than 70 percent of adults have been vaccinated.")
    assert_statements(body, [
        ("Ihor Sava", "indirect", "The Minister of Health informed the President about the progress of the "
                                  "vaccination campaign."),
        ("Ihor Sava", "indirect", "More than 70 percent of adults have been vaccinated."),
    ])


def test_the_last_report_of_a_joined_paragraph_goes_on_past_its_first_figure():
    """A joined paragraph (host, then the guest's report): "… Pavel Dorin reported that … . Over 900
    homes have been repaired. The programme covers 12 districts.": the second figure goes on with the
    report as the first does (the report is read from its speech verb, not from the figure before)."""
    body = (_LEAD + "Arkady Venn noted that the region's road programme was proceeding well. " + _REPORT
            + " Over 900 homes have been repaired. The programme covers 12 districts. The meeting was attended by "
              "Deputy Prime Minister Oleg Marsh.")
    assert_statements(body, [
        ("Arkady Venn", "indirect", "Arkady Venn noted that the region's road programme was proceeding well."),
        ("Pavel Dorin", "indirect", _REPORT),
        ("Pavel Dorin", "indirect", "Over 900 homes have been repaired."),
        ("Pavel Dorin", "indirect", "The programme covers 12 districts."),
    ])


@pytest.mark.parametrize("middle", [
    "Some 40,000 tourists visited the region last year.",
    "The meeting of the regional council was held in May.",
])
def test_a_visit_or_meeting_the_report_speaks_of_does_not_end_it(middle):
    """Guard: tourists who visited (no one named) or a meeting the report speaks of ("The meeting of
    the regional council was held …", no verb right after the meeting's own noun) are no narrative of
    the press office: the figure after them still goes on with the report."""
    body = _LEAD + _REPORT + " Over 900 homes have been repaired. " + middle + " The programme covers 12 districts."
    result = assert_statements(body, [
        ("Pavel Dorin", "indirect", _REPORT),
        ("Pavel Dorin", "indirect", "Over 900 homes have been repaired."),
    ] + ([("Pavel Dorin", "indirect", middle)] if "tourists" in middle else []) + [
        ("Pavel Dorin", "indirect", "The programme covers 12 districts."),
    ])
    assert result


def test_a_report_told_to_the_president_carries_over_a_paragraph_break():
    """"The Governor told the President that the regional economy had grown …" ending its paragraph,
    then a paragraph of bare figures: an official's report told to the host, presented as "informed the
    President that" is; the figures go on with it (GOLD-FORMAT carry-on; sixty-fifth: "the next paragraph
    of bare figures carries it on")."""
    body = (_LEAD + "The Governor told the President that the regional economy had grown by 4 percent last year.\n\n"
            "The programme covers 12 districts. Over 900 homes have been repaired.")
    assert_statements(body, [
        ("Pavel Dorin", "indirect", "The Governor told the President that the regional economy had grown by 4 "
                                    "percent last year."),
        ("Pavel Dorin", "indirect", "The programme covers 12 districts."),
        ("Pavel Dorin", "indirect", "Over 900 homes have been repaired."),
    ])


def test_a_remark_told_to_journalists_does_not_carry_over_a_paragraph_break():
    """Guard: "told journalists that …" is no report to the host; the next paragraph (the readout's
    background on the bridge) stays narrative."""
    body = (_LEAD + "Pavel Dorin told journalists that the bridge would open in May.\n\n"
            "The bridge is two kilometres long.")
    assert_statements(body, [
        ("Pavel Dorin", "indirect", "Pavel Dorin told journalists that the bridge would open in May."),
    ])


def test_the_region_a_governor_heads_acting_goes_on_with_his_report():
    """"Governor of Lesk Region X reported … . Moreover, the region has attracted two large investors.":
    after the connective, the region he heads is what his report is about, not a body the readout
    tells of ("In addition, the Congress considered …")."""
    body = _LEAD + _REPORT + " Moreover, the region has attracted two large investors."
    assert_statements(body, [
        ("Pavel Dorin", "indirect", _REPORT),
        ("Pavel Dorin", "indirect", "Moreover, the region has attracted two large investors."),
    ])


def test_a_body_acting_after_a_connective_still_ends_a_report():
    """Guard: "In addition, the ministry has opened …" after a governor's report: a body he does not
    head acts, the readout's own account (`_body_acts`), not his report."""
    body = _LEAD + _REPORT + " In addition, the ministry has opened a new office in the city."
    assert_statements(body, [
        ("Pavel Dorin", "indirect", _REPORT),
    ])
