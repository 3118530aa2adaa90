"""Readings of real Kremlin text of stop 30: a reported speech carried on past a sentence
opened by "Today" with no comma ("Today the social responsibility of businesses is not limited
by taxes.") and past one opened by the discourse adverb "Above all," ("Above all, it concerns the
social sphere.").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask attended an awards ceremony"


def test_what_a_thing_is_today_with_no_comma_carries_the_speech_on():
    """"In his address at the ceremony, Mr Putin said that the social well-being of employees was one of the
    conditions of successful entrepreneurship. Today the social responsibility of businesses is not limited by
    taxes. It also includes creating new jobs …" (two-hundred-twenty-third 27825): what a thing is now, told
    with no comma after "Today", is the speaker's claim, as "Today, Kastravia is one of …" is, no news of the day."""
    body = (
        "In his address, Mr Vask said that the well-being of workers was a condition of success. "
        "Today the social responsibility of businesses is not limited by taxes. "
        "It also includes creating new jobs."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "In his address, Mr Vask said that the well-being of workers was a condition of success."),
        ("Oren Vask", "indirect", "Today the social responsibility of businesses is not limited by taxes."),
        ("Oren Vask", "indirect", "It also includes creating new jobs."),
    ], title=TITLE)


def test_an_event_due_today_with_no_comma_stays_news():
    """Guard: "Today the new terminal is expected to open …" after a report: an event due today, with or without
    the comma, stays the readout's news, not the speaker's words."""
    body = (
        "In his address, Mr Vask said that the port had been rebuilt in two years. "
        "Today the new terminal of the port is expected to open to ships. "
        "It also has a new railway line."
    )
    result = assert_statements(body, [
        ("Oren Vask", "indirect", "In his address, Mr Vask said that the port had been rebuilt in two years."),
        ("Oren Vask", "indirect", "It also has a new railway line."),
    ], title=TITLE)
    assert not any(s.text.startswith("Today") and s.speaker for s in result.statements)


def test_above_all_then_a_claim_carries_the_speech_on():
    """"Addressing the members of the commission, President Putin said that … still left many questions
    unanswered. There was a wide gap between … . Above all, it concerns the social sphere." (two-hundred-
    twenty-third 27827): "Above all," is a discourse adverb, not a name acting; the claim after it goes on."""
    body = (
        "Addressing the council, President Vask said that the protection of rights in Velania still left many "
        "questions open. There was a wide gap between guarantees and practice. Above all, it concerns the social sphere."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Addressing the council, President Vask said that the protection of rights in Velania "
                                  "still left many questions open."),
        ("Oren Vask", "indirect", "There was a wide gap between guarantees and practice."),
        ("Oren Vask", "indirect", "Above all, it concerns the social sphere."),
    ], title="Oren Vask chaired a meeting of the Human Rights Council")


def test_above_all_then_the_talks_stays_narrative():
    """Guard: "Above all, the talks were about …" after one person's words stays the meeting's account
    (eighty-ninth), now that "Above all," is read as a leading adverb."""
    body = (
        "Mr Vask said that trade had grown by a third. "
        "Above all, the talks were about the need to build a new bridge. "
        "Mr Vask said that the bridge would open in 2030."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said that trade had grown by a third."),
        ("Oren Vask", "indirect", "Mr Vask said that the bridge would open in 2030."),
    ], title="Oren Vask met with Anton Brask")
