"""Rules from the ninety-fourth hard set (stop 72's left-overs): a Prefect and a Sub-Prefect, bare or named; two
offices each with its article before one name ("The Deputy Governor and the Chairman of …, Eng. Y, told …": two
holders together) beside one holder's two offices ("Governor and Chairman of …, Dr. X, said …"). Invented readouts,
invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_PITS = "BORANDI — Two miners died when a gold pit collapsed at Tessaba on Sunday night.\n\n"
_FLOODS = "TEMBARA — The first houses of the Olemo resettlement site were handed over on Saturday.\n\n"


def test_a_bare_prefect_named_in_the_next_sentence_is_his():
    """"The Prefect said … The Prefect, Mr. X, added …": "Prefect" was no office, so the bare one was no one's (and
    "The Prefect later told …" too)."""
    body = _PITS + ("The Prefect said all the pits near the river would be closed. The Prefect, Mr. Ousmane Daro "
                    "Keltigué, added that the owners of pits dug without a permit would be prosecuted.\n\n"
                    "The Prefect later told reporters that a team would arrive on Wednesday.")
    assert_statements(body, [
        ("Ousmane Daro Keltigué", "indirect", "The Prefect said all the pits near the river would be closed."),
        ("Ousmane Daro Keltigué", "indirect", "The Prefect, Mr. Ousmane Daro Keltigué, added that the owners of pits "
                                          "dug without a permit would be prosecuted."),
        ("Ousmane Daro Keltigué", "indirect", "The Prefect later told reporters that a team would arrive on Wednesday."),
    ])


def test_a_bare_sub_prefect_is_the_one_named_before():
    """"The Sub-Prefect of T, Mrs. Y, … said …" then "The Sub-Prefect said …": hers (the bare one was no one's)."""
    body = _PITS + ("The Sub-Prefect of Tessaba, Mrs. Awa Kessiré Dombia, said the rescuers had worked through the "
                    "night.\n\nThe Sub-Prefect said the families of the dead would each receive help from the fund.")
    assert_statements(body, [
        ("Awa Kessiré Dombia", "indirect", "The Sub-Prefect of Tessaba, Mrs. Awa Kessiré Dombia, said the rescuers had "
                                       "worked through the night."),
        ("Awa Kessiré Dombia", "indirect", "The Sub-Prefect said the families of the dead would each receive help from "
                                       "the fund."),
    ])


def test_two_offices_each_with_its_article_before_one_name_are_two_people():
    """"The Deputy Governor and the Chairman of the Taskforce's technical committee, Eng. Y, told reporters …": the
    second article makes two holders, the name the second's; they speak together (before: Y's alone)."""
    body = _FLOODS + ("The Deputy Governor and the Chairman of the Taskforce's technical committee, Eng. Rose Akoth "
                      "Mbalwe, told reporters that the remaining houses would be ready by March.")
    assert_statements(body, [])


def test_two_bare_offices_each_with_its_article_before_one_name_are_two_people():
    """"The Minister and the Ambassador, Mr. Y, told reporters …" (`_two_offices_of_one`'s own example of two): two
    people together (before: Y's alone)."""
    body = _FLOODS + ("The Minister and the Ambassador, Mr. Peter Amolo Ndegwe, told reporters that the site would "
                      "have a school by June.")
    assert_statements(body, [])


def test_two_offices_of_one_holder_before_one_name_are_his():
    """Guard: "Governor and Chairman of the … Taskforce, Dr. X, said …" (no article after "and"): one holder's two
    offices, his statement."""
    body = _FLOODS + ("Governor and Chairman of the Olemo Recovery Taskforce, Dr. Samuel Otieno Karewa, said the "
                      "remaining houses would be ready by March.")
    assert_statements(body, [
        ("Samuel Otieno Karewa", "indirect", "Governor and Chairman of the Olemo Recovery Taskforce, Dr. Samuel Otieno "
                                         "Karewa, said the remaining houses would be ready by March."),
    ])


def test_a_meeting_of_two_bodies_before_a_name_is_no_pair():
    """Guard: "At the meeting of the Council and the Board, Mr. X said …": an opening preposition's objects, X's."""
    body = _FLOODS + ("At the meeting of the Council and the Board, Mr. Peter Amolo Ndegwe said the site would have a "
                      "school by June.")
    assert_statements(body, [
        ("Peter Amolo Ndegwe", "indirect", "At the meeting of the Council and the Board, Mr. Peter Amolo Ndegwe said "
                                       "the site would have a school by June."),
    ])


_MARKET = "KIRUMBA — The Kirumba market was destroyed by fire in August.\n\n"


def test_an_indefinite_office_with_its_closing_comma_left_out_is_the_named_persons():
    """"Mr. X, a Deputy Chief of Staff said …" (the apposition's closing comma left out, the office capitalised): the
    office read as the phrase before the verb was no one, so the sentence was dropped; the name is the subject."""
    body = _MARKET + "Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff said the market would be rebuilt by June."
    assert_statements(body, [
        ("Joseph Kiprono Telewa", "indirect", "Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff said the market would "
                                          "be rebuilt by June."),
    ])


def test_gave_the_people_of_a_place_the_assurance_that_is_a_statement():
    """"X, a Deputy Chief of Staff, gave the people of Kirumba the assurance that …": five words before "assurance"
    (the addressee named with its place), one more than "gave … assurance" read; a promise told."""
    body = _MARKET + ("Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff, gave the people of Kirumba the assurance "
                      "that the market would be rebuilt by June.")
    assert_statements(body, [
        ("Joseph Kiprono Telewa", "indirect", "Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff, gave the people of "
                                          "Kirumba the assurance that the market would be rebuilt by June."),
    ])


def test_the_comma_left_out_and_the_assurance_together():
    """Both at once, hard94's lead: "Mr. X, a Deputy Chief of Staff gave the people of Kirumba the assurance that …"."""
    body = _MARKET + ("Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff gave the people of Kirumba the assurance "
                      "that the market would be rebuilt by June.")
    assert_statements(body, [
        ("Joseph Kiprono Telewa", "indirect", "Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff gave the people of "
                                          "Kirumba the assurance that the market would be rebuilt by June."),
    ])


def test_a_deputy_chief_of_staff_giving_a_cheque_is_an_act():
    """Guard: "Mrs. Y, a Deputy Chief of Staff, gave the women's groups of the market a cheque …": an act."""
    body = _MARKET + ("Mrs. Winfred Akinyi Lusweti, a Deputy Chief of Staff, gave the women's groups of the market a "
                      "cheque of Sh2 million to restock their stalls.")
    assert_statements(body, [])


def test_an_office_from_a_place_opening_the_lead_is_the_one_named_next():
    """"An outspoken Governor from the Lake region has apologised …", the Governor named in the next paragraph: the
    place after "from" was read as the subject (a thing), so the lead was no one's."""
    body = ("An outspoken Governor from the Lake region has apologised to the county's nurses for calling them lazy.\n\n"
            "Governor Samson Oduor Nyabende of Mirambo County told reporters on Sunday that his words had been "
            "careless.")
    assert_statements(body, [
        ("Samson Oduor Nyabende", "indirect", "An outspoken Governor from the Lake region has apologised to the "
                                          "county's nurses for calling them lazy."),
        ("Samson Oduor Nyabende", "indirect", "Governor Samson Oduor Nyabende of Mirambo County told reporters on "
                                          "Sunday that his words had been careless."),
    ])


def test_a_delegation_from_a_place_is_no_office_holder():
    """Guard: "A delegation of nurses from the Lake region has welcomed the apology but said …": a group."""
    body = ("A delegation of nurses from the Lake region has welcomed the apology but said the county still owed them "
            "four months of allowances.\n\nGovernor Samson Oduor Nyabende of Mirambo County told reporters on Sunday "
            "that his words had been careless.")
    assert_statements(body, [
        ("Samson Oduor Nyabende", "indirect", "Governor Samson Oduor Nyabende of Mirambo County told reporters on "
                                          "Sunday that his words had been careless."),
    ])
