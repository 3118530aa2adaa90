"""Readings of known errors of labelled sets (stop 41, h568): the one to whom credentials are presented in a title
(styles25 sundavara_setkab_ambassadors_credentials); a man named Tomas is no "she"
(hard36 ossander_readout_vice_president_quellen_ministers).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CREDENTIALS_BODY = ("President Tomas Varga received the letters of credence of five ambassadors-designate at the Palace "
                    "on Thursday.\n\n"
                    "Minister of Foreign Affairs Erika Sand, who accompanied the President, said that in the meetings "
                    "the Head of State underlined the country's commitment to a free foreign policy.\n\n")
CREDENTIALS_SAID = "Minister of Foreign Affairs Erika Sand, who accompanied the President, said that in the meetings " \
                   "the Head of State underlined the country's commitment to a free foreign policy."
CREDENTIALS_ASKED = ("The President also asked the Ambassador of Orlandia to convey his condolences to the families of "
                     "the victims.")


def test_the_one_credentials_are_presented_to_in_the_title_is_the_host():
    """"Ambassadors Present Credentials to President X" (styles25 sundavara_setkab_ambassadors_credentials): the one
    who receives the letters of credence is the host, whom the body's bare "The President" means, not a guest."""
    assert_statements(CREDENTIALS_BODY + CREDENTIALS_ASKED + "\n", [
        ("Erika Sand", "indirect", CREDENTIALS_SAID),
        ("Tomas Varga", "indirect", CREDENTIALS_ASKED),
    ], title="Five Ambassadors-Designate Present Credentials to President Varga")


def test_a_message_to_the_one_named_after_to_stays_a_guest():
    """Guard: "Credentials" aside, the one after "to" in a title ("X Sends Message to President Y") stays a guest,
    so the body's bare "The President" means the sender."""
    body = ("President Tomas Varga sent a message to President Erik Sand of Orlandia.\n\n"
            "The President also asked the Ambassador of Orlandia to convey his condolences to the families of the "
            "victims.\n")
    assert_statements(body, [
        ("Tomas Varga", "indirect", CREDENTIALS_ASKED),
    ], title="Ambassadors Present Letters to President Sand")


FORMER_BODY = ("Vice President Karin Holm met today with Foreign Minister Tomas Brenk of Orlandia and Trade Minister "
               "Peter Sand of Kastravia.\n\n"
               "The Vice President thanked the former for Orlandia's leadership of the patrol mission.\n\n"
               "The former underscored that the mission had reduced attacks on ships by half.\n\n"
               "The latter noted that Kastravia's ports would install new scanners by the end of the year.\n\n")
FORMER_SAID = "The former underscored that the mission had reduced attacks on ships by half."
LATTER_SAID = "The latter noted that Kastravia's ports would install new scanners by the end of the year."


def test_a_tomas_takes_no_she():
    """"Foreign Minister Tomas Rell … The former underscored … She emphasized" (hard36
    ossander_readout_vice_president_quellen_ministers): Tomas is a man's name, so the "she" is the Vice President's,
    not that of the most recent subject of no known gender."""
    she = "She emphasized that the Administration would provide training to customs officers."
    assert_statements(FORMER_BODY + she + "\n", [
        ("Karin Holm", "indirect", "The Vice President thanked the former for Orlandia's leadership of the patrol "
                                   "mission."),
        ("Tomas Brenk", "indirect", FORMER_SAID),
        ("Peter Sand", "indirect", LATTER_SAID),
        ("Karin Holm", "indirect", she),
    ])


def test_a_tomas_takes_he():
    """Guard: the "he" after the former still finds Tomas."""
    he = "He also called for more partners to contribute vessels."
    body = FORMER_BODY.replace("The latter noted that Kastravia's ports would install new scanners by the end of the "
                               "year.\n\n", "") + he + "\n"
    assert_statements(body, [
        ("Karin Holm", "indirect", "The Vice President thanked the former for Orlandia's leadership of the patrol "
                                   "mission."),
        ("Tomas Brenk", "indirect", FORMER_SAID),
        ("Tomas Brenk", "indirect", he),
    ])
