"""NATO's news items on the Secretary General (fourhundredtwentythird): "the Secretary General" is no "General X",
an organisation's untitled head is its bare "the Secretary General", a report goes on after sympathy offered,
"Ambassador X" is the courtesy title of one named with another office, and "NATO’s Deputy Secretary General" keeps its
rank after the possessive.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from readout_tui.engine.people import roles_compatible
from readout_tui.engine.phrases import phrase_opening

from .test_patterns import assert_statements

TITLE = "Alliance Secretary General visits Velora"
VISIT = ("Mr. Oskar Tarn Vellin had a busy day in Velora on the occasion of his first visit to the country as "
         "Alliance Secretary General.\n\n")
MET = ("Mr. Vellin met firstly with the Special Representative for Velora, Ms. Ada Reiss.  {said}\n\n"
       "Following dinner with President Jon Harrow, the Secretary General travelled to the Mission Headquarters to "
       "meet with the Commander of the Mission, General Piet Lorne, and to receive a briefing.\n")
COMMENDED = ("In the course of their exchange, the Secretary General commended the close cooperation between the "
             "Mission and the country's police.")


def test_a_civil_general_office_is_not_the_rank():
    """"Secretary General", "Director General", "Attorney General": offices of their own, not the rank of "General
    X" (the head word "general" alone made them one)."""
    assert not roles_compatible("secretary general", "general")
    assert not roles_compatible("general", "secretary general")
    assert not roles_compatible("director general", "general")
    assert not roles_compatible("attorney general", "lieutenant general")
    assert not roles_compatible("secretary general", "lieutenant-general")


def test_the_rank_stays_one_head():
    """Guard: the military ranks with "general" and the civil office written out further stay compatible."""
    assert roles_compatible("general", "lieutenant general")
    assert roles_compatible("general", "major general")
    assert roles_compatible("secretary general", "secretary general of the alliance")
    assert roles_compatible("secretary general", "secretary-general")
    assert roles_compatible("secretary general", "secretary-general of the league")


def test_the_untitled_head_named_first_is_the_bare_secretary_general():
    """"Mr. X had a busy day … as Alliance Secretary General. … the Secretary General commended …", everyone else
    named with an office, a General among them: the Secretary General is X, neither the General named later nor a
    new person known only by the office."""
    body = VISIT + MET.format(said=COMMENDED)
    assert_statements(body, [("Oskar Tarn Vellin", "indirect", COMMENDED)], title=TITLE)


def test_the_secretary_general_spoken_of_before_anyone_is_named_stays_unnamed():
    """Guard: a release that never names its own head ("The Secretary-General met today with Mr. X …") keeps "the
    Secretary-General" its own unnamed head, not the untitled guest named after the office."""
    thanked = "The Secretary-General thanked Mr. Edvin Moss for his country's support to the peacekeeping mission."
    body = ("The Secretary-General met today with Mr. Edvin Moss at the Headquarters.\n\n" + thanked + "\n")
    result = assert_statements(body, [("The Secretary-General", "indirect", thanked)])
    assert [s.name for s in result.speakers] == ["The Secretary-General"]


SYMPATHY = "Ms Vera Lind expressed her deepest sympathy to the families of the victims of the flood."
REPORT = "The first phase of the reconstruction plan was a success, Ms Lind said, and the next phase would start soon."
CARRIED = ("Implementing the Enduring Partnership with Kastravia will be one of the major issues on the agenda of the "
           "Velora summit next May.")


def test_a_report_after_sympathy_goes_on():
    """"X expressed her deepest sympathy … . …, X said, and … . Implementing … will be one of the major issues …":
    the sympathy does not go on, but her later report does, to the paragraph's end."""
    body = ("Ms Vera Lind, Minister of Foreign Affairs of Kastravia, met with the mayors of the flooded towns.\n\n"
            + SYMPATHY + " " + REPORT + " " + CARRIED + "\n")
    assert_statements(body, [
        ("Vera Lind", "indirect", SYMPATHY),
        ("Vera Lind", "indirect", REPORT),
        ("Vera Lind", "indirect", CARRIED),
    ])


def test_the_readouts_account_after_sympathy_alone_stays_its_own():
    """Guard: sympathy offered with no later report of hers ("… expressed condolences over the death of X. On May 20,
    rescuers found …"): what follows is the readout's account of the loss."""
    condolences = "Ms Vera Lind expressed condolences over the death of the pilot Aren Vosk."
    body = ("Ms Vera Lind, Minister of Foreign Affairs of Kastravia, met with the mayors of the flooded towns.\n\n"
            + condolences + " On May 20, the rescuers found the wreckage of the helicopter near the river.\n")
    assert_statements(body, [("Vera Lind", "indirect", condolences)])


AMBASSADOR_OPENING = ("In a keynote speech at the Security Forum in Tarvik on Monday, Alliance Deputy Secretary General Piet "
                      "Marlow Osk discussed the Alliance's partnerships.\n\n")


def test_ambassador_is_a_courtesy_title_of_one_named_with_another_office():
    """"Deputy Secretary General Piet Marlow Osk … Ambassador Osk underlined …": the courtesy title a former
    ambassador keeps (NATO's and the White House's "Ambassador X" for a Deputy Secretary General or an adviser), the
    same person, not a second "Osk"."""
    underlined = "Ambassador Osk underlined the contributions Velora is making to the Alliance."
    body = AMBASSADOR_OPENING + underlined + "\n"
    result = assert_statements(body, [
        ("Piet Marlow Osk", "indirect", "In a keynote speech at the Security Forum in Tarvik on Monday, Alliance Deputy "
                                        "Secretary General Piet Marlow Osk discussed the Alliance's partnerships."),
        ("Piet Marlow Osk", "indirect", underlined),
    ])
    assert [s.name for s in result.speakers] == ["Piet Marlow Osk"]



def test_an_office_after_a_possessive_keeps_its_rank():
    """"NATO’s Deputy Secretary General", "Kastravia’s Deputy Foreign Minister": the offices read in a row after the
    possessor are one office (its last word alone made the first "general", the second the Foreign Minister)."""
    assert phrase_opening("ALTO’s Deputy Secretary General noted that").role == "deputy secretary general"
    assert phrase_opening("Kastravia’s Deputy Foreign Minister noted that").role == "deputy foreign minister"
    noted = "ALTO’s Deputy Secretary General noted that two themes will define the upcoming summit in Tarvik."
    body = ("ALTO Deputy Secretary General Piet Marlow Osk addressed the Security Forum in Velora on Monday.\n\n"
            + noted + "\n")
    assert_statements(body, [("Piet Marlow Osk", "indirect", noted)])


def test_a_possessors_single_office_is_unchanged():
    """Guard: one office after the possessor, or an office and its complement, read as before."""
    assert phrase_opening("Kastravia’s Foreign Minister noted that").role == "foreign minister"
    assert phrase_opening("Kastravia’s Vice President noted that").role == "vice president"
    assert phrase_opening("the President’s Special Envoy noted that").role == "special envoy of president"
