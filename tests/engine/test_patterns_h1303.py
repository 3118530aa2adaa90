"""Rules from the thousand-third held-out set (the Governor of Mafraq, Jordan, widened to Ma'an, and those who speak at or
of their governorates' meetings, 2017-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_he_after_an_order_told_inside_the_openers_report_is_the_opener():
    """"Issawi said that King Abdullah instructed him to prepare a plan … . Issawi added that … [paragraph] He said that
    dealing with unemployment was …" (the Jordan Times 2019-04-30, Petra): the order is told inside Issawi's report,
    and "He" in the next paragraph is Issawi. Before, the paragraph's opening sentence, read again for its cue, noted
    the one who gave the order after the opener, and "He" went to him."""
    body = ("Court Chief Dorin Valesk on Tuesday visited the northern governorate of Tarnow.\n\n"
            "Valesk said that King Orvan instructed him to prepare a plan of the governorate's priorities. Valesk "
            "added that all the demands presented during the visit will be studied.\n\n"
            "He said that dealing with unemployment was at the top of the agenda.")
    assert_statements(body, [
        ("Dorin Valesk", "indirect", "Valesk said that King Orvan instructed him to prepare a plan of the "
                                     "governorate's priorities."),
        ("Dorin Valesk", "indirect", "Valesk added that all the demands presented during the visit will be studied."),
        ("Dorin Valesk", "indirect", "He said that dealing with unemployment was at the top of the agenda."),
    ])


def test_he_after_another_speaker_later_in_the_opening_sentence_stays_his():
    """The guard: when another person's statement opens later in the paragraph's opening sentence ("X thanked Y, and Y
    assured …"), that person spoke last, and "He" in the next paragraph is his, as before."""
    body = ("Minister Dorin Valesk received the Ostrian Ambassador Petar Lunov on Monday.\n\n"
            "Valesk thanked Lunov for the support, and Lunov assured him that Ostria would keep helping. The talks "
            "lasted an hour.\n\n"
            "He said that the next grant would go to the water sector.")
    assert_statements(body, [
        ("Dorin Valesk", "indirect", "Valesk thanked Lunov for the support,"),
        ("Petar Lunov", "indirect", "and Lunov assured him that Ostria would keep helping."),
        ("Petar Lunov", "indirect", "He said that the next grant would go to the water sector."),
    ])


def test_pointed_to_endeavours_is_a_point_made():
    """"Issawi pointed to the King’s various endeavours in attracting investment to the Kingdom …" (the Jordan Times
    2019-04-30, Petra): the work done praised, as "pointed to the efforts of …". Before, "endeavours" was not among
    the things one points to, and the sentence was lost."""
    body = ("Court Chief Dorin Valesk visited the governorate of Tarnow on Tuesday.\n\n"
            "Valesk pointed to the King's various endeavours in attracting investment to the Kingdom.")
    assert_statements(body, [
        ("Dorin Valesk", "indirect", "Valesk pointed to the King's various endeavours in attracting investment to the "
                                     "Kingdom."),
    ])


def test_pointed_to_a_place_stays_narrative():
    """The guard: "pointed to" a thing on a map is no point made: no statement."""
    body = ("Court Chief Dorin Valesk visited the governorate of Tarnow on Tuesday.\n\n"
            "Valesk pointed to the hills beyond the river during the tour.")
    assert_statements(body, [])
