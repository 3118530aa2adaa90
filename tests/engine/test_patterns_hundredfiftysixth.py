"""Rules from the hundred-fifty-sixth held-out set (en.kremlin.ru, June 2018): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_bracketed_paragraph_reporting_a_guests_words_is_hers():
    """"(Ms Kuznetsova spoke in detail about housing for orphans; in particular, she proposed …)" (57642):
    a transcript's paragraph in parentheses that sums up words the transcript leaves out is read as the
    sentence it is, and is the woman's it names, not the last speaker's. Before, it was skipped as a stage
    direction."""
    body = ("President of Varnia Ivo Marr: Go ahead, please.\n\n"
            "Commissioner for Children’s Rights Lena Osk: Thank you. I would like to raise the issue of housing.\n\n"
            "Ivo Marr: Yes, it is acute.\n\n"
            "(Ms Osk spoke in detail about housing for orphans; in particular, she proposed transferring this "
            "responsibility from the Education Ministry to the Construction Ministry of Varnia.)\n\n"
            "Lena Osk: Another issue concerns medicines.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Go ahead, please."),
        ("Lena Osk", "direct", "Thank you. I would like to raise the issue of housing."),
        ("Ivo Marr", "direct", "Yes, it is acute."),
        ("Lena Osk", "indirect",
         "Ms Osk spoke in detail about housing for orphans; in particular, she proposed transferring this "
         "responsibility from the Education Ministry to the Construction Ministry of Varnia."),
        ("Lena Osk", "direct", "Another issue concerns medicines."),
    ])


def test_a_short_bracketed_report_is_read_too():
    """The same class under 200 characters (the other path a bracketed paragraph takes): "(Mr Reld
    briefed the President on the harvest.)"."""
    body = ("President of Varnia Ivo Marr: Good afternoon, Mr Reld.\n\n"
            "Governor Tom Reld: Good afternoon, Mr President.\n\n"
            "(Mr Reld briefed the President on the harvest.)\n\n"
            "Ivo Marr: Thank you.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Good afternoon, Mr Reld."),
        ("Tom Reld", "direct", "Good afternoon, Mr President."),
        ("Tom Reld", "indirect", "Mr Reld briefed the President on the harvest."),
        ("Ivo Marr", "direct", "Thank you."),
    ])


def test_a_bracketed_note_of_an_act_stays_no_ones():
    """The guard: a note of an act or a thing with no speech verb ("(The President presented the state
    decorations.)", "(A gift, a painting by Oskar Vell.)") makes no statement."""
    body = ("President of Varnia Ivo Marr: Friends, congratulations.\n\n"
            "(The President presented the state decorations.)\n\n"
            "(A gift, a painting by Oskar Vell, was handed over.)\n\n"
            "Ivo Marr: Thank you.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Friends, congratulations."),
        ("Ivo Marr", "direct", "Thank you."),
    ])
