"""Rules from the hundred-thirty-sixth held-out set (president.gov.ua, March - April 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_lead_of_two_sentences_tied_by_but_is_all_the_speakers():
    """"Immediate ceasefire … are among the key aspects of a peace agreement … But strategically, our state wants
    … This was stated by Adviser … Mykhailo Podolyak …" (73625): a lead's second sentence opening with a
    contrastive "But" answers the first, so both are the adviser's; the first was given to no one."""
    body = ("A full withdrawal of foreign troops is among the key terms of any settlement in Norland. "
            "But strategically, our state wants firm guarantees of its security. "
            "This was stated by Adviser to the President of Norland Anna Berg in an interview to the media. "
            "\"There is no other way,\" she said.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "A full withdrawal of foreign troops is among the key terms of any settlement in Norland."),
        ("Anna Berg", "indirect", "But strategically, our state wants firm guarantees of its security."),
        ("Anna Berg", "direct", "There is no other way"),
    ])


def test_lead_tied_by_however_is_all_the_speakers():
    """The same with "However, " opening the lead's second sentence."""
    body = ("The grain corridor of Norland has worked for three weeks. "
            "However, the ports still need protection from the air. "
            "This was stated by Minister of Infrastructure of Norland Olaf Strand during a briefing.")
    assert_statements(body, expected=[
        ("Olaf Strand", "indirect", "The grain corridor of Norland has worked for three weeks."),
        ("Olaf Strand", "indirect", "However, the ports still need protection from the air."),
    ])


def test_lead_whose_first_sentence_names_its_actor_stays_narrative():
    """Guard: a first sentence with its own subject ("President X met …") is narrative, however the second opens."""
    body = ("President Anna Berg met with Prime Minister Olaf Strand of Ostmark. "
            "But the ports still need protection from the air. "
            "This was stated by Olaf Strand after the meeting.")
    assert_statements(body, expected=[
        ("Olaf Strand", "indirect", "But the ports still need protection from the air."),
    ])


def test_the_invaders_acts_between_two_statements_carry_on():
    """"Iryna Vereshchuk reminded that … remains in captivity. In addition, the invaders seized an intensive care
    hospital in Mariupol, took hostage 400 people … "We have not received …," said the Deputy Prime Minister."
    (73593): the enemy's deeds between two statements of one person are that person's account, carried on; the
    sentence was read as the readout's narrative (a group subject acting) and given to no one."""
    body = ("As of May 3, there are no guarantees for the safe evacuation of residents of Eastport. "
            "This was announced by Minister of Norland Anna Berg. "
            "\"The invaders keep firing at the convoys,\" she said. "
            "Anna Berg reminded that a rescuer from the emergency service remains in captivity. "
            "In addition, the invaders seized a hospital in Eastport, took hostage 200 people, and shelling is held from there now. "
            "\"We cannot safely evacuate people,\" said the Minister.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "As of May 3, there are no guarantees for the safe evacuation of residents of Eastport."),
        ("Anna Berg", "direct", "The invaders keep firing at the convoys"),
        ("Anna Berg", "indirect", "Anna Berg reminded that a rescuer from the emergency service remains in captivity."),
        ("Anna Berg", "indirect",
         "In addition, the invaders seized a hospital in Eastport, took hostage 200 people, and shelling is held from there now."),
        ("Anna Berg", "direct", "We cannot safely evacuate people"),
    ])


def test_the_leaders_acts_between_two_statements_stay_narrative():
    """Guard: the people who met acting between two statements ("In addition, the leaders visited …") is narrative."""
    body = ("President Anna Berg met with Prime Minister Olaf Strand of Ostmark. "
            "Anna Berg thanked Ostmark for its support. "
            "In addition, the leaders visited a hospital in Eastport. "
            "\"We will rebuild every hospital,\" said Anna Berg.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "Anna Berg thanked Ostmark for its support."),
        ("Anna Berg", "direct", "We will rebuild every hospital"),
    ])
