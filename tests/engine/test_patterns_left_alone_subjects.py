"""Rules for three errors earlier sets found and left alone: invented readouts, invented people and
countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_PAIR = ("President Arvo Lind met President Karel Mets of Vesland.\n\n"
         "Mr Lind said that trade had grown. ")


@pytest.mark.parametrize("group_sentence", [
    "Both leaders, after hearing Minister Oren Tamm, stressed the need to expand ties.",
    "The sides, after hearing Minister Tamm, noted the need to expand ties.",
    "Both leaders, in their talks with Minister Oren Tamm, stressed the need to expand ties.",
])
def test_group_subject_before_an_aside_ending_in_a_name_is_not_the_name(group_sentence):
    """"Both leaders, after hearing Minister Tamm, stressed …" (a case an earlier set found, beside
    two-hundred-thirty-third's "…, having heard the report of their ministers, stressed"): the name ends an aside
    that opens in lower case, the aside's object, no subject; the pair's words, no one's. Before, Tamm's."""
    assert_statements(_PAIR + group_sentence, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
    ])


@pytest.mark.parametrize("sentence", [
    "Later, Minister Oren Tamm stressed the need to expand ties.",
    "In the talks, Minister Oren Tamm stressed the need to expand ties.",
])
def test_name_after_a_fronted_phrase_still_speaks(sentence):
    """The guard: a name after a comma that ends a fronted phrase ("Later, Minister Tamm stressed …") is the
    subject, his words."""
    assert_statements(_PAIR + sentence, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
        ("Oren Tamm", "indirect", sentence),
    ])


def test_person_before_an_aside_ending_in_a_name_still_speaks():
    """The guard: "Mr Lind, after hearing Minister Tamm, stressed …": a person before the aside, his words."""
    said = "Mr Lind, after hearing Minister Tamm, stressed the need to expand ties."
    assert_statements(_PAIR + said, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
        ("Arvo Lind", "indirect", said),
    ])


@pytest.mark.parametrize("group_sentence", [
    "Both leaders, having heard the report of their ministers, stressed the need to expand ties.",
    "The sides, having heard the report of their ministers, noted the need to expand ties.",
    "The leaders, who met for the first time in the presence of their ministers, agreed to expand ties.",
    "The two Presidents, having heard the report of Minister Oren Tamm, emphasised the need to expand ties.",
    "The leaders of both countries, having heard the report of their ministers, stressed the need to expand ties.",
])
def test_group_subject_before_an_aside_ending_in_an_object_is_not_carried_on(group_sentence):
    """"Both leaders, having heard the report of their ministers, stressed …" (an error an earlier set
    found): the pair's words, no one's; the aside ends with an object ("of their ministers"), which left the verb
    with no subject and carried the last speaker on. Before, Mr Lind's."""
    assert_statements(_PAIR + group_sentence, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
    ])


def test_named_subject_before_an_aside_ending_in_an_object_still_speaks():
    """The guard: "Mr Lind, having heard the report of his ministers, stressed …": a person before the aside,
    his words."""
    assert_statements(_PAIR + "Mr Lind, having heard the report of his ministers, stressed the need to expand ties.", [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
        ("Arvo Lind", "indirect", "Mr Lind, having heard the report of his ministers, stressed the need to expand "
         "ties."),
    ])


def _aliases(result, name: str) -> set[str]:
    return {alias for speaker in result.speakers if speaker.name == name for alias in speaker.aliases}


_FORMER_HOLDER = ("President Arvo Lind met with Oren Falk, the 12th President of Vesland.\n\n"
                  "Mr Lind thanked him for the warm welcome.\n\n")


def test_present_holder_named_with_a_country_is_not_the_one_his_clause_names():
    """"Mr Bush said that the present US President highly valued Mr Putin’s strategic vision …" (third
    26871): the subject of a clause that names Mr Putin after its verb is not Mr Putin; nor, "present" marking
    another holder, the reporter, once the office's holder himself. No alias for either; before, Lind's
    (Putin's there)."""
    said = "Mr Falk said that the present Veslandian President highly valued Mr Lind’s vision of relations."
    result = assert_statements(_FORMER_HOLDER + said, [
        ("Arvo Lind", "indirect", "Mr Lind thanked him for the warm welcome."),
        ("Oren Falk", "indirect", said),
    ])
    assert not any("Veslandian" in alias for alias in _aliases(result, "Arvo Lind") | _aliases(result, "Oren Falk"))


def test_present_holder_whose_clause_names_someone_else_still_resolves():
    """The guard: "The new Estlandian President thanked Mr Falk …": the clause names another, so the office's
    one holder named (of no known country) is still meant."""
    body = ("President Arvo Lind met with Oren Falk.\n\n"
            "The new Estlandian President thanked Mr Falk for the welcome.")
    result = assert_statements(body, [
        ("Arvo Lind", "indirect", "The new Estlandian President thanked Mr Falk for the welcome."),
    ])
    assert any("Estlandian President" in alias for alias in _aliases(result, "Arvo Lind"))


@pytest.mark.parametrize("party", ["A Fair Deal", "A Just Russia"])
def test_leader_of_a_body_whose_name_opens_with_a_is_the_one_named_beside_it(party):
    """"The leader of A Just Russia also spoke about the preparation of the draft law …"
    (two-hundred-thirty-sixth 60768, the title "Meeting with head of A Just Russia political party Sergei Mironov"):
    the capital "A" after "of" opens the body's name, no article; its leader is whom the title names beside it.
    Before, the subject stopped at "The leader", the name read as a person "Fair Deal" (or the state Russia)."""
    said = f"The leader of {party} also spoke about the preparation of the draft law on pensions."
    assert_statements("Oren Tamm updated the President on the party’s current activities.\n\n" + said, [
        ("Oren Tamm", "indirect", "Oren Tamm updated the President on the party’s current activities."),
        ("Oren Tamm", "indirect", said),
    ], title=f"Meeting with head of {party} political party Oren Tamm")


def test_leader_of_a_body_named_beside_no_one_is_no_one():
    """The guard: a body whose name opens with "A" that no one was named beside: its leader is no one known (not
    the President who met the parties)."""
    assert_statements("President Arvo Lind met the leaders of the parliamentary parties.\n\n"
                      "The leader of A Fair Deal spoke about the draft law on pensions.", [])


_CHAIR = ("Prime Minister Arvo Lind chaired a meeting of his business council.\n\n"
          "Mr Lind said that trade had grown.\n\n")


@pytest.mark.parametrize("floor_given", [
    "Finally, the Prime Minister invited the Trade Secretary to discuss foreign investment into the country.",
    "The Prime Minister then invited Minister Oren Tamm to report on the state of the ports.",
])
def test_inviting_another_to_discuss_is_no_words_of_ones_own(floor_given):
    """"Finally, the Prime Minister invited the International Trade Secretary to discuss foreign investment into
    the UK …" (two-hundred-fifty-first business advisory council): the chair gives the floor; before, the
    Prime Minister's statement."""
    assert_statements(_CHAIR + floor_given, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
    ])


@pytest.mark.parametrize("invitation", [
    "The Prime Minister invited President Karel Mets to address the parliament of Vesland.",
    "The Prime Minister invited President Karel Mets to visit the capital to discuss trade.",
])
def test_an_invitation_made_still_speaks(invitation):
    """The guard: "invited X to address the Verkhovna Rada", "invited X to visit … to discuss …": an
    invitation made, the inviter's words."""
    assert_statements(_CHAIR + invitation, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
        ("Arvo Lind", "indirect", invitation),
    ])


_HOME_CALL = ("Home Minister Liis Tamm yesterday spoke to Karin Vask, Vesland’s Minister for Home Affairs.\n\n"
              "The Home Minister and Minister Vask also had time to consider the challenge of illegal migration, with "
              "the Home Minister taking the opportunity to update Minister Vask on the government’s new plan.\n\n")


def test_with_a_subject_taking_the_opportunity_to_update_speaks():
    """"…, with the Home Secretary taking the opportunity to update Minister Andrews on the government’s delivery of
    its New Plan for Immigration." (two-hundred-fifty-first patel): "update" after "took the opportunity to" is
    speech, as "brief"; the with-clause's subject speaks, and the next "She" is she. Before, the clause was missed
    and "She also expressed her gratitude …" went to Minister Andrews."""
    assert_statements(_HOME_CALL + "She also expressed her gratitude for the advice offered by Vesland.", [
        ("Liis Tamm", "indirect", "the Home Minister taking the opportunity to update Minister Vask on the "
         "government’s new plan."),
        ("Liis Tamm", "indirect", "She also expressed her gratitude for the advice offered by Vesland."),
    ])


def test_taking_the_opportunity_to_do_no_speech_is_no_statement():
    """The guard: "taking the opportunity to visit the port": an occasion used, no words."""
    assert_statements("Home Minister Liis Tamm yesterday met Karin Vask, Vesland’s Minister for Home Affairs.\n\n"
                      "The ministers toured the harbour, with the Home Minister taking the opportunity to visit the "
                      "new border post.", [])
