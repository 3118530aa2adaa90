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
