"""Rules from the hundred-eighty-fifth held-out set (en.kremlin.ru, April 2020, reported working meetings with
governors via videoconference): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_paragraph_opened_by_according_to_goes_on_despite_a_verb_in_the_account():
    """"According to the Governor, 144 cases of the infection are confirmed as of today. …" then a paragraph of
    figures with no speech verb ("Exactly 707 beds have been created …", 63234): the verb inside the account
    ("are confirmed") was taken as the paragraph's speech verb, which presents no report, and the next paragraph
    was left to no one."""
    body = ("The President met with Dravenka Region Governor Tomas Virelli via videoconference.\n\n"
            "According to the Governor, 310 cases of the infection are confirmed as of today. "
            "Twelve people have been discharged.\n\n"
            "Exactly 540 beds have been created at three hospitals. "
            "The region will add its own funds for extra payments to doctors.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "According to the Governor, 310 cases of the infection are confirmed as of today."),
        ("Tomas Virelli", "indirect", "Twelve people have been discharged."),
        ("Tomas Virelli", "indirect", "Exactly 540 beds have been created at three hospitals."),
        ("Tomas Virelli", "indirect", "The region will add its own funds for extra payments to doctors."),
    ])


def test_a_hosts_remark_after_no_report_does_not_go_on():
    """The guard: only a paragraph opened by "According to X, …" goes on whatever its verb; a paragraph that opens with a
    host's "noted" after no report leaves the readout's next paragraph to no one."""
    body = ("The President met with Dravenka Region Governor Tomas Virelli via videoconference.\n\n"
            "The President noted that the region had coped well.\n\n"
            "The meeting was held in the Kremlin.")
    assert_statements(body, [
        ("The President", "indirect", "The President noted that the region had coped well."),
    ])


def test_a_bare_office_means_the_holder_named_just_before():
    """"… the President called Transport Minister Yevgeny Ditrikh. The Minister reviewed the request orders … and
    confirmed that they would be fulfilled." (63240): "The Minister" was read as Healthcare Minister Murashko, the
    subject of a sentence a paragraph before, not the minister the sentence just before named."""
    body = ("President Arvid Keller held a meeting with Governor Tomas Virelli.\n\n"
            "During the conversation, Health Minister Pavel Ostrov was instructed to build a hospital. "
            "Health Minister Pavel Ostrov said the plans were ready.\n\n"
            "To discuss the Governor’s other request, the President called Transport Minister Ivan Dorn. "
            "The Minister confirmed that the buses would be delivered.")
    assert_statements(body, [
        ("Pavel Ostrov", "indirect", "Health Minister Pavel Ostrov said the plans were ready."),
        ("Ivan Dorn", "indirect", "The Minister confirmed that the buses would be delivered."),
    ])


def test_a_bare_office_stays_with_its_holder_who_speaks_on():
    """The guard: where the sentence before names two holders of the office, "The Minister" stays with that
    sentence's subject."""
    body = ("Health Minister Pavel Ostrov met with Transport Minister Ivan Dorn. "
            "The Minister said the hospital plans were ready.")
    assert_statements(body, [
        ("Pavel Ostrov", "indirect", "The Minister said the hospital plans were ready."),
    ])


def test_a_count_after_all_and_a_modifier_before_a_dash_aside_carry_a_report_on():
    """"By April 25, all 1,686 beds will be available, …" ("all" read as a group of people acting) and
    "Agricultural processing plants – there are about 150 of them in the region – are operating at a steady pace."
    ("Agricultural" read as a name acting: the aside between dashes hid the verb), inside a governor's report
    (63240): both were dropped from the report."""
    body = ("Governor Tomas Virelli reported to the President on the situation in Dravenka Region. "
            "A total of 900 beds have been deployed. "
            "By May 2, all 1,200 beds will be available. "
            "Industrial processing plants – there are about 80 of them in the region – are operating normally.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "Governor Tomas Virelli reported to the President on the situation in Dravenka Region."),
        ("Tomas Virelli", "indirect", "A total of 900 beds have been deployed."),
        ("Tomas Virelli", "indirect", "By May 2, all 1,200 beds will be available."),
        ("Tomas Virelli", "indirect",
         "Industrial processing plants – there are about 80 of them in the region – are operating normally."),
    ])


def test_a_group_after_all_still_acts():
    """The guard: "all" before a word ("all participants") is still a group that acts, and ends the report."""
    body = ("Governor Tomas Virelli reported to the President on the situation in Dravenka Region. "
            "A total of 900 beds have been deployed. "
            "After the meeting, all participants visited a new hospital.")
    assert_statements(body, [
        ("Tomas Virelli", "indirect",
         "Governor Tomas Virelli reported to the President on the situation in Dravenka Region."),
        ("Tomas Virelli", "indirect", "A total of 900 beds have been deployed."),
    ])
