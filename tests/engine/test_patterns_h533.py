"""Readings of known errors of labelled held-out sets (stop 39, fourhundredthird): "X made special emphasis on
the need to …", a light-verb form of "emphasized" (as "placed emphasis on", "laid emphasis on"; fourhundredthird
ua 75117, a translated release).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_made_special_emphasis_on_is_an_indirect_statement():
    """"Deputy Head Arno Velt made special emphasis on the need to …": he stressed it (one person, a speech act)."""
    met = "Deputy Head of the Office Arno Velt met with Foreign Minister Lisa Korr of Tolania."
    emph = "Arno Velt made special emphasis on the need to increase the pressure on the aggressor state."
    body = f"{met} {emph}\n"
    assert_statements(body, [("Arno Velt", "indirect", emph)])


def test_made_progress_on_stays_narrative():
    """The guard: "made progress on" / "made a stop on" is no speech ("Arno Velt made good progress on the talks")."""
    met = "Deputy Head of the Office Arno Velt met with Foreign Minister Lisa Korr of Tolania."
    prog = "Arno Velt made good progress on the border talks during the visit."
    body = f"{met} {prog}\n"
    assert_statements(body, [])
