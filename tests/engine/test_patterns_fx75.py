"""Mends of the hr64 review's findings on h1208's and h1215's rules: an unknown title's holder is never the one named
after a body's office ("The chairman of the Panel, Mr. X … The Panel recommended …"); "The <Nationality> official"
is the one named after an office "of the <Nationality> <body>", not after a spouse's or a delegation's members'; "The
<ACR> member" is the one named right after "(<ACR>), ", and no one when another is written its member; "Nor" is no
surname in a title-case "Neither … Nor …". Invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("body", [
    "The chairman of the Panel, Mr. Tomas Verlan, met the envoy on Monday. The Panel recommended that the levy be cut.",
    "The President of the Tribunal, Judge Ada Bell, met the envoy on Monday. The Tribunal said it would rule in May.",
    "The head of the Guild, Mrs. Ada Bell, met the envoy on Monday. The Guild urged the council to cut the levy.",
    "The chairman of the Cooperative, Mr. Tomas Verlan, met the envoy. The Cooperative said it would cut the levy.",
    "The elders of the Yoruba, Chief Tomas Verlan, met the envoy on Monday. The Yoruba said they wanted peace.",
    "The leaders of the Kikuyu, Mr. Tomas Verlan, met the envoy on Monday. The Kikuyu said they wanted peace.",
])
def test_a_bodys_word_after_its_office_is_no_title(body):
    """(hr64) "<office> of the <Word>, <Name>": the word is the body of his office, not his title; "The <Word> said …"
    is the body's, no one's. Before, the one named after it."""
    assert_statements(body, [])


def test_an_unknown_title_set_off_by_a_comma_is_still_its_holders():
    """Guard: "the Kurunaa, Naa X, … The Kurunaa said …" (no "of the" before the title) is still X's."""
    body = ("KURUGU — The paramount chief of the Kurugu Traditional Area, the Kurunaa, Naa Salifu Dawuntiga, on Monday "
            "received the envoy.\n\nThe Kurunaa said he will allocate land for a school.")
    assert_statements(body, [
        ("Naa Salifu Dawuntiga", "indirect", "The Kurunaa said he will allocate land for a school."),
    ])


def test_a_spouse_of_a_states_office_is_no_official():
    """(hr64) "the spouse of the Kenyan Ambassador, Mrs. Y … The Kenyan official said …": no office stands before
    " of the Kenyan", so Y is no official of it. Before, Y's."""
    body = ("Minister Ali Bako met Mr. Tomas Verlan of the Marvian Trade Agency and the spouse of the Marvian "
            "Ambassador, Mrs. Ada Bell. The Marvian official said the tariff would fall.")
    assert_statements(body, [])


def test_a_states_delegations_members_named_two_are_no_one():
    """(hr64) "members of the Marvian delegation, Mr. X and Ms. Y. The Marvian official said …": two named, neither
    the official. Before, X's."""
    body = ("Minister Ali Bako met members of the Marvian delegation, Mr. Tomas Verlan and Ms. Ada Bell. The Marvian "
            "official said the tariff would fall.")
    assert_statements(body, [])


def test_a_states_official_named_after_his_office_is_still_his():
    """Guard: "the Director of Foreign Trade of the Marvian Ministry of the Economy, Mr. X" is still the official."""
    body = ("Minister Ali Bako received the Director of Foreign Trade of the Marvian Ministry of the Economy, Mr. "
            "Tomas Verlan. The Marvian official said the tariff would fall.")
    assert_statements(body, [
        ("Tomas Verlan", "indirect", "The Marvian official said the tariff would fall."),
    ])


def test_an_acronyms_member_that_is_a_state_is_no_one():
    """(hr64) "Zelan, a member of the Northern Trade Organisation (NTO), hosted Minister X of Marvia. The NTO member
    said …": the member is Zelan, a state; X, named after the verb, is no member. Before, X's."""
    body = ("Zelan, a member of the Northern Trade Organisation (NTO), hosted Minister Ali Bako of Marvia. The NTO "
            "member said it would cut tariffs.")
    assert_statements(body, [])


def test_an_acronyms_member_when_two_are_written_its_members_is_no_one():
    """(hr64) "A member of the Northern Trade Council (NTC), Mr. X, met Ms. Y, a member of the NTC. The NTC member
    said …": two members, neither told. Before, X's."""
    body = ("A member of the Northern Trade Council (NTC), Mr. Tomas Verlan, met Ms. Ada Bell, a member of the NTC. "
            "The NTC member said the register would be printed.")
    assert_statements(body, [])


def test_an_acronyms_member_named_right_after_it_is_still_his():
    """Guard: "A member of the Northern Trade Council (NTC), Mr. X, met Ms. Y. The NTC member said …": X's."""
    body = ("A member of the Northern Trade Council (NTC), Mr. Tomas Verlan, met Ms. Ada Bell on Monday. "
            "The NTC member said the register would be printed.")
    assert_statements(body, [
        ("Tomas Verlan", "indirect", "The NTC member said the register would be printed."),
    ])


def test_nor_opening_another_person_in_neither_nor_is_no_surname():
    """(hr64) "Neither Governor X Nor Minister Y attended. The governor said …": "Nor" before an office is the
    conjunction, not X's surname; the governor is X. Before, Y's."""
    body = "Neither Governor Ali Bako Nor Minister Tomas Verlan attended. The governor said he was ill."
    assert_statements(body, [
        ("Ali Bako", "indirect", "The governor said he was ill."),
    ])


def test_nor_ending_a_malay_name_is_still_a_surname():
    """Guard: "…, said Mentri Besar Muhammad Sanusi Md Nor." is still the whole name's."""
    body = "The state would build two dams, said Mentri Besar Muhammad Sanusi Md Nor."
    assert_statements(body, [
        ("Muhammad Sanusi Md Nor", "indirect", "The state would build two dams, said Mentri Besar Muhammad Sanusi "
                                               "Md Nor."),
    ])
