"""Helper h1012 (sevenhundredsixtyeighth, the Governor of New Mexico): a speech participle after "further" or "thereby"
and a comma tells the outcome of the clause before it, in the writer's words, and is no one's statement."""

from .test_patterns import assert_statements


def test_further_emphasizing_after_a_plan_is_no_statement():
    assert_statements(
        "Mayor Tomas Ferrow is set to attend the summit in Lindqvist as part of a state delegation, further "
        "emphasizing the importance of regional ties.",
        [],
    )


def test_thereby_highlighting_after_a_visit_is_no_statement():
    # guard (already no statement at main): "thereby" keeps it so
    assert_statements(
        "Governor Alma Restrepo visited the port of Vellmar on Monday, thereby highlighting the value of trade.",
        [],
    )


def test_emphasizing_after_a_visit_without_the_adverb_still_speaks():
    # guard: the bare participle after a person's clause stays hers
    assert_statements(
        "Governor Alma Restrepo visited the port of Vellmar on Monday, emphasizing the value of trade.",
        [("Alma Restrepo", "indirect", "Governor Alma Restrepo visited the port of Vellmar on Monday, emphasizing the value of trade.")],
    )


def test_further_stressing_after_said_stays_the_speakers():
    # guard: a main speech verb keeps the whole sentence
    assert_statements(
        "Governor Alma Restrepo said the port would grow, further stressing that trade mattered.",
        [("Alma Restrepo", "indirect", "Governor Alma Restrepo said the port would grow, further stressing that trade mattered.")],
    )
