"""Readings of the twenty-first styles set (`benchmarks/styles21/`): readouts in the shape of the corpus's President
of Ukraine 2022 folder, where each item's paragraphs are joined into one.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_pronoun_after_a_quotation_opened_by_a_colon_is_the_lead_ins_speaker():
    """"The Head of State also emphasized the importance of …: "…," he said." right after a sentence of the guest
    (twenty-first styles tervania president meeting brastova prime minister): the quotation is the host's, whose
    lead-in opened it, not the guest's named in the sentence before."""
    body = (
        "President of Korvel Dmytro Avrenko met with Prime Minister of Ostmark Pavel Brodsky. Pavel Brodsky noted "
        "that Ostmark would support the package. The Head of State also emphasized the importance of support for "
        "the new sanctions package: \"Every loophole is money for missiles. We must close them all,\" he said. The "
        "President thanked the Prime Minister for the decision."
    )
    assert_statements(body, [
        ("Pavel Brodsky", "indirect", "Pavel Brodsky noted that Ostmark would support the package."),
        ("Dmytro Avrenko", "indirect",
         "The Head of State also emphasized the importance of support for the new sanctions package"),
        ("Dmytro Avrenko", "direct", "Every loophole is money for missiles. We must close them all,"),
        ("Dmytro Avrenko", "indirect", "The President thanked the Prime Minister for the decision."),
    ], title="Dmytro Avrenko met with the Prime Minister of Ostmark")


def test_a_pronoun_of_the_other_gender_after_a_colon_quotation_is_not_the_lead_ins_speaker():
    """Guard: "Dmytro Avrenko informed the Prime Minister about …: "…," she said." names her, not the lead-in's
    speaker, whose gender the pronoun does not fit: the rule leaves it to the pronoun's own reading."""
    body = (
        "President of Korvel Dmytro Avrenko had a telephone conversation with Prime Minister of Ostmark Greta "
        "Holm. Greta Holm said that her government would help. Dmytro Avrenko informed the Prime Minister about "
        "the attacks: \"We will rebuild every school,\" she said."
    )
    result = assert_statements(body, [
        ("Greta Holm", "indirect", "Greta Holm said that her government would help."),
        ("Dmytro Avrenko", "indirect", "Dmytro Avrenko informed the Prime Minister about the attacks"),
        ("Greta Holm", "direct", "We will rebuild every school,"),
    ], title="Dmytro Avrenko had a telephone conversation with the Prime Minister of Ostmark")
    assert result is not None


def test_an_interview_given_in_which_she_spoke_is_her_statement():
    """"First Lady … gave an interview to the … broadcaster, in which she spoke about …" (twenty-first styles
    tervania first lady interview lumerian tv): the interview named by what she says in it, her indirect
    statement, as "sent a message …, in which he noted …"."""
    body = (
        "First Lady of Korvel Marta Avrenko gave an interview to the Ostmark public broadcaster, in which she spoke "
        "about the rehabilitation of children. The First Lady said that the need for support would remain."
    )
    assert_statements(body, [
        ("Marta Avrenko", "indirect", "First Lady of Korvel Marta Avrenko gave an interview to the Ostmark public "
         "broadcaster, in which she spoke about the rehabilitation of children."),
        ("Marta Avrenko", "indirect", "The First Lady said that the need for support would remain."),
    ], title="Marta Avrenko gave an interview to Ostmark television")


def test_a_bare_interview_given_stays_narrative():
    """Guard: "gave an interview to the … broadcaster." with no "in which she …" only says where she spoke."""
    body = (
        "First Lady of Korvel Marta Avrenko gave an interview to the Ostmark public broadcaster. The First Lady "
        "said that the need for support would remain."
    )
    assert_statements(body, [
        ("Marta Avrenko", "indirect", "The First Lady said that the need for support would remain."),
    ], title="Marta Avrenko gave an interview to Ostmark television")
