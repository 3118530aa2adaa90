"""Helper h967 (sevenhundredthirtysecond, the Chief Minister's Office of Punjab, India, as Indian outlets print it): a
lower-case office held *to* another before a titled name, "special principal secretary to CM X", makes X a secretary to
the chief minister, not a chief minister whom a later "the CM" or "he" means (name_registry `_office_serving_before`,
`_SERVING_OFFICES`); a quotation told by an unnamed release, "“…,” an official statement said …", and "“…,” said the
statement" after it: the release's own words, no one's (sentence_reading `_AN_UNNAMED_TEXT_SAYS`,
`_last_named_as_an_unnamed_text`, read by `_a_bodys_text_quoted`); "X batted for strategic tie up with …": argued for, as "pushed for" (lexicon, the
"batted" complement)."""

from .test_patterns import assert_statements

LEAD = ("Varda chief minister Arvel Dorn has urged investors to become partners in the state's progress.\n\n"
        "The CM made the request after meeting a delegation of Ostravian companies.\n\n"
        "He said the state is open for business.\n\n")


def test_a_secretary_to_the_cm_is_not_the_cm():
    assert_statements(
        LEAD + "Principal secretary Mira Holt, special principal secretary to CM Orrin Kast and CEO Tamsin Vell were "
        "among those present.",
        [("Arvel Dorn", "indirect", "Varda chief minister Arvel Dorn has urged investors to become partners in the "
          "state's progress."),
         ("Arvel Dorn", "indirect", "He said the state is open for business.")])


def test_an_adviser_to_the_chief_minister_is_not_the_chief_minister():
    assert_statements(
        LEAD + "The delegation also met adviser to Chief Minister Orrin Kast on Monday.",
        [("Arvel Dorn", "indirect", "Varda chief minister Arvel Dorn has urged investors to become partners in the "
          "state's progress."),
         ("Arvel Dorn", "indirect", "He said the state is open for business.")])


def test_a_chief_minister_after_to_with_no_serving_office_keeps_the_office():
    # guard: "a letter to CM X" names the chief minister himself; "the CM" after means him
    assert_statements(
        "Governor Mira Holt wrote a letter to CM Orrin Kast on Monday.\n\n"
        "The CM said the state would reply within a week.",
        [("Orrin Kast", "indirect", "The CM said the state would reply within a week.")])


VISIT = "Chief Minister Arvel Dorn will visit Ostravia from September 11-18 to attract investments.\n\n"


def test_a_quotation_told_by_an_unnamed_official_statement_is_no_ones():
    assert_statements(
        VISIT + "\"This crucial visit of the Chief Minister is likely to benefit the state,\" an official statement said "
        "here on Friday evening.\n\n"
        "\"The tour will bring investors from Ostravia,\" said the statement.\n\n"
        "The chief minister said that the visit would open new vistas of employment.",
        [("Arvel Dorn", "indirect", "The chief minister said that the visit would open new vistas of employment.")])


def test_a_quotation_told_by_a_statement_from_a_named_person_is_still_his():
    # guard: "a statement from X" is no unnamed release; the chief minister's words told by his own statement
    assert_statements(
        VISIT + "\"The tour will bring investors from Ostravia,\" Dorn said in a statement.",
        [("Arvel Dorn", "direct", "The tour will bring investors from Ostravia,")])


def test_a_release_that_is_only_a_quotation_still_reads():
    # guard: a quotation that closes the text leaves nothing after it to read as a release's tag
    assert_statements(
        "\u201cToday the world celebrates as President Arvel Dorn secured the release of four more hostages.\u201d",
        [])


def test_batted_for_a_tie_up_is_the_speakers_advocacy():
    assert_statements(
        "Chief Minister Arvel Dorn met investors in Ostravia.\n\n"
        "During the deliberations, Dorn batted for strategic tie up with Ostravia in key sectors.",
        [("Arvel Dorn", "indirect",
          "During the deliberations, Dorn batted for strategic tie up with Ostravia in key sectors.")])


def test_batted_for_a_team_or_a_time_is_no_statement():
    # guard: the cricket sense, a side named or a time counted
    assert_statements(
        "Chief Minister Arvel Dorn met investors in Ostravia.\n\n"
        "Dorn batted for England in 1998.\n\nDorn also batted for two hours.",
        [])
