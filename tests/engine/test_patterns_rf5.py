"""Mends of the seventy-first stop's review rf5 (the merges of h1229, h1230, h1232, h1233 and h1234): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_said_this_when_asked_and_a_verb_of_speech_after_it_still_speaks():
    """"He said this when asked about the floods and stressed that …": the question put to him ends before a second
    verb of his joined by "and" with no comma, whose cue word is still read; the sentence is his (it was no one's
    after `reported_speech._past_a_question_put` skipped to the sentence's end)."""
    body = ("Minister Karel Vosk said the government would help the flood victims. "
            "He said this when asked about the floods and stressed that the army would help.")
    assert_statements(body, [
        ("Karel Vosk", "indirect", "Minister Karel Vosk said the government would help the flood victims."),
        ("Karel Vosk", "indirect", "He said this when asked about the floods and stressed that the army would help."),
    ])


def test_said_this_when_asked_with_a_participle_in_the_question_is_still_no_statement():
    """The guard: a question with no verb of his after it ("… when asked to comment on the steps taken and planned
    by the state.") is still only the occasion, no statement."""
    body = ("Minister Karel Vosk said the government would help the flood victims. "
            "He said this when asked to comment on the steps being taken and planned by the state.")
    assert_statements(body, [
        ("Karel Vosk", "indirect", "Minister Karel Vosk said the government would help the flood victims."),
    ])


def test_the_agencys_representative_is_not_the_minister_who_holds_no_such_office():
    """"“…,” the agency's representative said." where no one named is a representative (a minister and a country
    director): the body's officer, unnamed, not the last one named the fallback would give it to; before, the minister's
    (`sentence_reading._tag_names_another_office`, after h1234 read the phrase whole)."""
    body = ("The Minister of Health of Ossoria, Mr. Karl Benn, received Ms. Anna Vell, the UNHCR Representative in "
            "Ossoria, and Mr. Tomas Riel, the WFP Country Director.\n\n"
            "“We need funds,” the agency's representative said.")
    assert_statements(body, [])


def test_the_agencys_representative_named_before_still_speaks():
    """The guard: one named before as the body's representative ("UNHCR Representative X") is still the tag's."""
    body = ("The Minister of Health of Ossoria, Mr. Karl Benn, received UNHCR Representative Anna Vell and WFP Country "
            "Director Tomas Riel.\n\n"
            "“We need funds,” the agency's representative said.")
    assert_statements(body, [("Anna Vell", "direct", "We need funds")])


def test_the_chief_is_the_head_of_delegation_named_alone():
    """"The chief said …" where the one head named is the ICRC's head of delegation: his words, as before h1234, whose
    `people.roles_compatible` refused "chief" for any head of delegation; now only beside another chief named
    (`People._resolve_description`)."""
    body = ("The Foreign Minister of Ossoria, Mr. Karl Benn, received the head of delegation of the ICRC in Ossoria, "
            "Mr. Jan Ros, on Monday.\n\n"
            "The chief said the talks would go on.")
    assert_statements(body, [("Jan Ros", "indirect", "The chief said the talks would go on.")])


def test_the_red_crescent_chief_beside_a_head_of_delegation_is_the_other_chief():
    """The guard: beside a society's Secretary General, "The Red Crescent chief" is still he, not the ICRC's head of
    delegation named after him."""
    body = ("The Minister of Health of Ossoria, Mr. Karl Benn, received the Secretary General of the Ossorian Red "
            "Crescent Society, Dr. Ivo Tesh, and the ICRC head of delegation, Mr. Jan Ros.\n\n"
            "The Red Crescent chief said the clinics were full.")
    assert_statements(body, [("Ivo Tesh", "indirect", "The Red Crescent chief said the clinics were full.")])
