"""Patterns found by the twenty-ninth hard set (benchmarks/hard29/: twelve dev situations rewritten in the voices of a
chief of the general staff's press office, a patriarchate's press office, a prime minister's lobby briefing and a news
agency's wire): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_passives_of_speech_with_the_speaker_as_agent():
    """A passive of speech whose listener comes with "upon" before its agent, or whose participle is "made clear /
    plain / known" (hard29: "It was impressed upon the Board by General Rask that the Convention's ratification had in
    effect begun …", "It was made plain by His Holiness that the monastery hospital … must be allowed …"): the agent's
    statement. Guards: "was made plain by the figures" (no person), "was impressed upon arrival by the harbour" (no
    speech)."""
    body = ("General Matteo Rask chaired a meeting of the General Staff Board.\n\n"
            "It was impressed upon the Board by General Rask that the ratification had in effect begun.\n\n"
            "It was made plain by General Rask that the audits must be finished by June.\n\n"
            "The scale of the shortfall was made plain by the figures for March. The delegation was impressed upon "
            "arrival by the size of the harbour.")
    assert_statements(body, [
        ("Matteo Rask", "indirect", "It was impressed upon the Board by General Rask that the ratification had in "
                                    "effect begun."),
        ("Matteo Rask", "indirect", "It was made plain by General Rask that the audits must be finished by June."),
    ])


def test_adding_after_a_source_or_topic_aside():
    """A short aside between a quotation's attribution clause and its "adding that" (hard29: "“…,” Haller said,
    according to a statement from his office, adding that the Sarn corridor should open …", "“…,” Orban said of the
    Nordline 2 project, adding that countering it required …"): the report goes on from "adding". Guard: "adding:"
    before a second quotation introduces it (no report)."""
    body = ("President Jorun Haller telephoned President Lukas Orban.\n\n"
            "\"We will hold to the spirit of our alliance,\" Haller said, according to a statement from his office, "
            "adding that the corridor should open this year.\n\n"
            "\"This pipeline is a strategic weapon,\" Orban said of the Nordline 2 project, adding that countering it "
            "required unity.\n\n"
            "\"We stand together,\" Orban said on Friday, adding: \"And we will stay together.\"")
    assert_statements(body, [
        ("Jorun Haller", "direct", "We will hold to the spirit of our alliance"),
        ("Jorun Haller", "indirect", "adding that the corridor should open this year."),
        ("Lukas Orban", "direct", "This pipeline is a strategic weapon"),
        ("Lukas Orban", "indirect", "adding that countering it required unity."),
        ("Lukas Orban", "direct", "We stand together"),
        ("Lukas Orban", "direct", "And we will stay together."),
    ])


def test_a_quotation_broken_by_the_writers_parenthetical_aside():
    """A quotation broken by the writer's aside in brackets whose subject is a person (hard29: "“The sea demands
    discipline,” (the General served nineteen years in submarines before she took command) “and it forgives neither
    mistakes nor haste.”", "“…,” (the PM turned here to thank Ms Valk by name) “but the war goes on …”"): both halves
    are that person's. Guard: an aside of no person ("(a sailor's cap fell to the deck)") names no speaker."""
    body = ("The Chief of the General Staff, General Aud Tessem, met the crew of the frigate.\n\n"
            "The submarine Skarv sank in the Kolvik Sound on Monday.\n\n"
            "\"The sea demands discipline,\" (the General served nineteen years in submarines before she took command) "
            "\"and it forgives neither mistakes nor haste.\"\n\n"
            "The frigate sails for Valmar next week.\n\n"
            "\"We are ready,\" (a sailor's cap fell to the deck) \"and we will go.\"")
    assert_statements(body, [
        ("Aud Tessem", "direct", "The sea demands discipline"),
        ("Aud Tessem", "direct", "and it forgives neither mistakes nor haste."),
    ])


def test_office_and_a_styled_name_after_another_name():
    """"…, Ms X, the Prime Minister, Mr Y, called for …" (hard29: "Speaking at a press conference … after his talks
    with the President of the Northern Commission, Ms Irene Valk, the Prime Minister, Mr Oskar Lind, called for a
    seventh package of sanctions"): a styled name after the office is its holder, the subject, not the firm of "Kofi
    Arden, CEO, Arden Logistics, warned". Guard: that firm's sentence still Kofi Arden's."""
    body = ("The Prime Minister met the President of the Northern Commission.\n\n"
            "After his talks with the President of the Northern Commission, Ms Irene Valk, the Prime Minister, Mr Oskar "
            "Lind, called for a seventh package of sanctions.\n\n"
            "Kofi Arden, CEO, Arden Logistics, warned that prices would rise.")
    assert_statements(body, [
        ("Oskar Lind", "indirect", "After his talks with the President of the Northern Commission, Ms Irene Valk, the "
                                   "Prime Minister, Mr Oskar Lind, called for a seventh package of sanctions."),
        ("Kofi Arden", "indirect", "Kofi Arden, CEO, Arden Logistics, warned that prices would rise."),
    ])


def test_a_relative_clause_of_speech_after_the_sentences_subject():
    """A relative clause of speech set off right after the person who opens the sentence (hard29: "The Metropolitan,
    who assured his host that the parishes of Merovia would keep their doors open …, presented His Holiness with an
    icon …"): the subject's statement, the main verb an act. Guards: after an object ("His Holiness met Metropolitan
    Avram, who assured him …") nothing changes; a relative clause of no speech ("who arrived on Monday") is none."""
    body = ("His Holiness Patriarch Ilarion received Metropolitan Sergiu Avram.\n\n"
            "The Metropolitan, who assured his host that the parishes would keep their doors open, presented His "
            "Holiness with an icon.\n\n"
            "The Metropolitan, who arrived on Monday, presented His Holiness with a book.")
    assert_statements(body, [
        ("Sergiu Avram", "indirect", "The Metropolitan, who assured his host that the parishes would keep their doors "
                                     "open, presented His Holiness with an icon."),
    ])


def test_a_verb_inside_the_question_asked_is_no_cue():
    """A sentence that opens with the question put to its subject (hard29: "Asked whether the PM had raised the
    dispute over the Aurel islands, the PM's spokesperson declined to comment."): "the PM had raised" is the
    question's, no statement of the PM's. Guard: the answer after the comma still its speaker's ("Asked whether she
    had raised …, Ms Tolland said that …")."""
    body = ("The Prime Minister, Ms Maeve Tolland, met the Prime Minister of Nerea, Mr Stavros Kostaris.\n\n"
            "Asked whether the PM had raised the dispute over the Aurel islands, the PM's spokesperson declined to "
            "comment.\n\n"
            "Asked whether she had raised the islands, Ms Tolland said that she had raised them.")
    assert_statements(body, [
        ("Maeve Tolland", "indirect", "Asked whether she had raised the islands, Ms Tolland said that she had raised "
                                      "them."),
    ])
