"""Helper h953 (sevenhundredtwentieth, Niue's government as RNZ Pacific, Radio Australia, 1News, Xinhua and the NZ
Herald print it): a sentence that opens on a person's name in the possessive, the owner of what it tells, and says
nothing ("Parrow's trip to Veloria took a lighter tone when he showed off his dancing skills."), makes him the "He" that
opens the next sentence, in the same paragraph or the next, not the last subject (name_registry
`_named_owner_opening_before`, read where `_possessor_just_before` is)."""

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
