"""Readings of errors of the held-out set four-hundred-sixth (stop 39): in a regional head's reported report, a sentence
whose subject is the bare name of the place his office is written with ("Novgorod Region Governor Andrei Nikitin
briefed the President … . The region has made great progress in road upgrades. Novgorod is linked by railway lines
with nine Russian cities. The Governor said that …", kremlin_62965) carries his report on, as "the region" does.

Each test is a small invented readout (invented people and places) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

BRIEFED = "Varsk Region Governor Ilya Dorin briefed the President on the economic situation in the region."
PROGRESS = "The region has made great progress in bridge repairs."
LINKED = "Varsk is linked by ferry lines with six northern towns."
SAID = "The Governor said that no investment is possible without good roads and ports."


def test_the_bare_name_of_the_governors_region_carries_his_report_on():
    """"Novgorod Region Governor X briefed … . The region has made … . Novgorod is linked … . The Governor said …"
    (four-hundred-sixth kremlin_62965): the place his office names, told of in his report, is no one who acts."""
    body = f"{BRIEFED}\n\n{PROGRESS} {LINKED} {SAID}\n"
    assert_statements(body, [("Ilya Dorin", "indirect", BRIEFED), ("Ilya Dorin", "indirect", PROGRESS),
                             ("Ilya Dorin", "indirect", LINKED), ("Ilya Dorin", "indirect", SAID)])


def test_the_governor_of_a_region_written_after_his_office():
    """The same with the office written "Governor of Varsk Region X": the place's bare name is his region's."""
    briefed = "Governor of Varsk Region Ilya Dorin briefed the President on the economic situation in the region."
    body = f"{briefed}\n\n{PROGRESS} {LINKED} {SAID}\n"
    assert_statements(body, [("Ilya Dorin", "indirect", briefed), ("Ilya Dorin", "indirect", PROGRESS),
                             ("Ilya Dorin", "indirect", LINKED), ("Ilya Dorin", "indirect", SAID)])


def test_another_places_bare_name_still_ends_the_carrying_on():
    """The guard: a bare name that is not the governor's place ("Tarnov is linked …") is not known to be told of in
    his report; the sentence stays no one's, as before."""
    other = "Tarnov is linked by ferry lines with six northern towns."
    body = f"{BRIEFED}\n\n{PROGRESS} {other} {SAID}\n"
    assert_statements(body, [("Ilya Dorin", "indirect", BRIEFED), ("Ilya Dorin", "indirect", PROGRESS),
                             ("Ilya Dorin", "indirect", SAID)])
