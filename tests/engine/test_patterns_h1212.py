"""Rules from the nine-hundred-twenty-sixth held-out set (the Upper West Regional Minister of Ghana and those at his
meetings, 2004-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_entreated_someone_to_do_a_thing_speaks():
    """"He entreated the NDA to help facilitate the completion of other projects …" (GhanaWeb, the NDA's call on the
    Regional Minister): an earnest appeal, as "implored". Before, no statement."""
    first = "Dr Tomas Arvel, the Regional Minister of Zelan, has appealed to the Authority to finish its projects."
    second = "He entreated the Authority to help complete the dams started by other ministries."
    assert_statements(first + " " + second, [
        ("Tomas Arvel", "indirect", first),
        ("Tomas Arvel", "indirect", second),
    ])


def test_an_entreaty_sent_is_no_statement():
    """The guard: the noun "entreaty" (a letter's name, no verb of speech) and a group's "entreated" stay no one's."""
    body = ("The Authority's entreaty arrived in Zelan on Monday. "
            "The chiefs entreated the Authority to help complete the dams.")
    assert_statements(body, [])


def test_extended_the_governments_commendation_speaks():
    """"Mr X, Upper West Regional Minister, extended the government's commendation to the people for the warm
    reception given President Y …" (Modern Ghana 2004-10-23): praise conveyed, as "commended". Before, no statement."""
    body = ("Mr Paul Odeko, Regional Minister of Zelan, extended the government's commendation to the people for the "
            "warm reception given to the President.")
    assert_statements(body, [
        ("Paul Odeko", "indirect", body),
    ])


def test_extended_the_road_is_no_statement():
    """The guard: "extended the road to …", "extended the deadline", a length or a time, no words conveyed."""
    body = "Mr Paul Odeko, Regional Minister of Zelan, extended the road to the border and extended the deadline."
    assert_statements(body, [])


def test_a_municipality_is_a_place_not_a_speaker():
    """"The Parts Wa Municipality has since been tensed after …" then "In the Statement issued … on Behalf of the
    Regional Minister, It Reads:" and a quotation (Upper West Media 2022-06-02): a municipality is a place, as a
    district is, no Mr Parts Wa Municipality to take the quotation. Before, his."""
    body = ("After days of silence, the Regional Council has released a press statement.\n\n"
            "The Parts Kora Municipality has since been tense after 3 people were arrested on the 29th of May 2022.\n\n"
            "In the Statement issued by the Public Relation Unit of the Council on Behalf of the Regional Minister, "
            "It Reads:\n\n“A delegation visited me in my office for a discussion.”")
    assert_statements(body, [])


def test_a_person_named_before_a_municipality_keeps_his_words():
    """The guard: a person named by his office in a municipality ("the Mayor of Kora Vale Municipality, Mr X, said …")
    still speaks."""
    body = "The Chief Executive of Kora Vale Municipality, Mr Aldo Vensk, said the town was calm."
    assert_statements(body, [
        ("Aldo Vensk", "indirect", body),
    ])
