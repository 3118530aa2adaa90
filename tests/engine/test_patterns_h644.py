"""Readings of styles34 (Gulf and Arab state news agencies' English wires): an emirate's "Ruler of X" as an office,
"pointed to the distinguished relations", "the Carvallian senator" for the head of a Senate, an agency's dateline in
mixed case ("Tarvik, July 14 (KNA) - "), and a clause of another person's act after ", and" that ends a report
("…, and His Royal Highness accepted the invitation").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

RULER = "His Highness Sheikh Rashid bin Humaid Al Qasimar, Supreme Council Member and Ruler of Wadi Tamra, received the new ambassadors today.\n\n"


def test_the_ruler_of_a_two_word_emirate_is_its_sheikh():
    """"H.H. the Ruler of Wadi Tamra stressed …, and he directed …": the Sheikh named Ruler of it, not a Mr Wadi Tamra."""
    stressed = "H.H. the Ruler of Wadi Tamra stressed the importance of trade, and he directed the departments to help them."
    said = "The Ruler said the new port would open in the spring."
    body = f"{RULER}{stressed}\n\n{said}\n"
    assert_statements(body, [("Rashid bin Humaid Al Qasimar", "indirect", stressed),
                             ("Rashid bin Humaid Al Qasimar", "indirect", said)])


def test_pointed_to_the_relations_and_opportunities_is_a_point_made():
    """"Sayyid X, for his part, pointed to the distinguished relations … and the opportunities …": his statement."""
    opening = "Sayyid Badran bin Hamoud Al Busairi, Minister of Foreign Affairs, received the Tarvian trade minister.\n\n"
    pointed = ("Sayyid Badran, for his part, pointed to the distinguished relations between the two countries and the "
               "opportunities available in the free zones.")
    body = f"{opening}{pointed}\n"
    assert_statements(body, [("Sayyid Badran bin Hamoud Al Busairi", "indirect", pointed)])


def test_the_senator_is_the_president_of_the_senate():
    """"President of the Senate of the Republic of Carvallia X … The Carvallian senator added …": the head of a Senate
    sits in it."""
    opening = ("KUWAYR, Oct 6 (KNA) -- His Highness the Amir received President of the Senate of the Republic of "
               "Carvallia Esteva Marquina Roura.\n\n")
    said = "In a statement to KNA after the meeting, Marquina Roura said he had conveyed the greetings of the King."
    added = "The Carvallian senator added that the two sides had agreed to set up a committee."
    body = f"{opening}{said}\n\n{added}\n"
    assert_statements(body, [("Marquina Roura", "indirect", said), ("Marquina Roura", "indirect", added)])


def test_an_agencys_dateline_in_mixed_case_is_in_no_statement():
    """"Tarvik, July 14 (KNA) - Foreign Minister X on Tuesday stressed …": the statement opens with its speaker."""
    stressed = "Foreign Minister Olan Vesk on Tuesday stressed the importance of an immediate ceasefire."
    said = "Minister Olan Vesk said the port would open."
    body = f"Tarvik, July 14 (KNA) - {stressed}\n\nMarr, 3 June (ZNA) -- {said}\n"
    assert_statements(body, [("Olan Vesk", "indirect", stressed), ("Olan Vesk", "indirect", said)])


def test_a_dateline_needs_the_agencys_initials():
    """The guard: a place and a bracketed country before a dash ("Marr (Varnia) – ") is no agency's dateline."""
    said = "Marr, July 14 (Varnia) - Minister Olan Vesk said the port would open."
    body = f"{said}\n"
    assert_statements(body, [("Olan Vesk", "indirect", said)])


CALL = "President Olan Vesk of Tarvia called Prime Minister Ada Rell of Kesland.\n\n"


def test_anothers_act_after_and_ends_the_report():
    """"X invited Y to visit Z, and Y accepted the invitation": the acceptance is Y's act, not X's words; so "X praised
    …, and Prime Minister Y signed …"."""
    invited = "President Vesk invited the Prime Minister to visit Tarvia"
    praised = "President Vesk praised the project"
    body = (f"{CALL}{invited}, and the Prime Minister accepted the invitation.\n\n"
            f"{praised}, and Prime Minister Rell signed the agreement.\n")
    assert_statements(body, [("Olan Vesk", "indirect", invited), ("Olan Vesk", "indirect", praised)])


def test_a_clause_after_and_stays_in_a_report_it_may_belong_to():
    """The guards: after a verb that takes what was said ("said the minister had …"), after a pronoun ("and he
    signed": maybe his own act) and after assent ("and the Prime Minister agreed": voiced), the sentence is as it was."""
    said = "President Vesk said the talks had gone well, and the Prime Minister signed the agreement."
    pronoun = "President Vesk praised the project, and he signed the agreement."
    body = f"{CALL}{said}\n\n{pronoun}\n"
    assert_statements(body, [("Olan Vesk", "indirect", said), ("Olan Vesk", "indirect", pronoun)])
