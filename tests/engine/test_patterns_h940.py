"""Helper h940 (sevenhundredeleventh, the Presidency of Togo): a belief held "of the firm belief that …" (as "is of
the opinion that", reported_speech `_BELIEF`); "salutes the … diplomacy of …", praise of a person's diplomacy or
mediation with up to three words before the noun (lexicon, the "salute" verb's object)."""

from .test_patterns import assert_statements

OPENING = "The President of Varnia, Tomas Brell, received the Prime Minister of Ostland, Pera Lind."


def test_of_the_firm_belief_that_is_a_belief_held():
    assert_statements(
        OPENING + "\n\n"
        "President Brell was of the firm belief that it was a good idea to meet more often.",
        [("Tomas Brell", "indirect", "President Brell was of the firm belief that it was a good idea to meet more often.")])


def test_of_the_firm_belief_not_after_is_or_was_is_no_statement():
    assert_statements(
        OPENING + "\n\n"
        "The visit grew out of the firm belief that trade matters. President Brell thanked her for the visit.",
        [("Tomas Brell", "indirect", "President Brell thanked her for the visit.")])


def test_salutes_the_discreet_but_effective_diplomacy_of_is_praise():
    assert_statements(
        OPENING + "\n\n"
        "Ms Lind also salutes the discreet but effective diplomacy of the Varnian President.",
        [("Pera Lind", "indirect", "Ms Lind also salutes the discreet but effective diplomacy of the Varnian President.")])


def test_saluting_flags_is_no_statement():
    assert_statements(
        OPENING + "\n\n"
        "Ms Lind saluted the three national flags of the countries. President Brell thanked her for the visit.",
        [("Tomas Brell", "indirect", "President Brell thanked her for the visit.")])
