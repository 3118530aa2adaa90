"""Readings of real Kremlin text of stop 31: a list of office-name pairs ("the President of A,
Name, the President of B, Name, …"), where each office is the name's after it, not the one
before it.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "A summit of the Northern Cooperation Organisation took place"


def test_an_office_between_two_names_of_a_list_of_pairs_is_the_next_names():
    """"The President of the Russian Federation, Vladimir Putin, the President of Kazakhstan, Nursultan
    Nazarbaev, the President of Tajikistan, Emomali Rakhmonov, … took part in …" then "As current Chairman of
    the CACO, the President of Tajikistan talked about the results …" (two-hundred-fifty-ninth 34208): every
    office opens a pair, so "the President of Tajikistan" after Mr Nazarbaev's name is Mr Rakhmonov's."""
    body = (
        "The President of Kastravia, Oren Vask, the President of Norland, Emil Darro, and the President of "
        "Velmar, Ivo Tesk, took part in the session.\n\n"
        "As current Chairman, the President of Norland talked about the results of the organisation's work."
    )
    assert_statements(body, [
        ("Emil Darro", "indirect",
         "As current Chairman, the President of Norland talked about the results of the organisation's work."),
    ], title=TITLE)


def test_an_office_after_a_name_with_no_office_before_it_stays_the_names():
    """Guard: "Oren Vask, the President of Norland, Emil Darro, …": with no office before the first name, the
    office after it is his, in apposition, as ever."""
    body = (
        "Oren Vask, the President of Norland, Emil Darro, the Minister of Energy, and Ivo Tesk took part in the "
        "session.\n\n"
        "The President of Norland talked about the results of the organisation's work."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President of Norland talked about the results of the organisation's work."),
    ], title=TITLE)
