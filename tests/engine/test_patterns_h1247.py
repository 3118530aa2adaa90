"""Rules from the nine-hundred-fifty-sixth held-out set (Zambia's North-Western Province Minister and those at the
province's meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "President Tavo Mirel arrived in Dorvan Province on Monday for a two-day working visit. "


def test_outlet_reports_that_a_person_confirmed_is_the_persons():
    """"ZANIS reports that Provincial Minister, Robert Lihefu confirmed the development during a media briefing …"
    (Lusaka Times 2022-07-25): an agency's "reports that" credits the account; the person in the clause after it
    speaks, the whole sentence his. Before, nothing was given (the agency taken as the speaker, a body)."""
    body = (_OPENING + "KENA reports that Provincial Minister Ivo Ranst confirmed the development during a media "
            "briefing in Solvik today.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "KENA reports that Provincial Minister Ivo Ranst confirmed the development during a "
                                  "media briefing in Solvik today."),
    ])


def test_named_paper_reported_that_a_person_urged_is_the_persons():
    """The same after a paper's name ending in a word of the press ("New Telegraph reports that the governor briefed
    …"), the past "reported that": the person's."""
    body = (_OPENING + "The Dorvan Herald reported that Governor Ivo Ranst urged residents to remain calm.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "The Dorvan Herald reported that Governor Ivo Ranst urged residents to remain calm."),
    ])


def test_outlet_reports_that_a_person_said_this_when_is_narrative():
    """The guard: "ZANIS reports that Mr X said this when he toured …" only says when he spoke, as "Mr X said this
    when …" opening the sentence does: no statement."""
    body = (_OPENING + "Minister Ivo Ranst said the mines must benefit local people. KENA reports that Mr Ranst said "
            "this when he toured the Kelvar copper mine today.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Minister Ivo Ranst said the mines must benefit local people."),
    ])


def test_person_who_reports_that_keeps_the_statement():
    """The guard: a person, no outlet, who "reports that …" ("Minister X reports that the roads are repaired") says
    it himself, unchanged."""
    body = (_OPENING + "Minister Ivo Ranst reports that the roads to the border are repaired.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Minister Ivo Ranst reports that the roads to the border are repaired."),
    ])


def test_notably_between_a_subject_and_its_speech_verb():
    """"Mr Mangimela notably cautioned people to observe the COVID-19 health guidelines, adding that …" (Lusaka Times
    2021-06-09): "notably", a focus adverb, between the subject and its verb, as "particularly". Before, missed."""
    body = (_OPENING + "Permanent Secretary Ivo Ranst said the visit will be short. Mr Ranst notably cautioned people "
            "to observe the health guidelines, adding that only invited officials will attend.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Permanent Secretary Ivo Ranst said the visit will be short."),
        ("Ivo Ranst", "indirect", "Mr Ranst notably cautioned people to observe the health guidelines, adding that only "
                                  "invited officials will attend."),
    ])


def test_notably_before_a_name_in_a_list_stays_no_subject():
    """The guard: "notably" before an example set off by commas ("Several ministers, notably Mr X, attended …")
    is no filler of a subject: no statement."""
    body = (_OPENING + "Several ministers, notably Mr Ivo Ranst, attended the ceremony at the airport.")
    assert_statements(body, [])
