"""Readings of real White House text of stop 37 (three-hundred-eighty-sixth): statements of the NSC and the Vice
President's spokespersons (2021) that are readouts in all but name.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_today_with_no_comma_then_an_aside_after_the_object_keeps_the_subject():
    """"Today Vice President Kamala Harris spoke to Ajay Banga, Executive Chairman of Mastercard …, about their work …
    and applauded their efforts …" (three-hundred-eighty-sixth whitehouse_2021-08-12_harris_banga_porter): "Today" takes
    no comma; the first comma closes the object's office aside, so the subject is the name before it."""
    body = (
        "Today Vice President Oren Vask spoke with Mira Tal, Chair of the Kaldorian Trade Board, about her work "
        "in the region and applauded her efforts to increase investment."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", body),
    ], title="Statement on Vice President Vask's Call with Mira Tal")


def test_today_with_a_pair_before_the_aside_stays_unattributed():
    """Guard: "Today President X and President Y, the hosts of the summit, discussed … and welcomed …": a pair before
    the first comma, no one person's statement."""
    body = (
        "Today President Oren Vask and President Mira Tal, the hosts of the summit, discussed trade "
        "and welcomed the new agreement."
    )
    assert_statements(body, [], title="Statement on the Summit of Kaldoria and Vestra")
