"""Helper h953 (sevenhundredtwentieth, Niue's government as RNZ Pacific, Radio Australia, 1News, Xinhua and the NZ
Herald print it): a sentence that opens on a person's name in the possessive, the owner of what it tells, and says
nothing ("Parrow's trip to Veloria took a lighter tone when he showed off his dancing skills."), makes him the "He" that
opens the next sentence, in the same paragraph or the next, not the last subject (name_registry
`_named_owner_opening_before`, read where `_possessor_just_before` is). And what one leader wants of another, the other
named by his office, "to be" too ("Parrow wants the Premier to be more specific; Tamsin says …"), is a request made,
as "urged the Premier to" (lexicon's "want" complement); not "wants the summit to be a success", a thing's."""

from .test_patterns import assert_statements

OPENING = ("The Prime Minister of Norland, Anton Parrow, made his first visit to Veloria. He had a tense meeting with "
           "Premier Olek Tamsin.\n\n"
           "Tamsin says Norland should have more trust.\n\n")


def test_a_possessive_owner_opening_the_sentence_before_is_the_pronoun():
    assert_statements(
        OPENING + "Parrow's trip to Veloria took a more light-hearted tone when he showed off his dancing skills.\n\n"
        "He jokingly asked the media not to broadcast the images.",
        [("Olek Tamsin", "indirect", "Tamsin says Norland should have more trust."),
         ("Anton Parrow", "indirect", "He jokingly asked the media not to broadcast the images.")])


def test_a_possessive_owner_in_the_same_paragraph():
    assert_statements(
        OPENING + "Parrow's trip to Veloria took a more light-hearted tone at the market. "
        "He jokingly asked the media not to broadcast the images.",
        [("Olek Tamsin", "indirect", "Tamsin says Norland should have more trust."),
         ("Anton Parrow", "indirect", "He jokingly asked the media not to broadcast the images.")])


def test_a_possessive_inside_the_sentence_before_leaves_the_last_subject():
    assert_statements(
        OPENING + "The talks turned to Parrow's trip to Veloria and the market.\n\n"
        "He said Norland would find other partners.",
        [("Olek Tamsin", "indirect", "Tamsin says Norland should have more trust."),
         ("Olek Tamsin", "indirect", "He said Norland would find other partners.")])


def test_another_man_named_beside_the_owner_leaves_the_last_subject():
    assert_statements(
        OPENING + "Parrow's trip to Veloria took a lighter tone when Premier Tamsin showed him the harbour.\n\n"
        "He said Norland would find other partners.",
        [("Olek Tamsin", "indirect", "Tamsin says Norland should have more trust."),
         ("Olek Tamsin", "indirect", "He said Norland would find other partners.")])


def test_wants_the_premier_to_be_is_a_request_made():
    assert_statements(
        "The Prime Minister of Norland, Anton Parrow, had a tense meeting with Premier Olek Tamsin.\n\n"
        "Parrow wants the Premier to be more specific; Tamsin says Norland should have more trust.",
        [("Anton Parrow", "indirect", "Parrow wants the Premier to be more specific;"),
         ("Olek Tamsin", "indirect", "Tamsin says Norland should have more trust.")])


def test_wants_the_summit_to_be_a_success_is_no_request():
    assert_statements(
        "The Prime Minister of Norland, Anton Parrow, had a meeting with Premier Olek Tamsin.\n\n"
        "Parrow wants the summit to be a success; Tamsin says Norland should have more trust.",
        [("Olek Tamsin", "indirect", "Tamsin says Norland should have more trust.")])
