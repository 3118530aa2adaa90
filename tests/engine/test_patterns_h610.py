"""Readings of known errors in the invented sets (benchmarks/hard*, benchmarks/styles*): general patterns mended one
by one (h610).

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for;
each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_head_of_the_acronym_is_the_one_named_beside_the_acronym():
    """"The head of the Federal Department of Foreign Affairs (FDFA), Federal Councillor X, received …" and later "The
    head of the FDFA informed …" (styles3 alvetia_fdfa): the body's short name given in parentheses beside the name, its
    head the one named there, as "The FDFA head" already was."""
    body = ("The head of the Office of Maritime Affairs (OMA), State Councillor Talia Brenn, received the Harbour Master "
            "of Vessia, Oskar Lind, in Port Arel on 4 May.\n\n"
            "The head of the OMA informed her guest that the Council had approved new funds for the northern piers.\n")
    assert_statements(body, [("Talia Brenn", "indirect",
                              "The head of the OMA informed her guest that the Council had approved new funds for the "
                              "northern piers.")])


def test_the_acronym_head_still_reads_as_before():
    """The guard of the same rule: "The OMA head said …" (the acronym before "head") is hers, as before."""
    body = ("The head of the Office of Maritime Affairs (OMA), State Councillor Talia Brenn, received the Harbour Master "
            "of Vessia, Oskar Lind, in Port Arel on 4 May.\n\n"
            "The OMA head said that the Council had approved new funds for the northern piers.\n")
    assert_statements(body, [("Talia Brenn", "indirect",
                              "The OMA head said that the Council had approved new funds for the northern piers.")])
