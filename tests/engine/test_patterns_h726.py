"""Statements found by helper h726's set fivehundredfortyfifth (Bahrain, the Bahrain News Agency's English items):

- "Manama, Jan. 12 (BNA): …": an agency's dateline with a colon, its initials in brackets, is no one's words
  (segments._AGENCY_PLACE_DATELINE), as the dash form "Ammariya, July 14 (BNA) - " is;
- "Kestrian Ambassador to Velsland, His Royal Highness Prince X, has lauded …" (after such a dateline or not): the
  office that opens the sentence, no article before it, is the styled name's, so "the Kestrian Ambassador" and "The
  envoy" later are he (name_offices.office_then_comma_before_title, name_offices._past_a_dateline).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LAUDED = ("Kestrian Ambassador to Velsland, His Royal Highness Prince Orlan bin Tarek, has lauded the distinction of "
           "Velsish diplomacy.")
_AFFIRMED = ("In a statement marking the Diplomacy Day, the Kestrian Ambassador affirmed that the kingdom's diplomacy has "
             "placed it among great countries.")
_ASSERTED = "The envoy also asserted that Velsland seeks to achieve its national interests."
_LAUDED_ROLE = "The Kestrian Ambassador lauded the major role played by the Foreign Ministry."


def _ambassador_readout(lede: str) -> str:
    return "\n\n".join((lede, _AFFIRMED, _ASSERTED, _LAUDED_ROLE))


def test_an_agency_dateline_with_a_colon_is_no_ones_words():
    """"Manama, Jan. 12 (BNA): X has lauded …": the statement opens with its speaker, the dateline left out."""
    assert_statements(
        _ambassador_readout("Marrow, Jan. 12 (KNA): " + _LAUDED),
        [("Orlan bin Tarek", "indirect", _LAUDED), ("Orlan bin Tarek", "indirect", _AFFIRMED),
         ("Orlan bin Tarek", "indirect", _ASSERTED), ("Orlan bin Tarek", "indirect", _LAUDED_ROLE)],
    )


def test_the_opening_office_before_a_styled_name_is_his():
    """"Kestrian Ambassador to Velsland, His Royal Highness Prince X, has lauded …": "the Kestrian Ambassador" is X."""
    assert_statements(
        _ambassador_readout(_LAUDED),
        [("Orlan bin Tarek", "indirect", _LAUDED), ("Orlan bin Tarek", "indirect", _AFFIRMED),
         ("Orlan bin Tarek", "indirect", _ASSERTED), ("Orlan bin Tarek", "indirect", _LAUDED_ROLE)],
    )


def test_the_opening_office_after_a_colon_dateline_is_the_names():
    """"Marrow, Oct. 5(KNA): Kestrian Ambassador to Velsland, Orlan Tarek, has lauded …": the office his, past the
    dateline, as without it."""
    lauded = _LAUDED.replace("His Royal Highness Prince Orlan bin Tarek", "Orlan Tarek")
    assert_statements(
        _ambassador_readout("Marrow, Oct. 5(KNA): " + lauded),
        [("Orlan Tarek", "indirect", lauded), ("Orlan Tarek", "indirect", _AFFIRMED),
         ("Orlan Tarek", "indirect", _ASSERTED), ("Orlan Tarek", "indirect", _LAUDED_ROLE)],
    )


def test_a_place_in_brackets_with_a_colon_stays_in_the_sentence():
    """Guard: "Marr, July 14 (Varnia): …" is no agency's initials: the words stay the sentence's (no dateline)."""
    lauded = "Marr, July 14 (Varnia): Foreign Minister Ida Morn praised the talks."
    assert_statements(
        lauded,
        [("Ida Morn", "indirect", lauded)],
    )


_SALUTED = ("Council of Representatives Speaker Ida Morn saluted the fourth estate on the eve of the Velsland Press "
            "Day, which falls on the 7th of May.")
_TRIBUTE = "She paid tribute to the national press, hailing its crucial role in the development of the kingdom."


def test_saluting_the_press_is_praising_it():
    """"Speaker X saluted the fourth estate on the eve of the Press Day": praised, X's statement."""
    assert_statements(
        _SALUTED + "\n\n" + _TRIBUTE,
        [("Ida Morn", "indirect", _SALUTED), ("Ida Morn", "indirect", _TRIBUTE)],
    )


def test_saluting_the_troops_stays_an_act():
    """Guard: "X saluted the troops on parade" is an act, no statement."""
    saluted = "Defence Minister Ida Morn saluted the troops on parade in Tarvik."
    assert_statements(saluted + "\n\n" + _TRIBUTE, [("Ida Morn", "indirect", _TRIBUTE)])


_LAUDED_PRESS = ("Council of Representatives Speaker Ida Morn lauded the strides of the national press, hailing its "
                 "role in showcasing the kingdom's achievements.")
_MADE_REITERATED = ("The Speaker made the statement on the eve of the Velsland Press Day, annually observed on May 7, "
                    "reiterated cooperation between the legislative and executive branches to support the press.")
_MADE_REITERATING = ("The Speaker made the statement on the eve of the Velsland Press Day, reiterating cooperation between "
                     "the legislative and executive branches.")
_CONCLUDED = "The Speaker concluded her statement by commended the role of the national press."


def test_made_the_statement_then_reiterated_says_something():
    """"X made the statement on the eve of …, reiterated cooperation …" (the wire's second verb, no "and") and
    "…, reiterating cooperation …": more than where and when, X's statement."""
    assert_statements(
        "\n\n".join((_LAUDED_PRESS, _MADE_REITERATED, _MADE_REITERATING)),
        [("Ida Morn", "indirect", _LAUDED_PRESS), ("Ida Morn", "indirect", _MADE_REITERATED),
         ("Ida Morn", "indirect", _MADE_REITERATING)],
    )


def test_made_the_statement_during_a_visit_stays_where_only():
    """Guard: "X made the statement during a visit to Tarvik." says only where: no statement of its own."""
    made = "The Speaker made the statement during a visit to Tarvik on Monday."
    assert_statements(_LAUDED_PRESS + "\n\n" + made, [("Ida Morn", "indirect", _LAUDED_PRESS)])


def test_concluding_a_statement_by_is_speech():
    """"X concluded her statement by commended …" (the wire's slip for "commending"): what the statement says last."""
    assert_statements(
        _LAUDED_PRESS + "\n\n" + _CONCLUDED,
        [("Ida Morn", "indirect", _LAUDED_PRESS), ("Ida Morn", "indirect", _CONCLUDED)],
    )
