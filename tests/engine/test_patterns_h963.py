"""Helper h963 (sevenhundredtwentyeighth, the Governor of Virginia as agencies, papers and partners print him): after a
quotation's attribution clause, the participle "announcing" going on with the speaker's report ("“…,” he said,
announcing the establishment of …"), as "adding that" (sentence_reading `_ADDING`); a body's stance in the present
after ", and " inside the "that" clause of a past speech verb ("X stressed that …, and the Embassy encourages …"),
still the speaker's report (reported_speech `ReportedSpeech._body_in_present_after_that`); "The announcement came as X
met …" after X's report, when the words were given, no report carried on (carrying_on `_MEETING_ITSELF`); a wire's
dateline with a U.S. state's abbreviation before the agency, "RICHMOND, Va. (AP) – X announced …", no one's words
(segments `_DATELINE`)."""

from .test_patterns import assert_statements

OPENING = "Governor Mara Quill met President Tomas Ekberg of Ostravia in Port Arlen on Monday."


def test_said_then_announcing_goes_on_with_the_speakers_report():
    assert_statements(
        OPENING + "\n\nOstravia is “a trusted partner for our farmers,” she said, announcing the opening of a trade "
        "office in Port Arlen.",
        [("Mara Quill", "direct", "a trusted partner for our farmers,"),
         ("Mara Quill", "indirect", "announcing the opening of a trade office in Port Arlen.")])


def test_announcing_before_a_quotation_only_introduces_it():
    # guard: "…, announcing: “…”" introduces the next quotation, no report of its own
    assert_statements(
        OPENING + "\n\n“The talks were useful,” Quill said, announcing: “We will open an office in Port Arlen.”",
        [("Mara Quill", "direct", "The talks were useful,"),
         ("Mara Quill", "direct", "We will open an office in Port Arlen.")])


VISIT = "Minister Ivo Renk of Ostravia visited Port Arlen on Tuesday."


def test_a_bodys_present_stance_after_that_is_the_speakers_report():
    assert_statements(
        VISIT + "\n\nRenk stressed that trade is an important cornerstone of the relationship, and the Ostravian "
        "Embassy encourages closer exchange in all fields and will do its best to provide assistance.",
        [("Ivo Renk", "indirect", "Renk stressed that trade is an important cornerstone of the relationship, and the "
          "Ostravian Embassy encourages closer exchange in all fields and will do its best to provide assistance.")])


def test_a_bodys_past_act_after_that_is_still_cut():
    # guard: a past verb may narrate, the cut stays
    base = VISIT + "\n\nRenk stressed that trade is an important cornerstone of the relationship, and the Ostravian " \
        "Embassy welcomed the delegation to its new building."
    assert_statements(base, [("Ivo Renk", "indirect",
                              "Renk stressed that trade is an important cornerstone of the relationship")])


def test_a_persons_present_verb_after_that_is_still_a_clause_of_its_own():
    # guard: a second person's clause after ", and " stays his own
    assert_statements(
        VISIT + "\n\nRenk stressed that trade is an important cornerstone, and Governor Mara Quill says the port "
        "will grow.",
        [("Ivo Renk", "indirect", "Renk stressed that trade is an important cornerstone,"),
         ("Mara Quill", "indirect", "Governor Mara Quill says the port will grow.")])


ANNOUNCED = ("Governor Mara Quill met business leaders.\n\n"
             "Quill announced yesterday that Vellora and Ostravia had signed a memorandum of understanding to foster "
             "trade.\n\n")


def test_the_announcement_came_as_is_no_report_carried_on():
    assert_statements(
        ANNOUNCED + "The announcement came as Quill met with Ostravian business leaders at an event in Port Arlen."
        "\n\nQuill said that the deal was important.",
        [("Mara Quill", "indirect", "Quill announced yesterday that Vellora and Ostravia had signed a memorandum of "
          "understanding to foster trade."),
         ("Mara Quill", "indirect", "Quill said that the deal was important.")])


def test_the_announcement_with_its_own_speech_verb_is_still_a_statement():
    # guard: "The announcement follows …, Quill said." is hers
    assert_statements(
        ANNOUNCED + "The announcement follows two years of talks, Quill said.",
        [("Mara Quill", "indirect", "Quill announced yesterday that Vellora and Ostravia had signed a memorandum of "
          "understanding to foster trade."),
         ("Mara Quill", "indirect", "The announcement follows two years of talks, Quill said.")])


def test_a_dateline_with_a_states_abbreviation_before_the_agency_is_no_ones_words():
    assert_statements(
        "Trade pact\n\nPORT ARLEN, Vel. (AP) – Governor Mara Quill announced a new agreement with Ostravia.",
        [("Mara Quill", "indirect", "Governor Mara Quill announced a new agreement with Ostravia.")])


def test_a_city_and_its_state_with_no_agency_still_stand_apart():
    # guard: "PORT ARLEN, Vel. — " with no agency, read as before (the place's dateline)
    assert_statements(
        "Trade pact\n\nPORT ARLEN, Vel. — Governor Mara Quill announced a new agreement with Ostravia.",
        [("Mara Quill", "indirect", "Governor Mara Quill announced a new agreement with Ostravia.")])
