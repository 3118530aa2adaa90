"""Readings of real White House text of stop 35 (three-hundred-forty-second): readouts of the Obama White House's
calls and meetings, 2010-2016.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_took_the_opportunity_to_personally_express_is_speech():
    """"The Prime Minister took the opportunity to personally express his condolences to the community of Newtown …"
    (three-hundred-forty-second whitehouse 2012-12-17 video conference with Prime Minister Cameron): an adverb between
    "to" and the verb of speech leaves the occasion used to speak."""
    body = (
        "President Aldo Fenn and Prime Minister Tomas Verlin of Kaldoria spoke today by video conference.\n\n"
        "The Prime Minister took the opportunity to personally express his condolences to the people of Ostrava. "
        "The President thanked him for the support of the people of Kaldoria."
    )
    assert_statements(body, [
        ("Tomas Verlin", "indirect", "The Prime Minister took the opportunity to personally express his condolences to "
         "the people of Ostrava."),
        ("Aldo Fenn", "indirect", "The President thanked him for the support of the people of Kaldoria."),
    ], title="Readout of the President's Video Conference with Prime Minister Verlin")


def test_took_the_opportunity_to_personally_visit_stays_an_act():
    """Guard: "took the opportunity to personally visit the port" is an act, no speech, adverb or not."""
    body = (
        "The President and Prime Minister Tomas Verlin of Kaldoria met today in Ostrava.\n\n"
        "The Prime Minister took the opportunity to personally visit the port."
    )
    assert_statements(body, [], title="Readout of the President's Meeting with Prime Minister Verlin")

