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


VICE_GOVERNOR = "Vice Governor Marek Ostrand met with a delegation headed by Consul General Ilse Varrow on Tuesday."


def test_introduced_a_place_and_its_development_is_an_account():
    assert_statements(
        VICE_GOVERNOR + "\n\n"
        "After extending his welcome to the guests, Marek Ostrand briefly introduced Borvia and its social and "
        "economic development.",
        [("Marek Ostrand", "indirect", "After extending his welcome to the guests, Marek Ostrand briefly introduced "
          "Borvia and its social and economic development.")],
    )


def test_introduced_the_work_completed_is_an_account():
    assert_statements(
        VICE_GOVERNOR + "\n\n"
        "At a group discussion, Marek Ostrand introduced the work completed by the provincial office in 2020.",
        [("Marek Ostrand", "indirect", "At a group discussion, Marek Ostrand introduced the work completed by the "
          "provincial office in 2020.")],
    )


def test_introduced_a_person_and_his_wife_or_a_work_permit_is_no_account():
    """Guard: people presented to the guests, or a scheme brought in, are no words."""
    assert_statements(
        VICE_GOVERNOR + "\n\n"
        "Marek Ostrand introduced Varrow and his wife to the guests. Marek Ostrand introduced the work permit "
        "scheme in 2020.",
        [],
    )


GOVERNOR = "A meeting was held in Lusk between the governor of Borvia Province, Arvo Kessling, and the mayor of Lusk, Dara Fenwick."


def test_called_a_thing_one_of_the_fastest_is_his_statement():
    assert_statements(
        GOVERNOR + "\n\n"
        "The governor of Borvia Province, Arvo Kessling, noted that local manufacturers are ready for cooperation. "
        "He also called the territory one of the fastest growing regions in Borvia.",
        [("Arvo Kessling", "indirect", "The governor of Borvia Province, Arvo Kessling, noted that local "
          "manufacturers are ready for cooperation."),
         ("Arvo Kessling", "indirect", "He also called the territory one of the fastest growing regions in Borvia.")],
    )


def test_called_someone_on_a_day_is_a_call():
    """Guard: a telephone call, or "one of" no superlative, is no statement."""
    assert_statements(
        GOVERNOR + "\n\n"
        "Arvo Kessling called the ambassador on Monday. He called Fenwick one of the guests.",
        [],
    )


CONSUL = "Vice Governor Marek Ostrand met with Consul General Ilse Varrow on Tuesday."


def test_joined_nouns_before_a_name_and_its_verb_keep_the_first_speakers_words():
    assert_statements(
        CONSUL + "\n\n"
        "In response, Ilse Varrow expressed her gratitude for the care and assistance Borvia offered to its sister "
        "cities during the pandemic.",
        [("Ilse Varrow", "indirect", "In response, Ilse Varrow expressed her gratitude for the care and assistance "
          "Borvia offered to its sister cities during the pandemic.")],
    )


def test_an_adverb_after_and_still_opens_a_second_speakers_clause():
    """Guard: "… the plan and later Y said …" is the second speaker's own clause."""
    assert_statements(
        CONSUL + "\n\n"
        "Ilse Varrow praised the plan and later Marek Ostrand said that the port would open in May.",
        [("Ilse Varrow", "indirect", "Ilse Varrow praised the plan"),
         ("Marek Ostrand", "indirect", "Marek Ostrand said that the port would open in May.")],
    )
