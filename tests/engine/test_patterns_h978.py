"""Helper h978 (sevenhundredthirtyninth, Tuvalu's Prime Minister's Office as Pacific and partners' outlets print it):
a date with its weekday between a subject and "said", closed by a stray comma, "X in a press conference on Thursday,
23 February 2018, said …": the day the subject spoke, stepped over (speech_subjects `_date_before_stray_comma`, read by
`_skip_fillers_back`); a promise made as a noun with when it was made before its "that", "X made a solemn commitment
during his visit to Taipei that …" (lexicon, the "made" complement)."""

from .test_patterns import assert_statements

OPENING = "Prime Minister Tavita Lomani met the President of Ostravia, Ema Lind, in Port Arlen."


def test_a_weekdays_date_closed_by_a_stray_comma_before_said_is_stepped_over():
    assert_statements(
        OPENING + "\n\nPrime Minister Tavita Lomani in a press conference on Thursday, 23 February 2018, said the "
        "purpose of the visit was to convey greetings.",
        [("Tavita Lomani", "indirect", "Prime Minister Tavita Lomani in a press conference on Thursday, 23 February "
          "2018, said the purpose of the visit was to convey greetings.")])


def test_a_date_closed_by_a_stray_comma_before_said_is_stepped_over():
    assert_statements(
        OPENING + "\n\nLomani on 23 February 2018, said the visit had been a success.",
        [("Tavita Lomani", "indirect", "Lomani on 23 February 2018, said the visit had been a success.")])


def test_an_aside_opened_by_a_comma_before_the_date_is_still_read_as_an_aside():
    # guard: "X, speaking on 5 May 2018, said …" stays X's, the aside read as before
    assert_statements(
        OPENING + "\n\nLomani, speaking to reporters on 5 May 2018, said the visit had been a success.",
        [("Tavita Lomani", "indirect",
          "Lomani, speaking to reporters on 5 May 2018, said the visit had been a success.")])


def test_an_inverted_tag_after_a_month_is_still_read_as_inverted():
    # guard: "…, in July, said Prime Minister X." keeps X after the verb as the speaker
    assert_statements(
        OPENING + "\n\nThe government will table the new Fisheries Bill in the House in July, said Prime Minister "
        "Tavita Lomani.",
        [("Tavita Lomani", "indirect", "The government will table the new Fisheries Bill in the House in July, said "
          "Prime Minister Tavita Lomani.")])


def test_a_commitment_made_during_a_visit_that_is_the_speakers_promise():
    assert_statements(
        OPENING + "\n\nLomani made a solemn commitment during his visit to Port Arlen that his country would remain a "
        "loyal partner.",
        [("Tavita Lomani", "indirect", "Lomani made a solemn commitment during his visit to Port Arlen that his "
          "country would remain a loyal partner.")])


def test_a_commitment_during_talks_with_no_that_clause_is_unchanged():
    # guard: with no "that" after the adverbial, the noun's complement is not read
    assert_statements(
        OPENING + "\n\nThe talks went on for hours. Lomani made a commitment during the talks to a new port.",
        [])
