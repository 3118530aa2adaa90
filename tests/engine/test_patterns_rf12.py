"""Review rf12 of stop 72's merges h1261, h1265 and h1267: where a new rule read a near shape worse than the engine
before it. A relative "who said" after an aside that names another (the one told, the one spoken of) is that one's,
not the quotation's speaker going on (h1265's "who further said" read it as his); an appeal lengthened in time ("extended
the appeal for donations to the end of the month") is no appeal voiced (h1265's "extended an appeal to")."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Governor Anna Velt of the Vell Region met farmers in Tarvik on Monday. "


def test_who_said_after_the_one_told_is_not_the_speakers():
    """"“…,” Velt told Chief Karl Dorn, who said …": the relative is the chief's, the one told; before rf12 its words
    were the governor's second report."""
    body = _MEETING + "“We will build the dam,” Velt told Chief Karl Dorn, who said the village would give the land."
    assert_statements(body, [
        ("Anna Velt", "direct", "We will build the dam"),
    ])


def test_who_said_after_the_ones_spoken_of_is_not_the_speakers():
    """"“…,” Velt said of the farmers, who said …": the relative is the farmers', the ones spoken of."""
    body = _MEETING + "“They have waited too long,” Velt said of the farmers, who said they had waited ten years."
    assert_statements(body, [
        ("Anna Velt", "direct", "They have waited too long"),
    ])


def test_guard_who_further_said_after_the_speakers_office_goes_on():
    """The guard: after the speaker's own office set off by commas, "who further said" is still his report going on."""
    body = ("“We will build the dam,” stated Mr. Karl Dorn, Governor of the Vell Region, who further said the "
            "village would give the land.")
    assert_statements(body, [
        ("Karl Dorn", "direct", "We will build the dam"),
        ("Karl Dorn", "indirect", "who further said the village would give the land."),
    ])


def test_an_appeal_extended_in_time_is_no_statement():
    """"extended the appeal for donations to the end of the month", "… until June": a call kept open longer, no words;
    before rf12 the sentence was the governor's appeal."""
    body = (_MEETING + "Velt extended the appeal for donations to the end of the month. She also extended the appeal "
            "until June.")
    assert_statements(body, [])


def test_guard_an_appeal_to_residents_until_a_time_is_an_appeal():
    """The guard: an appeal to its addressees whose words hold a time ("… until the floods recede") is still hers."""
    body = _MEETING + "Velt extended an appeal to residents to stay away from the river until the floods recede."
    assert_statements(body, [
        ("Anna Velt", "indirect",
         "Velt extended an appeal to residents to stay away from the river until the floods recede."),
    ])


def test_the_regional_leader_is_not_a_regional_councils_chair():
    """"the regional leader" after the region's governor met the "Chairperson of the Vell Regional Council": an
    adjective before "leader" is the kind of leader, the governor's; before rf12 the council's chair (h1261's "the
    community leader" read "regional" as the council's noun)."""
    body = ("Governor Anna Velt of the Vell Region on Monday met the Chairperson of the Vell Regional Council, Mr. Karl "
            "Dorn, in Tarvik.\n\n“Our region needs roads,” the regional leader said.")
    assert_statements(body, [
        ("Anna Velt", "direct", "Our region needs roads"),
    ])


def test_the_national_leader_is_not_a_national_councils_president():
    """"the national leader" is the head of state, not the "President of the National Youth Council"."""
    body = ("President Anna Velt of Kastel on Monday met the President of the National Youth Council, Ms. Lina Brisk.\n\n"
            "“Kastel must stay united,” the national leader said.")
    assert_statements(body, [
        ("Anna Velt", "direct", "Kastel must stay united"),
    ])


def test_guard_the_youth_leader_is_the_youth_councils_president():
    """The guard: a noun before "leader" ("the youth leader") is still the one who heads the body named by it."""
    body = ("President Anna Velt of Kastel on Monday met the President of the National Youth Council, Ms. Lina Brisk.\n\n"
            "“Our young people want jobs,” the youth leader said.")
    assert_statements(body, [
        ("Lina Brisk", "direct", "Our young people want jobs"),
    ])
