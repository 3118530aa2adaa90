"""Readings of real Kremlin text of stop 35 (three-hundred-forty-fourth): en.kremlin.ru news reports of 2017-2018
(working meetings, calls, a visit to a monastery, a meeting with a boxer).

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_confirmed_a_sports_title_is_no_speech():
    """"Last Sunday, Denis Lebedev confirmed his WBA Super World cruiserweight title in a fight against …"
    (three-hundred-forty-fourth kremlin_55026): a title kept by winning, no words; the President's congratulation
    before it stays his statement."""
    body = (
        "President Oren Vask congratulated Tomas Brell on retaining his world heavyweight title.\n\n"
        "Last Saturday, Tomas Brell confirmed his IBF World heavyweight title in a fight against Marek Holt. "
        "This is his fifth victory in a row."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President Oren Vask congratulated Tomas Brell on retaining his world heavyweight title."),
    ], title="Meeting with boxer Tomas Brell")


def test_confirmed_his_participation_still_speaks():
    """Guard: "confirmed his participation in the summit" is an assurance given: his statement."""
    body = (
        "President Oren Vask had a telephone conversation with Prime Minister Lena Dorn.\n\n"
        "Prime Minister Dorn confirmed her participation in the Vestra summit in May."
    )
    assert_statements(body, [
        ("Lena Dorn", "indirect", "Prime Minister Dorn confirmed her participation in the Vestra summit in May."),
    ], title="Telephone conversation with Prime Minister Lena Dorn")


def test_previously_a_body_acted_is_the_narrators_background():
    """"Previously, the centre worked in close contact with the Federal Drug Control Service (…)." in the paragraph after
    "Father Sergius told the President about the activity of the drug rehabilitation centre …" (three-hundred-forty-fourth
    kremlin_55046): what a body did before, told by the readout, as "To date, federal agencies have …"; "Previously," opens
    the sentence as "Earlier," does, its subject after the comma."""
    body = (
        "During his visit to Marten Island, President Oren Vask met with the monks of the Holy Cross Monastery.\n\n"
        "In particular, Father Anselm told the President about the work of the youth centre he founded ten years ago.\n\n"
        "Previously, the centre worked in close contact with the Labour Ministry (the ministry was merged last year). "
        "Members of the clergy asked the President to help restore this cooperation."
    )
    assert_statements(body, [
        ("Father Anselm", "indirect",
         "In particular, Father Anselm told the President about the work of the youth centre he founded ten years ago."),
    ], title="Visit to the Holy Cross Monastery")


def test_previously_with_a_figure_still_carries_the_report_on():
    """Guard: "Previously, unemployment stood at 9 percent." after the governor's report is his figure, no body acting:
    still his report carried on."""
    body = (
        "President Oren Vask had a working meeting with Marten Region Governor Ivan Dorn.\n\n"
        "Mr Dorn informed the President about the situation on the regional labour market. "
        "Previously, unemployment stood at 9 percent."
    )
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn informed the President about the situation on the regional labour market."),
        ("Ivan Dorn", "indirect", "Previously, unemployment stood at 9 percent."),
    ], title="Working meeting with Marten Region Governor Ivan Dorn")
