"""Rules from the hundred-ninety-seventh held-out set (president.gov.ua, January - April 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_capitals_regime_doing_now_between_two_statements_carries_on():
    """"Frederick Ryan stressed that this high award honors … Today, the Kremlin regime is trying to rebuild the
    wreckage of the Soviet empire … Frederick Ryan quoted …" (hundred-ninety-seventh 73409): a named capital's
    regime, the subject, with a verb in the present progressive, between two statements of one person, is that
    person's account carried on, as "In addition, the invaders seized …" already was; the sentence was read as
    the readout's narrative and given to no one."""
    body = ("Ambassador Lina Voss received the Harbour Award for the President of Norland. "
            "Chairman Emil Brandt stressed that the award honors the courage of the people of Norland. "
            "Today, the Varsk regime is trying to rebuild its old empire by force. "
            "\"Courage is our strongest weapon,\" Emil Brandt said.")
    assert_statements(body, expected=[
        ("Emil Brandt", "indirect",
         "Chairman Emil Brandt stressed that the award honors the courage of the people of Norland."),
        ("Emil Brandt", "indirect", "Today, the Varsk regime is trying to rebuild its old empire by force."),
        ("Emil Brandt", "direct", "Courage is our strongest weapon"),
    ])


def test_the_invaders_doing_now_between_two_statements_carry_on():
    """The same class with the hostile party the rule knew and the present progressive ("the invaders are …ing"):
    carried on before this rule too (another reading); kept so that the widened pattern goes on carrying it."""
    body = ("Minister Anna Berg reminded that a rescuer remains in captivity. "
            "Meanwhile, the invaders are shelling the road to Eastport. "
            "\"We cannot safely evacuate people,\" said the Minister.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "Minister Anna Berg reminded that a rescuer remains in captivity."),
        ("Anna Berg", "indirect", "Meanwhile, the invaders are shelling the road to Eastport."),
        ("Anna Berg", "direct", "We cannot safely evacuate people"),
    ])


def test_a_regime_doing_now_after_the_meeting_stays_narrative():
    """Guard: the same sentence with no statement of one person on both sides (after the meeting's narrative,
    before nothing said) stays the readout's narrative."""
    body = ("President Anna Berg met with Prime Minister Olaf Strand of Ostmark. "
            "Today, the Varsk regime is trying to rebuild its old empire by force.")
    assert_statements(body, expected=[])
