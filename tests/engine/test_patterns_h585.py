"""Readings the held-out sets below the three-hundredth showed the engine missing:
a thing to be done, in the future passive with no agent, in a report carried on ("In addition, special attention
will be paid to infrastructure development.", "In particular, in the coming weeks, decisions will be made to
provide …"): the speaker's side's plan, as the report tells it; "was made up of", what a thing consists of, no
passive of the meeting; an opening span of time ("In recent years, ") before a present perfect with no agent;
"would like to <verb>", a wish voiced; "intended to", "was going to", an intention voiced; a present passive after
"until", a time still to come; "a topic in the talks" and "a highlight of the visit", what the meeting spoke of.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING = "President Arlen Voss met with business leaders in Talvik."


def test_attention_to_be_paid_carries_the_report_on():
    """"X said that … . In addition, special attention will be paid to … . “…,” X said.": a future passive
    with no agent between two of one person's statements is what his side will do, his words carried on
    (`CarryingOn._to_be_done_in_report`)."""
    said = "Voss said that the government would speed up the reform of the courts."
    carried = "In addition, special attention will be paid to the roads of the north."
    body = MEETING + " " + said + " " + carried + " “We will not wait,” Voss said.\n"
    assert_statements(body, [("Arlen Voss", "indirect", said), ("Arlen Voss", "indirect", carried),
                             ("Arlen Voss", "direct", "We will not wait")])


def test_decisions_to_be_made_in_the_coming_weeks_carry_the_report_on():
    """The same after a connective and a time ahead, at the end of the report's paragraph: "In particular, in the
    coming weeks, decisions will be made to provide …" after "According to him, Ostreland will strengthen …"."""
    said = "According to him, Ostreland will strengthen its support for the northern provinces."
    carried = "In particular, in the coming weeks, decisions will be made to provide new grain stores."
    body = MEETING + "\n\n" + said + " " + carried + "\n"
    assert_statements(body, [("Arlen Voss", "indirect", said), ("Arlen Voss", "indirect", carried)])


def test_attention_to_be_paid_at_a_summit_is_the_readouts():
    """Guard: "Special attention will be paid to … at the summit in May." names a meeting: the readout's word on
    the talks to come, not the report carried on (`_MEETING_WORD`)."""
    said = "Voss said that the government would speed up the reform of the courts."
    body = (MEETING + " " + said + " Special attention will be paid to the roads of the north at the summit in May."
            " “We will not wait,” Voss said.\n")
    assert_statements(body, [("Arlen Voss", "indirect", said), ("Arlen Voss", "direct", "We will not wait")])


REPORT = "Minister Tarin Holm told President Arlen Voss about the relief mission to the northern provinces."


def test_made_up_of_is_what_a_thing_consists_of():
    """"The unit was made up of …" after a minister's report: what the thing consists of, a state, no passive of
    something done at the meeting ("an agreement was made"); the report carried on (`_AGENTLESS_PASSIVE`)."""
    carried = "The mission was made up of engineers, doctors and drivers."
    body = REPORT + " " + carried + " The aim of the mission was to restore the water supply.\n"
    assert_statements(body, [("Tarin Holm", "indirect", REPORT), ("Tarin Holm", "indirect", carried),
                             ("Tarin Holm", "indirect", "The aim of the mission was to restore the water supply.")])


def test_a_decision_made_is_still_the_meetings():
    """Guard: "A decision was made to …" after the same report is a thing done at the meeting, with no agent:
    the report is over (the passive of "made" still read)."""
    body = REPORT + " A decision was made to send a second mission in May.\n"
    assert_statements(body, [("Tarin Holm", "indirect", REPORT)])


def test_progress_made_in_recent_years_carries_the_report_on():
    """"In recent years, significant progress has been made in our relations …" after the President's stated view:
    a present perfect with no agent after an opening span of time, what her side has done as the report tells it
    (`_SPAN_UP_TO_NOW` passed over in `CarryingOn._done_lately_in_report`)."""
    said = "In her message, the President stated that Ostreland and Merovia enjoy a strong partnership."
    carried = "In recent years, significant progress has been made in our bilateral relations."
    body = ("President Ilona Brenn sent a message to President Tomas Vell.\n\n" + said + " " + carried + "\n\n"
            "President Brenn also reiterated that Ostreland will remain a reliable partner.\n")
    assert_statements(body, [("Ilona Brenn", "indirect", said), ("Ilona Brenn", "indirect", carried),
                             ("Ilona Brenn", "indirect", "President Brenn also reiterated that Ostreland will remain "
                                                         "a reliable partner.")])


def test_agreement_reached_in_recent_years_is_still_the_meetings():
    """Guard: "In recent years, an agreement has been reached …": "reached" is what the people who met settled,
    no word of `_DONE_LATELY_WORDS`; the opening span passed over changes nothing there."""
    said = "In her message, the President stated that Ostreland and Merovia enjoy a strong partnership."
    body = ("President Ilona Brenn sent a message to President Tomas Vell.\n\n" + said
            + " In recent years, an agreement has been reached on the border.\n")
    assert_statements(body, [("Ilona Brenn", "indirect", said)])


def test_would_like_to_is_a_wish_voiced():
    """"The President would like to avoid delays in …": one person's own wish, voiced, as "hopes to" (a statement;
    `reported_speech._WISH_FOR_OTHERS`, which read only "would like to see" and "would like X to …")."""
    wish = "The President would like to avoid delays in the return of the prisoners."
    body = "President Arlen Voss met with the families of prisoners in Talvik. " + wish + "\n"
    assert_statements(body, [("Arlen Voss", "indirect", wish)])


def test_a_body_that_would_like_to_is_no_one():
    """Guard: "The ministry would like to receive the applications by May.": a body's wish, no person before the
    words (`_person_before`), no statement."""
    body = ("President Arlen Voss met with the families of prisoners in Talvik.\n\n"
            "The ministry would like to receive the applications by May.\n")
    assert_statements(body, [])


def test_an_intention_voiced_is_a_statement():
    """"Dr X intended to discuss the problem with the embassy again the next day.": one person's intention, told as
    he told it, a statement, as "would like to" is (`reported_speech._INTENTION_VOICED`); "was going to" too."""
    intended = "Dr Lenart Oss intended to discuss the problem with the embassy again the next day."
    going = "Mr Voss was going to raise the issue of the budget for the courts."
    body = ("President Arlen Voss met with Dr Lenart Oss.\n\n" + intended + "\n\n" + going + "\n")
    assert_statements(body, [("Lenart Oss", "indirect", intended), ("Arlen Voss", "indirect", going)])


def test_a_body_intends_and_a_thing_is_going_to_be():
    """Guard: "The Government intends to discuss …" (a body) and "The bridge is going to be …" (what a thing
    will be): no one's intention voiced."""
    body = ("President Arlen Voss met with Dr Lenart Oss.\n\n"
            "The Government intends to discuss the details at its meeting in May. "
            "The new bridge is going to be finished next year.\n")
    assert_statements(body, [])


def test_until_a_thing_is_done_carries_the_report_on():
    """"Until the trial is held all these people are innocent." after "In the opinion of the head of state, …": a
    present passive after "until", a time still to come, nothing that happened at the meeting; his view carried on
    (`carrying_on._UNTIL_BEFORE`)."""
    said = "In the opinion of the President, the guilt of the accused must be proved in court."
    carried = "Until the trial is held all these people are innocent."
    body = "President Arlen Voss met with the judges of Talvik. " + said + " " + carried + "\n"
    assert_statements(body, [("Arlen Voss", "indirect", said), ("Arlen Voss", "indirect", carried)])


def test_talks_until_an_agreement_was_reached_are_the_meetings():
    """Guard: "The talks went on until an agreement was reached." tells what happened at the meeting, in the past:
    "until" before a past passive leaves it the readout's account."""
    said = "In the opinion of the President, the guilt of the accused must be proved in court."
    body = ("President Arlen Voss met with the judges of Talvik. " + said
            + " The talks went on until an agreement was reached.\n")
    assert_statements(body, [("Arlen Voss", "indirect", said)])


PRESS = ("President Arlen Voss answered questions from journalists after his talks in Merovia.\n\n"
         "Speaking about trade, Mr Voss noted that the positions of the two countries were close.")


def test_a_topic_in_the_talks_is_the_meetings():
    """"Another key topic in the talks was the border." between two of one person's statements: what the talks
    spoke of, told by the readout, as "The key topics of the meeting were …" (`carrying_on._MEETING_TOPIC`), not
    his words carried on."""
    stated = "The President stated that the two sides had failed to agree on the border."
    body = PRESS + " Another key topic in the talks was the border. " + stated + "\n"
    assert_statements(body, [("Arlen Voss", "indirect", PRESS.split("\n\n")[1]), ("Arlen Voss", "indirect", stated)])


def test_a_topic_for_the_region_is_still_his():
    """Guard: "Another key topic for the region is the new harbour." names no meeting: between two of his
    statements, his words carried on."""
    stated = "The President stated that the two sides had failed to agree on the border."
    carried = "Another key topic for the region is the new harbour."
    body = PRESS + " " + carried + " " + stated + "\n"
    assert_statements(body, [("Arlen Voss", "indirect", PRESS.split("\n\n")[1]), ("Arlen Voss", "indirect", carried),
                             ("Arlen Voss", "indirect", stated)])


def test_a_highlight_of_the_visit_is_the_readouts():
    """"The opening of the new port was a highlight of the visit." after one person's report of his trip: the
    readout's word on the visit, as "… was a subject of the talks" (`carrying_on._A_SUBJECT_OF_DISCUSSION`), not
    his words carried on."""
    said = "President Voss said he was satisfied with the results of his trip."
    stated = "Asked about the harbour, the President stressed that Ostreland supported the free passage of ships."
    body = ("President Arlen Voss gave a press conference in Talvik.\n\n" + said + "\n\n"
            "The opening of the new port was a highlight of the visit. " + stated + "\n")
    assert_statements(body, [("Arlen Voss", "indirect", said), ("Arlen Voss", "indirect", stated)])


def test_a_highlight_of_the_harbour_is_still_his():
    """Guard: "The new crane was a highlight of the harbour." names no meeting: his report carried on."""
    said = "President Voss said he was satisfied with the results of his trip."
    carried = "The new crane was a highlight of the harbour."
    stated = "Asked about the harbour, the President stressed that Ostreland supported the free passage of ships."
    body = ("President Arlen Voss gave a press conference in Talvik.\n\n" + said + "\n\n" + carried + " " + stated
            + "\n")
    assert_statements(body, [("Arlen Voss", "indirect", said), ("Arlen Voss", "indirect", carried),
                             ("Arlen Voss", "indirect", stated)])
