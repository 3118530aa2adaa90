"""Helper h953 (sevenhundredtwentieth, Niue's government as RNZ Pacific, Radio Australia, 1News, Xinhua and the NZ
Herald print it): a sentence that opens on a person's name in the possessive, the owner of what it tells, and says
nothing ("Parrow's trip to Veloria took a lighter tone when he showed off his dancing skills."), makes him the "He" that
opens the next sentence, in the same paragraph or the next, not the last subject (name_registry
`_named_owner_opening_before`, read where `_possessor_just_before` is). And what one leader wants of another, the other
named by his office, "to be" too ("Parrow wants the Premier to be more specific; Tamsin says …"), is a request made,
as "urged the Premier to" (lexicon's "want" complement); not "wants the summit to be a success", a thing's. And an
opening "She" after only men as subjects, with no woman named before, is the last one named whose sex is unknown
("Miss Veloria, whose name is Anika Brandt, was recently crowned …", people `resolve_pronoun`), once a "former prime
minister" in lower case before a name keeps its "former" (name_registry, `_as_former_holder` after an office taken
before the name), so that she is not "the Norland Prime Minister" of the opening."""

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



PAGEANT = ("Prime Minister Anton Parrow of Norland made his first official visit to the island, where he met Premier "
           "Olek Tamsin.\n\n"
           "Mr. Parrow says the talks were useful.\n\n"
           "Mr. Tamsin says Norland should have more trust.\n\n")
TWO_MEN = [("Anton Parrow", "indirect", "Mr. Parrow says the talks were useful."),
           ("Olek Tamsin", "indirect", "Mr. Tamsin says Norland should have more trust.")]


def test_she_after_only_men_is_the_last_one_named_of_no_known_sex():
    assert_statements(
        PAGEANT + "Miss Veloria, whose name is Anika Brandt, was recently crowned Miss Pacific.\n\n"
        "She says the island is very welcoming.",
        TWO_MEN + [("Anika Brandt", "indirect", "She says the island is very welcoming.")])


def test_she_after_a_woman_named_stays_hers():
    assert_statements(
        PAGEANT + "Ms Irene Dalby of the Norland delegation was there too. Anika Brandt was recently crowned Miss "
        "Pacific.\n\n"
        "She says the island is very welcoming.",
        TWO_MEN + [("Irene Dalby", "indirect", "She says the island is very welcoming.")])


def test_a_former_office_in_lower_case_before_a_name_is_not_the_bare_office():
    assert_statements(
        "The Norland Prime Minister made his first official visit to the tiny island nation during a tour of the "
        "region. But he had a tense meeting with Veloria Premier Olek Tamsin, during which Mr. Parrow asked the Premier "
        "for more detail on how aid money is being spent.\n\n"
        "Parrow wants the Premier to be more specific; Mr. Tamsin says Norland should have more trust.\n\n"
        "Miss Veloria, whose name is Anika Brandt, was recently crowned Miss Pacific.\n\n"
        "She says Norland's former prime minister Irene Dalby was very popular in the Pacific, but Mr. Parrow is more "
        "than welcome.",
        [("Parrow", "indirect", "Parrow wants the Premier to be more specific;"),
         ("Olek Tamsin", "indirect", "Mr. Tamsin says Norland should have more trust."),
         ("Anika Brandt", "indirect", "She says Norland's former prime minister Irene Dalby was very popular in the "
          "Pacific, but Mr. Parrow is more than welcome.")])
