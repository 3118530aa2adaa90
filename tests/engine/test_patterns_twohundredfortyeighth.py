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


def test_a_unions_council_president_is_the_president_named_lately():
    """"On 7 June 2021, President Michel spoke with President Putin on the phone. … During the call the European
    Council president reiterated the EU’s unwavering support to Ukraine’s independence …" (two-hundred-forty-eighth,
    eu_council 2021-06-07): a union's institution is no state's, so its president, held by no one named, is the
    President of no known state named lately, not no one."""
    body = (
        "On 7 June, President Verin spoke with President Kell on the phone. "
        "President Verin conveyed the Council’s position on relations with Ostmark.\n\n"
        "During the call the European Council president reiterated the EU’s support to Varnia’s independence."
    )
    assert_statements(body, [
        ("Aldo Verin", "indirect", "President Verin conveyed the Council’s position on relations with Ostmark."),
        ("Aldo Verin", "indirect",
         "During the call the European Council president reiterated the EU’s support to Varnia’s independence."),
    ], title=TITLE)


def test_a_states_senate_president_is_not_the_president():
    """Guard: "The Senate president said …" (an institution of no union) stays no one's when no one named holds
    the office: the President of the readout is not the Senate's."""
    body = (
        "On 7 June, President Verin spoke with President Kell on the phone. "
        "President Verin conveyed the Council’s position on relations with Ostmark.\n\n"
        "The Senate president said the bill would pass."
    )
    assert_statements(body, [
        ("Aldo Verin", "indirect", "President Verin conveyed the Council’s position on relations with Ostmark."),
    ], title=TITLE)
