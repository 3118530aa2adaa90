"""Readings of real White House text of stop 36 (three-hundred-seventy-sixth): statements by the NSC spokesperson and
the Vice President's chief spokesperson that are readouts in all but name (April-May 2021).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_this_thing_after_the_readouts_own_sentence_about_it_is_narrative():
    """"Vice President Harris noted the U.S. commitment to … . To that end, the United States has developed a package of
    measures … . This package follows on previous investment …" (three-hundred-seventy-sixth
    whitehouse_2021-05-07_harris_lopez_obrador): "This package" points back to the thing the readout's own sentence
    (a state as subject, not the reporter's) brought in; it goes on with that sentence, not with her report."""
    body = (
        "Vice President Lena Marsh met virtually today with President Tomas Reval of Kaldoria.\n\n"
        "Vice President Marsh noted the commitment to working with Kaldoria to spur growth in the border region. "
        "To that end, the United States has developed a package of measures that include trade missions. "
        "This package follows on earlier investment in the region and is another step in this arena."
    )
    assert_statements(body, [
        ("Lena Marsh", "indirect",
         "Vice President Marsh noted the commitment to working with Kaldoria to spur growth in the border region."),
    ], title="Statement on Vice President Marsh's Meeting with President Reval")


def test_this_thing_after_the_reporters_own_sentence_still_carries_on():
    """Guard: "This package …" right after a sentence of the reporter's own report (carried on, the noun brought in
    there) is still the reporter's."""
    body = (
        "President Ivan Orlov met Governor Anton Belov on Monday.\n\n"
        "Anton Belov said that the region has prepared a package of support measures for farmers. "
        "The package covers fuel and seed costs. "
        "This package will reach some 5,000 farms this year."
    )
    assert_statements(body, [
        ("Anton Belov", "indirect",
         "Anton Belov said that the region has prepared a package of support measures for farmers."),
        ("Anton Belov", "indirect", "The package covers fuel and seed costs."),
        ("Anton Belov", "indirect", "This package will reach some 5,000 farms this year."),
    ], title="Meeting with Governor Anton Belov")
