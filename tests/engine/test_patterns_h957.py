"""Helper h957 (sevenhundredtwentysecond, Shaanxi's provincial government and Xi'an): a lower-case "first" between a
name and its past verb is an adverb of time, not an office's rank ("Zhuang first extended his welcome …, and
introduced …", as "then"; phrases `_adverb_first`); and "introduced the general social economic situations …", the
plural of "the situation" (lexicon's "introduced" pattern)."""

from .test_patterns import assert_statements

OPENING = "Dovrin Kastel, secretary of the Culture Office of Marrow Province, met the film director Ilse Varga."


def test_first_between_a_name_and_its_verb_is_an_adverb():
    assert_statements(
        OPENING + "\n\n"
        "Kastel first extended his welcome to the guests and said that the province was open to film crews.",
        [("Dovrin Kastel", "indirect",
          "Kastel first extended his welcome to the guests and said that the province was open to film crews.")])


def test_introduced_the_situations_is_an_account_given():
    assert_statements(
        OPENING + "\n\n"
        "Kastel introduced the general social economic situations of Marrow Province for the delegation.",
        [("Dovrin Kastel", "indirect",
          "Kastel introduced the general social economic situations of Marrow Province for the delegation.")])


def test_first_as_an_office_rank_still_reads_the_office():
    """Guard: "the first deputy governor" stays an office's rank, the phrase read on to its holder."""
    assert_statements(
        OPENING + "\n\n"
        "The first deputy governor Hanna Roel noted that the film would show the province to the world.",
        [("Hanna Roel", "indirect",
          "The first deputy governor Hanna Roel noted that the film would show the province to the world.")])


def test_a_first_visit_is_no_verb():
    """Guard: "Kastel's first visit …" names a thing; the speaker is still the one who said."""
    assert_statements(
        OPENING + "\n\n"
        "Ilse Varga said that Kastel's first visit to her studio had been a success.",
        [("Ilse Varga", "indirect", "Ilse Varga said that Kastel's first visit to her studio had been a success.")])


def test_introduced_in_brief_the_facts_of_a_place():
    """"…, and then introduced in brief the facts of Marrow Province": a place's facts put before the guests, an account
    given (lexicon's "introduced" pattern, "in brief" and "facts of/about")."""
    assert_statements(
        OPENING + "\n\n"
        "On behalf of the provincial government, Kastel extended his welcome to the guests, and then introduced in brief "
        "the facts of Marrow Province.",
        [("Dovrin Kastel", "indirect",
          "On behalf of the provincial government, Kastel extended his welcome to the guests, and then introduced in "
          "brief the facts of Marrow Province.")])


def test_introduced_the_facts_with_no_place_is_no_account():
    """Guard: "introduced the facts" with nothing "of" or "about" after it stays narrative."""
    assert_statements(
        OPENING + "\n\n"
        "Kastel introduced the facts to a committee. Ilse Varga said that the film would open in May.",
        [("Ilse Varga", "indirect", "Ilse Varga said that the film would open in May.")])
