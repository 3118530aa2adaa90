"""Readings of real text left alone by earlier sets: an office on a company's board, with no article, in a
list of office-name pairs ("met with Chairman of Gazprom's board of directors, Alexei Miller, acting head of
…", two-hundred-forty-third 34478).

Each test is a small invented readout (invented people, countries and companies) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "The leaders opened the Norgas pipeline"
_HEAD_SAID = (
    "\n\nIvo Marr showed the leaders the control room. The head of Norgas emphasized that the risks of transit "
    "were reduced to a minimum.\n\nThe Norgas chief said the second line would be ready in May."
)
_HIS = [
    ("Ivo Marr", "indirect", "The head of Norgas emphasized that the risks of transit were reduced to a minimum."),
    ("Ivo Marr", "indirect", "The Norgas chief said the second line would be ready in May."),
]


def test_a_chairman_of_a_companys_board_with_no_article_in_a_list():
    """"At the terminal, the three heads of state met with Chairman of Gazprom's board of directors, Alexei
    Miller, acting head of the Turkish company Botas, Riza Ciftci, and head of the Italian ENI group, Paolo
    Scaroni." then "The head of Gazprom emphasized that …" (two-hundred-forty-third 34478): the chairman of a
    company's board is the company's head, his office learnt with no "the" before it."""
    body = (
        "At the terminal, the leaders met with Chairman of Norgas's board of directors, Ivo Marr, acting head of "
        "the Velorian company Botas, Ada Lind, and head of the Kastravian Enel group, Oren Balt." + _HEAD_SAID
    )
    assert_statements(body, _HIS, title=TITLE)


def test_the_chairman_of_a_companys_board_after_the():
    """"the Chairman of the Norgas board, Ivo Marr": the company's board after the office, "the" before it
    (two-hundred-forty-third 34478, its board's other spelling)."""
    body = "At the terminal, the leaders met with the Chairman of the Norgas board, Ivo Marr." + _HEAD_SAID
    assert_statements(body, _HIS, title=TITLE)


def test_an_office_with_no_article_after_with():
    """"met with Chairman of Norgas, Ivo Marr." (two-hundred-forty-third 34478, no board): the office before the
    comma is his with no "the" before it."""
    body = "At the terminal, the leaders met with Chairman of Norgas, Ivo Marr." + _HEAD_SAID
    assert_statements(body, _HIS, title=TITLE)


def test_an_office_with_no_article_before_a_list_of_names_is_no_ones():
    """Guard: "met with Chairman of Norgas, Ivo Marr, Ada Lind and Oren Balt": an office, then a list of names,
    is not the first name's; "The head of Norgas" is not made Ivo Marr's."""
    body = (
        "At the terminal, the leaders met with Chairman of Norgas, Ivo Marr, Ada Lind and Oren Balt.\n\n"
        "The head of Norgas emphasized that the risks of transit were reduced to a minimum."
    )
    assert_statements(body, [], title=TITLE)


_BRIEFING = (
    "The President of the Republic, Mr Ivo Marr, received this morning the Foreign Minister of Velora, Ms Ada "
    "Lind.\n\n"
    "In written statements after the meeting, Government Spokesman Mr Oren Balt said that the President briefed "
    "Ms Lind on the negotiations.\n\n"
    "The two sides also exchanged views on energy and migration."
)


def test_a_headline_with_a_label_opens_no_transcript():
    """A body whose first line is its headline, "Spokesman: The President received the Foreign Secretary of
    Albion" (styles8, left alone there: the narrative below became the spokesman's words): no full stop ends
    it and no label opens the next paragraph, so what follows is narrative, not his turn."""
    body = "Spokesman: The President received the Foreign Minister of Velora\n\n" + _BRIEFING
    assert_statements(body, [
        ("Oren Balt", "direct", "The President received the Foreign Minister of Velora"),
        ("Oren Balt", "indirect",
         "In written statements after the meeting, Government Spokesman Mr Oren Balt said that the President "
         "briefed Ms Lind on the negotiations."),
    ])


def test_a_first_turn_that_ends_a_sentence_goes_on():
    """Guard: "President of Kastravia Oren Balt: Good afternoon." then a paragraph with no label: a
    transcript's first turn, which the next paragraph carries on (not a headline: a full stop ends it)."""
    body = ("President of Kastravia Oren Balt: Good afternoon.\n\n"
            "We are glad to welcome the Foreign Minister of Velora in our capital")
    assert_statements(body, [
        ("Oren Balt", "direct", "Good afternoon."),
        ("Oren Balt", "direct", "We are glad to welcome the Foreign Minister of Velora in our capital"),
    ])


def test_the_council_of_ministers_then_a_name_with_no_comma():
    """"President of the Council of Ministers Giulia Ferrante" (styles8, left alone there: "Ministers" was read
    as her country, and no one was found): the body's name ends in its members' word, the two words after it
    are her name, and "The President of the Council of Ministers stressed …" is hers."""
    body = (
        "President of the Council of Ministers Giulia Ferrante received the Foreign Minister of Velora, Ada "
        "Lind, in Rocca.\n\n"
        "The President of the Council of Ministers stressed that the two countries share a long history. "
        "Ms Ferrante also thanked Ms Lind for the visit."
    )
    assert_statements(body, [
        ("Giulia Ferrante", "indirect",
         "The President of the Council of Ministers stressed that the two countries share a long history."),
        ("Giulia Ferrante", "indirect", "Ms Ferrante also thanked Ms Lind for the visit."),
    ], title="Meeting in Rocca")


def test_the_council_of_ministers_of_a_country_then_a_name():
    """Guard: "Chairman of the Council of Ministers of Bosnara Dragan Kovač" (styles8's other form, which an
    organisation's "Ministers" broke): the country, then his name, read as before."""
    body = (
        "Chairman of the Council of Ministers of Bosnara Dragan Kovač received the Foreign Minister of Velora, "
        "Ada Lind.\n\n"
        "The Chairman of the Council of Ministers stressed that the two countries share a long history."
    )
    assert_statements(body, [
        ("Dragan Kovač", "indirect",
         "The Chairman of the Council of Ministers stressed that the two countries share a long history."),
    ], title="Meeting in Sarajka")


_AMIR = "H.E. President Tomas Varga met H.E. Sheikh Hamad bin Khalid Al Nasser, Amir of Qaderia, at the Amiri Diwan."


def test_the_visiting_president_is_the_only_president_named():
    """"H.E. President Tomas Varga met H.E. Sheikh …, Amir of Qaderia" then "The visiting President thanked the
    Amir." (styles7's probe, left alone there): the only President named is the visitor, though he is named
    first; the Amir he met is named, and no place makes the President the host."""
    body = _AMIR + "\n\nThe visiting President thanked the Amir for the warm welcome."
    assert_statements(body, [
        ("Tomas Varga", "indirect", "The visiting President thanked the Amir for the warm welcome."),
    ])


def test_the_visiting_president_is_not_the_host_who_received_an_unnamed_one():
    """Guard: "President Ivo Marr received the President of Velora": the guest is unnamed, so "The visiting
    President" is not Marr, the one who received."""
    body = ("President Ivo Marr received the President of Velora at the Palace.\n\n"
            "The visiting President thanked his host for the warm welcome.")
    assert_statements(body, [])


def test_the_visiting_president_is_the_guest_when_two_are_named():
    """Guard: two Presidents named, the host first: "The visiting President" is the guest, as before."""
    body = ("President Ivo Marr received President Ada Lind of Velora at the Palace.\n\n"
            "The visiting President thanked her host for the warm welcome.")
    assert_statements(body, [
        ("Ada Lind", "indirect", "The visiting President thanked her host for the warm welcome."),
    ])
