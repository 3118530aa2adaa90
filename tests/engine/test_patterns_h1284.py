"""Rules from the nine-hundred-eighty-eighth held-out set (the Governor of Bomet County, Kenya, and those at his
meetings, 2019-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_he_after_a_man_named_hillary_is_his():
    """"Prof. Barchok alluded to … He said Bomet was able to produce …" (KNA, the British High Commissioner's courtesy
    call): "Hillary", a given name Kenyan men bear, tells no sex, so "He said …" after the Governor is his. Before, the
    name made him a woman and "He" went to the guest."""
    body = ("The Ostrian Ambassador, Mr. Dorin Paske, paid a courtesy call on the Governor of Kelmar County, "
            "Prof. Hillary Vantor, on Tuesday.\n\n"
            "Vantor said the visit sought to explore ways of improving trade in tea.\n\n"
            "He said the county produced the highest quality tea in the region.")
    assert_statements(body, [
        ("Hillary Vantor", "indirect", "Vantor said the visit sought to explore ways of improving trade in tea."),
        ("Hillary Vantor", "indirect", "He said the county produced the highest quality tea in the region."),
    ])


def test_she_after_a_woman_of_a_womans_name_stays_hers():
    """The guard: a woman's given name still tells "she" from "he" ("Janet" stays on the list): "She said …" after the
    guest's "He said …" is the Governor's."""
    body = ("The Ostrian Ambassador, Mr. Dorin Paske, paid a courtesy call on the Governor of Kelmar County, "
            "Janet Vantor, on Tuesday.\n\n"
            "Paske said his country valued the ties.\n\n"
            "She said the county produced the highest quality tea in the region.")
    assert_statements(body, [
        ("Dorin Paske", "indirect", "Paske said his country valued the ties."),
        ("Janet Vantor", "indirect", "She said the county produced the highest quality tea in the region."),
    ])


def test_revealed_the_real_reason_he_has_is_speech():
    """"Speaking during an interview yesterday, Ruto revealed the real reason he has been missing in action …" (the
    Kenyan DAILY POST 2022-09-21): a cause made known, the relative clause dropping its "why" (a pronoun and a finite
    auxiliary after "reason"), as "revealed the reason why …". Before, a qualifying word before "reason" left only
    "why"/"for"/"behind" after it."""
    body = ("Former Governor Tomas Kelvar of Ardent County met elders on Monday.\n\n"
            "Speaking during an interview yesterday, Kelvar revealed the real reason he has been absent since the "
            "election.")
    assert_statements(body, [
        ("Tomas Kelvar", "indirect", "Speaking during an interview yesterday, Kelvar revealed the real reason he has "
         "been absent since the election."),
    ])


def test_revealed_the_real_reasons_alone_is_not_speech():
    """The guard: "revealed the real reasons at a rally" tells nothing made known, no clause after the noun; and
    "revealed the new plaque he had commissioned" is an unveiling: no statement."""
    body = ("Former Governor Tomas Kelvar of Ardent County met elders on Monday.\n\n"
            "Kelvar revealed the new plaque he had commissioned for the hall.\n\n"
            "Kelvar revealed the real reasons at a rally in the town.")
    assert_statements(body, [])


def test_he_skips_a_woman_named_florence_in_the_writers_background():
    """"Labour CS Bore has also held a number of events in the county. / “…,” he stated." (the Kenyan DAILY POST
    2023-09-29): the Cabinet Secretary is Florence Bore, a woman, so "he" is the Governor who spoke before the
    writer's background. Before, "Florence" told no sex and "he" took her, the last subject."""
    body = ("Governor Peter Vantor of Kelmar County has warned the Cabinet Secretaries to stick to their mandate.\n\n"
            "Notably, the governor’s comments came after Minister Florence Adeyo visited his rival. Adeyo has also "
            "held a number of events in the county.\n\n"
            "“You must inform me when you are coming,” he stated.")
    assert_statements(body, [
        ("Peter Vantor", "indirect", "Governor Peter Vantor of Kelmar County has warned the Cabinet Secretaries to "
         "stick to their mandate."),
        ("Peter Vantor", "direct", "You must inform me when you are coming,"),
    ])
