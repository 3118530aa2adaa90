"""Errors the sets merged in stop 32 left alone (two-hundred-ninety-first, two-hundred-eighty-fifth,
two-hundred-seventy-eighth) mended with general rules: each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_titled_by_a_person_with_an_office_between_commas():
    """two-hundred-ninety-first eu_eeas_2011-02-28: "Remarks by Catherine Ashton, EU High Representative for Foreign
    Affairs and Security Policy, after meeting Russian Minister for Foreign Affairs:" over an unattributed body
    ("It is a great pleasure to see Minister Lavrov again …"): the office set off by commas still leaves her the
    one host, and each paragraph is her direct statement."""
    title = ("Remarks by Ilse Marten, Union High Representative for Foreign Affairs and Security Policy, "
             "after meeting Norvellian Minister for Foreign Affairs:")
    body = ("It is a great pleasure to see Minister Dorn again and to continue our discussions.\n\n"
            "Secondly, we were keen to recall that we collaborate on a number of important issues.\n\n"
            "So finally, I very much look forward to seeing Minister Dorn soon in Velgrad.")
    assert_statements(body, [
        ("Ilse Marten", "direct", "It is a great pleasure to see Minister Dorn again and to continue our discussions."),
        ("Ilse Marten", "direct", "Secondly, we were keen to recall that we collaborate on a number of important issues."),
        ("Ilse Marten", "direct", "So finally, I very much look forward to seeing Minister Dorn soon in Velgrad."),
    ], title=title)


def test_remarks_titled_by_a_list_of_names_stay_unattributed():
    """Guard of the same rule: "Remarks by X, Y and Z after …" names three speakers, and "Remarks by X, <office>, and
    Y, <office>, …" two: the unlabelled body is no one's."""
    body = ("Thank you all for coming.\n\n"
            "We will discuss the reforms and the visa-free regime today.")
    for title in ("Remarks by Ilse Marten, Ivan Dorn and Petra Lund after their meeting",
                  "Remarks by Ilse Marten, Union High Representative, and Ivan Dorn, Minister of Norvellia, after "
                  "their meeting"):
        assert_statements(body, [], title=title)


def test_headline_verb_spoken_in_the_first_person_is_the_headline_subjects_statement():
    """two-hundred-eighty-fifth whitehouse_bush 2008-03-06: "President Bush Condemns Terrorist Attack in Israel" /
    "I condemn in the strongest possible terms the terrorist attack in Jerusalem …": a body that opens with the
    headline's verb in the first person is the headline subject's written statement, each paragraph one direct
    statement."""
    title = "President Ilse Marten Condemns Terrorist Attack in Velgrad"
    body = ("I condemn in the strongest possible terms the terrorist attack in Velgrad. This vicious attack "
            "deserves the condemnation of every nation.\n\n"
            "I have just spoken with Prime Minister Dorn to extend my deepest condolences to the victims. I told "
            "him Ostland stands firmly with Norvellia.\n")
    assert_statements(body, [
        ("Ilse Marten", "direct", "I condemn in the strongest possible terms the terrorist attack in Velgrad. This "
                                  "vicious attack deserves the condemnation of every nation."),
        ("Ilse Marten", "direct", "I have just spoken with Prime Minister Dorn to extend my deepest condolences to "
                                  "the victims. I told him Ostland stands firmly with Norvellia."),
    ], title=title)


def test_first_person_body_under_another_headline_verb_stays_unattributed():
    """Guard of the same rule: the body's "I …" does not speak the headline's verb ("President X Visits Y" / "I
    welcome …"), or the headline does not open with a person: no one's statement by the title alone."""
    body = "I welcome the agreement reached in Velgrad today.\n"
    for title in ("President Ilse Marten Visits Velgrad", "Attack in Velgrad Welcomes No One"):
        assert_statements(body, [], title=title)


def test_showed_himself_and_a_feeling_is_a_statement():
    """two-hundred-ninety-first eu_commission samaras: "He showed himself reassured about the commitment of the
    coalition government to reform …": a feeling declared, as "pronounced himself satisfied"."""
    body = ("President Ilse Marten met Prime Minister Ivan Dorn in Velgrad.\n\n"
            "She showed herself reassured about the commitment of the government to reform.\n")
    assert_statements(body, [
        ("Ilse Marten", "indirect", "She showed herself reassured about the commitment of the government to reform."),
    ])


def test_showed_himself_and_no_feeling_is_narrative():
    """Guard of the same rule: "showed herself a capable negotiator", "showed herself at the window": no statement."""
    body = ("President Ilse Marten met Prime Minister Ivan Dorn in Velgrad.\n\n"
            "She showed herself a capable negotiator. Later she showed herself at the window of the palace.\n")
    assert_statements(body, [])
