"""Helper h870 (sixhundredfiftyfourth, the Mayors of Vilnius): a city's deputy head written "vice-mayor", an office
as "mayor" is, in an inverted tag after a quotation and as a description later on (lexicon.ROLE_WORDS)."""

from .test_patterns import assert_statements


def test_vice_mayor_in_an_inverted_tag_owns_the_quotation():
    assert_statements(
        "On Friday, the mayor of Dravik Olen Marsk and the vice-mayor of Tessaly Jaron Velic signed an agreement "
        "on cooperation.\n\n"
        "“Last year, we celebrated the anniversary of our cooperation,” said the vice-mayor of Tessaly Jaron Velic.",
        [("Jaron Velic", "direct", "Last year, we celebrated the anniversary of our cooperation")],
    )


def test_vice_mayor_as_a_later_description():
    assert_statements(
        "Vice-Mayor Jaron Velic received the delegation from Dravik.\n\n"
        "The vice-mayor stressed that Tessaly is open to cooperation.",
        [("Jaron Velic", "indirect", "The vice-mayor stressed that Tessaly is open to cooperation.")],
    )


def test_a_vice_mayors_plural_stays_a_group():
    """Guard: "the vice-mayors" of two cities is a group, no one's statement."""
    assert_statements(
        "Vice-Mayor Jaron Velic met Vice-Mayor Ansa Korin in Tessaly.\n\n"
        "The vice-mayors stressed the importance of cooperation.",
        [],
    )
