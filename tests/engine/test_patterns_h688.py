"""Statements found by helper h688's set fivehundredsixteenth (the Presidency of the Republic of Cameroon, its English
pages): a Catholic prelate's style shortened ("Mgr. X", "Msgr. X") and the Holy See's ambassador, the Apostolic Nuncio,
as an office; an adverb of consequence between a subject and its verb ("He therefore called on …"); "pinpointed" a
point; a closing "with a strong appeal for …"; the head of "a group of … led by X" called the head of the delegation.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_WISHES = "The President of the Republic, Oren Balt, received New Year wishes from the Diplomatic Corps."
_COMMENDED = "He commended the People of Kastravia on their outstanding hospitality toward refugees."


def test_monsignor_shortened_opens_a_name_not_a_sentence():
    """"Mgr. Tavio Renko opened the ceremony … He commended …": "Mgr." is a style, no sentence's end, and the prelate
    is the one "He" carries on."""
    assert_statements(
        f"{_WISHES}\n\nMgr. Tavio Renko opened the ceremony with an address to the Head of State.\n\n{_COMMENDED}",
        [("Tavio Renko", "indirect", _COMMENDED)],
    )


def test_msgr_shortened_inside_a_sentence():
    """The American spelling, "Msgr.", inside a sentence: no sentence's end, the statement whole."""
    praised = "On Monday, Msgr. Davor Kelm praised the hospitality of the people of Kastravia."
    assert_statements(f"{_WISHES}\n\n{praised}", [("Davor Kelm", "indirect", praised)])


def test_apostolic_nuncio_is_an_office():
    """"X, the Apostolic Nuncio to Y, opened the ceremony. He commended …": the Nuncio's office in the aside, X the
    one who speaks after it."""
    assert_statements(
        f"{_WISHES}\n\nTavio Renko, the Apostolic Nuncio to Kastravia, opened the ceremony.\n\n{_COMMENDED}",
        [("Tavio Renko", "indirect", _COMMENDED)],
    )


def test_the_nuncio_described_by_his_office():
    """"The Nuncio praised …" after "Archbishop X, the Apostolic Nuncio to Y": his office names him."""
    praised = "The Nuncio praised the hospitality of the people of Kastravia."
    assert_statements(
        "President Oren Balt received Archbishop Tavio Renko, the Apostolic Nuncio to Kastravia, on Monday.\n\n" + praised,
        [("Tavio Renko", "indirect", praised)],
    )


def test_therefore_between_the_subject_and_its_verb():
    """"He therefore called on the Government to …": an adverb of consequence between the pronoun and its verb of
    speech, as "He also called on"."""
    said = "Ilka Maren appreciated the fact that the inflation rate of Kastravia has been kept in check."
    called = "He therefore called on the Government to make the economic growth more inclusive."
    assert_statements(
        "President Oren Balt received Ilka Maren at the Palace on Monday.\n\n" + said + " " + called,
        [("Ilka Maren", "indirect", said), ("Ilka Maren", "indirect", called)],
    )


def test_thus_between_the_subject_and_its_verb():
    """"She thus urged …", as "therefore"."""
    urged = "Ilka Maren thus urged the partners to keep their pledges."
    assert_statements(
        "President Oren Balt received Ilka Maren at the Palace on Monday.\n\n" + urged,
        [("Ilka Maren", "indirect", urged)],
    )


_FAREWELL = ("The Head of State Oren Balt received in audience the outgoing High Commissioner of Velor to Kastravia, "
             "Tavio Renko, who came to bid farewell.")


def test_pinpointed_a_point():
    """"The High Commissioner pinpointed the commitment of …": a point singled out, as "highlighted"."""
    said = ("The High Commissioner pinpointed the commitment of the leaders of the two countries to foster closer "
            "relations.")
    assert_statements(_FAREWELL + "\n\n" + said, [("Tavio Renko", "indirect", said)])


def test_concluded_with_a_strong_appeal():
    """"He concluded with a strong appeal for the diplomats to support …": an appeal a word qualifies, as "concluded
    with an appeal"."""
    said = "Tavio Renko concluded with a strong appeal for the diplomats to support the candidacy of Velor."
    assert_statements(_FAREWELL + "\n\n" + said, [("Tavio Renko", "indirect", said)])


def test_opened_with_an_address_guard():
    """Guard: "opened the ceremony with an address to …" says where, not what: no statement."""
    assert_statements(_FAREWELL + "\n\nTavio Renko opened the ceremony with an address to the Head of State.", [])


def test_head_of_a_group_led_by_is_the_head_of_the_delegation():
    """"received a group of Velorian Parliamentarians led by X … The Head of the Velorian parliamentary delegation
    promised …": the group is the delegation, X its head."""
    declared = "After the audience, André Corvel declared that the audience was exceptionally cordial."
    promised = ("The Head of the Velorian parliamentary delegation promised to sensitise their colleagues on these "
                "preoccupations.")
    assert_statements(
        "The Head of State Oren Balt received a group of Velorian Parliamentarians led by André Corvel on Thursday.\n\n"
        + declared + "\n\n" + promised,
        [("André Corvel", "indirect", declared), ("André Corvel", "indirect", promised)],
    )


def test_the_bare_high_commissioner_is_the_last_untitled_subject():
    """"X thanked the President … The High Commissioner highlighted …", no one named with that office: the last
    subject, the only one named with no office, as a bare "the Ambassador" is."""
    thanked = "Tavio Renko thanked the President for his kind words."
    highlighted = "The High Commissioner highlighted the commitment of the two leaders to closer relations."
    assert_statements(
        "President Oren Balt received Tavio Renko at State House on Monday.\n\n" + thanked + "\n\n" + highlighted,
        [("Tavio Renko", "indirect", thanked), ("Tavio Renko", "indirect", highlighted)],
    )


def test_the_high_commissioner_named_with_the_office_guard():
    """Guard: the High Commissioner named with his office is the one meant, not the last subject."""
    thanked = "Ilka Maren thanked the President for his kind words."
    highlighted = "The High Commissioner highlighted the commitment of the two leaders to closer relations."
    assert_statements(
        "President Oren Balt received the High Commissioner of Velor, Tavio Renko, and Ilka Maren at State House.\n\n"
        + thanked + "\n\n" + highlighted,
        [("Ilka Maren", "indirect", thanked), ("Tavio Renko", "indirect", highlighted)],
    )
