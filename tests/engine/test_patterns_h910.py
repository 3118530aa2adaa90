"""Helper h910 (mending known errors of older sets with general rules): the constructions of press English behind
their misses, each rule with its test and a guard. First, the Chinese surname A opening a name before a comma and an
office ("…, said A Dong, mayor of the city …", `phrases.surname_a_before_an_office`)."""

from .test_patterns import assert_statements


def test_surname_a_before_an_office_names_the_speaker():
    assert_statements(
        "Varno aims to become a leading port city by improving its harbour, said A Lin, mayor of the city, on "
        "Tuesday.\n\nThe mayor said that a clean environment is the key to growth.",
        [("A Lin", "indirect", "Varno aims to become a leading port city by improving its harbour, said A Lin, mayor of "
          "the city, on Tuesday."),
         ("A Lin", "indirect", "The mayor said that a clean environment is the key to growth.")],
    )


def test_a_capital_a_with_no_office_after_it_stays_the_article():
    """Guard: "A" opening a sentence, or before a capitalised word and a comma with no office after it, names no one."""
    assert_statements(
        "Governor Ilse Marrow met the delegation from Ostria. A Varno delegation, led by its chamber of commerce, "
        "attended the talks. The port signed with A Team, a logistics firm from Ostria.",
        [],
    )
