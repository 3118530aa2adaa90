"""Helper h880 (sixhundredsixtysecond, the Presidency of South Africa as SAnews and the press print it): a quotation of
a body's release, told after it by the body ("“…,” said the presidency.") or by its text ("“…,” a statement from the
Presidency said.", "“… / “…,” the statement read."), is read as its sentences tell: one person's report inside it is
that person's indirect statement; a pair's words are no one's, every paragraph, not the last speaker's
(sentence_reading: `_said_by_a_body_after` and `_TEXT_AND_ITS_OWNER_AFTER` read by `_bodys_text_read`,
`_told_after_by_a_bodys_text`)."""

from .test_patterns import assert_statements

_LEAD = "President Ivo Marten received a call on Sunday from his Sylvanian counterpart, Petr Lasko.\n\n"


def test_a_release_quoted_with_said_the_presidency_tells_of_one_persons_words():
    assert_statements(
        _LEAD + "“President Lasko expressed his admiration for what Varnia has achieved,” said the presidency.",
        [("Petr Lasko", "indirect", "President Lasko expressed his admiration for what Varnia has achieved,")],
    )


def test_a_statement_from_the_presidency_quoted_tells_of_one_persons_words():
    assert_statements(
        _LEAD + "“President Lasko shared with President Marten his expectation that the two countries will cooperate,” "
        "a statement from the Presidency said.",
        [("Petr Lasko", "indirect",
          "President Lasko shared with President Marten his expectation that the two countries will cooperate,")],
    )


def test_a_release_over_two_paragraphs_closed_by_the_statement_read_is_no_ones():
    assert_statements(
        _LEAD + "Marten thanked Lasko for his good wishes.\n\n"
        "“Of particular significance to the two leaders is the need to work together on the crisis.\n\n"
        "“The Presidents committed themselves to deepening the fraternal ties,” the statement read.",
        [("Ivo Marten", "indirect", "Marten thanked Lasko for his good wishes.")],
    )


def test_a_release_of_a_pair_told_by_the_presidency_stays_no_ones():
    """Guard: the body's own words of a pair give no statement, nor the last speaker's."""
    assert_statements(
        _LEAD + "Marten thanked Lasko for his good wishes.\n\n"
        "“The two leaders agreed on the expansion of trade,” said the presidency.",
        [("Ivo Marten", "indirect", "Marten thanked Lasko for his good wishes.")],
    )


def test_a_release_in_the_first_person_stays_one_quotation_of_no_one():
    """Guard: a body speaking as "we" is read no further."""
    assert_statements(
        _LEAD + "“We can confirm that President Marten spoke to President Lasko,” said the presidency.",
        [],
    )


# "X wrote on Twitter that, "I …"": a quotation in the first person after "that," led in by the verb
# (sentence_reading._THAT_COMMA_FIRST_PERSON in `_cue_before`).

def test_wrote_on_twitter_that_comma_first_person_quotation_is_direct():
    assert_statements(
        'Ivo Marten wrote on Twitter that, "I had a very productive call with President Petr Lasko. We discussed '
        'trade between our two countries."',
        [("Ivo Marten", "direct",
          "I had a very productive call with President Petr Lasko. We discussed trade between our two countries.")],
    )


def test_observed_that_comma_first_person_quotation_is_direct():
    assert_statements(
        "President Ivo Marten observed that, “I see great progress in the region and in our partnership.”",
        [("Ivo Marten", "direct", "I see great progress in the region and in our partnership.")],
    )


def test_that_comma_and_a_lower_case_quotation_stays_in_the_report():
    """Guard: words in lower case after "that," are quoted inside the report, the sentence whole."""
    assert_statements(
        "President Ivo Marten noted in his message that, “despite the remaining difficulties, the situation is "
        "stable.”",
        [("Ivo Marten", "indirect", "President Ivo Marten noted in his message that, “despite the remaining "
          "difficulties, the situation is stable.”")],
    )


# "The presidency said in a statement that X …": a body opening the sentence as the source of one person's account
# (reported_speech._body_opens_as_source, _BODY_OPENS_AS_SOURCE, _SOURCE_OPENING_TAIL).

def test_the_presidency_said_in_a_statement_that_x_was_hopeful_is_xs():
    assert_statements(
        _LEAD + "The presidency said in a statement that Marten was hopeful about a strong partnership between the "
        "two countries.",
        [("Ivo Marten", "indirect", "The presidency said in a statement that Marten was hopeful about a strong "
          "partnership between the two countries.")],
    )


def test_in_a_statement_the_ministry_said_x_stressed_is_xs():
    assert_statements(
        _LEAD + "In a statement, the Foreign Ministry said Lasko also stressed the good atmosphere between the two "
        "governments.",
        [("Petr Lasko", "indirect", "In a statement, the Foreign Ministry said Lasko also stressed the good atmosphere "
          "between the two governments.")],
    )


def test_the_presidency_said_the_two_leaders_agreed_is_no_ones():
    """Guard: the body's account of a pair stays no one's."""
    assert_statements(
        _LEAD + "The Presidency said the two leaders agreed on the expansion of trade.",
        [],
    )


# "has dismissed recent speculations surrounding …": a view voiced against what was said, with no determiner
# (lexicon's "dismissed" pattern).

def test_dismissed_recent_speculations_is_a_statement():
    assert_statements(
        "Vincent Marr, spokesperson for President Ivo Marten, has dismissed recent speculations surrounding the "
        "president’s health.",
        [("Vincent Marr", "indirect", "Vincent Marr, spokesperson for President Ivo Marten, has dismissed recent "
          "speculations surrounding the president’s health.")],
    )


def test_dismissed_recent_hires_is_no_statement():
    """Guard: "dismissed" with an object that is no talk stays narrative."""
    assert_statements(
        "President Ivo Marten dismissed recent appointees to the board.",
        [],
    )
