"""Helper h915 (sixhundredninetyfirst, Hiroshima's mayor and governor with their guests): the constructions of press
English behind its errors, each rule with its test and a guard. First, the meeting itself told of after what it leaves
out ("Except for the start of the meeting …, the meeting took place behind closed doors.",
`carrying_on._MEETING_ITSELF_BUT_FOR` in `_tells_of_events`): the readout's account between two of one person's
statements, not his words carried on."""

from .test_patterns import assert_statements


def test_meeting_behind_closed_doors_after_except_for_is_no_ones():
    assert_statements(
        "Governor Ren Alvo visited the Ministry of Trade in Varno. In addition, Mr. Alvo is urging the ministry to open "
        "an office in the port.\n\nExcept for the start of the meeting with the deputy minister, the meeting took place "
        "behind closed doors. Afterward, Mr. Alvo said, \u201cThe talks were useful and I hope for a quick answer.\u201d",
        [("Ren Alvo", "indirect", "In addition, Mr. Alvo is urging the ministry to open an office in the port."),
         ("Ren Alvo", "direct", "The talks were useful and I hope for a quick answer.")],
    )


def test_except_for_a_report_between_his_statements_stays_his():
    """Guard: an "Except for …," sentence that is no meeting told of (what the region lacks, in his report) stays his
    words carried on."""
    assert_statements(
        "Governor Ren Alvo met the delegation from Ostria. Mr. Alvo said that the region had rebuilt its harbour. "
        "Except for the northern districts, the region now has fast internet. He also said that tourism was growing.",
        [("Ren Alvo", "indirect", "Mr. Alvo said that the region had rebuilt its harbour."),
         ("Ren Alvo", "indirect", "Except for the northern districts, the region now has fast internet."),
         ("Ren Alvo", "indirect", "He also said that tourism was growing.")],
    )


def test_date_opening_without_comma_before_a_coordinated_request():
    """"On January 23 Mayor X visited Y, …, and asked that …": the opening's date with no comma after it, its month and
    day no name (`speech_subjects._subject_after_uncommaed_opening`, `_sentence_subject`); the mayor asks."""
    assert_statements(
        "On January 23 Mayor Ada Lin visited Ren Alvo, ambassador to Ostria, at the embassy in Varno and asked that "
        "President Tom Bel visit the city.\n\nOn Monday Mayor Ada Lin visited the port and said that the harbour "
        "would reopen in May.",
        [("Ada Lin", "indirect", "On January 23 Mayor Ada Lin visited Ren Alvo, ambassador to Ostria, at the embassy "
          "in Varno and asked that President Tom Bel visit the city."),
         ("Ada Lin", "indirect", "On Monday Mayor Ada Lin visited the port and said that the harbour would reopen "
          "in May.")],
    )


def test_date_opening_before_a_group_stays_no_ones():
    """Guard: after the same date with no comma, a group that visits and speaks is still no one's statement."""
    assert_statements(
        "Mayor Ada Lin met the delegation from Ostria. On January 24 the delegates visited the port and said that "
        "the harbour was impressive.",
        [],
    )
