"""Readings of known errors of the invented labelled sets (stop 37): "X, whose … / who …, for her part, had warm words
for … / would welcome …" (thirteenth hard set: harwell takaru, sorvenia_brennmark_senators), a phrase cue after a
describing aside and then the aside that sets off a clause's subject; "Her Oskeny counterpart — herself a former
deckhand … — was quick to add …" (thirty-first hard set: norvaal_union_call_oskeny_federation), such a cue after an
aside set off by dashes; "Matters of regional security were gone into as well." (eighteenth hard set:
selvania_independence_day_call) and "The evacuation was not discussed in public." (seventeenth hard set:
zarenthia_staged_referendum_press), agentless topics that end a report.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

SENATE_TITLE = "President Ivan Dorosh met a delegation of the Senate of Ostria"


def test_a_phrase_cue_after_a_describing_aside_and_for_her_part():
    """"Prime Minister Takaru, whose government took office in the spring …, for her part, had warm words for the U.S.
    commitment …" (thirteenth hard set, harwell takaru) and "Senator Brisk, who has chaired … and who visited …, for her
    part, would welcome an early decision …" (thirteenth hard set, sorvenia_brennmark_senators): the full name before
    the describing aside is the subject of the cue read by its phrase ("had warm words for", "would welcome"), as it
    is of a plain speech verb there."""
    body = (
        "President Ivan Dorosh met a delegation of the Senate of Ostria led by Senator Anna Kell and including "
        "Senator Olga Brisk.\n\n"
        "Senator Kell, whose committee took office in the spring after an election, for her part, had warm words for "
        "the Ostrian people. Senator Brisk, who has chaired the committee for six years and who visited the city of "
        "Orivka last spring, for her part, would welcome an early decision on sanctions."
    )
    assert_statements(body, [
        ("Anna Kell", "indirect", "Senator Kell, whose committee took office in the spring after an election, for her "
                                  "part, had warm words for the Ostrian people."),
        ("Olga Brisk", "indirect", "Senator Brisk, who has chaired the committee for six years and who visited the "
                                   "city of Orivka last spring, for her part, would welcome an early decision on "
                                   "sanctions."),
    ], title=SENATE_TITLE)


def test_a_body_before_a_describing_aside_and_in_turn_stays_no_ones():
    """Guard: "The Ministry, whose staff have doubled …, in turn, would welcome …" and "The committee, which was set
    up …, for its part, had warm words for …": a body, no person, before the asides; no statement."""
    body = (
        "President Ivan Dorosh met a delegation of the Senate of Ostria led by Senator Anna Kell.\n\n"
        "The Ministry, whose staff have doubled since the spring, in turn, would welcome an early decision on "
        "sanctions. The committee, which was set up in the spring after an election, for its part, had warm words for "
        "the Ostrian people."
    )
    assert_statements(body, [], title=SENATE_TITLE)


UNION_TITLE = "General Secretary's call with the General Secretary of the Oskeny Federation of Labour"


def test_a_phrase_cue_after_an_aside_set_off_by_dashes():
    """"Her Oskeny counterpart — herself a former deckhand on the Brask crossing — was quick to add a word of caution:
    …" (thirty-first hard set, norvaal_union_call_oskeny_federation): the subject before an aside set off by dashes
    speaks through a cue read by its phrase ("was quick to add"), as it does through a plain speech verb there."""
    body = (
        "Sister Agnes Morrow spoke today with Ms Hana Velde, General Secretary of the Oskeny Federation.\n\n"
        "Sister Morrow thanked the Federation. Her Oskeny counterpart — herself a former deckhand on the Brask "
        "crossing — was quick to add a word of caution: the agencies were already recruiting."
    )
    assert_statements(body, [
        ("Sister Agnes Morrow", "indirect", "Sister Morrow thanked the Federation."),
        ("Hana Velde", "indirect", "Her Oskeny counterpart — herself a former deckhand on the Brask crossing — was "
                                   "quick to add a word of caution: the agencies were already recruiting."),
    ], title=UNION_TITLE)


def test_a_body_before_an_aside_set_off_by_dashes_stays_no_ones():
    """Guard: "The Ministry — whose staff have doubled since the spring — was quick to add …": a body, no person,
    before the dashes; no statement."""
    body = (
        "Sister Agnes Morrow spoke today with Ms Hana Velde, General Secretary of the Oskeny Federation.\n\n"
        "The Ministry — whose staff have doubled since the spring — was quick to add a word of caution: the agencies "
        "were recruiting."
    )
    assert_statements(body, [], title=UNION_TITLE)


CALL_TITLE = "President Ivan Dorosh spoke by telephone with Prime Minister Avner Dagan"


def test_a_topic_gone_into_or_not_discussed_ends_the_report():
    """"Matters of regional security were gone into as well." (eighteenth hard set, selvania_independence_day_call) and
    "The evacuation was not discussed in public." (seventeenth hard set, zarenthia_staged_referendum_press): agentless,
    what the meeting spoke of or left aside, as "was also discussed" is; no one's report carried on."""
    body = (
        "President Ivan Dorosh spoke by telephone with Prime Minister Avner Dagan.\n\n"
        "The Prime Minister also touched upon the evacuation of citizens, for which he had a word of thanks. Matters "
        "of regional security were gone into as well.\n\n"
        "Mr Dagan, for his part, is understood to have raised the question of evacuating civilians. The evacuation "
        "was not discussed in public."
    )
    assert_statements(body, [
        ("Avner Dagan", "indirect", "The Prime Minister also touched upon the evacuation of citizens, for which he "
                                    "had a word of thanks."),
        ("Avner Dagan", "indirect", "Mr Dagan, for his part, is understood to have raised the question of evacuating "
                                    "civilians."),
    ], title=CALL_TITLE)


def test_not_discussed_or_gone_into_after_a_cue_stays_the_speakers():
    """Guard: "The Prime Minister said the evacuation was not discussed in public. He added that matters of security
    were gone into in detail.": the words under a cue of their own stay his statements."""
    body = (
        "President Ivan Dorosh spoke by telephone with Prime Minister Avner Dagan.\n\n"
        "The Prime Minister said the evacuation was not discussed in public. He added that matters of security were "
        "gone into in detail."
    )
    assert_statements(body, [
        ("Avner Dagan", "indirect", "The Prime Minister said the evacuation was not discussed in public."),
        ("Avner Dagan", "indirect", "He added that matters of security were gone into in detail."),
    ], title=CALL_TITLE)
