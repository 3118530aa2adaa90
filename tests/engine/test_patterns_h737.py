"""Readings of errors of the fivehundredfiftythird set (UNIDO's and FAO's heads' news, stop 49): a release's dateline
that opens with the whole date, then the place and its country and a dash ("30 January 2014, Addis Ababa, Ethiopia -
Nigerian President X today thanked …", fao graziano-goodluck), and a body whose name opens the that-clause of a speaker's
report carried on in the next sentence with a verb in the present ("Müller underlined that UNIDO will continue to be …
. UNIDO stands ready with its expertise …", unido muller-brussels-eu).

Each test is a small invented readout (invented people, bodies and countries) and the statements GOLD-FORMAT.md asks
for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_date_first_dateline_is_in_no_statement():
    """"30 January 2014, Addis Ababa, Ethiopia - Nigerian President X today thanked …" (fivehundredfiftythird
    fao_2014-01-30_graziano-goodluck): the date, the city and its country before a spaced hyphen are a dateline, no
    one's words; the statement opens with its speaker."""
    sentence = "Velchian President Arno Vell today thanked the Director-General for the award given to Velchia."
    body = "12 March 2016, Port Marren, Ostra - " + sentence + "\n"
    assert_statements(body, [("Arno Vell", "indirect", sentence)])


def test_a_date_first_dateline_glued_to_the_first_word_is_in_no_statement():
    """"22 November 2019, Beijing –FAO Director-General X met with …" (fivehundredfiftythird fao le-yucheng): the
    dash may be glued to the sentence's first word; the dateline is still no one's words."""
    sentence = "Velchian President Arno Vell thanked the Director-General for the award given to Velchia."
    body = "12 March 2016, Port Marren –" + sentence + "\n"
    assert_statements(body, [("Arno Vell", "indirect", sentence)])


def test_the_place_of_a_date_first_dateline_is_no_part_of_the_office():
    """The same readout's legend: the office is "Velchian President", not "Kenya - Velchian President" (a country the
    engine knows before the hyphen, read into the office of the name after it, as "Ethiopia - Nigerian President" was)."""
    body = ("12 March 2016, Nairobi, Kenya - Velchian President Arno Vell today thanked the Director-General "
            "for the award given to Velchia.\n")
    result = run(body)
    assert [(sp.name, sp.role) for sp in result.speakers] == [("Arno Vell", "Velchian President")]


def test_a_date_without_a_place_and_dash_opens_a_sentence_as_before():
    """The guard: a paragraph that opens with a date and a comma but no place and dash after it keeps its words; the
    date stays in the sentence."""
    sentence = "12 March 2016, the Velchian President Arno Vell thanked the Director-General for the award."
    assert_statements(sentence + "\n", [("Arno Vell", "indirect", sentence)])


def test_two_offices_joined_by_a_spaced_hyphen_stay_the_holders():
    """The guard of the same rule: an office before the hyphen is no dateline's place; both offices stay the
    holder's ("Deputy Prime Minister - Minister of Finance X", two offices of one person)."""
    body = "Yesterday, Deputy Prime Minister - Minister of Finance Ada Lusk said the budget of Velchia is sound.\n"
    result = run(body)
    assert [(sp.name, sp.role) for sp in result.speakers] == [("Ada Lusk", "Deputy Prime Minister - Minister of Finance")]


BRIEFING = "LUNDRA, 4 May 2021 – The Director General of ORVIDA, Tomas Krell, met the committee of the Assembly.\n\n"


def test_the_body_that_opens_a_reported_that_clause_carries_the_report_on():
    """"Müller underlined that UNIDO will continue to be a strong and reliable partner … . UNIDO stands ready with its
    expertise …" (fivehundredfiftythird unido_2022-03-23_muller-brussels-eu): the body named at the head of his
    that-clause, then a verb in the present: the body he speaks for, his words carried on."""
    first = "Krell underlined that ORVIDA will continue to be a reliable partner for the Assembly."
    second = "ORVIDA stands ready with its expertise to help solve the region's challenges."
    body = BRIEFING + first + " " + second + "\n\nHe also called for more support from the members.\n"
    assert_statements(body, [("Tomas Krell", "indirect", first), ("Tomas Krell", "indirect", second),
                             ("Tomas Krell", "indirect", "He also called for more support from the members.")])


def test_another_body_after_the_report_is_not_carried_on():
    """The guard: a body his that-clause did not name, acting in the present, is the readout's own account, not his
    words."""
    first = "Krell underlined that ORVIDA will continue to be a reliable partner for the Assembly."
    body = BRIEFING + first + " VELCOR stands ready with its funds to help the region.\n"
    assert_statements(body, [("Tomas Krell", "indirect", first)])
