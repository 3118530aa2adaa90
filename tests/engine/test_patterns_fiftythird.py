"""Patterns found by the fifty-third held-out set (benchmarks/heldout/fiftythird/, real
president.gov.ua readouts of November 2021 to May 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_said_x_during_an_event_closes_the_sentence_before_it():
    """"Judicial reform … will be completed, but it is a long process, said President X during the
    press marathon." (no quotation marks): the inverted cue followed by where it was said is X's
    whole sentence, as "…, said President X." is (71717)."""
    body = ("Judicial reform in Norland will definitely be completed, but it is a long process, said President "
            "Petr Vask during the press marathon. The President stressed that the reform is supported by his "
            "Office.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "Judicial reform in Norland will definitely be completed, but it is a long "
                                  "process, said President Petr Vask during the press marathon."),
        ("Petr Vask", "indirect", "The President stressed that the reform is supported by his Office."),
    ])


def test_this_was_stated_by_before_a_long_quoted_event_name_gives_the_lead_to_the_speaker():
    """"This was stated by President X during a press marathon “30 questions to the President of
    Norland”.": the quoted name of the event (longer than a term) is no one's words; the lead before
    is X's and the sentence only says where (71733, 72457)."""
    body = ("Norland needs to enhance its energy independence. This was stated by President Petr Vask during a "
            "press marathon \"30 questions to the President of Norland\". \"We now have the number one "
            "challenge,\" the President said.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "Norland needs to enhance its energy independence."),
        ("Petr Vask", "direct", "We now have the number one challenge"),
    ])


def test_he_told_it_on_a_channel_says_only_where_and_expects_an_increase_is_a_stance():
    """"X expects an increase in the support … He told it on the TV channel TF9.": the lead is X's
    (a hope held, as "expects that"), and "He told it on …" only says where, no statement (74533)."""
    body = ("Head of the Office of the President Ivan Dorn expects an increase in the defensive support from "
            "partners. He told it on the TV channel TF9. \"We will surely win,\" Ivan Dorn said.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Head of the Office of the President Ivan Dorn expects an increase in the "
                                  "defensive support from partners."),
        ("Ivan Dorn", "direct", "We will surely win"),
    ])


def test_an_adviser_in_lower_case_after_the_name_is_the_adviser_to_the_president_later():
    """"Oleg Varko, an economic adviser to President Petr Vask, …" then "The adviser to the President
    emphasizes …" and "According to the President's adviser, …": his office, said in lower case after
    his name, is what the later descriptions mean (75389)."""
    body = ("Norland has enough grain. This was stated by Oleg Varko, an economic adviser to President Petr "
            "Vask, in a comment to the Daily Post. The adviser to the President emphasizes that the blockade "
            "was planned. According to the President's adviser, the ships are under fire.")
    assert_statements(body, [
        ("Oleg Varko", "indirect", "Norland has enough grain."),
        ("Oleg Varko", "indirect", "The adviser to the President emphasizes that the blockade was planned."),
        ("Oleg Varko", "indirect", "According to the President's adviser, the ships are under fire."),
    ])


def test_as_the_media_notes_ends_the_carry_on_of_the_speaker():
    """After "As the media notes, …" the facts that follow are the press's account, not more of the
    adviser's words between his two statements (75389)."""
    body = ("The adviser to the President Oleg Varko stated that the grain must reach the markets. As the media "
            "notes, the blockade does not allow Norland to sell its produce. Before the war, Norland exported "
            "six million tons each month. In April, only a tenth of that was exported by rail. \"We need the "
            "ports,\" Oleg Varko said.")
    assert_statements(body, [
        ("Oleg Varko", "indirect", "The adviser to the President Oleg Varko stated that the grain must reach "
                                   "the markets."),
        ("Oleg Varko", "direct", "We need the ports"),
    ])


def test_advisor_and_adviser_are_one_office():
    """"Advisor to the Head of the President's Office Ivan Dorn" and a later "The Adviser to the Head
    of the Office of the President believes …": two spellings of one office (73861)."""
    body = ("Security guarantees are key. This was stated by Advisor to the Head of the President's Office Ivan "
            "Dorn in an interview. \"We insist on guarantees,\" he stressed. The Adviser to the Head of the Office "
            "of the President believes that the talks will yield fruit.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Security guarantees are key."),
        ("Ivan Dorn", "direct", "We insist on guarantees"),
        ("Ivan Dorn", "indirect", "The Adviser to the Head of the Office of the President believes that the talks "
                                  "will yield fruit."),
    ])


def test_a_name_after_a_titles_bare_office_and_its_verb_is_not_the_host():
    """Title "President posthumously awarded Ivan Borko the title of Hero": Borko is whom the
    President acts on, not the readout's principal; "the Head of State said" is the President's,
    though Borko is named in the quotation (73209)."""
    title = "President posthumously awarded Ivan Borko the title of Hero"
    body = ("President of Norland Petr Vask signed Decree No 5 on awarding the title of Hero to sailor Ivan Borko. "
            "\"I approved a decision to award the title of Hero to Ivan Olegovych Borko, a sapper of the brigade. "
            "He blew up the bridge,\" the Head of State said.")
    assert_statements(body, [
        ("Petr Vask", "direct", "I approved a decision to award the title of Hero to Ivan Olegovych Borko, a "
                                "sapper of the brigade. He blew up the bridge"),
    ], title=title)


def test_the_list_of_those_awarded_is_no_carry_on():
    """"…,” X added, presenting the awards. In particular, the award was received by: soldier Y who
    …": the ceremony's list of those awarded, not more of X's words (73857)."""
    body = ("President Petr Vask awarded the soldiers of the Guard. \"I want to thank everyone for your "
            "service,\" he said. \"Please take care of yourself,\" Petr Vask added, presenting the awards. In "
            "particular, the award was received by: soldier Ivan Borko who showed courage during the evacuation.")
    assert_statements(body, [
        ("Petr Vask", "direct", "I want to thank everyone for your service"),
        ("Petr Vask", "direct", "Please take care of yourself"),
    ])
