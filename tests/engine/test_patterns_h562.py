"""Readings of four-hundred-eighteenth (China's Ministry of Foreign Affairs, English readouts): an unquoted "We"
sentence of intent or hope that carries on a person's reported words in the same paragraph
(china_mfa_2015-09-22_liu_yandong_rice, china_mfa_2012-03-16_zhang_zhijun_dprk_ambassador).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

OPENING = "On May 3, Vice Premier Marta Selin met with former Velorian Minister Oren Balt.\n\n"
REPORT = "Marta Selin expressed that Kastravia-Veloria relations are among the most important in the region."
OTHER = "Oren Balt noted that exchanges between the peoples are crucial."
TITLE = "Marta Selin Meets with Former Minister Oren Balt of Veloria"


def _body(paragraph: str) -> str:
    return OPENING + paragraph + "\n\n" + OTHER + "\n"


def test_we_of_intent_after_a_report_carries_it_on():
    """"X expressed that … . We will join efforts with …" (four-hundred-eighteenth china_mfa_2015-09-22_liu_yandong_rice):
    the reporter's side's "we", her words carried on in the first person."""
    we = "We will join efforts with Veloria to deepen trade and cultural exchanges."
    assert_statements(_body(REPORT + " " + we), [
        ("Marta Selin", "indirect", REPORT),
        ("Marta Selin", "indirect", we),
        ("Oren Balt", "indirect", OTHER),
    ], title=TITLE)


def test_we_of_hope_after_a_report_carries_it_on():
    """"Zhang said that … . We sincerely hope relevant parties to remain calm …" (four-hundred-eighteenth
    china_mfa_2012-03-16_zhang_zhijun_dprk_ambassador)."""
    said = "Marta Selin said that Kastravia has noticed the plan and believes that peace on the peninsula serves all parties."
    we = "We sincerely hope relevant parties to remain calm and exercise restraint."
    assert_statements(_body(said + " " + we), [
        ("Marta Selin", "indirect", said),
        ("Marta Selin", "indirect", we),
        ("Oren Balt", "indirect", OTHER),
    ], title=TITLE)


def test_we_agreed_after_a_report_stays_the_pairs():
    """Guard: "We agreed to meet again …": a past act of the people who met, not one person's words."""
    assert_statements(_body(REPORT + " We agreed to meet again in the autumn."), [
        ("Marta Selin", "indirect", REPORT),
        ("Oren Balt", "indirect", OTHER),
    ], title=TITLE)


def test_we_after_a_narrative_sentence_is_not_carried():
    """Guard: a sentence of the readout's own between the report and the "We": the report no longer goes on."""
    assert_statements(_body(REPORT + " Veloria opened a consulate in Tarvik in 2019. We will deepen trade."), [
        ("Marta Selin", "indirect", REPORT),
        ("Oren Balt", "indirect", OTHER),
    ], title=TITLE)


def test_we_after_a_quotation_is_not_carried():
    """Guard: after the speaker's own quoted words, an unquoted "We will …" is not read as hers (the publisher's voice
    may follow a quotation)."""
    assert_statements(_body(REPORT + " \u201cOur ties are strong,\u201d she said. We will deepen trade."), [
        ("Marta Selin", "indirect", REPORT),
        ("Marta Selin", "direct", "Our ties are strong"),
        ("Oren Balt", "indirect", OTHER),
    ], title=TITLE)
