"""Helper h917 (sixhundredninetythird, the Government of the Faroe Islands as Local.fo, TASS and Fiskerforum print it):
Faroese name particles inside a full name ("Hanus á Bø Jensen", "Sunnvá av Lundi": people/phrases `_PARTICLES`)."""

from .test_patterns import assert_statements


def test_a_faroese_particle_inside_the_speakers_name():
    assert_statements(
        "Prime Minister Hanus á Bø Jensen met his Norlandic counterpart Ada Varg in Eskvik on Monday.\n\n"
        "“We have agreed to work closely on the fisheries of the North. It is a good day for both islands,” said "
        "Hanus á Bø Jensen.",
        [("Hanus á Bø Jensen", "direct", "We have agreed to work closely on the fisheries of the North. It is a good "
          "day for both islands,")],
    )


def test_a_lower_case_av_outside_a_name_joins_no_names():
    """Guard: "av" and "á" join only capitalised words; a sentence with two people stays two people."""
    assert_statements(
        "Prime Minister Hanus Jensen met Foreign Minister Ada Varg in Eskvik on Monday.\n\n"
        "Hanus Jensen thanked Ada Varg for the visit.",
        [("Hanus Jensen", "indirect", "Hanus Jensen thanked Ada Varg for the visit.")],
    )
