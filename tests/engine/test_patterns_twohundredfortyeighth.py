"""Readings of real European Union readouts of stop 31: one person's view given as "For X it is essential
to …" (what he holds needful, with or without the comma after X).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Readout of the telephone conversation between President Aldo Verin and President Boris Kell"


def test_what_is_essential_for_a_person_is_his_view():
    """"For the president of the European Council it is essential to reach out to all international partners in
    order to discuss options for de-escalation in Iran and Iraq." (two-hundred-forty-eighth, eu_council
    2020-01-16): what is essential for one person, with no comma after him, is his view, as "in his view"."""
    body = (
        "President Aldo Verin spoke with President Boris Kell on the phone. "
        "President Verin stressed that the Union fully supports the Marlow process.\n\n"
        "For the president of the Union Council it is essential to reach out to all partners in the region. "
        "For President Verin, it was crucial that the ceasefire hold."
    )
    assert_statements(body, [
        ("Aldo Verin", "indirect", "President Verin stressed that the Union fully supports the Marlow process."),
        ("Aldo Verin", "indirect",
         "For the president of the Union Council it is essential to reach out to all partners in the region."),
        ("Aldo Verin", "indirect", "For President Verin, it was crucial that the ceasefire hold."),
    ], title=TITLE)


def test_what_is_essential_for_a_time_or_a_place_stays_narrative():
    """Guard: "For decades it was essential to …", "For the region it is important to …": a time or a place,
    no person's view."""
    body = (
        "President Aldo Verin spoke with President Boris Kell on the phone. "
        "President Verin stressed that the Union fully supports the Marlow process.\n\n"
        "For decades it was essential to keep the border open. "
        "For the region it is important to build new roads."
    )
    assert_statements(body, [
        ("Aldo Verin", "indirect", "President Verin stressed that the Union fully supports the Marlow process."),
    ], title=TITLE)
