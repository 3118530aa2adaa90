"""Known errors of the invented hard and styles sets (stop 45, helper h618): general patterns the engine still got
wrong, each shown with invented readouts and people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_his_predecessor_set_off_before_a_name_is_that_person_later():
    """"His predecessor, X, has been appointed Minister …" / "His predecessor said that …": the one who held the office
    before, named in apposition, is whom the bare "His predecessor" means later; before, no statement."""
    body = ("On 3 May, Tomas Vell introduced the new governor of the Arlen Region, Piotr Dask, to the local council. "
            "His predecessor, Oren Malk, has been appointed Minister of Transport.\n\n"
            "Piotr Dask thanked the President for his trust.\n\n"
            "His predecessor said that he was leaving the region in good order.")
    assert_statements(body, [
        ("Piotr Dask", "indirect", "Piotr Dask thanked the President for his trust."),
        ("Oren Malk", "indirect", "His predecessor said that he was leaving the region in good order."),
    ])


def test_a_cue_set_into_a_relative_clause_after_a_comma_owns_that_clause():
    """"…, the Secretary-General was firm that only talks could end the fighting, a point on which, the President
    said, Korvania fully concurred.": the relative clause, its head "a point" with it, is what the President said, a
    country's verb inside it no clause of its own; before, his words were lost and "a point on which" stayed with the
    first speaker."""
    body = ("President Ivo Marr met Minister Ada Lind in Tarvik.\n\n"
            "Ada Lind urged calm in the valley, a point on which, the President said, Tarvia fully agreed.")
    assert_statements(body, [
        ("Ada Lind", "indirect", "Ada Lind urged calm in the valley"),
        ("Ivo Marr", "indirect", "a point on which, the President said, Tarvia fully agreed."),
    ])


def test_offices_listed_as_taking_part_unnamed_are_their_holders():
    """"Taking part were the Speaker of Parliament, the Prosecutor General, …" with no names: each office is one person,
    known by the office, whom "The Prosecutor General noted …", "According to the Speaker, …" and the "He" after
    mean; before, no one (and none of their statements)."""
    body = ("President of Ostrava Ivan Delk held a meeting on the draft budget. Taking part were the Speaker of "
            "Parliament, the Prosecutor General and the Minister of Finance.\n\n"
            "The Speaker of Parliament reported that the committee had finished its work. According to the Speaker, "
            "the second reading could take place in June.\n\n"
            "The Prosecutor General, in turn, noted that fraud had grown. He proposed that the rules be tightened.")
    assert_statements(body, [
        ("The Speaker of Parliament", "indirect",
         "The Speaker of Parliament reported that the committee had finished its work."),
        ("The Speaker of Parliament", "indirect",
         "According to the Speaker, the second reading could take place in June."),
        ("The Prosecutor General", "indirect", "The Prosecutor General, in turn, noted that fraud had grown."),
        ("The Prosecutor General", "indirect", "He proposed that the rules be tightened."),
    ])


def test_the_body_a_reporter_heads_standing_ready_carries_his_report_on():
    """"According to him, the UN has already provided … . The United Nations is also ready to provide … . In addition,
    the UN supports … . According to X, …": the body his office names (read as a group, "… Nations"), in the present,
    between two of his statements, is his report carried on, not the readout's narrative; before, no one's."""
    body = ("President of Ostrava Ivan Delk met with Secretary-General of the Allied Nations Tomas Rell who arrived in "
            "Vitsk.\n\n"
            "Tomas Rell informed about the work of the Alliance together with the Ostravan government. According to him, "
            "the AN has already delivered humanitarian aid to 2.1 million people in Ostrava. The Allied Nations is also "
            "ready to provide financial assistance. In addition, the AN supports the countries that have sheltered "
            "Ostravan citizens fleeing the war. According to Tomas Rell, more convoys will follow in May.")
    assert_statements(body, [
        ("Tomas Rell", "indirect",
         "Tomas Rell informed about the work of the Alliance together with the Ostravan government."),
        ("Tomas Rell", "indirect",
         "According to him, the AN has already delivered humanitarian aid to 2.1 million people in Ostrava."),
        ("Tomas Rell", "indirect", "The Allied Nations is also ready to provide financial assistance."),
        ("Tomas Rell", "indirect",
         "In addition, the AN supports the countries that have sheltered Ostravan citizens fleeing the war."),
        ("Tomas Rell", "indirect", "According to Tomas Rell, more convoys will follow in May."),
    ])


def test_a_ministers_ministry_proposing_carries_his_report_on():
    """"Dzmitry Pinchuk's assessment is that … . The ministry proposes to keep graduates …": a minister's own ministry,
    the subject of his report's proposal, is his report carried on, as a governor's "the region" is; before, the
    ministry's cue ended his report and the sentence was no one's."""
    body = ("President of Ostrava Ivan Delk held a working meeting with Minister of Transport Olek Varn.\n\n"
            "Olek Varn's assessment is that the shortage of drivers in the districts is about 900 people. The ministry "
            "proposes to raise their wages by a fifth and to pay them a housing allowance.")
    assert_statements(body, [
        ("Olek Varn", "indirect",
         "Olek Varn's assessment is that the shortage of drivers in the districts is about 900 people."),
        ("Olek Varn", "indirect",
         "The ministry proposes to raise their wages by a fifth and to pay them a housing allowance."),
    ])
