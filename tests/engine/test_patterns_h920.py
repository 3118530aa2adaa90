"""Helper h920 (sixhundredninetysixth, Agerpres's English copy as stiripesurse.ro, EcoPolitic News and Moldova Live
print it): "pointed to" a tie's "nature" or "character", with two adjectives joined by a comma before it ("pointed to a
privileged, strategic nature of the bilateral relationships": lexicon `_COMPLEMENTS`)."""

from .test_patterns import assert_statements


def test_pointed_to_the_nature_of_a_tie_after_two_adjectives_joined_by_a_comma():
    assert_statements(
        "Foreign Minister Ilinca Varo on Sunday had a telephone conversation with the Ostmarian Foreign Minister Piet "
        "Dorn.\n\n"
        "According to the Foreign Ministry, Varo pointed to a privileged, strategic nature of the bilateral "
        "relationship and the importance her country attaches to closer ties with Ostmar.",
        [("Ilinca Varo", "indirect", "According to the Foreign Ministry, Varo pointed to a privileged, strategic nature "
          "of the bilateral relationship and the importance her country attaches to closer ties with Ostmar.")],
    )


def test_pointed_to_the_character_of_the_partnership():
    assert_statements(
        "Prime Minister Tomas Rell received the Ostmarian ambassador Piet Dorn in Veldra on Monday.\n\n"
        "Rell pointed to the special character of the partnership between the two countries.",
        [("Tomas Rell", "indirect", "Rell pointed to the special character of the partnership between the two "
          "countries.")],
    )


def test_a_road_pointed_to_a_place_is_no_report():
    """Guard: "pointed to" a place or a person, with a comma in the run, stays no one's words."""
    assert_statements(
        "Prime Minister Tomas Rell visited the port of Veldra on Monday.\n\n"
        "The guide pointed to the old, narrow harbour and the ships waiting there.",
        [],
    )
