"""Review rf27 of stop 74's merges h1316 and h1315 (invented readouts, invented states and people): the place of two
words before a one-word office (h1315's `phrases.TWO_WORD_PLACE_BEFORE_AN_OFFICE`) keys a valley's or a coast's office
by its proper word, never a state's office of a country named so ("The Ivory Coast president")."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_countrys_president_named_by_a_two_word_place_is_the_countrys():
    """"Ivorian President X … The Ivory Coast president said …": the country's president, whom the country lists key
    as Côte d’Ivoire (after h1315 the description was keyed "ivory", parted from him, and the sentence dropped)."""
    body = ("Ivorian President Adama Kourossi received Foreign Minister Lidia Pernova of Estavia in Abidjan. The Ivory "
            "Coast president said cocoa exports would rise. Ms. Pernova thanked him for the welcome.")
    assert_statements(body, [
        ("Adama Kourossi", "indirect", "The Ivory Coast president said cocoa exports would rise."),
        ("Lidia Pernova", "indirect", "Ms. Pernova thanked him for the welcome."),
    ])


def test_a_countrys_president_named_by_a_two_word_place_beside_a_minister():
    """The same with a minister named by the same place: the president's sentence still his (after h1315 dropped)."""
    body = ("Ivorian President Adama Kourossi met the Ivory Coast minister, Mr. Jules Tanoe, on Monday. The Ivory Coast "
            "president said roads would be repaired.")
    assert_statements(body, [
        ("Adama Kourossi", "indirect", "The Ivory Coast president said roads would be repaired."),
    ])


def test_two_mayors_of_two_coasts_keep_their_own_words():
    """The guard: a town's office after a place of two words keeps the place's key (h1315's rule), so two mayors of two
    coasts are two (at base neither sentence was anyone's)."""
    body = ("The Gold Coast mayor, Mr. Tobin Ashwell, met the Sunshine Coast mayor, Mrs. Dellie Rourke, on Friday. The "
            "Gold Coast mayor said the two cities would share buses. The Sunshine Coast mayor said the rail link was "
            "needed.")
    assert_statements(body, [
        ("Tobin Ashwell", "indirect", "The Gold Coast mayor said the two cities would share buses."),
        ("Dellie Rourke", "indirect", "The Sunshine Coast mayor said the rail link was needed."),
    ])


def test_a_listed_country_of_two_words_keeps_its_whole_key():
    """The guard: "The Marshall Islands president" is keyed by the whole country, as the lists hold it."""
    body = ("President Halvard Osterlin of the Marshall Islands met Prime Minister Tovan Greeb of Dalmoria on Monday. "
            "The Marshall Islands president said the two states would open embassies. Mr. Greeb said trade would "
            "grow.")
    assert_statements(body, [
        ("Halvard Osterlin", "indirect", "The Marshall Islands president said the two states would open embassies."),
        ("Tovan Greeb", "indirect", "Mr. Greeb said trade would grow."),
    ])
