"""Helper h919 (sixhundredninetyfifth, the Parliament of Moldova's Speakers as Moldpres, Publika, A-TV and LiveNews print
them): the inverted active a translation keeps, the words first, then "This words said X" or "Such statement made X"
(statements `_SAID_BY`): the words before are X's, as before "This was stated by X"."""

from .test_patterns import assert_statements


def test_words_before_this_words_said_the_name():
    assert_statements(
        "Speaker Dorin Vasca met the new Norlandic envoy Per Holt in Corvena on Monday.\n\n"
        "Norland is a strategic partner of our country, and trade needs to grow further. This words said Dorin Vasca, "
        "Speaker of the Parliament, at the meeting with Per Holt.",
        [("Dorin Vasca", "indirect", "Norland is a strategic partner of our country, and trade needs to grow further.")],
    )


def test_words_before_such_statement_made_the_name():
    assert_statements(
        "Speaker Dorin Vasca is on a visit to Eskvik.\n\n"
        "The elections will be free and fair, whatever pressure comes from abroad. Such statement made Dorin Vasca in "
        "an interview with a news agency.",
        [("Dorin Vasca", "indirect", "The elections will be free and fair, whatever pressure comes from abroad.")],
    )


def test_such_statements_made_a_country_give_the_words_to_no_one():
    """Guard: "Such statements made Norland …" names a country, no speaker: the sentence before stays no one's."""
    assert_statements(
        "Speaker Dorin Vasca met the Norlandic envoy Per Holt in Corvena on Monday.\n\n"
        "The border will stay closed for trucks next year. Such statements made Norland a target of criticism.",
        [],
    )


def test_a_house_office_stacked_before_a_second_office_and_the_name():
    """Two offices stacked before a name, the first a house's presiding office whose house is a bare noun in lower case
    (name_offices `house_office_stacked_before`): hers too, whom a later "The Chair of Parliament" means."""
    assert_statements(
        "The speaker of parliament, the chair of the Party of Greens, Ana Rusu, met with the Norlandic envoy, Per Holt.\n\n"
        "During the meeting, topical issues were discussed.\n\n"
        "The Chair of Parliament noted that the standing commissions met today.",
        [("Ana Rusu", "indirect", "The Chair of Parliament noted that the standing commissions met today.")],
    )


def test_a_single_party_office_before_the_name_is_no_house_office():
    """Guard: with only a party's chair named before her, "The Chair of Parliament" is someone the readout never
    named: no one's words are given to the party chair."""
    assert_statements(
        "In Corvena, the chair of the Party of Greens, Ana Rusu, met with the Norlandic envoy, Per Holt.\n\n"
        "The Chair of Parliament noted that the standing commissions met today.",
        [],
    )
