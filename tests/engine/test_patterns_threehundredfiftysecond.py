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
