"""Rules from the nine-hundred-eighty-second held-out set (the Governor of Jigawa State, Nigeria, and those who speak at
or of his meetings, 2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Tomas Vell of Dorvan State said the new bridge would open in May. "


def test_stated_this_recently_when_is_only_when():
    """"Governor Badaru stated this recently when the Minister … visited the state …" (Blueprint 2020-08-27): "recently"
    between "this" and the occasion, a time word as "yesterday" is: the sentence only says when, no statement."""
    body = _OPENING + "Vell stated this recently when the Minister of Works, Ada Murn, visited the state."
    assert_statements(body, [
        ("Tomas Vell", "indirect", "Governor Tomas Vell of Dorvan State said the new bridge would open in May."),
    ])


def test_said_this_earlier_during_is_only_when():
    """The same with "earlier": "said this earlier during …" only says when."""
    body = _OPENING + "Vell said this earlier during a tour of the river towns."
    assert_statements(body, [
        ("Tomas Vell", "indirect", "Governor Tomas Vell of Dorvan State said the new bridge would open in May."),
    ])


def test_said_this_recently_that_clause_is_a_statement():
    """The guard: a that-clause after the time word says what was said ("said this recently during a visit that …"
    is read as before), and "recently" with no occasion after it is unchanged."""
    body = (_OPENING + "Vell said this recently during a visit to the port that the ferry would be repaired. Vell also "
            "said recently that the road tolls would fall.")
    assert_statements(body, [
        ("Tomas Vell", "indirect", "Governor Tomas Vell of Dorvan State said the new bridge would open in May."),
        ("Tomas Vell", "indirect", "Vell said this recently during a visit to the port that the ferry would be repaired."),
        ("Tomas Vell", "indirect", "Vell also said recently that the road tolls would fall."),
    ])


_AWARD = "The members of the Dorvan caucus presented an award to Governor Tomas Vell at the Government House. "


def test_deputy_office_of_a_body_before_a_name_is_his_office():
    """"the deputy speaker of the House of Representatives, X, said …" then "The deputy speaker said …": the office
    with "deputy" before it is his, as "the speaker of …, X," is."""
    body = (_AWARD + "Presenting the award, the deputy speaker of the House of Delegates, Ilan Morrow, said the governor "
            "had earned it.\n\nThe deputy speaker said the governor was one of the best in the region.")
    assert_statements(body, [
        ("Ilan Morrow", "indirect", "Presenting the award, the deputy speaker of the House of Delegates, Ilan Morrow, "
                                    "said the governor had earned it."),
        ("Ilan Morrow", "indirect", "The deputy speaker said the governor was one of the best in the region."),
    ])


def test_office_and_its_house_with_no_of_before_a_name_is_his_office():
    """"the deputy speaker House of representatives, Ahmed Idris Wase, said …" then "The deputy speaker said …"
    (Nigerian Tribune 2020-11-23): the office and its body with no "of" between, as Nigerian papers print it."""
    body = (_AWARD + "Presenting the award, the deputy speaker House of delegates, Ilan Morrow, said the governor had "
            "earned it.\n\nThe deputy speaker said the governor was one of the best in the region.")
    assert_statements(body, [
        ("Ilan Morrow", "indirect", "Presenting the award, the deputy speaker House of delegates, Ilan Morrow, said the "
                                    "governor had earned it."),
        ("Ilan Morrow", "indirect", "The deputy speaker said the governor was one of the best in the region."),
    ])


def test_an_office_before_a_list_of_names_is_no_ones():
    """The guard: an office word before a run of capitalised words that is no house or committee ("the minister Tomas
    Vell, Ilan Morrow and …") gives no office to the name after the comma; the later "The deputy speaker" stays
    no one's."""
    body = ("The delegation met the minister Tomas Vell, Ilan Morrow, and Ada Murn at the Government House.\n\n"
            "The deputy speaker said the governor was one of the best in the region.")
    assert_statements(body, [])
