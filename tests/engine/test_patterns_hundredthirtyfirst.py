"""Rules from the hundred-thirty-first held-out set (president.gov.ua, November 2021 - February 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_held_at_a_body_before_the_name_is_his_office():
    """"Minister of State at the Federal Foreign Office of Germany Tobias Lindner … The German minister of
    state welcomed …" (72149): the capitalised run stops at "at", which left the body's name and his, no
    office; "the German minister of state" then meant no one and his next "He reiterated …" went to the
    host. The office before "at the <body>" is his."""
    body = ("Deputy Head of the Office of the President Petro Borin discussed the security situation with "
            "Minister of State at the Federal Foreign Office of the Republic of Ostmark Karl Weidner. "
            "Borin briefed Weidner on the situation in the east. "
            "The minister of state welcomed the bilateral dialogue on security issues. "
            "He reiterated Ostmark's continued support for the sovereignty of our state.")
    assert_statements(body, expected=[
        ("Petro Borin", "indirect", "Deputy Head of the Office of the President Petro Borin discussed the security "
                                    "situation with Minister of State at the Federal Foreign Office of the Republic of Ostmark Karl Weidner."),
        ("Petro Borin", "indirect", "Borin briefed Weidner on the situation in the east."),
        ("Karl Weidner", "indirect", "The minister of state welcomed the bilateral dialogue on security issues."),
        ("Karl Weidner", "indirect", "He reiterated Ostmark's continued support for the sovereignty of our state."),
    ])


def test_a_state_secretary_at_a_ministry_is_known_by_his_office():
    """The same class with another office and body: "State Secretary at the Ministry of Finance of Norvelia
    Ana Lind … The State Secretary said …"."""
    body = ("Finance Minister Ivo Marr met with State Secretary at the Ministry of Finance of Norvelia Ana Lind. "
            "Ivo Marr thanked Norvelia for its support. "
            "The State Secretary said that Norvelia would keep its assistance.")
    assert_statements(body, expected=[
        ("Ivo Marr", "indirect", "Ivo Marr thanked Norvelia for its support."),
        ("Ana Lind", "indirect", "The State Secretary said that Norvelia would keep its assistance."),
    ])


def test_what_the_other_sides_state_did_does_not_carry_on_the_report():
    """"The deputy head … briefed Lindner on … . He noted the intensification of … . Germany paid special
    attention to the steps made by the Russian Federation, …" (72149): the guest's state as the subject, a
    verb in the past: what that state did, told by the readout, not the host's report carried on. Before,
    it was read as the host's words."""
    body = ("Deputy Head of the Office of the President of Ukraine Petro Borin discussed the security situation "
            "with Minister of State of Germany Karl Weidner. "
            "The deputy head of the Office of the President briefed Weidner on the security situation near the "
            "borders of Ukraine. "
            "He noted the intensification of provocative actions by the neighbouring state. "
            "Germany paid special attention to the steps made by the neighbouring state, which indicate its "
            "preparation for aggression. "
            "Borin suggested that Germany take steps.")
    assert_statements(body, expected=[
        ("Petro Borin", "indirect", "Deputy Head of the Office of the President of Ukraine Petro Borin discussed the "
                                    "security situation with Minister of State of Germany Karl Weidner."),
        ("Petro Borin", "indirect", "The deputy head of the Office of the President briefed Weidner on the security "
                                    "situation near the borders of Ukraine."),
        ("Petro Borin", "indirect", "He noted the intensification of provocative actions by the neighbouring state."),
        ("Petro Borin", "indirect", "Borin suggested that Germany take steps."),
    ])


def test_the_reporters_own_state_still_carries_on_the_report():
    """The guard: the reporter's own state as the subject carries his report on as before."""
    body = ("Deputy Head of the Office of the President of Ukraine Petro Borin met with Foreign Minister of "
            "Germany Karl Weidner. "
            "Borin briefed Weidner on the situation near the border. "
            "Ukraine has strengthened its defence along the whole line.")
    assert_statements(body, expected=[
        ("Petro Borin", "indirect", "Borin briefed Weidner on the situation near the border."),
        ("Petro Borin", "indirect", "Ukraine has strengthened its defence along the whole line."),
    ])
