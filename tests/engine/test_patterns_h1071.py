"""Helper h1071 (eighthundredthirteenth, the Speaker of the Provincial Assembly of Balochistan as Pakistani papers
print him): a house of parliament named by its initials before its officer ("The NA speaker further said …") is the
officer of the house those letters spell ("Speaker National Assembly Y"), not the readout's principal who is another
house's Speaker ("Speaker Balochistan Assembly X"); with no such house's officer named, the letters decide nothing."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_house_initials_before_speaker_name_that_houses_speaker():
    body = (
        "ISLAMABAD – Speaker Varnia Assembly Tomas Belko on Tuesday called on Speaker National Assembly Raja "
        "Petrak Oslund.\n\n"
        "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary. "
        "He said that the progress of Varnia would be a catalyst. The NA speaker further said that Varnia was a "
        "priority of the government."
    )
    assert_statements(body, [
        ("Raja Petrak Oslund", "indirect",
         "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary."),
        ("Raja Petrak Oslund", "indirect", "He said that the progress of Varnia would be a catalyst."),
        ("Raja Petrak Oslund", "indirect",
         "The NA speaker further said that Varnia was a priority of the government."),
    ])


def test_a_bare_speaker_among_two_houses_speakers_stays_the_last_named():
    body = (
        "ISLAMABAD – Speaker Varnia Assembly Tomas Belko on Tuesday called on Speaker National Assembly Raja "
        "Petrak Oslund.\n\n"
        "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary. "
        "The speaker further said that Varnia was a priority of the government."
    )
    assert_statements(body, [
        ("Raja Petrak Oslund", "indirect",
         "Speaker National Assembly Raja Petrak Oslund said that close links between the provinces were necessary."),
        ("Raja Petrak Oslund", "indirect", "The speaker further said that Varnia was a priority of the government."),
    ])
