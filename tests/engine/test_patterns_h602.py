"""Rules from the thirtieth styles set (heads and secretariats of international organisations): invented
readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("feeling", ["saddened by", "dismayed at", "alarmed by", "appalled by", "outraged by",
                                     "heartened by", "shocked by", "concerned at", "worried at",
                                     "disturbed by", "troubled by"])
def test_a_feeling_stated_of_one_person_is_said(feeling):
    """"Secretary-General X is saddened by the loss of life …", as a statement attributable to a spokesperson
    opens: sorrow, dismay, alarm, outrage or heart taken at a thing, stated of one person, is a feeling voiced
    ("expressed sorrow"), as "X is deeply concerned by …" already was. Before, the sentence was given to no one."""
    sentence = f"Secretary-General Orla Venmark is deeply {feeling} the reports of fighting near Tessel."
    body = "On Monday, fighting broke out near Tessel. " + sentence
    assert_statements(body, [("Orla Venmark", "indirect", sentence)])


def test_a_feeling_of_a_crowd_stays_narrative():
    """The guard: the same feelings of a group ("Residents were saddened by …") or a feeling stated with no
    "by / at / over / that" after it ("the saddened families") voice no one's words."""
    body = ("Residents of Tessel were saddened by the closure of the old market. "
            "Minister Orla Venmark met the saddened families at the town hall.")
    assert_statements(body, [])


def test_a_named_object_with_its_aside_before_and_is_no_pair():
    """"X thanked the Minister, Y, for the invitation, and Mr. Y assured her …": reading back from "Mr. Y" over
    ", and", the name before lower-case words and the comma ("Y, for the invitation,") is the first clause's object
    with its complement, not the first of a pair "Y … and Mr. Y"; the second clause is Mr. Y's own. Before, the two
    were read as one group, and the second clause, with all of the object after "the Minister", was no one's."""
    body = ("Director-General Orla Venmark thanked the Minister of Health, Piet Hollmer, for the invitation, "
            "and Mr. Hollmer assured her of the Government's support.")
    assert_statements(body, [
        ("Orla Venmark", "indirect",
         "Director-General Orla Venmark thanked the Minister of Health, Piet Hollmer, for the invitation"),
        ("Piet Hollmer", "indirect", "Mr. Hollmer assured her of the Government's support."),
    ])


@pytest.mark.parametrize("subject", ["Minister Orla Venmark, Ambassador Piet Hollmer, and Mr. Jon Kell",
                                     "Minister Orla Venmark, the host, and Mr. Jon Kell"])
def test_a_list_of_people_closed_by_comma_and_stays_a_group(subject):
    """The guard: a serial list of people closed by ", and" (or a name, its short aside, and another name) is
    still the group that speaks together: no one's statement."""
    assert_statements(f"{subject} discussed the budget of the mission.", [])
