"""Helper h876 (sixhundredsixtieth, the Arab League Secretary-General's office as MENA and others print it): an inverted
tag whose speaker's name runs into his office with no comma, "…, said Mahmoud Afifi the spokesman for the AL chief."
(speech_subjects._office_run_on_after_name); a titled name after "The" and a lower-case rank word, its office after a
comma with no comma closing it before the verb, "The plenipotentiary Minister Mahmoud Afifi, Arab League Secretary General
Spokesman said that …" (name_offices._name_opens_its_sentence, `_THE_AND_A_RANK`)."""

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


def test_the_and_a_rank_word_before_a_titled_name_with_an_unclosed_office():
    assert_statements(
        "Secretary General Oren Talvik received the Foreign Minister of Maradia, Ilan Dorsk.\n\n"
        "The plenipotentiary Minister Selim Varda, League Secretary General Spokesman said that the guest affirmed "
        "his country's support.\n\n"
        "He added that the meeting discussed the developments in the region.",
        [
            ("Selim Varda", "indirect", "The plenipotentiary Minister Selim Varda, League Secretary General Spokesman "
                                        "said that the guest affirmed his country's support."),
            ("Selim Varda", "indirect", "He added that the meeting discussed the developments in the region."),
        ],
    )


def test_a_preposition_before_the_titled_name_keeps_it_no_subject():
    """Guard: "The meeting with Minister X, <office> said …" opens with the meeting, not the name: no one's."""
    assert_statements(
        "The meeting with Minister Selim Varda, League Secretary General Spokesman said that the guest affirmed "
        "his country's support.",
        [],
    )
