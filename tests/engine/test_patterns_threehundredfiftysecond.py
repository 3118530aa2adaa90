"""Readings of real Ukrainian presidential text of stop 35 (three-hundred-fifty-second): releases of the
President of Ukraine's office, 2022, in the corpus shape (paragraphs joined into one).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_considers_a_long_object_unacceptable_is_a_view_stated():
    """"Oleg Ustenko considers the failure of major western economies to impose an immediate embargo on imports of
    oil and gas from Russia unacceptable." (three-hundred-fifty-second ukraine_president 74549): an opinion held,
    as "considers sanctions against the entire elite important.", with an object longer than twelve words."""
    body = (
        "Economic Adviser Doran Pell gave an interview to a newspaper in Veltara. "
        "Doran Pell considers the refusal of several large trading nations to stop all their purchases of grain "
        "and timber from Marovia unacceptable."
    )
    assert_statements(body, [
        ("Doran Pell", "indirect", "Doran Pell considers the refusal of several large trading nations to stop all "
         "their purchases of grain and timber from Marovia unacceptable."),
    ], title="Doran Pell gave an interview")


def test_considers_a_long_object_without_a_judgement_stays_narrative():
    """Guard: "considers the options ... in the spring" has no judging adjective at its end: no statement."""
    body = (
        "Economic Adviser Doran Pell gave an interview to a newspaper in Veltara. "
        "Doran Pell considers the refusal of several large trading nations to stop all their purchases of grain "
        "and timber from Marovia in the spring."
    )
    assert_statements(body, [], title="Doran Pell gave an interview")


def test_opening_participle_of_means_carries_the_report_on():
    """"Also, according to him, almost a million citizens ... received ... assistance from the state through Diia.
    Using Diia you can pay taxes, fines, UST, ..." (three-hundred-fifty-second ukraine_president 72741): "Using
    Diia" opens the sentence, no one's name; the sentence carries the President's report on."""
    body = (
        "President Oren Vask spoke at the summit in Veltara. Also, according to him, almost a million citizens "
        "received assistance from the state through the portal. Using Portalis you can pay taxes, fines and fees "
        "on your smartphone. The summit ended in the evening."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Also, according to him, almost a million citizens received assistance from the "
         "state through the portal."),
        ("Oren Vask", "indirect", "Using Portalis you can pay taxes, fines and fees on your smartphone."),
    ], title="President Vask spoke at the summit")


def test_opening_participle_before_another_named_person_stays_narrative():
    """Guard: "Using his own funds, Mayor Tomas Reel rebuilt the school." names another person who acts: the
    report is not carried on."""
    body = (
        "President Oren Vask spoke at the summit in Veltara. Also, according to him, almost a million citizens "
        "received assistance from the state through the portal. Using his own funds, Mayor Tomas Reel rebuilt "
        "the school. The summit ended in the evening."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Also, according to him, almost a million citizens received assistance from the "
         "state through the portal."),
    ], title="President Vask spoke at the summit")
