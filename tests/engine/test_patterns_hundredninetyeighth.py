"""Rules from the hundred-ninety-eighth held-out set (en.kremlin.ru, March - April 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_address_after_a_greeting_lead_with_no_label_is_the_greeters():
    """"Vladimir Putin congratulated Russia's women on International Women's Day. / Dear women, March 8 is one
    of our favourite days. … I would like to congratulate you …" (hundred-ninety-eighth 67937): a paragraph that
    opens with a salutation and speaks in the first person, right after a lead that is one person's greeting,
    is that person's address, direct, though no label or quote mark says so. Before, only a quotation inside
    it came out."""
    body = ("President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day.\n\n"
            "Dear teachers, this is one of our finest holidays. I would like to thank you for your work. Here is "
            "what a great teacher wrote: \"A school is a garden.\" Happy holiday to you.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day."),
        ("Ivo Marr", "direct", "Dear teachers, this is one of our finest holidays. I would like to thank you for "
         "your work. Here is what a great teacher wrote: \"A school is a garden.\" Happy holiday to you."),
    ])


def test_a_salutation_after_a_lead_of_no_greeting_is_not_an_address():
    """Guard: after a lead that tells of no greeting ("visited a school") the salutation paragraph is not made
    the visitor's by that rule; nor, after a greeting lead, a salutation paragraph with no first person (an
    editor's note to readers)."""
    body = ("President Ivo Marr visited a school in Osk.\n\n"
            "Dear readers, I have travelled with the President for ten years, and the town has changed.")
    assert_statements(body, [])
    body = ("President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day.\n\n"
            "Dear readers, the full programme of the holiday is published on the ministry's website.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day."),
    ])


_WORKING_MEETING = "President Ivo Marr had a working meeting with Governor of Osk Lena Vost.\n\n"


def test_later_they_with_a_future_between_two_statements_of_one_reporter_carries_on():
    """"Alexander Beglov discussed the construction of new hospitals during the pandemic. Later, they will be
    converted to treat regular patients. He also noted efforts to support …" (hundred-ninety-eighth 67882): a
    "they" after a word of later time, with a verb in the future, between two statements of one reporter, is what
    the report says will become of the things it speaks of, as a bare "They will …" already was. Before, it was
    read as the readout's narrative (the paragraph opened with the host's words and the people who met had acted
    together before it)."""
    body = (_WORKING_MEETING + "At the start of the meeting, the President noted the region's growth. During the "
            "conversation, they touched upon healthcare and transport. Lena Vost discussed the construction of new "
            "schools in the region. Later, they will be handed over to the towns. She also noted efforts to train "
            "teachers.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "At the start of the meeting, the President noted the region's growth."),
        ("Lena Vost", "indirect", "Lena Vost discussed the construction of new schools in the region."),
        ("Lena Vost", "indirect", "Later, they will be handed over to the towns."),
        ("Lena Vost", "indirect", "She also noted efforts to train teachers."),
    ])


def test_later_they_who_met_act_together_stays_narrative():
    """Guard: "Later, they visited …" (the people who met, a verb of an event in the past) between two statements of
    one reporter stays the readout's narrative."""
    body = (_WORKING_MEETING + "At the start of the meeting, the President noted the region's growth. During the "
            "conversation, they touched upon healthcare and transport. Lena Vost discussed the construction of new "
            "schools in the region. Later, they visited a new school in Osk. She also noted efforts to train "
            "teachers.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "At the start of the meeting, the President noted the region's growth."),
        ("Lena Vost", "indirect", "Lena Vost discussed the construction of new schools in the region."),
        ("Lena Vost", "indirect", "She also noted efforts to train teachers."),
    ])


def test_a_middle_turn_that_discussed_goes_on_to_the_hosts_reply():
    """"Mr Beglov also discussed the reform of the local construction sector … . A newly-approved resolution notes
    that residential buildings will be open for occupancy only if … . Vladimir Putin noted that it was correct …"
    (hundred-ninety-eighth 67882): in a joined paragraph of turns, a guest's report opened by "discussed" (one
    person its subject) goes on, as one opened by "reported" or "told", over the sentences in which no one acts or
    speaks up to the host's reply. Before, the sentence between was given to no one."""
    body = (_WORKING_MEETING + "The President noted the region's growth. Lena Vost discussed the reform of the "
            "building sector. A newly-approved regional resolution notes that districts will be open for occupancy "
            "only if schools are built. President Marr noted that this was the right approach.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "The President noted the region's growth."),
        ("Lena Vost", "indirect", "Lena Vost discussed the reform of the building sector."),
        ("Lena Vost", "indirect", "A newly-approved regional resolution notes that districts will be open for "
         "occupancy only if schools are built."),
        ("Ivo Marr", "indirect", "President Marr noted that this was the right approach."),
    ])


def test_a_middle_turn_that_discussed_ends_where_the_pair_acts():
    """Guard: the report opened by "discussed" ends where the people who met act together ("The two then visited
    …"); what follows is no longer known to be hers."""
    body = (_WORKING_MEETING + "The President noted the region's growth. Lena Vost discussed the reform of the "
            "building sector. President Marr and Governor Vost then visited a building site. A newly-approved regional "
            "resolution notes that districts will be open for occupancy only if schools are built. President Marr "
            "noted that this was the right approach.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "The President noted the region's growth."),
        ("Lena Vost", "indirect", "Lena Vost discussed the reform of the building sector."),
        ("Ivo Marr", "indirect", "President Marr noted that this was the right approach."),
    ])
