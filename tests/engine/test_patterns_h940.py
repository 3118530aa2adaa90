"""Helper h940 (sevenhundredeleventh, the Presidency of Togo): a belief held "of the firm belief that …" (as "is of
the opinion that", reported_speech `_BELIEF`); "salutes the … diplomacy of …", praise of a person's diplomacy or
mediation with up to three words before the noun (lexicon, the "salute" verb's object); "The … visit made by X
focused on …", the visit the subject, not its maker (speech_subjects `_maker_of_an_opening_visit`)."""

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


def test_the_visit_made_by_the_head_of_state_focused_on_is_no_statement():
    """"The … visit made by X focused on …": the visit is the subject, its maker no speaker (speech_subjects
    `_maker_of_an_opening_visit`)."""
    assert_statements(
        OPENING + "\n\n"
        "The friendship and working visit made by the Head of State focused on bilateral cooperation. "
        "The visit by the Prime Minister focused on trade. President Brell thanked her for the visit.",
        [("Tomas Brell", "indirect", "President Brell thanked her for the visit.")])


def test_a_speaker_after_the_visit_of_still_speaks():
    assert_statements(
        OPENING + "\n\n"
        "After the visit of the President, Ms Lind stressed that trade must grow.",
        [("Pera Lind", "indirect", "After the visit of the President, Ms Lind stressed that trade must grow.")])
