"""Helper h917 (sixhundredninetythird, the Government of the Faroe Islands as Local.fo, TASS and Fiskerforum print it):
Faroese name particles inside a full name ("Hanus á Bø Jensen", "Sunnvá av Lundi": people/phrases `_PARTICLES`); a
dash paragraph closed the Nordic newsroom's way, a comma and "X says." at its end ("– …. …, Sunnvá av Lundi says.":
quotes `_dash_quote`, `_COMMA_ATTRIBUTION_AT_END`)."""

from .test_patterns import assert_statements


def test_a_faroese_particle_inside_the_speakers_name():
    assert_statements(
        "Prime Minister Hanus á Bø Jensen met his Norlandic counterpart Ada Varg in Eskvik on Monday.\n\n"
        "“We have agreed to work closely on the fisheries of the North. It is a good day for both islands,” said "
        "Hanus á Bø Jensen.",
        [("Hanus á Bø Jensen", "direct", "We have agreed to work closely on the fisheries of the North. It is a good "
          "day for both islands,")],
    )


def test_a_dash_paragraph_closed_by_a_comma_and_the_name_says():
    assert_statements(
        "Foreign Minister Sunnvá av Lundi met the Norlandic envoy Per Holt in Eskvik on Tuesday.\n\n"
        "– The meeting today was a big step for our two islands. We share many interests. Closer ties will open new "
        "doors for trade and research, Sunnvá av Lundi says.",
        [("Sunnvá av Lundi", "direct", "The meeting today was a big step for our two islands. We share many interests. "
          "Closer ties will open new doors for trade and research")],
    )


def test_a_dash_paragraph_closed_by_a_comma_and_says_then_the_name():
    assert_statements(
        "Foreign Minister Per Holt of Norland will visit Eskvik next week.\n\n"
        "– Since we share the sea, it is natural that we talk often. Our fleets meet every day, says Per Holt.",
        [("Per Holt", "direct", "Since we share the sea, it is natural that we talk often. Our fleets meet every day")],
    )


def test_a_dash_list_item_with_a_comma_is_no_quotation():
    """Guard: a dash paragraph that ends in no "X says." (a list's item) stays no one's words."""
    assert_statements(
        "Foreign Minister Per Holt of Norland visited Eskvik on Tuesday.\n\n"
        "– Fisheries, trade and research were on the agenda, as was the new ferry line.",
        [],
    )


def test_a_lower_case_av_outside_a_name_joins_no_names():
    """Guard: "av" and "á" join only capitalised words; a sentence with two people stays two people."""
    assert_statements(
        "Prime Minister Hanus Jensen met Foreign Minister Ada Varg in Eskvik on Monday.\n\n"
        "Hanus Jensen thanked Ada Varg for the visit.",
        [("Hanus Jensen", "indirect", "Hanus Jensen thanked Ada Varg for the visit.")],
    )
