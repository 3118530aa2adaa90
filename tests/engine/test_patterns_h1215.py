"""Helper h1215 (ninehundredtwentyninth, the Menteri Besar of Kedah as Malaysian English outlets print him): a
capitalised "Nor" inside a sentence is a Malay name's word, not the conjunction; an adverb of time or spread between
"was" and "reported to have said" keeps the hearsay its subject's; "Mentri Besar", Malay Mail's spelling, is the office
"menteri besar"."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_ending_in_nor_after_an_inverted_said():
    body = (
        "DARVEL, July 4 — The state will focus on attracting new investments from Ostrian firms, said Chief Minister "
        "Karel Tamrin Md Nor.\n\n"
        "He said the decision was made after a meeting with the investors here today.\n"
    )
    assert_statements(body, [
        ("Karel Tamrin Md Nor", "indirect",
         "The state will focus on attracting new investments from Ostrian firms, said Chief Minister Karel Tamrin "
         "Md Nor."),
        ("Karel Tamrin Md Nor", "indirect",
         "He said the decision was made after a meeting with the investors here today."),
    ])


def test_a_sentence_opening_nor_stays_the_conjunction():
    # guard: "Nor" opening a sentence is no name's word ("Nor will the council …" names no one)
    body = (
        "Chief Minister Karel Tamrin met the investors in Darvel.\n\n"
        "Nor will the council attend any events this year.\n"
    )
    assert_statements(body, [])


def test_hearsay_with_an_adverb_before_reported():
    body = (
        "Home Minister Ilse Varnok met the Chief Minister of Darvel, Karel Tamrin, in parliament.\n\n"
        "Varnok was previously reported to have said that the council meetings were cancelled over leaks.\n"
    )
    assert_statements(body, [
        ("Ilse Varnok", "indirect",
         "Varnok was previously reported to have said that the council meetings were cancelled over leaks."),
    ])


def test_hearsay_of_an_act_with_an_adverb_stays_narrative():
    # guard: "was previously reported to have visited …" tells an act, no words
    body = (
        "Home Minister Ilse Varnok met the Chief Minister of Darvel, Karel Tamrin, in parliament.\n\n"
        "Varnok was previously reported to have visited the new dam in the north.\n"
    )
    assert_statements(body, [])


def test_mentri_besar_is_an_office_and_he_its_holder():
    body = (
        "DARVEL, April 6 — Ostria Mentri Besar Karel Tamrin is scheduled to have an audience with Sultan Anselm "
        "Dorrin at 8am on Sunday at the palace to get the ruler’s consent to dissolve the State Assembly.\n\n"
        "“I have received the Sultan’s consent for the audience. The State Assembly is likely to be dissolved on "
        "Monday,” he told reporters here today.\n\n"
        "The mentri besar added that the councillors would meet on Tuesday.\n"
    )
    assert_statements(body, [
        ("Karel Tamrin", "direct",
         "I have received the Sultan’s consent for the audience. The State Assembly is likely to be dissolved on "
         "Monday,"),
        ("Karel Tamrin", "indirect", "The mentri besar added that the councillors would meet on Tuesday."),
    ])


def test_a_mentri_besar_received_leaves_the_hosts_words_his():
    # guard: the office known, the Mentri Besar received by the Sultan takes none of the Sultan's words
    body = (
        "Sultan Anselm Dorrin received Ostria Mentri Besar Karel Tamrin at the palace in Darvel.\n\n"
        "“We discussed the harvest and the new dam,” the Sultan told reporters after the audience.\n"
    )
    assert_statements(body, [
        ("Anselm Dorrin", "direct", "We discussed the harvest and the new dam,"),
    ])
