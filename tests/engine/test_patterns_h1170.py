"""Rules from the eight-hundred-ninety-second held-out set (the Governor of Kisumu County, Kenya, and those who speak at
or of the Governor's meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TOUR = "Ambassador Tarek Velloni of Osmania toured the Marlovian province of Dunmere this week.\n\n"
_BANK = "Governor Halvard Strenn met a delegation from the Osman Bank in his office.\n\n"


def test_referenced_a_thing_is_a_mention():
    """"Additionally, he referenced the recently unveiled ten action plans that Beijing will implement …" (KBC's copy
    on Mheshimiwa): a thing named in talk, as "mentioned" or "made reference to", his indirect statement. Before, the
    sentence was given to no one."""
    body = (_TOUR + "During the tour, Ambassador Velloni emphasized that trade is a cornerstone of relations. "
            "Additionally, he referenced the recently agreed five-year plan for the benefit of both peoples.")
    assert_statements(body, [
        ("Tarek Velloni", "indirect",
         "During the tour, Ambassador Velloni emphasized that trade is a cornerstone of relations."),
        ("Tarek Velloni", "indirect",
         "Additionally, he referenced the recently agreed five-year plan for the benefit of both peoples."),
    ])


def test_referenced_as_a_participle_of_a_thing_is_no_one():
    """The guard: "The plan, referenced in the joint statement, covers …" is a participle of a thing, no person's
    words (as before the rule)."""
    body = (_TOUR + "The five-year plan, referenced in the joint statement of 2021, covers roads and ports.")
    assert_statements(body, [])


def test_those_who_also_attended_is_no_carried_report():
    """"Those who also attended the meeting include Nerry Achar, CECM Finance, …" (Lolwe TV 2018-06-05): the readout's
    list of who attended, as "were present at this meeting", no report carried on into it. Before, the "also" let the
    paragraph carry on the report of the speaker before it."""
    body = (_BANK + "Ms Irena Dovic said that the bank is committed to such projects.\n\n"
            "Those who also attended the meeting include Tomas Reyl and Pavel Odo.")
    assert_statements(body, [
        ("Irena Dovic", "indirect", "Ms Irena Dovic said that the bank is committed to such projects."),
    ])


def test_among_those_who_also_attended_likewise():
    """The same with "Among those who also attended were …"."""
    body = (_BANK + "Ms Irena Dovic said that the bank is committed to such projects.\n\n"
            "Among those who also attended were Tomas Reyl and Pavel Odo.")
    assert_statements(body, [
        ("Irena Dovic", "indirect", "Ms Irena Dovic said that the bank is committed to such projects."),
    ])


def test_those_who_attended_with_a_cue_of_its_own_still_speaks():
    """The guard: "Those who attended the forum, she said, would …" has a cue of its own and stays hers."""
    body = (_BANK + "Ms Irena Dovic said that the bank is committed to such projects.\n\n"
            "Those who attended the forum, she said, would receive the bank's report.")
    assert_statements(body, [
        ("Irena Dovic", "indirect", "Ms Irena Dovic said that the bank is committed to such projects."),
        ("Irena Dovic", "indirect", "Those who attended the forum, she said, would receive the bank's report."),
    ])
