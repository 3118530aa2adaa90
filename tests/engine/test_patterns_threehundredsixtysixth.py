"""Readings of real Kremlin text of stop 36 (three-hundred-sixty-sixth): en.kremlin.ru news items of 2000 (meetings
with foreign leaders and regional heads, telephone conversations).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_adverb_of_main_topic_between_subject_and_verb():
    """"Mr Magomedov primarily reported on the situation in the fuel and energy and agro-industrial sectors …"
    (three-hundred-sixty-sixth kremlin 37930): "primarily" / "mainly" between the subject and its speech verb, as
    "especially", "in particular"."""
    body = (
        "President Oren Vask met with Governor of Lestria Province Tomas Brell.\n\n"
        "Mr Brell primarily reported on the situation in the farming and fishing sectors of the province.\n\n"
        "Mr Vask mainly spoke about the preparations for the winter."
    )
    assert_statements(body, [
        ("Tomas Brell", "indirect",
         "Mr Brell primarily reported on the situation in the farming and fishing sectors of the province."),
        ("Oren Vask", "indirect", "Mr Vask mainly spoke about the preparations for the winter."),
    ], title="President Vask met with Governor Brell")


def test_an_adverb_of_main_topic_before_an_action_stays_narrative():
    """Guard: "mainly" before an action verb ("attended", "visited") makes no statement; a pair with "primarily
    discussed" stays a group."""
    body = (
        "President Oren Vask met with Governor of Lestria Province Tomas Brell.\n\n"
        "Mr Brell mainly attended the regional sessions.\n\n"
        "Mr Vask and Mr Brell primarily discussed the harvest."
    )
    assert_statements(body, [], title="President Vask met with Governor Brell")
