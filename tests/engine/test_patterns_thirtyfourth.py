"""Patterns found by the thirty-fourth held-out set (benchmarks/heldout/thirtyfourth/, White House
readouts): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_concurred_of_one_person_is_a_statement_and_of_a_group_is_not():
    """"He concurred with the committee members on the platform's role as …" (thirtyfourth/ donor
    platform 2): one person voicing agreement with a view, as "agreed"; "the two ministers concurred
    on …" has a group for subject, no statement."""
    body = ("Deputy Advisor Tomas Ekberg chaired the second meeting of the Relief Board. Deputy Advisor Ekberg "
            "reiterated the commitment of Valdoria to the rebuilding of the river towns. He concurred with the "
            "board members on the fund's role as a catalyst for private investment.\n\n"
            "Minister Rhea Moss met Minister Ilan Voss. The two ministers concurred on the need for new ferries.")
    assert_statements(body, [
        ("Tomas Ekberg", "indirect", "Deputy Advisor Ekberg reiterated the commitment of Valdoria to the rebuilding "
                                     "of the river towns."),
        ("Tomas Ekberg", "indirect", "He concurred with the board members on the fund's role as a catalyst for "
                                     "private investment."),
    ])
