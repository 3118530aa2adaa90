"""Readings of fivehundredfiftyfourth (Fresh News English and the Cambodian foreign ministry's releases): a quotation
passed on by another, `“…,” X quoted Ambassador Y.`, whose words are Y's; and an office of one word in apposition,
"H.E. Mr. X, Ambassador, accompanied by …", that "H.E. Ambassador" or "the Ambassador" later names.

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_words_passed_on_by_another_are_the_quoted_persons():
    """`“…,” Varga quoted Ambassador Lind.`: the person quoted ends the sentence, so the words are hers, as with
    "quoted Y as saying"."""
    opening = "Tarvik (KN), Mar. 3 – Velorian Ambassador Helga Lind paid a courtesy call on Deputy Prime Minister Istvan Varga.\n\n"
    told = "Varga told the ambassador that Kastravia has held regular and transparent elections."
    words = ("What I am trying to achieve is a closer relationship between our two countries. We talked about trade "
             "and discussed matters of shared concern,")
    quoted = f"\u201c{words}\u201d Varga quoted Ambassador Lind."
    body = f"{opening}{told}\n\n{quoted}\n"
    assert_statements(body, [("Istvan Varga", "indirect", told),
                             ("Helga Lind", "direct", words)])


def test_quoted_with_more_after_the_name_stays_the_quoting_persons():
    """Guard: `“…,” Varga quoted Ambassador Lind in his speech.`: more after the name than the stop, so nothing makes
    the words hers; they stay with the one who speaks them (as before)."""
    opening = "Tarvik (KN), Mar. 3 – Velorian Ambassador Helga Lind paid a courtesy call on Deputy Prime Minister Istvan Varga.\n\n"
    words = "Our relationship is strong and will grow stronger,"
    quoted = f"\u201c{words}\u201d Varga quoted Ambassador Lind in his speech to the party congress."
    body = f"{opening}{quoted}\n"
    assert_statements(body, [("Istvan Varga", "direct", words)])


def test_an_office_of_one_word_in_apposition_names_the_ambassador():
    """"H.E. Mr. Orlo Benvik, Ambassador, accompanied by …, received …": "Ambassador" is his office, so "H.E.
    Ambassador expressed …" is his, not the visitor's."""
    opening = ("On the morning of 13 May 2020, at the Royal Embassy of Kastravia in Velgrad, H.E. Mr. ORLO Benvik, "
               "Ambassador, accompanied by Mr. Tem Sarun, 1st Secretary, received a courtesy call by H.E. Mr. Tamas "
               "Eberle, Representative of the Lindorian Cultural Office in Velgrad.\n\n")
    recalled = ("During the meeting, H.E. Mr. Tamas Eberle recalled the history of the Office and wanted to strengthen "
                "its relations with Kastravia.")
    thanked = ("H.E. Ambassador expressed his thanks for such a good intention and reassured Kastravia's readiness to "
               "cooperate in all of the Office's activities.")
    body = f"{opening}{recalled}\n\n{thanked}\n"
    assert_statements(body, [("Tamas Eberle", "indirect", recalled),
                             ("Orlo Benvik", "indirect", thanked)])


def test_a_listed_office_before_its_body_is_not_read_as_one_word():
    """Guard: an attendees' list "Ada Marrow-Quist, President, Halden Storage" names the company's president; "The
    President" of the readout stays the head of state the readout names, not her."""
    opening = ("The President of Kastravia, Orsolya Denk, hosted a roundtable with business leaders at the Palace on "
               "Monday.\n\n")
    thanked = "The President thanked the executives for their investments in the country's factories."
    attendees = "Participants:\n\n- Ada Marrow-Quist, President, Halden Storage\n- Ivo Brandt, Chair, Velor Steel\n"
    body = f"{opening}{thanked}\n\n{attendees}"
    assert_statements(body, [("Orsolya Denk", "indirect", thanked)])


def test_a_surname_like_a_style_ends_the_name():
    """"Prime Minister Kim Sen of Kastravia requested …": "Sen" with no full stop, after a name's word and ending the
    name, is the surname, not a senator's style: the speaker is "Kim Sen", not "Kim"."""
    requested = ("Tarvik (KN), Oct. 8 - Prime Minister Kim Sen of Kastravia requested Lindorian Prime Minister Ivo "
                 "Brandt to continue supporting the country's elections.")
    thanked = "The premier thanked Brandt for the invitation to visit Lindoria again."
    body = f"{requested}\n\n{thanked}\n"
    result = assert_statements(body, [("Kim Sen", "indirect", requested), ("Kim Sen", "indirect", thanked)])
    assert [s.name for s in result.speakers] == ["Kim Sen"]


def test_a_senators_short_style_before_a_name_stays_a_style():
    """Guard: "Sen. Tom Harlow said …" (the style before the name, a full stop) and "Sen Arevshatian, …" (the short
    form opening a two-word name, a given name) read as before."""
    said = "Sen. Tom Harlow said the bill will pass the chamber this week."
    told = "Sen Arevshatian, Fellow of the Lindorian Academy, told the minister that the survey goes on."
    body = f"{said}\n\n{told}\n"
    result = assert_statements(body, [("Tom Harlow", "indirect", said), ("Sen Arevshatian", "indirect", told)])
    assert sorted(s.name for s in result.speakers) == ["Sen Arevshatian", "Tom Harlow"]


def test_what_a_thing_has_today_by_a_figure_of_several_digits_carries_on():
    """"X informed the delegation that … . In terms of …, Y has sent more than 5,000 troops … . Today, the kingdom has
    810 troops conducting missions …": what a thing has now, a figure of three digits after "has", carries X's report
    on, as one digit already did; it is not the news of the day."""
    opening = ("Tarvik (KN), April 9 - A delegation of the Lindorian Development Fund paid a courtesy call on Prime "
               "Minister Orlo Benvik on Tuesday.\n\n")
    informed = ("Prime Minister Orlo Benvik informed the delegation that Kastravia does not only prioritize "
                "development, but also contribution to global peace.")
    sent = "In terms of peace contribution, the kingdom has sent more than 5,000 troops under the framework of the UN."
    today = "Today, the kingdom has 810 troops conducting missions in four countries."
    body = f"{opening}{informed} {sent} {today}\n"
    assert_statements(body, [("Orlo Benvik", "indirect", informed), ("Orlo Benvik", "indirect", sent),
                             ("Orlo Benvik", "indirect", today)])


def test_what_was_done_today_stays_the_days_news():
    """Guard: "Today, the ministry has signed …" after a report is the day's news, the readout's, as before."""
    informed = "Prime Minister Orlo Benvik informed the delegation that Kastravia prioritizes development."
    today = "Today, the ministry has signed 12 agreements with the Fund."
    body = f"{informed} {today}\n"
    assert_statements(body, [("Orlo Benvik", "indirect", informed)])
