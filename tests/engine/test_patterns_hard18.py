"""Patterns found by the eighteenth hard set (benchmarks/hard18/: twelve dev situations rewritten by
another hand, with wording no set had used): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_light_verbs_of_view_blame_hope_and_request():
    """A family of verbs that report speech only with their complement: "took the view that", "held
    that", "held … responsible for", "held out the prospect/hope of", "maintained that", "intimated
    that", "pressed for", "registered his satisfaction", "spelled out", "renewed … commitment",
    "solicited … support", "professed himself ready", "acquainted … with" (hard18 missed them all);
    not "held talks", "took the road", "pressed ahead", "renewed the lease"."""
    body = (_TALKS + "Ms Lind took the view that the treaty was overdue for revision. The President held that a deal "
            "was within reach. Greta Lind held the border guards responsible for the delays. The President, in turn, "
            "held out the prospect of a visit in May. Ms Lind maintained that only a ceasefire would help. The "
            "President intimated that aid was being prepared. Ms Lind pressed for a corridor. The President "
            "registered his satisfaction with the result. Ms Lind spelled out her government's priorities. The "
            "President renewed his country's commitment to the treaty. Ms Lind solicited Ostlund's partners' "
            "support. The President professed himself ready to help. Ms Lind acquainted the President with the plan."
            "\n\nThe two ministers held talks in the afternoon. The delegation took the road through the hills. "
            "The builders pressed ahead with the bridge. The port renewed the lease.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind took the view that the treaty was overdue for revision."),
        ("Anton Maric", "indirect", "The President held that a deal was within reach."),
        ("Greta Lind", "indirect", "Greta Lind held the border guards responsible for the delays."),
        ("Anton Maric", "indirect", "The President, in turn, held out the prospect of a visit in May."),
        ("Greta Lind", "indirect", "Ms Lind maintained that only a ceasefire would help."),
        ("Anton Maric", "indirect", "The President intimated that aid was being prepared."),
        ("Greta Lind", "indirect", "Ms Lind pressed for a corridor."),
        ("Anton Maric", "indirect", "The President registered his satisfaction with the result."),
        ("Greta Lind", "indirect", "Ms Lind spelled out her government's priorities."),
        ("Anton Maric", "indirect", "The President renewed his country's commitment to the treaty."),
        ("Greta Lind", "indirect", "Ms Lind solicited Ostlund's partners' support."),
        ("Anton Maric", "indirect", "The President professed himself ready to help."),
        ("Greta Lind", "indirect", "Ms Lind acquainted the President with the plan."),
    ])


def test_telling_through_mention_thanks_store_homage_record():
    """"took the ambassadors through …", "walked her counterpart through …" (as "briefed"), "made
    mention of", "gave thanks for", "gave his assent", "set great store by", "paid homage to", "went on
    record as saying", "dwelt at some length on", "spoke with feeling about", "used the meeting to
    restate" (hard18 missed them, and gave the next "he" to the wrong person); not "walked through
    the market", "used the meeting to sign", "spoke with the Minister about" (a conversation)."""
    body = (_TALKS + "The President took his guest through the latest figures. Ms Lind walked her counterpart through "
            "the talks. The President made mention of the harvest. Ms Lind gave thanks for the welcome. The "
            "President set great store by the coordination. Ms Lind paid homage to the rescuers. The President "
            "went on record as saying that the border would stay open. Ms Lind dwelt at some length on the floods. "
            "The President spoke with feeling about the victims, and he warned of new floods. Ms Lind used the "
            "meeting to restate her government's support.\n\nMs Lind walked through the market. The President "
            "used the meeting to sign a decree.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President took his guest through the latest figures."),
        ("Greta Lind", "indirect", "Ms Lind walked her counterpart through the talks."),
        ("Anton Maric", "indirect", "The President made mention of the harvest."),
        ("Greta Lind", "indirect", "Ms Lind gave thanks for the welcome."),
        ("Anton Maric", "indirect", "The President set great store by the coordination."),
        ("Greta Lind", "indirect", "Ms Lind paid homage to the rescuers."),
        ("Anton Maric", "indirect", "The President went on record as saying that the border would stay open."),
        ("Greta Lind", "indirect", "Ms Lind dwelt at some length on the floods."),
        ("Anton Maric", "indirect", "The President spoke with feeling about the victims, and he warned of new floods."),
        ("Greta Lind", "indirect", "Ms Lind used the meeting to restate her government's support."),
    ])


def test_manner_phrases_was_warm_in_his_gratitude_was_at_pains_to():
    """"was warm in his gratitude for", "was fulsome in her thanks", "was forthright in calling for",
    "was appreciative of", "was at pains to stress", "was keen to point out": a feeling or a call
    voiced, as "expressed" (hard18 missed five); not "The weather was warm in the capital"."""
    body = (_TALKS + "The President was warm in his gratitude for the aid. Ms Lind was fulsome in her thanks for the "
            "welcome. The President was forthright in calling for a ceasefire. Ms Lind was appreciative of the "
            "help. The President was at pains to stress that deliveries would continue. Ms Lind was keen to point "
            "out the progress.\n\nThe weather was warm in the capital.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President was warm in his gratitude for the aid."),
        ("Greta Lind", "indirect", "Ms Lind was fulsome in her thanks for the welcome."),
        ("Anton Maric", "indirect", "The President was forthright in calling for a ceasefire."),
        ("Greta Lind", "indirect", "Ms Lind was appreciative of the help."),
        ("Anton Maric", "indirect", "The President was at pains to stress that deliveries would continue."),
        ("Greta Lind", "indirect", "Ms Lind was keen to point out the progress."),
    ])


def test_nationality_nouns_in_i_and_ander_and_hearsay_given():
    """"The Vosslander professed …" (as "the New Zealander") and "The Omeni assured …" (as "the
    Omani"): one person named by a nationality noun in -ander or -i (hard18 gave one to the other
    speaker); "X is understood to have given his assent": his, at one remove (hard18 missed it)."""
    body = ("President Anton Maric had a telephone conversation with President of Vossland Clement Dufay.\n\n"
            "Mr Maric spoke of the floods. The Vosslander pledged that aid would be sent. Mr Maric is understood to "
            "have given his assent.\n\nPresident Anton Maric also spoke with President of Omenia Ilan Sadi. The "
            "Omeni assured him that the port would open.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Mr Maric spoke of the floods."),
        ("Clement Dufay", "indirect", "The Vosslander pledged that aid would be sent."),
        ("Anton Maric", "indirect", "Mr Maric is understood to have given his assent."),
        ("Ilan Sadi", "indirect", "The Omeni assured him that the port would open."),
    ])


def test_subject_before_an_aside_naming_who_reported_it():
    """"Mr X, the press service reported afterwards, also touched on …": the subject before an aside
    that names who reported the words (the aside's verb has no person for subject) is the speaker
    (hard18 missed it); a clause with no person before such an aside stays no one's."""
    body = (_TALKS + "Ms Lind raised the floods. The President, the presidential press service reported afterwards, "
            "also touched on the export of grain.\n\nThe harvest, the ministry said later, was the largest in years.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind raised the floods."),
        ("Anton Maric", "indirect", "The President, the presidential press service reported afterwards, also touched "
                                    "on the export of grain."),
    ])


def test_for_x_the_priority_remained_and_the_incoming_president():
    """"For the President, the priority remained …": one person's view of what matters most, as "in his
    view" (hard18 missed it); not "For the region, the priority …" (no person). "The incoming
    President" is the President-elect named before, not the President (hard18 gave it no one)."""
    body = ("Readout of the Vice President's Call\n\nVice President Ingrid Ostlund spoke today with President-elect "
            "Tomas Marin of Calvera. For the region, the priority was rain.\n\n"
            "For the Vice President, the priority remained a peaceful transfer of power. The incoming President "
            "signaled his willingness to work together.")
    assert_statements(body, [
        ("Ingrid Ostlund", "indirect", "For the Vice President, the priority remained a peaceful transfer of power."),
        ("Tomas Marin", "indirect", "The incoming President signaled his willingness to work together."),
    ])


def test_a_phrasal_speech_verb_in_the_passive_with_its_agent():
    """"Warm wishes were passed on by Mr X to Ms Y": a phrasal verb of speech in the passive, its
    particle between the verb and the agent, is the agent's statement, as "… were conveyed by X"
    (hard18 missed one); "The bill was passed by parliament" names no person."""
    body = (_TALKS + "The bill was passed by parliament.\n\nWarm wishes were passed on by President Maric to Ms Lind "
            "and the people of Ostlund.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Warm wishes were passed on by President Maric to Ms Lind and the people of Ostlund."),
    ])
