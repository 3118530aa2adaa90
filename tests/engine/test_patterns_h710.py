"""Readings of styles38 (chambers of commerce, business councils and investment promotion agencies meeting ambassadors
and trade missions): a wire's "…, said X here on Monday.", "the XIPC CEO" for the Chief Executive Officer of a body, the
host of a passive welcome ("were welcomed by the President of the Chamber, Mr. X"), a named person "of the Embassy's
… office" who acts after a report, and "he expected the two governments to …".

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_said_name_here_on_monday_closes_the_inverted_attribution():
    """"The business community must …, said DCCI President X here on Monday.": "here" and the day are where and when
    he said it; the sentence is his, and the pronoun after it too."""
    must = ("The business community of Tarnelle must build good relations with foreign diplomats to raise exports, "
            "said OCCI President Harun Velmazri here on Monday.")
    chairing = ("Chairing the standing committee meeting, he said that the chambers of Ostby and Lusk were very "
                "active on this front.")
    body = f"{must}\n\n{chairing}\n"
    assert_statements(body, [("Harun Velmazri", "indirect", must), ("Harun Velmazri", "indirect", chairing)])


def test_said_name_here_with_a_bare_weekday():
    """"…, said President X here Monday." (no "on"): the same close."""
    must = "Exporters must visit the fair in greater numbers, said Chamber President Idris Qalmandi here Monday."
    assert_statements(f"{must}\n", [("Idris Qalmandi", "indirect", must)])


def test_the_bodys_ceo_is_its_chief_executive_officer():
    """"the Chief Executive Officer of the X Investment Promotion Centre (XIPC), Mrs. Y, … The XIPC CEO said …": the
    initials of her office, after its body's, are hers."""
    opening = ("The Deputy Mayor of Ruvenholt led a business delegation to meet the Chief Executive Officer of the "
               "Orvane Investment Promotion Centre (OIPC), Mrs. Efua Mensavor-Tay.\n\n")
    said = "The OIPC CEO said the group was looking to invest in energy and agro-processing."
    bare = "The CEO added that the centre would open an office for the group."
    body = f"{opening}{said}\n\n{bare}\n"
    assert_statements(body, [("Efua Mensavor-Tay", "indirect", said), ("Efua Mensavor-Tay", "indirect", bare)])


def test_the_host_of_a_passive_welcome():
    """"X and his colleagues were welcomed by the President of the Chamber, Mr. Y, and his top aides. … The host
    described …": the host is the one who welcomed them, Y, not the visiting Consul General the title makes the
    readout's principal."""
    opening = ("A Brenish delegation led by the Consul General, Mr. Aldous Penworth-Crane, visited the Sorvik Chamber "
               "of Commerce on Sunday.\n\n"
               "Mr. Penworth-Crane and his colleagues were welcomed by the President of the Chamber, Mr. Dilan "
               "Hersi Karwani, and his top aides.\n\n")
    suggested = "Mr. Penworth-Crane suggested that the Chamber should send its members to the Brenish trade fair."
    described = ("The host described the advances the Chamber had achieved, noting that its membership had grown to "
                 "5,000 companies.")
    body = f"{opening}{suggested}\n\n{described}\n"
    assert_statements(body, [("Aldous Penworth-Crane", "indirect", suggested),
                             ("Dilan Hersi Karwani", "indirect", described)],
                      title="Brenish Consul General seeks stronger ties with the Chamber")


def test_a_person_of_a_bodys_office_who_was_present_carries_on_no_report():
    """"Counsellor X of the Embassy's economic and commercial office was present at the meeting." after the chamber
    President's hope: the counsellor's presence, narrative ("’s" is the Embassy's, not X's)."""
    briefed = "Mr. Jean Ah-Lam Soobrin briefed the Ambassador on the main work of the Chamber this year."
    hoped = "He hoped to keep close contact with the Embassy."
    present = "Counsellor Fu Lianzhi of the Embassy's economic and commercial office was present at the meeting."
    body = f"{briefed} {hoped}\n\n{present}\n"
    assert_statements(body, [("Jean Ah-Lam Soobrin", "indirect", briefed), ("Jean Ah-Lam Soobrin", "indirect", hoped)])


def test_guard_a_possessive_of_the_name_itself_still_carries_on():
    """Guard: "Chairman of the Board X's chamber now counts …" after X's report (the "of" before the name): X's thing,
    what his report tells, so the sentence carries it on as before."""
    briefed = "Mr. Jean Ah-Lam Soobrin briefed the Ambassador on the main work of the Chamber this year."
    hoped = "He hoped to keep close contact with the Embassy."
    counts = "Chairman of the Board Jean Ah-Lam Soobrin's chamber now counts 400 members."
    body = f"{briefed} {hoped}\n\n{counts}\n"
    assert_statements(body, [("Jean Ah-Lam Soobrin", "indirect", briefed), ("Jean Ah-Lam Soobrin", "indirect", hoped),
                             ("Jean Ah-Lam Soobrin", "indirect", counts)])


def test_expected_the_two_governments_to():
    """"At the same time, he expected the two governments to ease visa rules …": a wish held, his, as "expects that"."""
    opening = "Mr. Tamim Rashed Orfali, President of the Federation, spoke at a function after the signing.\n\n"
    expected = ("At the same time, he expected the two governments to ease visa rules and open a direct shipping "
                "line between the two ports.")
    body = f"{opening}{expected}\n"
    assert_statements(body, [("Tamim Rashed Orfali", "indirect", expected)])
