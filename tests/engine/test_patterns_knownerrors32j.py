"""Known errors of the three-hundred-first set (Irish Government texts of stop 32) that general rules mend:
a member of parliament's letters after the name written with full stops ("T.D", "T.D.") are an office, as "TD".

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

TITLE = "Statement by the Minister for Foreign Affairs"


@pytest.mark.parametrize("letters", ["T.D", "T.D.", "M.P."])
def test_dotted_letters_after_the_name_are_an_office(letters):
    """"Responding to the speech by DUP leader Sir Jeffrey Donaldson this morning, the Minister of Foreign
    Affairs Simon Coveney T.D said:" then seven quoted paragraphs (three-hundred-first ireland_dfa
    2021-09-09_donaldson): the dotted "T.D" is the office "TD" after the name, not part of it."""
    body = (
        f"Responding to the speech this morning, the Minister of Foreign Affairs Jan Dorn {letters} said:\n\n"
        "\"We take these concerns seriously.\n\n"
        "\"However, no agenda is served by blocking cooperation.\""
    )
    assert_statements(body, [
        ("Jan Dorn", "direct", "We take these concerns seriously."),
        ("Jan Dorn", "direct", "However, no agenda is served by blocking cooperation."),
    ], title=TITLE)


def test_dotted_country_letters_stay_one_word():
    """Guard: "U.S" and "U.S." before a noun stay a country's letters; the speaker is read as before."""
    body = (
        "Minister Jan Dorn met U.S officials in Tarvik.\n\n"
        "Minister Jan Dorn said that the U.S. position was clear."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Minister Jan Dorn said that the U.S. position was clear."),
    ], title=TITLE)


STORMONT = "Update from the Premier on the Assembly"


def test_subject_after_a_fronted_phrase_and_an_office_is_the_later_he():
    """"Following the Taoiseach’s phone call with Prime Minister May last night, the Taoiseach, Enda Kenny has had
    a series of further engagements today." then "He met with …", "He encouraged …", "He made clear that …"
    (three-hundred-first ireland_taoiseach 2017-01_stormont_update): the name in the fronted phrase is the one
    called; the subject, after the office and its comma, is the later "he"."""
    body = (
        "Following the Premier’s phone call with Prime Minister Brenn last night, the Premier, Jan Dorn has had a "
        "series of further engagements today.\n\n"
        "He met with Karl Vost at lunchtime, and subsequently had phone calls with Otto Lind.\n\n"
        "He encouraged the two parties to engage in efforts to protect the Agreement.\n\n"
        "He made clear that he would maintain close contact with Prime Minister Brenn."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "He encouraged the two parties to engage in efforts to protect the Agreement."),
        ("Jan Dorn", "indirect", "He made clear that he would maintain close contact with Prime Minister Brenn."),
    ], title=STORMONT)


def test_a_list_after_a_fronted_phrase_is_no_subject():
    """Guard: after the fronted phrase, "the delegates, Karl Vost and Otto Lind" is a list, not one office and
    its holder: none of them is the later "he"."""
    body = (
        "Following the Premier’s phone call with Prime Minister Brenn last night, the delegates, Karl Vost and "
        "Otto Lind travelled home.\n\n"
        "He encouraged the two parties to engage in efforts to protect the Agreement."
    )
    result = assert_statements(body, [], title=STORMONT)
    assert all(s.speaker not in ("Karl Vost", "Otto Lind") for s in result.statements)


def test_a_released_statement_whose_full_text_is_below_is_the_releasers():
    """"Taoiseach Enda Kenny has released a statement on the earthquake and Tsunami in Japan. The full text is
    below:" then four unquoted paragraphs in the first person (three-hundred-first ireland_taoiseach
    2011-03-11_japan): the text below is his."""
    body = (
        "Premier Jan Dorn has released a statement on the floods in Tarvia. The full text is below:\n\n"
        "Today we awoke to the news of the tragedy unfolding in Tarvia.\n\n"
        "I wish to express the solidarity of our people with the people of Tarvia."
    )
    assert_statements(body, [
        ("Jan Dorn", "direct", "Today we awoke to the news of the tragedy unfolding in Tarvia."),
        ("Jan Dorn", "direct", "I wish to express the solidarity of our people with the people of Tarvia."),
    ], title="Statement by the Premier on the floods")


def test_a_text_below_with_no_statement_released_is_no_lead_in():
    """Guard: "The full text is below:" after a sentence that releases no statement ("published a report")
    gives the text below no speaker."""
    body = (
        "Premier Jan Dorn has published a report on the floods in Tarvia. The full text is below:\n\n"
        "Today we awoke to the news of the tragedy unfolding in Tarvia."
    )
    assert_statements(body, [], title="Report on the floods")
