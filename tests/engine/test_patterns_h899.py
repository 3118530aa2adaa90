"""Helper h899 (sixhundredseventyninth, NAN, the News Agency of Nigeria, as Nigerian papers print it): a spokesman's
statement quoting his principal "to have said:" ("A statement by Mr X quoted President Y to have said: “…”", Y's words,
the lead-in no one's: speech_subjects._QUOTED_AS, reported_speech._only_leads_in); a quotation opened inside a report
and left open, carried into a paragraph of its own (sentence_reading._reporter_of_quotation_left_open); "A statement
issued by the <body> said that X pledged …" X's (reported_speech._BODY_OPENS_AS_SOURCE); a spokesman's "said Y stated
this when …", only when (reported_speech._ANOTHER_SAID_THIS); "X gave the assurance on Friday at … while receiving …"
after the assurance told, only when (reported_speech._WHERE_ONLY)."""

from .test_patterns import assert_statements


def test_quoted_the_president_to_have_said_gives_him_the_quotation():
    assert_statements(
        "President Ilse Marrow received the outgoing Ambassador of Ostria, Tolvan Reski, in Varno.\n\n"
        "A statement by Mr Dano Kell, the Special Adviser to the President on Media, quoted President Marrow to have "
        "said: “I congratulate you on a successful stay here.\n\n"
        "“I wish you well in your future endeavours,” she said.",
        [("Ilse Marrow", "direct", "I congratulate you on a successful stay here."),
         ("Ilse Marrow", "direct", "I wish you well in your future endeavours")],
    )


def test_quoted_as_saying_is_read_as_before():
    """Guard: "quoted X as saying:" still gives X the words; "is quoted to have been" no speech verb, nothing."""
    assert_statements(
        "President Ilse Marrow received the outgoing Ambassador of Ostria, Tolvan Reski, in Varno.\n\n"
        "A statement by Mr Dano Kell quoted President Marrow as saying: “Our two countries are close.”\n\n"
        "The old treaty quoted Varno to have been the capital of the region.",
        [("Ilse Marrow", "direct", "Our two countries are close.")],
    )


def test_quotation_left_open_in_a_report_goes_on_in_the_next_paragraph():
    assert_statements(
        "President Ilse Marrow received the outgoing High Commissioner of Ostria, Tolvan Reski, in Varno.\n\n"
        "The President congratulated the envoy on “the strides you have made in the relationship between our "
        "countries.\n\n"
        "“We will continue to expand on what you have achieved in agriculture and trade.”",
        [("Ilse Marrow", "indirect", "The President congratulated the envoy on “the strides you have made in the "
          "relationship between our countries."),
         ("Ilse Marrow", "direct", "We will continue to expand on what you have achieved in agriculture and trade.")],
    )


def test_a_quotation_left_open_then_another_speakers_tag_is_his():
    """Guard: the paragraph after a report's quotation left open, tagged with another speaker, stays his."""
    assert_statements(
        "President Ilse Marrow received the outgoing High Commissioner of Ostria, Tolvan Reski, in Varno.\n\n"
        "The President congratulated the envoy on “the strides you have made.\n\n"
        "“I thank you for the warm welcome,” Tolvan Reski said.",
        [("Ilse Marrow", "indirect", "The President congratulated the envoy on “the strides you have made."),
         ("Tolvan Reski", "direct", "I thank you for the warm welcome")],
    )


def test_a_statement_issued_by_an_embassy_said_that_x_pledged_is_x_s():
    assert_statements(
        "The Deputy Minister of Foreign Affairs of Ostria, Tolvan Reski, met the Ambassador of Varnia, Ilse Marrow.\n\n"
        "A statement issued by the Varnian Embassy in Ostburg said that the Deputy Foreign Minister pledged his "
        "country’s support for the new railway.",
        [("Tolvan Reski", "indirect", "A statement issued by the Varnian Embassy in Ostburg said that the Deputy "
          "Foreign Minister pledged his country’s support for the new railway.")],
    )


def test_a_statement_issued_by_an_embassy_said_alone_is_no_ones():
    """Guard: the embassy's statement telling of no person's words stays no one's."""
    assert_statements(
        "The Deputy Minister of Foreign Affairs of Ostria, Tolvan Reski, met the Ambassador of Varnia, Ilse Marrow.\n\n"
        "A statement issued by the Varnian Embassy in Ostburg said that the railway would open in May.",
        [],
    )


def test_spokesman_said_the_president_stated_this_when_is_narrative():
    assert_statements(
        "President Ilse Marrow says Varnia and Ostria will deepen their trade.\n\n"
        "Mr Dano Kell, the Special Adviser to the President on Media, said Marrow stated this when she received the "
        "outgoing High Commissioner of Ostria, Tolvan Reski, on Tuesday.",
        [("Ilse Marrow", "indirect", "President Ilse Marrow says Varnia and Ostria will deepen their trade.")],
    )


def test_spokesman_said_the_president_stated_a_view_is_his_report():
    """Guard: "said Y stated that …" (what was stated, not "this") stays the spokesman's report."""
    assert_statements(
        "President Ilse Marrow received the outgoing High Commissioner of Ostria, Tolvan Reski.\n\n"
        "Mr Dano Kell, the Special Adviser to the President on Media, said Marrow stated that the two countries would "
        "deepen their trade when she received the envoy.",
        [("Dano Kell", "indirect", "Mr Dano Kell, the Special Adviser to the President on Media, said Marrow stated "
          "that the two countries would deepen their trade when she received the envoy.")],
    )


def test_gave_the_assurance_on_friday_while_receiving_is_only_when():
    assert_statements(
        "President Ilse Marrow has assured that the relationship between Varnia and Ostria will remain strong.\n\n"
        "The President gave the assurance on Friday at State House, Varno, while receiving in farewell audience "
        "Tolvan Reski, Ambassador of Ostria.",
        [("Ilse Marrow", "indirect", "President Ilse Marrow has assured that the relationship between Varnia and "
          "Ostria will remain strong.")],
    )


def test_gave_the_assurance_at_the_meeting_that_is_his_statement():
    """Guard: "gave the assurance at … that …" says what was assured, his statement."""
    assert_statements(
        "President Ilse Marrow received Tolvan Reski, Ambassador of Ostria.\n\n"
        "The President gave the assurance at the meeting that Varnia would support the new railway.",
        [("Ilse Marrow", "indirect", "The President gave the assurance at the meeting that Varnia would support the "
          "new railway.")],
    )
