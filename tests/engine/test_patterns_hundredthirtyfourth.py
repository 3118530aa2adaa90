"""Rules from the hundred-thirty-fourth held-out set (president.gov.ua, March - June 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_they_in_the_present_carries_on_the_report():
    """"… the President stressed that one of the most powerful groups of troops are fighting in Donbas. They
    oppose the enemy, which significantly outnumbers them." (74109): "They" with a present verb, between two
    statements of one person, is those the report speaks of, carried on; it was read as the readout's own
    narrative (a pronoun subject) and given to no one."""
    body = ("This was stated by President Anna Berg in an interview to the media. "
            "The President stressed that two brigades of the Norland army are holding the eastern front. "
            "They face an enemy that is three times larger. "
            "\"Our army will hold the line,\" Anna Berg said.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "The President stressed that two brigades of the Norland army are holding the eastern front."),
        ("Anna Berg", "indirect", "They face an enemy that is three times larger."),
        ("Anna Berg", "direct", "Our army will hold the line"),
    ])


def test_they_in_the_past_stays_the_readouts_narrative():
    """Guard: "They discussed …" after a statement is what the people who met did, not carried on."""
    body = ("President Anna Berg met with Prime Minister Olaf Strand of Ostmark. "
            "Anna Berg thanked Ostmark for its support. "
            "They discussed the energy situation. "
            "Anna Berg also stressed that sanctions must be strengthened.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "Anna Berg thanked Ostmark for its support."),
        ("Anna Berg", "indirect", "Anna Berg also stressed that sanctions must be strengthened."),
    ])
