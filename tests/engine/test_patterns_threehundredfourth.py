"""Readings of real Kremlin text of stop 33: a governor's report at a working meeting, carried on by a
sentence whose bare "They" stands for what he reports (the rains, with their figures), and over a paragraph
break after a paragraph the host's prompt opens.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Working meeting with Governor of Northmark Province Arlen Dostov"


LEAD = "Vladimir Putin had a working meeting with Governor of Northmark Province Arlen Dostov."
PROMPT = "The President suggested talking about the problems of the province."
TOLD = "Governor Arlen Dostov told the President about the consequences of the floods in the south."
NOTED = "In addition, Mr Dostov noted that the province has 900 old bridges."


def test_report_after_the_hosts_prompt_goes_on_over_its_paragraph():
    """"The President suggested talking about difficult problems and the assistance that the region needs.
    Andrei Tarasenko told the President about the consequences of heavy rains … They affected 12 municipal
    entities and 299 residential buildings. … In addition, Mr Tarasenko noted that …" (threehundredfourth
    58532): the host's prompt, a sentence to itself, then the guest's report, which goes on as if it opened the
    paragraph: "They" is what it counts, not the people who met."""
    they = "They affected 14 villages and 210 houses."
    roads = "The roads sustained heavy damage."
    body = f"{LEAD}\n\n{PROMPT} {TOLD} {they} {roads} {NOTED}"
    assert_statements(body, [
        ("Vladimir Putin", "indirect", PROMPT),
        ("Arlen Dostov", "indirect", TOLD),
        ("Arlen Dostov", "indirect", they),
        ("Arlen Dostov", "indirect", roads),
        ("Arlen Dostov", "indirect", NOTED),
    ], title=TITLE)


def test_report_goes_on_into_the_next_paragraph_after_the_hosts_prompt():
    """"… Andrei Tarasenko told the President about the consequences of heavy rains … The region requires
    federal assistance in this respect as well." / "However, on the whole, the regional economy managed to cope
    with the budget deficit. …" (threehundredfourth 58532): after the host's prompt the paragraph is the
    guest's report to its end; the next paragraph goes on with it."""
    cope = "However, on the whole, the provincial economy managed to cope with the budget deficit."
    doctors = "At the same time, there is a shortage of doctors in the province’s hospitals."
    body = f"{LEAD}\n\n{PROMPT} {TOLD} {NOTED}\n\n{cope} {doctors}"
    assert_statements(body, [
        ("Vladimir Putin", "indirect", PROMPT),
        ("Arlen Dostov", "indirect", TOLD),
        ("Arlen Dostov", "indirect", NOTED),
        ("Arlen Dostov", "indirect", cope),
        ("Arlen Dostov", "indirect", doctors),
    ], title=TITLE)


def test_the_host_speaking_again_ends_the_report_as_before():
    """Guard: when the host speaks again after the guest's report in the same paragraph, the paragraph is not
    the guest's report to its end, and the next paragraph is the readout's, as before."""
    reply = "The President noted that the federal centre would help."
    cope = "The provincial economy managed to cope with the budget deficit."
    body = f"{LEAD}\n\n{PROMPT} {TOLD} {reply}\n\n{cope}"
    assert_statements(body, [
        ("Vladimir Putin", "indirect", PROMPT),
        ("Arlen Dostov", "indirect", TOLD),
        ("Vladimir Putin", "indirect", reply),
    ], title=TITLE)


def test_a_prompt_sharing_its_sentence_is_no_prompt():
    """Guard: a first sentence with more than the host's statement in it ("…, and the Governor agreed.") is no
    prompt of its own; what follows the guest's report in the paragraph is read as before."""
    both = "The President suggested talking about the problems of the province, and the Governor agreed."
    they = "They affected 14 villages and 210 houses."
    body = f"{LEAD}\n\n{both} {TOLD} {they} {NOTED}"
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "The President suggested talking about the problems of the province,"),
        ("Arlen Dostov", "indirect", "the Governor agreed."),  # (his assent voiced: test_patterns_h599)
        ("Arlen Dostov", "indirect", TOLD),
        ("Arlen Dostov", "indirect", NOTED),
    ], title=TITLE)
