"""Rules from the hundred-thirty-eighth held-out set (en.kremlin.ru, Dec 2021 - Feb 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_speakers_report_of_another_in_a_joined_turn_keeps_his_turn():
    """"… The Supreme Court President outlined a number of proposals to amend current laws … Of course, we
    will team up with …" (67743): in a joined transcript, a sentence reporting another speaker in the third
    person, with no label after it in the paragraph and the speaker's own "we"/"I" after it, is the
    speaker's report, not narrative between turns. Before, the rest of the turn went to narrative: the
    report and the next sentence became the host's indirect statements and the last words were lost."""
    body = ("The President attended a meeting of the Zemblan judges.\n\n"
            "President of Zembla Ivan Marov: Good afternoon, Mr Durnev. High Court President Oleg Durnev: "
            "Good afternoon, Mr President. Ivan Marov: Thank you for your attention. <…> Ivan Marov: "
            "Colleagues, the work is going well. The High Court President outlined a number of proposals to "
            "amend the laws. Of course, we will study them. Mr Durnev, colleagues, I would like to thank you "
            "for your work. Thank you.")
    assert_statements(body, title="Meeting of Zemblan judges", expected=[
        ("Ivan Marov", "direct", "Good afternoon, Mr Durnev."),
        ("Oleg Durnev", "direct", "Good afternoon, Mr President."),
        ("Ivan Marov", "direct", "Thank you for your attention."),
        ("Ivan Marov", "direct", "Colleagues, the work is going well. The High Court President outlined a number "
                                 "of proposals to amend the laws. Of course, we will study them. Mr Durnev, "
                                 "colleagues, I would like to thank you for your work. Thank you."),
    ])


def test_narrative_between_turns_with_no_first_person_after_it_stays_narrative():
    """The guard of the rule above: a third-person report in a joined turn followed only by third-person
    sentences (no label after it) is still narrative between turns: the host's words end before it."""
    body = ("The President met with Governor Oleg Durnev.\n\n"
            "President of Zembla Ivan Marov: Please send me the schedule. Oleg Durnev: I will. Ivan Marov: "
            "Good. Thank you. The Governor also told the President about the new bridge. The bridge will open "
            "in May.")
    assert_statements(body, title="Meeting with Governor Oleg Durnev", expected=[
        ("Ivan Marov", "direct", "Please send me the schedule."),
        ("Oleg Durnev", "direct", "I will."),
        ("Ivan Marov", "direct", "Good. Thank you."),
        ("Oleg Durnev", "indirect", "The Governor also told the President about the new bridge."),
    ])


def test_a_qualified_office_means_the_one_named_with_it_not_the_host():
    """"The Supreme Court President outlined …" after "Supreme Court President Vyacheslav Lebedev:" (67743):
    a description whose capitalised qualifier comes before the office ("The Supreme Court President") means
    the person the readout named with that very title, not the host President. Before, the phrase kept
    only "president" and was read as the host."""
    body = ("Ivan Marov had a meeting with Supreme Court President Oleg Durnev.\n\n"
            "The Supreme Court President informed the President about the work of the courts in 2021. "
            "Ivan Marov noted that the courts had worked well.")
    assert_statements(body, title="Meeting with Supreme Court President Oleg Durnev", expected=[
        ("Oleg Durnev", "indirect", "The Supreme Court President informed the President about the work of the "
                                    "courts in 2021."),
        ("Ivan Marov", "indirect", "Ivan Marov noted that the courts had worked well."),
    ])


def test_a_qualified_office_named_with_no_one_is_read_as_before():
    """The guard of the rule above: "The Zemblan President" with no "Zemblan President <name>" before it is
    resolved as before (here the President the lead names)."""
    body = ("Ivan Marov, President of Zembla, had a telephone conversation with Prime Minister Oleg Durnev.\n\n"
            "The Zemblan President stressed the importance of the new treaty.")
    assert_statements(body, title="Telephone conversation with Oleg Durnev", expected=[
        ("Ivan Marov", "indirect", "The Zemblan President stressed the importance of the new treaty."),
    ])
