"""Rules from the nine-hundredth held-out set (Sidama's and, widened, Afar's regional presidents in Ethiopia's press,
2018-2022): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_EVENT = "The Varnese regional council marked its founding in Tolla on Monday. "


def test_office_of_a_regional_state_in_lower_case_before_a_name_speaks():
    """"Chief Administrator of Sidama regional state Desta Ledamo congratulated the residents." (Fana 2021-02-22): the
    state's two words in lower case between the place and the name, no comma; read as "… Regional State X". Before,
    the words were a thing, "state X", and no one spoke."""
    body = _EVENT + ("Chief Administrator of Varna regional state Olek Tamm congratulated the residents. "
                     "The Chief Administrator also thanked the federal government for its support.")
    assert_statements(body, [
        ("Olek Tamm", "indirect", "Chief Administrator of Varna regional state Olek Tamm congratulated the residents."),
        ("Olek Tamm", "indirect", "The Chief Administrator also thanked the federal government for its support."),
    ])


def test_president_of_a_regional_state_with_said_speaks():
    """The same with "President of … regional state" and "said" (an invented Horn of Africa state's head)."""
    body = _EVENT + "President of Galmar regional state Ima Sello said the new road would open in May."
    assert_statements(body, [
        ("Ima Sello", "indirect", "President of Galmar regional state Ima Sello said the new road would open in May."),
    ])


def test_the_regional_state_with_no_place_is_no_office():
    """The guard: "the regional state" with no capitalised place after "of" before it, then a relative clause's subject:
    no office read over it, the words stay the same as before."""
    body = _EVENT + "The residents of the regional state Olek Tamm governs welcomed the plan."
    assert_statements(body, [])


def test_his_excellency_written_with_a_slash_is_a_style():
    """"H/E Desta Ledamo strongly messaged and called investors to …" (IAIP 2022-10-29): "H/E", His Excellency, a style
    before the name as "H.E." is, not a name's word "E"."""
    body = _EVENT + "H/E Olek Tamm urged investors to use the new industrial park."
    assert_statements(body, [
        ("Olek Tamm", "indirect", "H/E Olek Tamm urged investors to use the new industrial park."),
    ])


def test_called_people_to_come_speaks():
    """"… called investors to come on time to use the … park opportunity." (IAIP 2022-10-29): whom, then an infinitive of
    coming, an appeal as "called on … to come". Before, no one's."""
    body = _EVENT + "Governor Olek Tamm called investors to come on time to use the industrial park."
    assert_statements(body, [
        ("Olek Tamm", "indirect", "Governor Olek Tamm called investors to come on time to use the industrial park."),
    ])


def test_called_people_to_invest_speaks():
    """The same with "to invest"."""
    body = _EVENT + "Governor Olek Tamm called the diaspora to invest in their home region."
    assert_statements(body, [
        ("Olek Tamm", "indirect", "Governor Olek Tamm called the diaspora to invest in their home region."),
    ])


def test_called_a_meeting_to_come_up_with_a_plan_is_no_statement():
    """The guard: "called a meeting to come up with a plan": a meeting convened and its aim, narrative."""
    body = _EVENT + "Governor Olek Tamm called a meeting to come up with a plan for the park."
    assert_statements(body, [])
