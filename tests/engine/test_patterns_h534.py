"""Readings of held-out set fourhundredfourth (stop 39): a report carried on over plain sentences stops at a sentence
telling that a hearer was informed or told something with no teller named ("The President was informed that there is
no epidemic …. The morbidity rate is 10% lower …", fourhundredfourth belarus_president_2016-02-15_zharko_report): what
follows is what he was told, not the words of the one who spoke before.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

NOTED = "The head of state noted that he is worried about the news from Ostria where the fever rate is high."
CARRY = "The situation in Velmora is difficult too."
TOLD = "The President was informed that there will be no fever outbreak in Dalmany this winter."
AFTER = "The sickness rate is 8% lower than in the same period of last year."


def test_the_report_stops_at_a_sentence_telling_that_the_hearer_was_informed():
    """"X noted that … . [carry-on] . The President was informed that … . The sickness rate is …": the last sentence
    is what the President was told (an agentless passive, out), not X's carry-on."""
    body = f"President Arvo Kesk heard out a report from Health Minister Lina Dorr.\n\n{NOTED} {CARRY} {TOLD} {AFTER}\n"
    assert_statements(body, [("Arvo Kesk", "indirect", NOTED), ("Arvo Kesk", "indirect", CARRY)])


def test_the_report_goes_on_over_a_plain_sentence_without_the_passive():
    """The guard of the same rule: with no "was informed" sentence between, the plain sentences after "X noted that …"
    stay his carry-on, as before."""
    other = "The fever rate in Dalmany is lower than last year."
    body = f"President Arvo Kesk heard out a report from Health Minister Lina Dorr.\n\n{NOTED} {CARRY} {other}\n"
    assert_statements(body, [("Arvo Kesk", "indirect", NOTED), ("Arvo Kesk", "indirect", CARRY),
                             ("Arvo Kesk", "indirect", other)])
