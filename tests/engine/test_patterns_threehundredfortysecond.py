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


def test_reinforced_his_preference_is_speech():
    """"The President reinforced his preference for a diplomatic solution to the crisis in Ukraine, and the two leaders
    agreed to keep open their channels of communication." (three-hundred-forty-second whitehouse 2014-08-01 call with
    President Putin): a preference or a concern restated, as "reinforced his commitment"; the pair's clause after
    ", and the two leaders" stays out."""
    body = (
        "President Aldo Fenn spoke today with President Ivo Darsk of Kaldoria about the situation in Vestra.\n\n"
        "The President reinforced his preference for a diplomatic solution to the crisis in Vestra, and the two "
        "leaders agreed to keep open their channels of communication."
    )
    assert_statements(body, [
        ("Aldo Fenn", "indirect", "The President reinforced his preference for a diplomatic solution to the crisis "
         "in Vestra"),
    ], title="Readout of the President's Call with President Darsk of Kaldoria")


def test_reinforced_its_defences_stays_an_act():
    """Guard: "reinforced its defences along the border" is an act (troops, walls), no speech."""
    body = (
        "President Aldo Fenn spoke today with President Ivo Darsk of Kaldoria about the situation in Vestra.\n\n"
        "President Darsk said that Kaldoria had reinforced its defences along the border."
    )
    assert_statements(body, [
        ("Ivo Darsk", "indirect", "President Darsk said that Kaldoria had reinforced its defences along the border."),
    ], title="Readout of the President's Call with President Darsk of Kaldoria")
