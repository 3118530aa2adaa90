"""Readings of known errors of labelled Kremlin, Kremlin 2021–22 and White House held-out sets (stop 36): a
governor's report that goes on after his region, the place he heads, is the subject of a speech or stance verb
("Even if the weather remains unchanged this year, the region hopes to do better than last year.", sixty-sixth
kremlin_68454); the region it reports, "reported", carrying his words on (sixty-first kremlin_68031); a region's
second name after a long dash in the office of the title's governor ("Governor of Khanty-Mansi Autonomous Area — Yugra
Natalya Komarova", forty-eighth kremlin_7981).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING_TITLE = "Meeting with Lorsk Region Governor Ivan Melnov"
MEETING = "Karl Vostrov held a working meeting with Lorsk Region Governor Ivan Melnov.\n\n"
OUTPUT = "The President noted that industrial output was growing in the region."
DROUGHT = "Governor Melnov said that half of the region's farmland had been hit by a drought last year."
CHALLENGES = "Karl Vostrov noted some challenges such as a decline in farm output."
POTATOES = "This year, the region is meeting almost 98 percent of its demand in potatoes."
ENVIRONMENT = "Karl Vostrov underscored that the environment is one of the most pressing problems."
OPENING = [("Karl Vostrov", "indirect", OUTPUT), ("Karl Vostrov", "indirect", CHALLENGES),
           ("Ivan Melnov", "indirect", DROUGHT)]
"""The drought report's first three statements, the same in each of its readouts."""


def _drought_report(middle: str) -> str:
    """The governor's drought report with `middle` between his first statement and the potatoes."""
    return f"{MEETING}{OUTPUT} {CHALLENGES} {DROUGHT} {middle} {POTATOES} {ENVIRONMENT}"


def test_a_governors_report_goes_on_when_his_region_hopes():
    """"Governor Kuyvashev said half of the region's agricultural land had been impacted by a major drought last
    year. … Even if the weather remains unchanged this year, the region hopes to do better than last year. This
    year, the region is meeting almost 98 percent of its demand …" (sixty-sixth kremlin_68454): the region the
    governor heads hopes, as he tells it; his report goes on, not a body speaking of its own."""
    body = _drought_report("Even if the weather remains unchanged this year, the region hopes to do better than last year.")
    assert_statements(body, [
        *OPENING,
        ("Ivan Melnov", "indirect", "Even if the weather remains unchanged this year, the region hopes to do better "
                                    "than last year."),
        ("Ivan Melnov", "indirect", POTATOES),
        ("Karl Vostrov", "indirect", ENVIRONMENT),
    ], title=MEETING_TITLE)


def test_another_body_that_hopes_still_ends_the_report():
    """Guard: a body that is not the governor's own place ("the Ministry hopes …") speaks for itself: the
    governor's report is over there, and the sentence after it is no one's."""
    body = _drought_report("Even so, the Agriculture Ministry hopes to do better than last year.")
    assert_statements(body, [
        *OPENING,
        ("Karl Vostrov", "indirect", ENVIRONMENT),
    ], title=MEETING_TITLE)


def test_a_governors_report_goes_on_over_what_was_done_this_year():
    """"Governor Kuyvashev said half of the region's agricultural land had been impacted by a major drought last
    year. A number of reclamation measures were taken this year. …" (sixty-sixth kremlin_68454): a thing done this
    year, in the past tense and with no agent, is what the region did as the governor tells it, not the readout's
    word on the talks; his report goes on over it and the sentences after it."""
    body = _drought_report("A number of reclamation measures were taken this year.")
    assert_statements(body, [
        *OPENING,
        ("Ivan Melnov", "indirect", "A number of reclamation measures were taken this year."),
        ("Ivan Melnov", "indirect", POTATOES),
        ("Karl Vostrov", "indirect", ENVIRONMENT),
    ], title=MEETING_TITLE)


def test_a_thing_done_with_no_year_still_ends_the_report():
    """Guard: a past-tense passive with no year of its own ("A number of reclamation measures were taken.") is the
    readout's word on what was done, as before: the governor's report is over there."""
    body = _drought_report("A number of reclamation measures were taken.")
    assert_statements(body, [
        *OPENING,
        ("Karl Vostrov", "indirect", ENVIRONMENT),
    ], title=MEETING_TITLE)


def test_the_governors_region_reporting_carries_his_words_on():
    """"The Governor said that the people's real disposable incomes were growing … . The region reported a surplus
    budget, mostly thanks to exports, … . The authorities are introducing a social contract mechanism." (sixty-first
    kremlin_68031): between two of the governor's statements, the region he heads "reported": his words carried
    on, as the sentences with no speech verb around it are, not a body speaking."""
    body = (
        "Karl Vostrov held a working meeting with Lorsk Region Governor Ivan Melnov.\n\n"
        "The President noted that industrial output was growing in the region. The Governor said that incomes were "
        "growing for the first time in years. The region reported a surplus budget, mostly thanks to exports. "
        "This exceeds the national average. Ivan Melnov added that the number of students had increased."
    )
    assert_statements(body, [
        ("Karl Vostrov", "indirect", "The President noted that industrial output was growing in the region."),
        ("Ivan Melnov", "indirect", "The Governor said that incomes were growing for the first time in years."),
        ("Ivan Melnov", "indirect", "The region reported a surplus budget, mostly thanks to exports."),
        ("Ivan Melnov", "indirect", "This exceeds the national average."),
        ("Ivan Melnov", "indirect", "Ivan Melnov added that the number of students had increased."),
    ], title=MEETING_TITLE)


def test_a_ministry_reporting_between_a_governors_statements_is_no_ones():
    """Guard: a body that is not the governor's own place ("The Finance Ministry reported …") speaks for itself,
    between his statements: no one's statement, as before."""
    body = (
        "Karl Vostrov held a working meeting with Lorsk Region Governor Ivan Melnov.\n\n"
        "The President noted that industrial output was growing in the region. The Governor said that incomes were "
        "growing for the first time in years. The Finance Ministry reported a surplus budget, mostly thanks to "
        "exports. Ivan Melnov added that the number of students had increased."
    )
    assert_statements(body, [
        ("Karl Vostrov", "indirect", "The President noted that industrial output was growing in the region."),
        ("Ivan Melnov", "indirect", "The Governor said that incomes were growing for the first time in years."),
        ("Ivan Melnov", "indirect", "Ivan Melnov added that the number of students had increased."),
    ], title=MEETING_TITLE)


def test_a_regions_second_name_after_a_long_dash_stays_in_the_office():
    """"Video conference with Governor of Khanty-Mansi Autonomous Area — Yugra Natalya Komarova" / "The Governor
    briefed the President about …" (forty-eighth kremlin_7981): the region's second name after "—" is part of the
    office, as after "–", and "the Governor" is the title's governor."""
    body = (
        "The Governor briefed the President about the problems with relocating citizens from dilapidated housing.\n\n"
        "At the meeting, Karl Vostrov said that he had signed an Executive Order on the transfer of shares."
    )
    assert_statements(body, [
        ("Natalya Komarova", "indirect", "The Governor briefed the President about the problems with relocating "
                                         "citizens from dilapidated housing."),
        ("Karl Vostrov", "indirect", "At the meeting, Karl Vostrov said that he had signed an Executive Order on the "
                                     "transfer of shares."),
    ], title="Video conference with Governor of Lorsk Autonomous Area — Yugra Natalya Komarova")


def test_a_long_dash_aside_after_a_name_still_ends_it():
    """Guard: a long dash after a person's name ("Ms Noor Haddad — the President's sister-in-law —") opens an
    aside, not more of the name: "the President" later is the host, not Ms Haddad."""
    body = (
        "Karl Vostrov received Ms Noor Haddad — the President's sister-in-law — at the Kremlin. When Ms Haddad "
        "suggested a visit, the President demurred, saying that the time was not right."
    )
    assert_statements(body, [
        ("Noor Haddad", "indirect", "When Ms Haddad suggested a visit"),
        ("Karl Vostrov", "indirect", "the President demurred, saying that the time was not right."),
    ], title="Meeting with Ms Noor Haddad")
