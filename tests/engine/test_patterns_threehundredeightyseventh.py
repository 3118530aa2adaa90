"""Readings of real Ukrainian President's Office text of stop 37 (three-hundred-eighty-seventh): president.gov.ua
English news of June 2022 (the Head of the Office, a Deputy Head, the First Lady, the President's meetings).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_body_named_by_its_members_then_its_heads_name():
    """"… met with President of the Austrian Association of Municipalities Alfred Riedl. … The President of the
    Austrian Association of Municipalities noted his interest …" (three-hundred-eighty-seventh ukraine_president
    75949): the body's name ends in a plural noun of what it gathers, "Municipalities"; the two words after it are
    its head's name, though his first name is no common one. The office, named again, is his, not the President's
    of the readout."""
    body = (
        "Pursuant to the instruction of President Arman Veld, Deputy Head of the Presidential Office Lira Okon met "
        "with President of the Velorian Union of Municipalities Orvel Dask.\n\n"
        "Lira Okon noted that the towns need help with reconstruction.\n\n"
        "The President of the Velorian Union of Municipalities noted his interest in partnerships between towns."
    )
    assert_statements(body, [
        ("Lira Okon", "indirect", "Lira Okon noted that the towns need help with reconstruction."),
        ("Orvel Dask", "indirect",
         "The President of the Velorian Union of Municipalities noted his interest in partnerships between towns."),
    ], title="Lira Okon met with the President of the Velorian Union of Municipalities")


def test_a_body_named_in_three_words_with_no_name_after_stays_a_body():
    """Guard: "the Institute of Migrations Policy Research", three words after "of" opened by a plural, names no
    one after the body ("Research" is a body's word): no person is made of "Policy Research"; the President's
    statement stays his."""
    body = (
        "President Arman Veld met with the staff of the Institute of Migrations Policy Research.\n\n"
        "President Arman Veld stressed that the figures must be published."
    )
    assert_statements(body, [
        ("Arman Veld", "indirect", "President Arman Veld stressed that the figures must be published."),
    ], title="President Arman Veld visited the Institute of Migrations Policy Research")
