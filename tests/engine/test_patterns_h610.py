"""Readings of known errors in the invented sets (benchmarks/hard*, benchmarks/styles*): general patterns mended one
by one (h610).

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for;
each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_head_of_the_acronym_is_the_one_named_beside_the_acronym():
    """"The head of the Federal Department of Foreign Affairs (FDFA), Federal Councillor X, received …" and later "The
    head of the FDFA informed …" (styles3 alvetia_fdfa): the body's short name given in parentheses beside the name, its
    head the one named there, as "The FDFA head" already was."""
    body = ("The head of the Office of Maritime Affairs (OMA), State Councillor Talia Brenn, received the Harbour Master "
            "of Vessia, Oskar Lind, in Port Arel on 4 May.\n\n"
            "The head of the OMA informed her guest that the Council had approved new funds for the northern piers.\n")
    assert_statements(body, [("Talia Brenn", "indirect",
                              "The head of the OMA informed her guest that the Council had approved new funds for the "
                              "northern piers.")])


def test_the_acronym_head_still_reads_as_before():
    """The guard of the same rule: "The OMA head said …" (the acronym before "head") is hers, as before."""
    body = ("The head of the Office of Maritime Affairs (OMA), State Councillor Talia Brenn, received the Harbour Master "
            "of Vessia, Oskar Lind, in Port Arel on 4 May.\n\n"
            "The OMA head said that the Council had approved new funds for the northern piers.\n")
    assert_statements(body, [("Talia Brenn", "indirect",
                              "The OMA head said that the Council had approved new funds for the northern piers.")])


def test_after_someone_noted_that_the_clause_is_his_statement():
    """"After the President of Kaldora noted that trade … had grown …, the sides signed …" and "Once the Ludavian leader
    had pointed out that …, the two energy ministries were instructed …" (hard37 kaldora_president_talks_ludavia_president):
    what one person said, told before what followed it, is his statement up to the clause's comma; the main clause
    stays the readout's."""
    body = ("President Oren Talvik of Marrosk held talks with President Ivo Sendal of Drevia in Talvo.\n\n"
            "After the President of Marrosk noted that trade between the two countries had grown by a quarter, the "
            "sides signed an agreement on the river port.\n\n"
            "Once the Drevian leader had pointed out that his country's grid needed new transformers, the two energy "
            "ministries were instructed to prepare a plan.\n")
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "After the President of Marrosk noted that trade between the two countries had grown by a quarter,"),
        ("Ivo Sendal", "indirect",
         "Once the Drevian leader had pointed out that his country's grid needed new transformers,"),
    ])


def test_after_someone_called_for_something_the_sentence_stays_no_ones():
    """The guard of the same rule: "After the President called upon the Assembly to ban fees, the Ministry published …"
    (a call with no "that" clause) and "Because President X believes that …, the Government proposed …" (a reason, not
    what came first) stay no one's statement, as before."""
    body = ("President Oren Talvik of Marrosk met with Finance Minister Ivo Sendal in Talvo.\n\n"
            "After the President called upon the Assembly to ban hidden fees, the Ministry published a new rule.\n\n"
            "Because President Talvik believes that families pay too much, the Government proposed a cap.\n")
    assert_statements(body, [])


def test_office_of_a_state_with_a_word_before_state_is_the_named_persons():
    """"… received the Chief Minister of the neighbouring state of Sikhara, Shri X, …" and later "The Chief Minister
    conveyed …" (styles12 bhutara_pmo): the office before "of the neighbouring state of" is his, as before "of the
    federated state of"."""
    body = ("Prime Minister Tashi Wangdi received the Chief Minister of the northern state of Lorvana, Shri Arun "
            "Medhi, in Dravik this afternoon.\n\n"
            "The Chief Minister conveyed the greetings of the people of Lorvana to the Government.\n")
    assert_statements(body, [("Arun Medhi", "indirect",
                              "The Chief Minister conveyed the greetings of the people of Lorvana to the Government.")])


def test_a_thing_that_has_been_paid_off_carries_the_report_on():
    """"The Governor briefed the President on … . Some 140 kilometres of heating mains have been replaced. Wage arrears
    at the Tarsk tractor plant, a sore point for two years, have been paid off in full." (hard32
    velsk_governor_tarsk_winter_report): a thing done lately, in the present perfect with no agent, its first word read
    as a name before a lower-case noun ("Wage arrears"), is the report's, as "… had been paid off" already was."""
    body = ("President Ivo Rask held a working meeting with Governor of the Lesk Region Marat Olen.\n\n"
            "The Governor briefed the President on the region's preparations for the winter. Some 90 kilometres of "
            "heating mains have been replaced. Wage arrears at the Lesk bus plant, a sore point for two years, have "
            "been paid off in full.\n")
    assert_statements(body, [
        ("Marat Olen", "indirect", "The Governor briefed the President on the region's preparations for the winter."),
        ("Marat Olen", "indirect", "Some 90 kilometres of heating mains have been replaced."),
        ("Marat Olen", "indirect", "Wage arrears at the Lesk bus plant, a sore point for two years, have been paid off "
                                   "in full."),
    ])


def test_a_person_who_has_been_given_something_stays_the_readouts():
    """The guard of the same rule: "Olen has been given a state award." opens with a person's name, not a word before
    its noun: the readout tells of him, no more of the report, as before."""
    body = ("President Ivo Rask held a working meeting with Governor of the Lesk Region Marat Olen.\n\n"
            "The Governor briefed the President on the region's preparations for the winter. Olen has been given a "
            "state award.\n")
    assert_statements(body, [
        ("Marat Olen", "indirect", "The Governor briefed the President on the region's preparations for the winter."),
    ])


def test_one_heard_speaks_in_the_who_clause_after_them():
    """"The Board also heard the Chief of Logistics, Lieutenant General X, who assured the two generals presiding that
    …" (hard29 sorvia_general_staff_board_instructions): the one heard, as the one "heard from", speaks in the relative
    clause set off after them; the sentence is theirs."""
    body = ("President Ivo Rask chaired a meeting of the Defence Board in Velsk.\n\n"
            "The Board also heard the Chief of Engineers, Major General Pia Norberg, who assured the members that the "
            "new bridges would be finished by June.\n")
    assert_statements(body, [("Pia Norberg", "indirect",
                              "The Board also heard the Chief of Engineers, Major General Pia Norberg, who assured the "
                              "members that the new bridges would be finished by June.")])


def test_the_agent_of_met_with_understanding_speaks_in_the_who_clause():
    """"Tavel's concerns … were met with understanding by the vice president, who said …" (hard21) and "The birthday
    wishes were received with appreciation by the Prime Minister, who spoke of …" (hard23): how a thing was taken, by
    whom, and then that one's words; the sentence is the agent's."""
    body = ("Vice President Nora Lenk met Prime Minister Ada Marren of Tessia in Corvik.\n\n"
            "Tessia's concerns over the new tariffs were met with understanding by the Vice President, who said the "
            "administration would keep listening.\n")
    assert_statements(body, [("Nora Lenk", "indirect",
                              "Tessia's concerns over the new tariffs were met with understanding by the Vice President, "
                              "who said the administration would keep listening.")])


def test_one_met_is_still_no_speaker_of_the_who_clause():
    """The guard of the same rule: "The President met X, who said …" (met, not heard, and no passive's agent) stays as
    before: no statement."""
    body = ("President Ivo Rask chaired a meeting of the Defence Board in Velsk.\n\n"
            "The President also met Pia Norberg, who said that the new bridges would be finished by June.\n")
    assert_statements(body, [])
