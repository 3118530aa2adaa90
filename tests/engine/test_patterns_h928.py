"""Helper h928 (sevenhundredsecond, the provincial government of Anhui in English): a "political adviser" is an office
("X, Borvia's top political adviser, met …. …, said the official.": the official is X; lexicon `ROLE_WORDS`)."""

from .test_patterns import assert_statements

ADVISER = "Tarel Monvik, Borvia’s top political adviser, met with overseas delegates in Lusk on Monday."


def test_said_the_official_after_a_top_political_adviser_is_his():
    assert_statements(
        ADVISER + "\n\n"
        "With the opening of the new river port, the province faces a great opportunity for further growth, "
        "said the official.",
        [("Tarel Monvik", "indirect", "With the opening of the new river port, the province faces a great "
          "opportunity for further growth, said the official.")],
    )


def test_a_political_adviser_is_no_speaker_of_an_unrelated_report():
    """Guard: the adviser holds an office, yet a plain narrative sentence after him is no one's statement."""
    assert_statements(
        ADVISER + "\n\n"
        "The delegates later visited the river port and a museum of local crafts.",
        [],
    )
