"""Helper rf2 (review of stop 69's merges h1191, h1195, h1196, h1198, h1199, fx70, fx71): "prayed for" a length of
time written as a bare plural ("for hours", "for weeks"), "half an hour" or a number word of its own ("forty-five
minutes") tells how long a prayer lasted, no wish voiced; "prayed for years of peace" stays a wish."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_prayed_for_a_bare_length_of_time_is_no_statement():
    body = (
        "Governor Talo Mirebek of the Ustrava Province hosted a delegation from Velsk on Monday.\n\n"
        "The governor prayed for hours at the cathedral with the visitors.\n\n"
        "Governor Mirebek prayed for half an hour before the talks.\n\n"
        "The governor prayed for weeks, his aide recalled.\n\n"
        "The governor prayed for forty-five minutes at the cathedral."
    )
    assert_statements(body, [])


def test_prayed_for_years_of_peace_stays_a_wish():
    """Guard: a plural of time with "of" after it, or any other noun, is what was prayed for."""
    body = (
        "Governor Talo Mirebek of the Ustrava Province hosted a delegation from Velsk on Monday.\n\n"
        "Governor Mirebek prayed for years of peace for the province.\n\n"
        "He prayed for better days for the farmers."
    )
    assert_statements(body, [
        ("Talo Mirebek", "indirect", "Governor Mirebek prayed for years of peace for the province."),
        ("Talo Mirebek", "indirect", "He prayed for better days for the farmers."),
    ])


_COUNTY = ("Governor Alim Satov of Drell met Chief Officer Ruth Wanjala of Lodwa County on Monday.\n\n"
           "The County chief said the county would open two new markets this year.\n\n")


def test_the_county_chief_is_no_office_learnt_for_the_governor():
    """"The County chief" names the one Governor by a nickname: "the county health chief" after him is that chief, unnamed,
    as it is when "the Governor" said the first words."""
    assert_statements(_COUNTY + "The county health chief said the clinics needed nurses.", [
        ("Alim Satov", "indirect", "The County chief said the county would open two new markets this year."),
        ("The county health chief", "indirect", "The county health chief said the clinics needed nurses."),
    ])


def test_the_county_chief_said_again_is_still_the_governor():
    """Guard: the nickname again is still the Governor's (his alias)."""
    assert_statements(_COUNTY + "The County chief said the markets would open in May.", [
        ("Alim Satov", "indirect", "The County chief said the county would open two new markets this year."),
        ("Alim Satov", "indirect", "The County chief said the markets would open in May."),
    ])
