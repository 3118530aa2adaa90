"""Readings of four-hundred-twenty-fifth (the President of Latvia, president.lv English articles): a paragraph with no
speech verb between two of one person's statements carries their words on, when "position" in it is where a place lies
("the advantageous geographical position of Latvia") and "invited" in it is a standing invitation in the present passive
("where Indian businesses are invited to assess …"), neither anyone's words (lv_president_undated_vejonis_india_akbar).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President calls for strengthening economic cooperation with Veloria"
OPENING = ("President of Kastravia Ilona Brenn met with Minister of State of Veloria Oren Balt in the Tarvik Castle "
           "today.\n\n")
NOTED = "The President of Kastravia noted that the business forum in Tarvik today proved the value of economic cooperation."
SATISFIED = "During the meeting, the President of Kastravia expressed her satisfaction that student exchanges had increased."


def _body(between: str) -> str:
    return OPENING + NOTED + "\n\n" + between + "\n\n" + SATISFIED + "\n"


def _assert_carried_on(between: str) -> None:
    """Both sentences of the paragraph between her two statements carry her words on."""
    first, second = between.split(" Cooperation")
    assert_statements(_body(between), [
        ("Ilona Brenn", "indirect", NOTED),
        ("Ilona Brenn", "indirect", first),
        ("Ilona Brenn", "indirect", "Cooperation" + second),
        ("Ilona Brenn", "indirect", SATISFIED),
    ], title=TITLE)


def test_geographical_position_lets_the_paragraph_carry_the_report_on():
    """"… to assess the advantageous geographical position of Latvia …" between two of the President's statements
    (four-hundred-twenty-fifth india_akbar): where a place lies, no one's stance; her words carried on."""
    between = ("Trade with Veloria grows every year. Cooperation should be expanded in transport and logistics, "
               "given the advantageous geographical position of Kastravia and its ports.")
    _assert_carried_on(between)


def test_present_passive_invitation_lets_the_paragraph_carry_the_report_on():
    """"…, where Indian businesses are invited to assess …" (four-hundred-twenty-fifth india_akbar): a standing
    invitation in the present passive, no one's words reported; her words carried on."""
    between = ("Trade with Veloria grows every year. Cooperation should be expanded in transport and logistics, "
               "where Velorian companies are invited to assess the modern ports of Kastravia.")
    _assert_carried_on(between)


def test_invitation_by_someone_is_not_carried_on():
    """Guard: "are invited by the Minister of Economy to …": who invites is named (the Minister's statement), the
    paragraph says something new and does not carry the President's words on."""
    invited = "Velorian companies are invited by the Minister of Economy to assess the modern ports of Kastravia."
    assert_statements(_body("Trade with Veloria grows every year. " + invited), [
        ("Ilona Brenn", "indirect", NOTED),
        ("The Minister of Economy", "indirect", invited),
        ("Ilona Brenn", "indirect", SATISFIED),
    ], title=TITLE)


def test_a_countrys_position_is_not_carried_on():
    """Guard: "The position of Veloria on the treaty …": a stance, not where a place lies; not carried on."""
    between = "Trade with Veloria grows every year. The position of Veloria on the transit treaty remains unchanged."
    assert_statements(_body(between), [
        ("Ilona Brenn", "indirect", NOTED),
        ("Ilona Brenn", "indirect", SATISFIED),
    ], title=TITLE)
