"""Helper h1041 (sevenhundredninetyfirst, the Presidency of Cabo Verde as outlets print it): an office in apposition
whose country is named again by a demonstrative ("…, noted Tomas Belvar, President of this African republic, upon
arrival …") is the person's office, so that a later "The President expressed …" is his, not that of a president named
after him."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_office_of_this_republic_is_his_title():
    body = (
        "Lorvia has kept close ties with Vessa since its independence, noted Tomas Belvar, President of this African "
        "republic, upon arrival at Vessa's airport on Monday.\n\n"
        "The President expressed his hope for new forms of cooperation between the two countries.\n\n"
        "During his stay Belvar will hold official talks with General Anton Kresh, President of the Council of State."
    )
    assert_statements(body, [
        ("Tomas Belvar", "indirect",
         "Lorvia has kept close ties with Vessa since its independence, noted Tomas Belvar, President of this African "
         "republic, upon arrival at Vessa's airport on Monday."),
        ("Tomas Belvar", "indirect",
         "The President expressed his hope for new forms of cooperation between the two countries."),
    ])


def test_of_this_with_no_country_word_is_no_office():
    body = (
        "Tomas Belvar, President of the Lorvian Senate, met Anton Kresh, Director of this year's fair, on Monday.\n\n"
        "The President expressed his hope for closer cooperation."
    )
    assert_statements(body, [
        ("Tomas Belvar", "indirect", "The President expressed his hope for closer cooperation."),
    ])
