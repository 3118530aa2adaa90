"""Helper h1047 (sevenhundredninetyseventh, the Presidency of São Tomé and Príncipe, its Presidents and Prime Ministers,
as Xinhua, ANGOP, the Forum Macao and Macauhub print them): a tag that closes the sentence and names the one quoted,
"…, Xinhua quoted Mr X as saying.": the words before it are X's report even when X is named after the quoting outlet,
not right after the comma (reported_speech `_cues`, its `quoted_closing` read before the inserted-clause test of the
subject's place)."""

from .test_patterns import assert_statements

OPENING = "Governor Dalvin Orsk on Wednesday met Prime Minister Tamsin Velo in Korvath."


def test_a_closing_tag_an_outlet_quoted_x_as_saying_gives_the_words_before_to_x():
    assert_statements(
        OPENING + "\n\nThe youth here can find work in Velmar, Xinhua quoted Mr Orsk as saying.",
        [("Dalvin Orsk", "indirect", "The youth here can find work in Velmar, Xinhua quoted Mr Orsk as saying.")])


def test_a_closing_tag_names_the_one_quoted_not_the_last_speaker():
    assert_statements(
        OPENING + "\n\nOrsk thanked Velo for the visit. The port will open in May, the agency quoted Velo as saying.",
        [("Dalvin Orsk", "indirect", "Orsk thanked Velo for the visit."),
         ("Tamsin Velo", "indirect", "The port will open in May, the agency quoted Velo as saying.")])


def test_a_closing_tag_quoting_a_ministry_source_gives_the_words_to_no_one():
    # guard: a body or an unnamed source quoted is no person: the words before it are no one's
    assert_statements(
        OPENING + "\n\nOrsk thanked Velo for the visit. The port will open in May, Xinhua quoted a ministry source "
        "as saying.",
        [("Dalvin Orsk", "indirect", "Orsk thanked Velo for the visit.")])


# A long participle phrase set off by commas that names another person inside it, between the subject and the verb:
# "Mr X, speaking at a gathering to mark the departure of outgoing Ambassador Y, expressed …" is X's, after an outlet
# that tells of it too ("The … news agency says Mr X, …"), not Y's (speech_subjects
# `_subject_before_a_long_participle_aside`, `_LONG_PARTICIPLE_ASIDE`, `_OUTLET_TELLS_BEFORE`).

ENVOYS = "President Talvo Mendar met envoys in Varsk on Monday."


def test_an_outlet_tells_of_a_subject_before_a_long_participle_aside_naming_another():
    assert_statements(
        ENVOYS + "\n\nThe state-run news agency says Mr Mendar, speaking at a gathering to mark the departure of "
        "outgoing Kestrian Ambassador to Varsk e Tolo Lio Wen, expressed the belief that projects will soon show "
        "results.",
        [("Talvo Mendar", "indirect", "The state-run news agency says Mr Mendar, speaking at a gathering to mark the "
          "departure of outgoing Kestrian Ambassador to Varsk e Tolo Lio Wen, expressed the belief that projects will "
          "soon show results.")])


def test_a_subject_opening_the_sentence_before_a_long_participle_aside_naming_another():
    assert_statements(
        ENVOYS + "\n\nMr Mendar, speaking at a gathering to mark the departure of outgoing Kestrian Ambassador to "
        "Varsk e Tolo Lio Wen, expressed the belief that projects will soon show results.",
        [("Talvo Mendar", "indirect", "Mr Mendar, speaking at a gathering to mark the departure of outgoing Kestrian "
          "Ambassador to Varsk e Tolo Lio Wen, expressed the belief that projects will soon show results.")])


def test_a_subject_before_a_short_participle_aside_with_no_one_in_it_stays_the_speaker():
    # guard: the description before the aside is the subject, the aside names no one; the rule changes nothing
    assert_statements(
        ENVOYS + "\n\nMr Mendar met Ambassador Lio Wen, and the ambassador, speaking for Kestria, said the projects "
        "will soon show results.",
        [("Lio Wen", "indirect", "the ambassador, speaking for Kestria, said the projects will soon show results.")])


# A visitor's own agenda, programme or itinerary told as what it included, right after his report: "X's São Tome agenda
# included meetings with …" is the readout's account of his visit, not his report carried on (carrying_on
# `_ONES_AGENDA_INCLUDED`, read by `_tells_of_events`).

MESSAGE = ("Vice-President Orin Malt delivered a message to President Sela Varo on Tuesday.\n\nAccording to Orin Malt, "
           "the purpose of the meeting was to deliver a message of solidarity.\n\nHe described the late speaker as a "
           "figure of consensus.")
MALTS_REPORT = [("Orin Malt", "indirect", "According to Orin Malt, the purpose of the meeting was to deliver a message "
                 "of solidarity."),
                ("Orin Malt", "indirect", "He described the late speaker as a figure of consensus.")]


def test_a_visitors_agenda_that_included_meetings_is_not_his_report_carried_on():
    assert_statements(
        MESSAGE + "\n\nOrin Malt's Varsk agenda included meetings with the local Prime minister and with the speaker.",
        MALTS_REPORT)


def test_a_visitors_message_that_included_a_call_is_still_his_report_carried_on():
    # guard: his message (a thing he said), not his agenda, goes on with his report as before
    assert_statements(
        MESSAGE + "\n\nOrin Malt's message included a call for calm.",
        MALTS_REPORT + [("Orin Malt", "indirect", "Orin Malt's message included a call for calm.")])
