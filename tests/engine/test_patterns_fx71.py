"""Mends of the review's findings (hr61, stop 69): invented readouts, invented people and countries.

- `sentence_reading._tag_names_another_office`: "“…,” the Velsk Finance and Economy MEC said." after a Premier or a
  Mayor of Velsk is no one's (the MEC unnamed), not the last subject's, who holds no such office;
- `phrases._place_then_two_portfolios_of_an_office`: a place of two words, a portfolio of two ("the Northern Velsk
  Finance and Economic Development MEC") one office-holder, as "the Velsk Finance and Economy MEC";
- `sentence_reading._said_by_a_described_body_after` (`name_registry.body_described_after`, `_BODY_HEADS`): "said
  Oxfam, a charity." a body's words, no one's;
- `phrases._local_title_then_name` (`_BODY_NAME_ENDS`): "The Friends of Velsk Charles Morrow Trust" a body, no person;
- `People._aides_named`: "the Governor's aide" no one when two aides are named;
- `transcripts._a_delegation_named`: "the leader of the Ostrian delegation" as "the head of" it;
- `sentence_reading._lower_body_of_the_office_ends`: "X, chairman of the council of elders said." X's words;
- `NameRegistry._object_after_a_short_subject_before` pinned: "The steward thanked Brek … . He informed Varn …" Brek's.
"""

from __future__ import annotations

import pytest

from readout_tui.engine.people import roles_compatible

from .test_patterns import assert_statements

_TWO_HEADS = "{office} Olek Varn of Velsk met Mayor Ima Sello of Ostra on Monday. "


@pytest.mark.parametrize("office", ["Premier", "Mayor"])
@pytest.mark.parametrize("tag", ["the Velsk Finance and Economy MEC", "the Velsk MEC", "the Finance and Economy MEC"])
def test_an_office_no_one_named_holds_is_not_the_last_subjects(office, tag):
    """The tag's office is one the Premier (or Mayor) does not hold: the quotation is the unnamed MEC's, no one named."""
    body = _TWO_HEADS.format(office=office) + f"\"We will balance the books,\" {tag} said."
    assert_statements(body, [])


def test_the_last_subjects_own_office_in_the_tag_is_still_his():
    """The near shape kept: "the Premier said" after "Premier Olek Varn": his words."""
    body = _TWO_HEADS.format(office="Premier") + "\"We will balance the books,\" the Premier said."
    assert_statements(body, [("Olek Varn", "direct", "We will balance the books")])


@pytest.mark.parametrize("tag", ["the official", "the Rear Admiral", "the co-chairman"])
def test_a_generic_word_a_rank_or_a_short_form_in_the_tag_is_still_the_last_subjects(tag):
    """Words for anyone in office, a rank beside an office and an office written short stay the last subject's (as
    the co-chair of a group called "the co-chairman")."""
    body = ("Co-chair of the Velsk Group Olek Varn met Mayor Ima Sello of Ostra on Monday.\n\n"
            "Olek Varn thanked the Mayor for the welcome. "
            f"\"We will balance the books,\" {tag} said.")
    assert_statements(body, [("Olek Varn", "indirect", "Olek Varn thanked the Mayor for the welcome."),
                             ("Olek Varn", "direct", "We will balance the books")])


_MEC_NAMED = "Premier Olek Varn of Velsk met the Velsk Finance and Economic Development MEC, Ima Sello, on Monday. "


@pytest.mark.parametrize("tag", ["the Velsk Finance and Economic Development MEC",
                                 "the Northern Velsk Finance and Economy MEC"])
def test_a_places_office_of_two_portfolios_of_two_words_is_one_holder(tag):
    """(`phrases._place_then_two_portfolios_of_an_office`) a place of two words, a portfolio of two: one MEC, the one
    named, not a pair of a place and a person."""
    assert_statements(_MEC_NAMED + f"\"We will balance the books,\" {tag} said.",
                      [("Ima Sello", "direct", "We will balance the books")])


def test_two_names_before_one_office_are_still_two():
    """The near shape kept: "the Ima Sello and Tomas Brek MEC" two names, a pair, no one's words."""
    assert_statements(_MEC_NAMED + "\"We will balance the books,\" the Ima Sello and Tomas Brek MEC said.", [])


_MEETING = "Minister Olek Varn of Velsk met Minister Ima Sello of Ostra on Monday.\n\n"


@pytest.mark.parametrize("tag", ["said Oxfam, a charity", "said Amnesty, a rights watchdog",
                                 "said Velskia, a member of the alliance", "said Ostrafund, a think tank"])
def test_a_body_described_after_an_inverted_said_is_no_one(tag):
    """The one word after "said", described as a charity, a watchdog, an alliance's member, a think tank: a body's
    words, neither a one-word person nor the last subject's."""
    assert_statements(_MEETING + f"\"The trucks wait for days,\" {tag}.", [])


def test_a_person_described_after_an_inverted_said_is_still_one():
    """The near shape kept: "said Asadullah, a returned refugee." a one-word person's words."""
    assert_statements(_MEETING + "\"The trucks wait for days,\" said Asadullah, a returned refugee.",
                      [("Asadullah", "direct", "The trucks wait for days")])


def test_a_bodys_name_on_a_founders_name_is_no_local_title():
    """"The Friends of Velsk Charles Morrow Trust": a trust, no person "Charles Morrow Trust" titled "Friends"."""
    assert_statements(_MEETING + "The Friends of Velsk Charles Morrow Trust announced a new grant.", [])


def test_a_local_title_of_a_place_then_a_name_is_still_read():
    """The near shape kept: "The Katikkiro of Buganda Charles Peter Mayiga has acknowledged …"."""
    sentence = "The Katikkiro of Buganda Charles Peter Mayiga has acknowledged the support of Velsk."
    assert_statements(_MEETING + sentence, [("Charles Peter Mayiga", "indirect", sentence)])


_AIDES = ("Governor Olek Varn of Velsk received a delegation of traders on Monday.\n\n"
          "The Executive Assistant to the Governor on Youth Affairs, Hon Ima Sello, noted that the traders had been "
          "patient.\n\n")
_SECOND_AIDE = "The Special Adviser to the Governor on Media, Tomas Brek, said the talks would go on.\n\n"
_AIDE_SPEAKS = "The Governor’s aide used the opportunity to appreciate the traders for their patience."


def test_the_governors_aide_is_no_one_when_two_aides_are_named():
    assert_statements(_AIDES + _SECOND_AIDE + _AIDE_SPEAKS, [
        ("Ima Sello", "indirect", "The Executive Assistant to the Governor on Youth Affairs, Hon Ima Sello, noted that "
                                  "the traders had been patient."),
        ("Tomas Brek", "indirect", "The Special Adviser to the Governor on Media, Tomas Brek, said the talks would go "
                                   "on.")])


def test_the_governors_aide_is_the_one_aide_named():
    """The near shape kept: one aide named, "the Governor's aide" is she."""
    assert_statements(_AIDES + _AIDE_SPEAKS, [
        ("Ima Sello", "indirect", "The Executive Assistant to the Governor on Youth Affairs, Hon Ima Sello, noted that "
                                  "the traders had been patient."),
        ("Ima Sello", "indirect", _AIDE_SPEAKS)])


def test_an_aide_is_still_an_assistants_office():
    assert roles_compatible("aide of governor", "executive assistant to governor")
    assert not roles_compatible("aide of governor", "commissioner for youth affairs")


_DELEGATION = "Minister Olek Varn of Velsk received an Ostrian delegation led by Tomas Brek on Monday.\n\n"


@pytest.mark.parametrize("words", ["The leader of the Ostrian delegation", "The leader of the visiting Ostrian delegation",
                                   "The head of the Ostrian delegation", "The leader of the delegation"])
def test_the_leader_of_an_adjectives_delegation_is_its_leader(words):
    sentence = f"{words} thanked the minister for the welcome."
    assert_statements(_DELEGATION + sentence, [("Tomas Brek", "indirect", sentence)])


def test_the_leader_of_the_opposition_is_no_delegations_leader():
    """The near shape kept: "the leader of the opposition" an office of its own, not the delegation's leader."""
    assert_statements(_DELEGATION + "The leader of the opposition thanked the minister for the welcome.", [])


_GUESTS = "Minister Ima Sello of Ostra met Olek Varn in Velsk on Monday.\n\n"


@pytest.mark.parametrize("office", ["chairman of the council of elders", "spokesman of the provincial council",
                                    "representative of Velsk"])
def test_a_lower_case_office_of_a_lower_case_body_before_the_verb(office):
    """"“…,” Olek Varn, chairman of the council of elders said.": the aside's closing comma left out, the name speaks."""
    assert_statements(_GUESTS + f"\"We welcome the guests,\" Olek Varn, {office} said.",
                      [("Olek Varn", "direct", "We welcome the guests")])


def test_the_one_acted_on_in_the_sentence_before_speaks_back():
    """(pins `NameRegistry._object_after_a_short_subject_before`) "The steward thanked Brek …. He informed Varn that …":
    "He" cannot be Varn, whom its verb acts on; the one the short subject acted on before him, Brek, speaks."""
    body = ("Regent Olek Varn of Velsk met Mayor Tomas Brek of Ostra in Velsk on Monday.\n\n"
            "The steward thanked Brek for sharing the history of Ostra. He informed Varn that the city would host "
            "the fair.")
    assert_statements(body, [("Tomas Brek", "indirect", "He informed Varn that the city would host the fair.")])
