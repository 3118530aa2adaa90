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


def test_a_reported_places_wish_goes_on_with_the_report():
    """"He said that Varno was … . …; therefore Varno would like to …": the place he speaks for, his words carried on."""
    assert_statements(
        "Deputy Mayor Ada Lin met a delegation from Ostria. Ada Lin introduced the development of Varno to the guests. "
        "She said that Varno was building a new harbour. Tourism has brought pressure to the coast; therefore Varno "
        "would like to learn from the experience of Ostria in green building.",
        [("Ada Lin", "indirect", "Ada Lin introduced the development of Varno to the guests."),
         ("Ada Lin", "indirect", "She said that Varno was building a new harbour."),
         ("Ada Lin", "indirect", "Tourism has brought pressure to the coast; therefore Varno would like to learn from the "
          "experience of Ostria in green building.")],
    )


def test_a_place_not_reported_before_would_like_stays_unspoken():
    """Guard: a place the report did not speak of as its subject ("Ostria would like to …") is no more of her words."""
    assert_statements(
        "Deputy Mayor Ada Lin met a delegation from Ostria. She said that Varno was building a new harbour. Ostria "
        "would like to open a consulate in the city.",
        [("Ada Lin", "indirect", "She said that Varno was building a new harbour.")],
    )


def test_said_a_spokesperson_is_not_the_last_person_named():
    """"“…,” said a spokesperson for the office": someone unnamed, not the official named before."""
    result = assert_statements(
        "Tolvan Reski will visit Varno next week. Reski said he was looking forward to meeting the mayor. “The visit "
        "will focus on trade between Ostria and Varno,” said a spokesperson for the mayor’s office which is hosting "
        "Reski.",
        [("Tolvan Reski", "indirect", "Reski said he was looking forward to meeting the mayor.")],
    )
    assert all(s.speaker is None for s in result.statements if s.text.startswith("The visit"))


def test_said_a_spokesperson_then_his_name_is_the_named_one():
    """Guard: a spokesperson named after a comma ("said a spokesperson, Ada Lin") is that person."""
    assert_statements(
        "Tolvan Reski will visit Varno next week. “The visit will focus on trade,” said a spokesperson, Ada Lin.",
        [("Ada Lin", "direct", "The visit will focus on trade,")],
    )


def test_shared_with_the_ambassadors_some_aspects_is_a_briefing():
    assert_statements(
        "President Ada Lin of the Varno Commission met the ambassadors of the member states. Ada Lin shared with the "
        "heads of diplomatic missions some aspects of the programme of the Commission.",
        [("Ada Lin", "indirect", "Ada Lin shared with the heads of diplomatic missions some aspects of the programme of "
          "the Commission.")],
    )


def test_a_festival_sharing_aspects_of_two_cultures_says_nothing():
    """Guard: a thing that "shared aspects" of two cultures is no one telling anything."""
    assert_statements(
        "President Ada Lin of the Varno Commission met the ambassadors of the member states. The evening's festival "
        "shared aspects of both cultures with the guests.",
        [],
    )
