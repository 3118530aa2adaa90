"""Rules from the two-hundred-sixteenth held-out set (en.kremlin.ru, November 2002): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_deeds_of_the_third_person_both_statements_name_are_carried_on():
    """"… President Putin ruled out any negotiations with … Aslan Maskhadov …. Maskhadov, verbally supporting the
    political process, in fact provided help to terrorists …. He was behind the October 23 terrorist attack …. Those
    who try to negotiate with Maskhadov will be considered accomplices …, Mr Putin said." (27677): the speaker's
    account of the man both his statements name. Before, the two middle sentences were nobody's."""
    body = ("President Arvel Dunmore met with community leaders.\n\n"
            "President Dunmore ruled out any talks with the rebel leader Koran Veltis. "
            "Veltis, verbally supporting the peace process, in fact armed the gangs. "
            "He was behind the attack on the northern bridge. "
            "Those who deal with Veltis will be treated as accomplices, Mr Dunmore said.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore ruled out any talks with the rebel leader Koran Veltis."),
        ("Arvel Dunmore", "indirect", "Veltis, verbally supporting the peace process, in fact armed the gangs."),
        ("Arvel Dunmore", "indirect", "He was behind the attack on the northern bridge."),
        ("Arvel Dunmore", "indirect",
         "Those who deal with Veltis will be treated as accomplices, Mr Dunmore said."),
    ])


def test_a_person_only_one_statement_names_acting_is_narrative():
    """The guard: a person named in the statement before but not in the one after acts in the readout's narrative
    ("Veltis then left the hall."); and the speaker himself acting between his words is narrative too."""
    body = ("President Arvel Dunmore met with community leaders.\n\n"
            "President Dunmore ruled out any talks with the rebel leader Koran Veltis. "
            "Veltis then left the hall. "
            "Dunmore later visited the new school. "
            "The constitutional process must be speeded up, Mr Dunmore said.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore ruled out any talks with the rebel leader Koran Veltis."),
        ("Arvel Dunmore", "indirect", "The constitutional process must be speeded up, Mr Dunmore said."),
    ])


def test_an_accord_both_statements_name_is_no_third_person():
    """The guard: a compound name both statements name ("the NRD-PACT") heading a sentence between them is an
    accord, not a person whose deeds the speaker tells (as the fourth set's "C-SIPA enhances …")."""
    body = ("Vice President Mara Quell spoke with King Oden of Valdoria.\n\n"
            "The Vice President welcomed the signing of the NRD-PACT in Tavira. "
            "NRD-PACT enhances cooperation on defense and trade. "
            "The Vice President reaffirmed her support for the NRD-PACT and said it would last.")
    assert_statements(body, [
        ("Mara Quell", "indirect", "The Vice President welcomed the signing of the NRD-PACT in Tavira."),
        ("Mara Quell", "indirect",
         "The Vice President reaffirmed her support for the NRD-PACT and said it would last."),
    ])


def test_a_bodys_stance_recalled_between_one_persons_words_is_carried_on():
    """"During the late 1990s, the Russian Government repeatedly showed its goodwill and expressed its readiness to
    solve the Chechen problem by peaceful means." (27677), between two statements of Putin: a body is no speaker, its
    "expressed" starts no one's words; the speaker's account goes on. Before, nobody's."""
    body = ("President Arvel Dunmore met with community leaders.\n\n"
            "President Dunmore ruled out any talks with the rebels. "
            "During the late 1990s, the Normian Government repeatedly expressed its readiness to settle the conflict "
            "peacefully. "
            "Those who deal with the rebels will be treated as accomplices, Mr Dunmore said.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore ruled out any talks with the rebels."),
        ("Arvel Dunmore", "indirect",
         "During the late 1990s, the Normian Government repeatedly expressed its readiness to settle the conflict "
         "peacefully."),
        ("Arvel Dunmore", "indirect",
         "Those who deal with the rebels will be treated as accomplices, Mr Dunmore said."),
    ])


def test_a_person_speaking_between_one_persons_words_is_not_carried():
    """The guard: a person's speech verb between two statements of another person starts that person's words, not
    the first speaker's account (only a body's cue is passed over)."""
    body = ("President Arvel Dunmore met with community leaders.\n\n"
            "President Dunmore ruled out any talks with the rebels. "
            "Minister Tovan Reyes expressed his readiness to settle the conflict peacefully. "
            "Those who deal with the rebels will be treated as accomplices, Mr Dunmore said.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore ruled out any talks with the rebels."),
        ("Tovan Reyes", "indirect", "Minister Tovan Reyes expressed his readiness to settle the conflict peacefully."),
        ("Arvel Dunmore", "indirect",
         "Those who deal with the rebels will be treated as accomplices, Mr Dunmore said."),
    ])


def test_a_bodys_call_of_the_day_between_one_persons_words_is_not_carried():
    """The guard: with no past period opening it, a body's speech verb between two statements of one person is the
    day's news, not the speaker's recalled history (as the twenty-eighth set's "So the government has once again
    called on citizens …")."""
    body = ("Minister Tovan Reyes met with doctors.\n\n"
            "Minister Reyes said that the number of cases was rising. "
            "So the government has once again called on citizens to get vaccinated. "
            "The Minister added that new vaccines would arrive next week.")
    assert_statements(body, [
        ("Tovan Reyes", "indirect", "Minister Reyes said that the number of cases was rising."),
        ("Tovan Reyes", "indirect", "The Minister added that new vaccines would arrive next week."),
    ])
