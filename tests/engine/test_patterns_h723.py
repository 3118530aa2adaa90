"""Statements found by helper h723's mend of fivehundredfortysecond's (Jiangsu's and Guangdong's foreign-affairs English
releases) errors: the words of a governor or a party secretary carried on over sentences with no speech verb, in the
manner of Chinese provincial readouts.

- a prefecture's name is a place, no person's ("Dalmor Prefecture has a long-term relation with …"), and so is an
  industrial park's ("represented by the Kestrel Industrial Park"): a sentence that names one carries the report on
  (lexicon.NON_PERSON_WORDS);
- "are considered successful examples …": a present judgement of what a thing is, no act passed at the meeting, carries
  the report on (carrying_on._AGENTLESS_PASSIVE); "was considered beneficial" still does not;
- "Efforts need to be made to …": a plural thing to be done, no one's name (reported_speech._PLURAL_DONE_TO);
- "Kestrel will also offer …" after "X, secretary of the Kestrel Provincial Committee, said …": the place his office is
  written with, his "we", carries his words on (carrying_on.CarryingOn._reporters_state_speaks); another place does not;
- a short paragraph with no statement between one side's statement and the other side's that speaks as the first side
  ("It is hoped that both sides will …", "At present, Kestrel endeavors to …", "Kestrel also hopes to …" after "He said
  Kestrel is willing to …"): the first side's words carried on (carrying_on.CarryingOn._own_side_between); a paragraph
  of background there is not.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET = "Governor Tomas Varga met with Governor Elin Rask of Dalmor in Kestrel on May 2."
_SAID = "Varga said that this year marks the 30th anniversary of the sister-province relations."
_RASK = "Rask said that Dalmor hopes to deepen cooperation with Kestrel."


def test_a_prefectures_name_is_no_person_and_carries_the_report_on():
    """"Dalmor Prefecture has a long-term relation with …" after Varga's words: his, the prefecture no one who acts."""
    carried = "Dalmor Prefecture has a long-term relation with Kestrel, which has become an important bridge."
    assert_statements(
        f"{_MET}\n\n{_SAID} {carried}\n\n{_RASK}",
        [("Tomas Varga", "indirect", _SAID), ("Tomas Varga", "indirect", carried), ("Elin Rask", "indirect", _RASK)],
    )


def test_an_industrial_parks_name_is_no_person_and_carries_the_report_on():
    """"Their projects, represented by the Kestrel Industrial Park, have achieved …": his words carried on."""
    carried = "Their projects, represented by the Kestrel Industrial Park, have achieved positive results."
    assert_statements(
        f"{_MET}\n\n{_SAID} {carried}\n\n{_RASK}",
        [("Tomas Varga", "indirect", _SAID), ("Tomas Varga", "indirect", carried), ("Elin Rask", "indirect", _RASK)],
    )


def test_a_present_judgement_with_considered_carries_the_report_on():
    """"… and are considered successful examples of cooperation.": what the projects are, in his words."""
    carried = "Their joint projects have achieved positive results and are considered successful examples of cooperation."
    assert_statements(
        f"{_MET}\n\n{_SAID} {carried}\n\n{_RASK}",
        [("Tomas Varga", "indirect", _SAID), ("Tomas Varga", "indirect", carried), ("Elin Rask", "indirect", _RASK)],
    )


def test_a_judgement_passed_at_the_meeting_with_considered_is_still_no_ones():
    """"… was considered beneficial.": an agentless judgement of the meeting (four-hundred-thirty-ninth), not his."""
    passed = "At the same time, the expansion of contacts between the relevant ministries was considered beneficial."
    assert_statements(
        f"{_MET}\n\n{_SAID} {passed}\n\n{_RASK}",
        [("Tomas Varga", "indirect", _SAID), ("Elin Rask", "indirect", _RASK)],
    )


_SAID_FIRST = "Anton Varis, secretary of the Kestrel Provincial Committee, said priority should be given to innovation."
_SECRETARY = "Party Secretary Anton Varis spoke at a gathering in Kestrel on February 2.\n\n" + _SAID_FIRST


def test_efforts_that_need_to_be_made_carry_the_report_on():
    """"Efforts need to be made to help villagers …": a thing to be done, no one named "Efforts" (after a sentence
    of the readout's own that does not end his report)."""
    carried = "Efforts need to be made to help villagers live a modern town life."
    assert_statements(
        f"{_SECRETARY} Dorvan will host the provincial trade fair next year. {carried}",
        [("Anton Varis", "indirect", _SAID_FIRST), ("Anton Varis", "indirect", carried)],
    )


def test_the_province_his_office_names_carries_his_words_on():
    """"Kestrel will also offer …" after the secretary of the Kestrel Provincial Committee said …: his province, his."""
    carried = "Kestrel will also offer better education opportunities to its students."
    assert_statements(
        f"{_SECRETARY} {carried}",
        [("Anton Varis", "indirect", _SAID_FIRST), ("Anton Varis", "indirect", carried)],
    )


def test_another_place_that_will_act_does_not_carry_his_words_on():
    """"Dorvan will host the fair next year.": a place his office does not name, told of by the readout."""
    told = "Dorvan will host the provincial trade fair next year."
    assert_statements(
        f"{_SECRETARY} {told}",
        [("Anton Varis", "indirect", _SAID_FIRST)],
    )


_VICE = "Chen Marel, Vice Governor of Kestrel Province, met with Ali Torvan, Ambassador of Dalmor, on May 7."
_CHEN = "Chen pointed out that Kestrel and Dalmor have a close relationship in terms of trade."
_TORVAN = "Ali Torvan said that Dalmor hopes to enhance its cooperation with Kestrel in energy."


def test_a_paragraph_of_hope_between_the_two_sides_is_the_first_sides():
    """"At present, Kestrel endeavors to … . It is hoped that both sides will …" between Chen's and Torvan's paragraphs:
    Chen's, the province his office names speaking, then the hope."""
    between = ("At present, Kestrel endeavors to open up on all fronts, which provides a precious opportunity. "
               "It is hoped that both sides will seize the opportunity to strengthen cooperation in trade and tourism.")
    assert_statements(
        f"{_VICE}\n\n{_CHEN}\n\n{between}\n\n{_TORVAN}",
        [("Chen Marel", "indirect", _CHEN),
         ("Chen Marel", "indirect", ("At present, Kestrel endeavors to open up on all fronts, which provides a "
                                     "precious opportunity.")),
         ("Chen Marel", "indirect", ("It is hoped that both sides will seize the opportunity to strengthen "
                                     "cooperation in trade and tourism.")),
         ("Ali Torvan", "indirect", _TORVAN)],
    )


def test_the_place_he_said_is_willing_goes_on_hoping_in_his_words():
    """"He said Kestrel is willing to …" / "Kestrel also hopes to …" / the guest's words: the host's, his office
    unwritten, the place his statement spoke for."""
    said = "He said Kestrel is willing to deepen practical cooperation in various fields with Dalmor County."
    hopes = "Kestrel also hopes to cultivate more friendly ambassadors through the speech competition."
    guest = "Mara Olin stated that this year marks the 10th anniversary of friendly exchanges."
    assert_statements(
        "Han Varo met on Tuesday in Kestrel with Mara Olin.\n\nHan Varo welcomed the visit of Mara Olin.\n\n"
        f"{said}\n\n{hopes}\n\n{guest}",
        [("Han Varo", "indirect", "Han Varo welcomed the visit of Mara Olin."), ("Han Varo", "indirect", said),
         ("Han Varo", "indirect", hopes), ("Mara Olin", "indirect", guest)],
    )


def test_a_paragraph_of_background_between_the_two_sides_is_no_ones():
    """"Kestrel and Dalmor established sister relations in 1994." between the two sides' paragraphs: the readout's."""
    background = "Kestrel and Dalmor established sister-province relations in 1994."
    assert_statements(
        f"{_VICE}\n\n{_CHEN}\n\n{background}\n\n{_TORVAN}",
        [("Chen Marel", "indirect", _CHEN), ("Ali Torvan", "indirect", _TORVAN)],
    )
