"""Statements found by helper h669's set fourhundredninetyninth (the President of the Republic of Albania's English
releases): a host "welcomed" a guest whose office holds "for <Country>" "for a meeting"; a paragraph "This could be
achieved …" after one that ended with a person's call, with "thanks to" a preposition there; "commemorated <a date> as
the day that …" (described as).

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_welcomed_an_office_for_a_country_for_a_meeting_is_a_host():
    """"welcomed the Assembly’s Rapporteur for Kastravia, Ms. Ilona Brenn, for a meeting": a guest received, as
    "welcomed President X for a joint meeting"; before, the "for Kastravia" of the office hid the event and the sentence
    was the President's statement."""
    assert_statements(
        "The President of the Republic, Mr. Ada Lorn, today welcomed the Assembly’s Rapporteur for Kastravia, "
        "Ms. Ilona Brenn, for a meeting. President Lorn emphasized the importance of working towards the future.",
        [("Ada Lorn", "indirect", "President Lorn emphasized the importance of working towards the future.")],
    )


def test_welcomed_a_proposal_for_a_meeting_is_still_a_statement():
    """Guard: "welcomed the Rapporteur for Kastravia’s proposal for a joint meeting": a thing welcomed in words (a
    lowercase noun after the office), the President's statement."""
    assert_statements(
        "President Ada Lorn welcomed the Rapporteur for Kastravia’s proposal for a joint meeting of the two committees.",
        [("Ada Lorn", "indirect", "President Ada Lorn welcomed the Rapporteur for Kastravia’s proposal for a joint "
                                  "meeting of the two committees.")],
    )


_COOPERATION = (
    "President Ada Lorn received the Chief of General Staff of Kastravia, General Ben Taro.\n\n"
    "The Head of State fully supported and encouraged cooperation between the two countries, especially in military "
    "education, joint training, etc.\n\n"
)


def test_paragraph_on_how_the_course_urged_is_achieved_carries_on():
    """"This could be achieved even thanks to the existing initiatives …", a paragraph of its own right after the
    President's call for cooperation: how it may be done, hers (as "Moreover, it is necessary to …"); "thanks to" there
    a preposition, no one thanking. Before, no statement."""
    assert_statements(
        _COOPERATION + "This could be achieved even thanks to the existing initiatives within the defence cooperation.",
        [("Ada Lorn", "indirect", "The Head of State fully supported and encouraged cooperation between the two "
                                  "countries, especially in military education, joint training, etc."),
         ("Ada Lorn", "indirect", "This could be achieved even thanks to the existing initiatives within the defence "
                                  "cooperation.")],
    )


def test_paragraph_this_will_be_is_narrative():
    """Guard: "This will be the first joint exercise of the two armies." tells of an event, not how the course urged is
    done: not carried on."""
    assert_statements(
        _COOPERATION + "This will be the first joint exercise of the two armies.",
        [("Ada Lorn", "indirect", "The Head of State fully supported and encouraged cooperation between the two "
                                  "countries, especially in military education, joint training, etc.")],
    )


def test_commemorated_a_date_as_the_day_that_is_a_statement():
    """"President X commemorated May 3, 1990, as the day that brought freedom …": the day described as something, as
    "described … as"; before, no statement."""
    assert_statements(
        "President Ada Lorn held a meeting with Prime Minister Ben Taro in Velan.\n\n"
        "President Lorn commemorated May 3, 1990, as the day that brought freedom to the people of Kastravia.",
        [("Ada Lorn", "indirect", "President Lorn commemorated May 3, 1990, as the day that brought freedom to the "
                                  "people of Kastravia.")],
    )


def test_commemorated_the_victims_is_narrative():
    """Guard: "commemorated the victims of the war as part of the ceremony": an act of remembrance, no words."""
    assert_statements(
        "President Ada Lorn held a meeting with Prime Minister Ben Taro in Velan.\n\n"
        "President Lorn commemorated the victims of the war as part of the ceremony.",
        [],
    )
