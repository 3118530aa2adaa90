"""Readings of the thirty-ninth hard set (hard39): invented readouts in the corpus sources' styles, built around who a
description means when several people could be meant ("the host" and "the guest", "the Ambassador", "the speaker").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_speaker_in_small_letters_is_the_one_who_took_the_floor_last():
    """"The last to take the floor was Viktar Sakovich. The speaker said that …", and after the President's quotation
    "The speaker promised …" (thirty-ninth hard set brelvia_president_meeting_on_harvest): "the speaker" in small
    letters is the one who spoke last, named just before; later the same one, not whoever was named in between."""
    body = (
        "On 1 July, Pavel Darosh held a meeting on the harvest campaign. Reports were made by Minister of Agriculture "
        "Ihar Lesik and Chairman of the Board of Agrarbank Yanka Dzeravin.\n\n"
        "Ihar Lesik informed the head of state that the harvesters had been repaired.\n\n"
        "The last to take the floor was Yanka Dzeravin. The speaker said that the bank had issued all the loans "
        "for fuel.\n\n"
        "\"If the money comes after the harvest, it is not support,\" Pavel Darosh said.\n\n"
        "The speaker promised to close all outstanding applications within a week."
    )
    assert_statements(body, [
        ("Ihar Lesik", "indirect", "Ihar Lesik informed the head of state that the harvesters had been repaired."),
        ("Yanka Dzeravin", "indirect", "The speaker said that the bank had issued all the loans for fuel."),
        ("Pavel Darosh", "direct", "If the money comes after the harvest, it is not support,"),
        ("Yanka Dzeravin", "indirect", "The speaker promised to close all outstanding applications within a week."),
    ], title="Meeting on the harvest campaign")


def test_the_speaker_of_a_parliament_in_small_letters_stays_the_parliaments_speaker():
    """Guard: "the speaker of the Ostrian Parliament, Mira Vell, … The speaker described …" (as hundred-ninety-first
    kremlin_40059): the office, written small, is hers, not the one named last before it."""
    body = (
        "Pavel Darosh met with a delegation of the Ostrian Parliament.\n\n"
        "Pavel Darosh said that parliamentary contacts were important for the two countries.\n\n"
        "For her part, the speaker of the Ostrian Parliament, Mira Vell, indicated that the delegation had come to "
        "discuss trade. The speaker described cooperation between the two countries as a priority."
    )
    assert_statements(body, [
        ("Pavel Darosh", "indirect", "Pavel Darosh said that parliamentary contacts were important for the two countries."),
        ("Mira Vell", "indirect", "For her part, the speaker of the Ostrian Parliament, Mira Vell, indicated that the "
                                  "delegation had come to discuss trade."),
        ("Mira Vell", "indirect", "The speaker described cooperation between the two countries as a priority."),
    ], title="Meeting with a delegation of the Ostrian Parliament")


def test_the_presidents_wife_is_the_first_lady_not_the_guests_wife():
    """"The President's wife thanked Mrs. Norrmann …" after "Freja Norrmann said …" (thirty-ninth hard set
    ustrana_president_and_first_lady_meet_yarvenian_president): "the President's", with no country, is the office's own
    President, his wife the one titled First Lady, not the guest President's wife who spoke last."""
    body = (
        "President of Dolvana Bohdan Marek and First Lady Oksana Marek met with President of Ostria Lars Vinge and "
        "his wife Hedda Vinge.\n\n"
        "The first lady told her guest about the national programme of psychological support.\n\n"
        "Hedda Vinge said that Ostrian psychologists were ready to come to Dolvana.\n\n"
        "The President's wife thanked Mrs. Vinge for her personal involvement."
    )
    assert_statements(body, [
        ("Oksana Marek", "indirect",
         "The first lady told her guest about the national programme of psychological support."),
        ("Hedda Vinge", "indirect", "Hedda Vinge said that Ostrian psychologists were ready to come to Dolvana."),
        ("Oksana Marek", "indirect", "The President's wife thanked Mrs. Vinge for her personal involvement."),
    ], title="Bohdan Marek and the First Lady met with the President of Ostria and his wife")


def test_the_presidents_wife_with_no_first_lady_stays_the_only_wife():
    """Guard: with no one titled First Lady, "The President's wife" is the only wife named, the guest's, as before."""
    body = (
        "President of Dolvana Bohdan Marek met with President of Ostria Lars Vinge and his wife Hedda Vinge.\n\n"
        "Hedda Vinge visited a rehabilitation centre for children.\n\n"
        "The President's wife thanked the staff of the centre for their work."
    )
    assert_statements(body, [
        ("Hedda Vinge", "indirect", "The President's wife thanked the staff of the centre for their work."),
    ], title="Bohdan Marek met with the President of Ostria")


def test_the_one_who_gave_the_reception_is_the_host_and_the_other_the_guest():
    """"Rostislav Amurin visited the Embassy of Zorvenia in Velgrad, where President of Zorvenia Tiago Marcelan, who is in
    Velgoria on a state visit, gave a reception … the host thanked the guest …" (thirty-ninth hard set
    velgoria_president_reception_at_zorvenian_embassy): the visitor who gives the reception at his embassy is the host,
    the country's own President, who publishes, his guest."""
    body = (
        "Pavel Dorn visited the Embassy of Ostria in Kastrel, where President of Ostria Lars Vinge, who is in Kastravia "
        "on a state visit, gave a reception to mark the national day of Ostria.\n\n"
        "Speaking at the reception, the host thanked the guest for accepting the invitation.\n\n"
        "The guest proposed holding a joint business forum next spring."
    )
    assert_statements(body, [
        ("Lars Vinge", "indirect", "Speaking at the reception, the host thanked the guest for accepting the invitation."),
        ("Pavel Dorn", "indirect", "The guest proposed holding a joint business forum next spring."),
    ], title="Visit to the Embassy of Ostria")


def test_with_no_reception_given_the_host_stays_the_principal():
    """Guard: "Pavel Dorn received President of Ostria Lars Vinge, who is in Kastravia on a state visit": no one gives
    a reception; the host is the President who publishes, as before."""
    body = (
        "Pavel Dorn received President of Ostria Lars Vinge, who is in Kastravia on a state visit.\n\n"
        "The host thanked the guest for accepting the invitation.\n\n"
        "The guest proposed holding a joint business forum next spring."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The host thanked the guest for accepting the invitation."),
        ("Lars Vinge", "indirect", "The guest proposed holding a joint business forum next spring."),
    ], title="Meeting with President of Ostria Lars Vinge")


def test_the_ambassador_after_the_ambassador_of_a_country_is_that_countrys():
    """"Turning to the Ambassador of Grevania, the President noted … The Ambassador, who arrived …, assured …" after the
    other ambassador spoke (thirty-ninth hard set brelvia_president_receives_two_ambassadors): the bare office opening
    the sentence is the holder the sentence before described by the office and his country, not the last subject."""
    body = (
        "Pavel Dorn received Ambassador of Ostria Lars Vinge, whose term is coming to an end, and Ambassador of "
        "Velora Teo Marin, who presented his credentials in April.\n\n"
        "The head of state thanked Lars Vinge for his work.\n\n"
        "The Ostrian diplomat said that he would remain a friend of Kastravia.\n\n"
        "Turning to the Ambassador of Velora, the President noted that trade with Velora had doubled.\n\n"
        "The Ambassador, who arrived only two months ago, assured the head of state that a trade house would open."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The head of state thanked Lars Vinge for his work."),
        ("Lars Vinge", "indirect", "The Ostrian diplomat said that he would remain a friend of Kastravia."),
        ("Pavel Dorn", "indirect",
         "Turning to the Ambassador of Velora, the President noted that trade with Velora had doubled."),
        ("Teo Marin", "indirect",
         "The Ambassador, who arrived only two months ago, assured the head of state that a trade house would open."),
    ], title="Pavel Dorn meets with Ambassadors of Ostria and Velora")


def test_the_ambassador_with_no_country_described_before_stays_the_last_subject():
    """Guard: with no "the Ambassador of <country>" in the sentence before, "The Ambassador" stays the last one who spoke."""
    body = (
        "Pavel Dorn received Ambassador of Ostria Lars Vinge, whose term is coming to an end, and Ambassador of "
        "Velora Teo Marin, who presented his credentials in April.\n\n"
        "The Ostrian diplomat said that he would remain a friend of Kastravia.\n\n"
        "The Ambassador also conveyed greetings from his President."
    )
    assert_statements(body, [
        ("Lars Vinge", "indirect", "The Ostrian diplomat said that he would remain a friend of Kastravia."),
        ("Lars Vinge", "indirect", "The Ambassador also conveyed greetings from his President."),
    ], title="Pavel Dorn meets with Ambassadors of Ostria and Velora")
