"""Rules from the nine-hundred-first held-out set (the Governor of Nangarhar and those who speak at or of his meetings,
2012-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "A delegation of Zarnia's refugees ministry met returnees at the Ostra crossing on Monday. "


def test_one_word_name_with_a_description_after_an_inverted_said_speaks():
    """"“…,” said Asadullah, a returned refugee." (The Frontier Post, TOLOnews' returnees at Torkham): a one-word name
    named once, then an indefinite description of a person: the quotation is his. Before, the last speaker's."""
    body = (_VISIT + "“We have to find a place for our returnees,” said Tarun Belvadi, deputy of the ministry.\n\n"
            "“Winter is coming. We need help,” said Kestrabul, a returned refugee.\n\n"
            "“The road damages our vehicles,” said Vantrosh, a driver from Ostra.")
    assert_statements(body, [
        ("Tarun Belvadi", "direct", "We have to find a place for our returnees,"),
        ("Kestrabul", "direct", "Winter is coming. We need help,"),
        ("Vantrosh", "direct", "The road damages our vehicles,"),
    ])


def test_one_word_described_as_a_body_after_an_inverted_said_is_no_one():
    """The guard: "said Velpress, a state news agency" describes a body, not a person: no one-word name, so the
    quotation is not the agency's as a person's; nor the last speaker's (fx71, hr61's finding 6: a body's words, no
    one's, as "“…,” the agency said" is, `sentence_reading._said_by_a_described_body_after`)."""
    body = (_VISIT + "“We have to find a place for our returnees,” said Tarun Belvadi, deputy of the ministry.\n\n"
            "“The crossing will stay open,” said Velpress, a state news agency.")
    assert_statements(body, [
        ("Tarun Belvadi", "direct", "We have to find a place for our returnees,"),
    ])


_MEETING = "Minister Hadrin Tolvass met the governor of Ostra, Pellam Varosh, on Monday. "


def test_lower_case_office_left_open_after_a_quotations_tag_name_speaks():
    """"“…,” Zahir Qadir, representative of Nangarhar said." (Ariana News 2018-08-01): a name, an office in lower case
    with no article whose closing comma was left out, then the verb: the name speaks. Before, the quotation went to the
    minister named before and the tag to the governor of the place."""
    body = _MEETING + "“The council has decided to hand over the task to the army,” Zahir Kestrel, representative " \
        "of Ostra said."
    assert_statements(body, [
        ("Zahir Kestrel", "direct", "The council has decided to hand over the task to the army,"),
    ])


def test_lower_case_office_closed_after_a_quotations_tag_name_gives_the_quoted_words():
    """The same office closed by its comma ("“…,” X, representative of Ostra, told reporters."): the quoted words
    alone, his, not the whole sentence as his report."""
    body = _MEETING + "“The army must wait,” Forim Yallet, representative of Ostra, told reporters."
    assert_statements(body, [
        ("Forim Yallet", "direct", "The army must wait,"),
    ])


def test_lower_case_words_after_a_tags_name_that_are_no_office_change_nothing():
    """The guard: "X, meanwhile said" opens no office (no office word before "of"): the lower-case reading does not
    take it, and the sentence reads as before (his report, whole)."""
    body = _MEETING + "“The army must wait,” Forim Yallet, meanwhile said."
    assert_statements(body, [
        ("Forim Yallet", "indirect", "“The army must wait,” Forim Yallet, meanwhile said."),
    ])


def test_complained_closing_a_trailing_tag_speaks():
    """"…, provincial council secretary Lal Muhammad Durrani complained." (Pajhwok 2012-01-21): the words complained of,
    then the tag with an office before the name, "complained" closing the sentence, as "…, X said.". Before, no one's
    ("complained" spoke only before "that", "about" or "of")."""
    body = _MEETING + "Lawmakers did not attend their calls, provincial council secretary Tam Orvel Besk complained."
    assert_statements(body, [
        ("Tam Orvel Besk", "indirect",
         "Lawmakers did not attend their calls, provincial council secretary Tam Orvel Besk complained."),
    ])


def test_a_group_that_complained_is_no_statement():
    """The guard: "The traders complained." and "…, where the traders complained." are a group's: no statement."""
    body = _MEETING + "The governor listened to the traders. The traders complained.\n\n" \
        "The minister visited the market, where the traders complained."
    assert_statements(body, [])
