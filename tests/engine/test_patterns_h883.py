"""Helper h883 (sixhundredsixtyfifth, the Governor of Florida's office, its releases and the press): a run of capitals
that opens at an American dateline's abbreviated state and a spaced en dash ("Tallahassee, Fla. – Governor X today
released the following statement …") holds the titled name after the dash, as after a spaced hyphen
(name_runs._titled_name_after_a_spaced_hyphen); "called X a “…”", a name, an article and a quotation, what a person is
called (lexicon's "called" pattern)."""

from .test_patterns import assert_statements

_QUOTATION = ("“I applaud the Assembly for ratifying the trade agreement with Velmora. This is more important now "
              "than ever.”")


def test_a_titled_name_after_an_american_dateline_and_an_en_dash():
    assert_statements(
        "4/6/2011; Harlow, Fla. – Governor Dane Corwin today released the following statement regarding progress "
        "toward a free-trade agreement with Velmora.\n\n" + _QUOTATION,
        [("Dane Corwin", "direct", "I applaud the Assembly for ratifying the trade agreement with Velmora. This is "
                                   "more important now than ever.")],
    )


def test_a_titled_name_after_a_place_and_an_en_dash_in_capitals():
    assert_statements(
        "HARLOW, Ga. – Governor Dane Corwin released the following statement on the trade agreement.\n\n" + _QUOTATION,
        [("Dane Corwin", "direct", "I applaud the Assembly for ratifying the trade agreement with Velmora. This is "
                                   "more important now than ever.")],
    )


def test_two_offices_parted_by_an_en_dash_stay_one_holders():
    """Guard: an office before the en dash is the same holder's second office, not a place before a name."""
    assert_statements(
        "Deputy Prime Minister – Minister of Finance Ilse Marrow met the Velmoran delegation.\n\n"
        "Marrow stressed that the budget would be balanced.",
        [("Ilse Marrow", "indirect", "Marrow stressed that the budget would be balanced.")],
    )


def test_called_a_name_an_article_and_a_quotation():
    assert_statements(
        "Governor Dane Corwin met with Prime Minister Tobias Renn of Velmora.\n\n"
        "Corwin had high praise for Renn on the day after the coalition talks failed.\n\n"
        "Corwin called Renn a “really strong leader.”\n\n"
        "Corwin later placed a wreath at the memorial.",
        [("Dane Corwin", "indirect", "Corwin had high praise for Renn on the day after the coalition talks failed."),
         ("Dane Corwin", "indirect", "Corwin called Renn a “really strong leader.”")],
    )


def test_called_a_name_and_an_article_with_no_quotation_is_a_call():
    """Guard: "called X a day later" is a telephone call, no words."""
    assert_statements(
        "Governor Dane Corwin met with Prime Minister Tobias Renn of Velmora.\n\n"
        "Corwin called Renn a day later to ask about the flood.",
        [],
    )
