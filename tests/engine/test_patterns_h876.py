"""Helper h876 (sixhundredsixtieth, the Arab League Secretary-General's office as MENA and others print it): an inverted
tag whose speaker's name runs into his office with no comma, "…, said Mahmoud Afifi the spokesman for the AL chief."
(speech_subjects._office_run_on_after_name)."""

from .test_patterns import assert_statements


def test_name_run_into_its_office_after_an_inverted_said():
    assert_statements(
        "Secretary General Oren Talvik met the Foreign Minister of Maradia on Tuesday.\n\n"
        "The meeting took up several issues of common concern, said Selim Varda the spokesman for the secretary "
        "general.\n\n"
        "The two sides discussed the situation in the region, added the spokesman.",
        [
            ("Selim Varda", "indirect", "The meeting took up several issues of common concern, said Selim Varda the "
                                        "spokesman for the secretary general."),
            ("Selim Varda", "indirect", "The two sides discussed the situation in the region, added the spokesman."),
        ],
    )


def test_a_bare_office_word_after_the_name_stays_read():
    """Guard: "said X the spokesman." with nothing after the office was read before the rule and still is."""
    assert_statements(
        "The talks covered the crisis in the north, said Selim Varda the spokesman.",
        [("Selim Varda", "indirect", "The talks covered the crisis in the north, said Selim Varda the spokesman.")],
    )


def test_a_time_after_the_name_is_no_office():
    """Guard: "the day before" after the inverted name is no office run into it; the sentence stays no one's."""
    assert_statements(
        "The talks covered the crisis in the north, said Selim Varda the day before.",
        [],
    )
