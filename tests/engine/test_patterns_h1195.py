"""Rules from the nine-hundred-thirteenth held-out set (the Governor of Katsina State, Nigeria, and those who speak of
his meetings, 2019-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Talvo Meshan of Orlavia on Monday received the former governor, Brendu Kasso, at Government House. "


def test_prayed_for_a_wish_speaks():
    """"Shema prayed for success for the governor-elect and his team." (Daily Post 2023-03-20): a wish voiced for
    someone, as "wished". Before, no one's ("prayed" spoke only before "that" or "to God to")."""
    body = _VISIT + "Kasso prayed for wisdom and strength for the governor to lead the state to greater heights."
    assert_statements(body, [
        ("Brendu Kasso", "indirect",
         "Kasso prayed for wisdom and strength for the governor to lead the state to greater heights."),
    ])


def test_prayed_for_after_a_relative_clause_with_no_comma_speaks():
    """"Shema who assured of his support for the incoming administration, prayed for wisdom and strength …" (Vanguard
    2023-03-20): the subject, a relative clause with no comma before it, then "prayed for". Before, no one's."""
    body = _VISIT + ("Kasso who assured of his support for the new administration, prayed for wisdom and strength for "
                     "the governor to lead the state.")
    assert_statements(body, [
        ("Brendu Kasso", "indirect", "Kasso who assured of his support for the new administration, prayed for wisdom "
         "and strength for the governor to lead the state."),
    ])


def test_prayed_for_a_length_of_time_is_no_statement():
    """The guard: "prayed for two hours", "for a while", "for the first time": how long or when a prayer was said."""
    body = _VISIT + ("Kasso later prayed for two hours at the central mosque. Kasso prayed for a while in silence. "
                     "Meshan prayed for the first time at the new mosque.")
    assert_statements(body, [])


def test_a_group_praying_for_rain_is_no_statement():
    """The guard: a group's "The worshippers prayed for rain." stays no one's by its subject."""
    body = _VISIT + "The worshippers prayed for rain."
    assert_statements(body, [])


_MEETING = "President Arno Velt on Monday met the Governor of Dravia, Lemi Osku, in Tarsk. "


def test_hails_from_is_no_verb_of_a_second_clause():
    """"… discussed the development … ahead of its governorship and Presidential primaries with the President who so
    hails from his state." (New Telegraph 2022-05-16): "hails from" where a person comes from, no praise; the sentence
    stays whole, the governor's. Before, cut at "and" and its end given to the President."""
    body = _MEETING + ("Osku discussed the party's governorship and presidential primaries with the President who hails "
                       "from his state.")
    assert_statements(body, [
        ("Lemi Osku", "indirect", "Osku discussed the party's governorship and presidential primaries with the "
         "President who hails from his state."),
    ])


def test_hailed_someone_still_speaks():
    """The guard: "hailed the President for his leadership" is praise."""
    body = _MEETING + "Osku hailed the President for his leadership."
    assert_statements(body, [
        ("Lemi Osku", "indirect", "Osku hailed the President for his leadership."),
    ])


def test_wants_his_colleagues_to_speaks():
    """"The governor wants his colleagues in the north-western and north-central states to ensure that …" (Channels TV
    2020-08-05), right after his request: what he asks of his peers, as "urged his colleagues to". Before, no one's."""
    body = _MEETING + ("Speaking to correspondents after the meeting, Governor Osku asked leaders of the country not "
                       "to allow insecurity to overwhelm them. The governor wants his colleagues in the northern "
                       "states to ensure that the security challenges do not deteriorate further.")
    assert_statements(body, [
        ("Lemi Osku", "indirect", "Speaking to correspondents after the meeting, Governor Osku asked leaders of the "
         "country not to allow insecurity to overwhelm them."),
        ("Lemi Osku", "indirect", "The governor wants his colleagues in the northern states to ensure that the "
         "security challenges do not deteriorate further."),
    ])


def test_wants_his_son_to_is_no_statement():
    """The guard: "wants his son to study abroad": a kinsman, no peer asked."""
    body = _MEETING + "Osku wants his son to study abroad."
    assert_statements(body, [])
