"""Helper h918 (sixhundredninetyfourth, the Presidency of Mozambique as AIM, Club of Mozambique and regional outlets
print it): "thereafter" between a subject and its verb, also written as two words, "X there after addressed a press
conference and said that …" (lexicon `SUBJECT_VERB_FILLERS`, sentence_patterns `looks_like_verb`, speech_subjects
`_skip_fillers_back`); a condition told by a past participle alone, "If elected, X will be …", whose subject after the
comma ends another's report (carrying_on `_head_subject`, `_CONDITION_PARTICIPLE`); a known person's name after an
opening place with no comma, "At the Unity office Dove thanked …" (speech_subjects `_known_name_after_opening_place`)."""

from .test_patterns import assert_statements


def test_there_after_written_apart_before_a_narrative_verb_and_said():
    assert_statements(
        "President Ama Dove of Norland received a message from President Kofi Reed of Estavia in Portmouth.\n\n"
        "The message was delivered by Vice President Tomas Lindqvist Obura.\n\n"
        "Obura there after addressed a press conference and said that the government is grateful for the support.\n\n"
        "He said he was pleased to be at the ceremony.",
        [("Tomas Lindqvist Obura", "indirect", "Obura there after addressed a press conference and said that the "
          "government is grateful for the support."),
         ("Tomas Lindqvist Obura", "indirect", "He said he was pleased to be at the ceremony.")],
    )


def test_there_after_written_apart_before_the_speech_verb():
    assert_statements(
        "Vice President Tomas Lindqvist Obura arrived in Portmouth on Monday.\n\n"
        "Obura there after told reporters that the visit had been a success.",
        [("Tomas Lindqvist Obura", "indirect", "Obura there after told reporters that the visit had been a success.")],
    )


def test_thereafter_before_a_narrative_verb_and_said():
    assert_statements(
        "Vice President Tomas Lindqvist Obura arrived in Portmouth on Monday.\n\n"
        "Obura thereafter addressed the press and said that the talks had gone well.",
        [("Tomas Lindqvist Obura", "indirect", "Obura thereafter addressed the press and said that the talks had gone "
          "well.")],
    )


def test_there_after_as_a_place_and_a_time_is_no_filler():
    """Guard: "there" and "after" apart, with no verb right after them, make no subject of the words before."""
    assert_statements(
        "President Ama Dove of Norland visited the port of Portmouth on Monday.\n\n"
        "The delegation stayed there after the talks and the minister Kofi Reed said that the port would grow.",
        [("Kofi Reed", "indirect", "The delegation stayed there after the talks and the minister Kofi Reed said that "
          "the port would grow.")],
    )


def test_a_name_after_an_opening_condition_participle_ends_anothers_report():
    assert_statements(
        "President Kofi Reed met Daniel Amaro, the party's presidential candidate, in Portmouth on Monday. Amaro "
        "highlighted the need to address security in the north. Party official Ama Dove reiterated the deep bonds "
        "between the two parties, emphasizing their shared struggle. If elected, Amaro will be the country's fifth "
        "elected president, continuing the legacy of his party.",
        [("Daniel Amaro", "indirect", "Amaro highlighted the need to address security in the north."),
         ("Ama Dove", "indirect", "Party official Ama Dove reiterated the deep bonds between the two parties, "
          "emphasizing their shared struggle.")],
    )


def test_a_thing_after_an_opening_condition_participle_goes_on_with_the_report():
    """Guard: after "If adopted," a thing the speaker's report is about still carries the report on."""
    assert_statements(
        "Minister Ama Dove of Norland met the Estavian envoy Kofi Reed in Portmouth on Monday.\n\n"
        "Dove said that the government has drafted a new law on the port. If adopted, the law will double the trade "
        "between the two countries.",
        [("Ama Dove", "indirect", "Dove said that the government has drafted a new law on the port."),
         ("Ama Dove", "indirect", "If adopted, the law will double the trade between the two countries.")],
    )


def test_a_known_name_after_an_opening_place_with_no_comma():
    assert_statements(
        "President Ama Dove arrived in Portmouth on Saturday for a meeting of the party's veterans.\n\n"
        "At the Unity office Dove thanked the crowd for their welcome and for their help after the storm.",
        [("Ama Dove", "indirect", "At the Unity office Dove thanked the crowd for their welcome and for their help "
          "after the storm.")],
    )


def test_an_unknown_name_after_an_opening_place_stays_unread():
    """Guard: a capitalised word no person of the readout bears, after the opening place, is read as no speaker."""
    assert_statements(
        "President Ama Dove arrived in Portmouth on Saturday for a meeting of the party's veterans.\n\n"
        "At the Embassy Hall Reed thanked the crowd for their welcome.",
        [],
    )
