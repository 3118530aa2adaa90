"""Statements found by helper h697's set fivehundredtwentysecond (the OIC General Secretariat's releases on its
Secretary-General's meetings, as UrduPoint and Pakistan Observer print them):

- "X met Sheikh Y, Foreign Minister and Minister of State for Z of the State of W." / "the W-ian minister commended …":
  two offices joined by "and" are both the name's though the run ends at the sentence's full stop
  (name_offices._two_offices, _without_closing_stop);
- "The Minister for Foreign Affairs of W, His Highness Prince Y, received …" / "The Foreign Minister assured …": the
  office before "His Highness" is the holder's, as before "His Excellency" (name_registry._STYLES_AFTER_HIS);
- "Secretary General of the Body (INITIALS), Dr X, on <day> in <place>, held a meeting with Y, and congratulated him
  …": the holder is the subject past the body's initials and the day and place set off by commas
  (speech_subjects._when_and_where_aside_end);
- "X received Y, and … shared with him views on …": bare views shared with the one met are their exchange, not X's words
  (lexicon, the "share" entry);
- "Place (Outlet / Outlet News - 20th Nov, 2021) The Minister …": an outlet's dateline is in no sentence
  (segments._OUTLET_DATED_DATELINE).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

_MET_TWO_OFFICES = ("Dr Elias Marrow, Secretary General of the Union of Harbour States, on 3 May 2021 met Sheikh Dr Omar "
                    "Talib Al-Rami, Foreign Minister and Minister of State for Cabinet Affairs of the State of Qasiria.")
_COMMENDED = ("For his part, the Qasirian minister commended the Secretary General for his efforts to widen cooperation "
              "between the Union and its member states.")


def test_two_offices_that_close_the_sentence_are_both_the_names():
    """"…, Foreign Minister and Minister of State for … of the State of Qasiria." then "the Qasirian minister …"."""
    assert_statements(
        _MET_TWO_OFFICES + "\n\n" + _COMMENDED,
        [("Omar Talib Al-Rami", "indirect", _COMMENDED)],
    )


_RECEIVED_BY_HIGHNESS = ("The Minister for Foreign Affairs of the Kingdom of Qasiria, His Highness Prince Faris Bin "
                         "Nadir Al-Hamdan, on Thursday in Marsa received the Secretary General of the Union of Harbour "
                         "States, Dr Elias Marrow.")
_ASSURED = "The Foreign Minister assured the Secretary General of the Kingdom's support as host country."


def test_an_office_before_his_highness_is_the_holders():
    """"The Minister for Foreign Affairs of Q, His Highness Prince X, received …" / "The Foreign Minister assured …"."""
    assert_statements(
        _RECEIVED_BY_HIGHNESS + " " + _ASSURED,
        [("Faris Bin Nadir Al-Hamdan", "indirect", _ASSURED)],
    )


_HELD_A_MEETING = ("Secretary General of the Union of Harbour States (UHS), Dr Elias Marrow, on 9 July 2020 in the "
                   "capital of the Kingdom of Qasiria, Marsa, held a meeting with the new Secretary General of the Gulf "
                   "Shipping Council (GSC), Dr Nadim Sarraf, and congratulated him on the assumption of his new "
                   "responsibilities.")


def test_a_holder_after_the_bodys_initials_and_a_day_and_place_aside_is_the_subject():
    """"Office of the Body (INITIALS), Dr X, on <day> in <place>, Marsa, held a meeting with Y, and congratulated him
    …": X's statement, the whole sentence."""
    assert_statements(
        "Marsa\n\n" + _HELD_A_MEETING + "\n\nThe two sides discussed the cooperation agreement.",
        [("Elias Marrow", "indirect", _HELD_A_MEETING)],
    )


def test_a_holder_after_the_bodys_initials_is_the_subject():
    """"Office of the Body (INITIALS), Dr X, held a meeting with Y, and congratulated him …": X's, the initials skipped."""
    held = ("Secretary General of the Union of Harbour States (UHS), Dr Elias Marrow, held a meeting with Dr Nadim Sarraf, "
            "and congratulated him on his new responsibilities.")
    assert_statements(held, [("Elias Marrow", "indirect", held)])


def test_a_holder_set_off_before_the_verb_guard():
    """Guard: "The Office of the Body, Dr X, held a meeting with Y and congratulated him …" (no aside) as before."""
    held = ("The Secretary General of the Union of Harbour States, Dr Elias Marrow, held a meeting with Dr Nadim Sarraf "
            "and congratulated him on his new responsibilities.")
    assert_statements(held, [("Elias Marrow", "indirect", held)])


_PAID_TRIBUTE = ("The Secretary General Dr Elias Marrow paid tribute to the ministers for their participation in the "
                 "jubilee ceremony.")
_SHARED_VIEWS = ("Also, the Secretary General received on the same day the Deputy Minister of Norvania, Mr. Jon Halder, "
                 "and shared with him views on possible ways to consolidate relations.")


def test_views_shared_with_the_one_met_are_no_ones_words():
    """"… received Y, and shared with him views on …": their exchange, not a statement."""
    assert_statements(
        _PAID_TRIBUTE + "\n\n" + _SHARED_VIEWS,
        [("Elias Marrow", "indirect", _PAID_TRIBUTE)],
    )


def test_his_own_views_shared_with_the_one_met_guard():
    """Guard: "… shared with him his views on …" is his statement still."""
    shared = ("Also, the Secretary General received on the same day the Deputy Minister of Norvania, Mr. Jon Halder, "
              "and shared with him his views on possible ways to consolidate relations.")
    assert_statements(
        _PAID_TRIBUTE + "\n\n" + shared,
        [("Elias Marrow", "indirect", _PAID_TRIBUTE), ("Elias Marrow", "indirect", shared)],
    )


_GREETED = ("The Minister for Foreign Affairs of Qasiria, Faris Al-Hamdan, congratulated the Secretary General on his "
            "assumption of office.")


def test_an_outlets_dateline_is_in_no_statement():
    """"Marsa (Harbour Point / Harbour Point News - 20th Nov, 2021) The Minister …": the statement opens at the
    subject; so with the spaces lost ("Marsa(… 2021)The Minister")."""
    for dateline in ("Marsa (Harbour Point / Harbour Point News - 20th Nov, 2021) ",
                     "Marsa(Harbour Point / Harbour Point News - 13th September, 2021)"):
        assert_statements(dateline + _GREETED, [("Faris Al-Hamdan", "indirect", _GREETED)])


def test_a_place_in_brackets_with_no_date_guard():
    """Guard: "Marr (Varnia) - …" is no outlet's dateline (no whole date in the brackets): the words stay."""
    result = run("Marsa (Old Town - the port) The Minister for Foreign Affairs of Qasiria, Faris Al-Hamdan, "
                 "congratulated the Secretary General on his assumption of office.")
    assert any(s.text.startswith("Marsa (Old Town") for s in result.statements if s.speaker is not None)
