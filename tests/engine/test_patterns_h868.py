"""Helper h868's construction (sixhundredfiftysecond, Costa Rica's Foreign Ministry and Presidency as Costa Rica's English
outlets print them): a quotation closed at the end of its paragraph, its tag "said X." set off as a paragraph of its own
that opens with the lower-case verb ("…,”" / "said Manuel González Ministry of Foreign Affairs, who …")."""

from .test_patterns import assert_statements


def test_a_tag_paragraph_names_the_quotation_before_it():
    """"This meeting is part of …,”" / "said Dario Velez Ministry of Foreign Affairs, who will travel with Mora." and
    "The main reason for the trip is …,”" / "said Mora.": each quotation (its opening mark lost) is the speaker the next
    paragraph's tag names, a name run into its office with no comma too, never the last person named before it."""
    body = ("President Ilan Mora will travel on Sunday for a meeting with the Prime Minister of Vestria.\n\n"
            "This meeting is part of the cooperation agreed with Vestria on the river basin,”\n\n"
            "said Dario Velez Ministry of Foreign Affairs, who will travel with Mora.\n\n"
            "The Minister of Planning, Tessa Arrow, is going to the meeting as well.\n\n"
            "The main reason for the trip is to review issues that matter for the Government. It has been prepared "
            "for months,”\n\n"
            "said Mora.")
    assert_statements(body, [
        ("Dario Velez", "direct", "This meeting is part of the cooperation agreed with Vestria on the river basin"),
        ("Ilan Mora", "direct", "The main reason for the trip is to review issues that matter for the Government. It "
                                "has been prepared for months"),
    ])


def test_a_lower_case_paragraph_that_is_no_tag_changes_nothing():
    """Guard: a paragraph opening "said to be …" (no person after the verb), or a tag paragraph after a paragraph that
    is no quotation, gives no one anything new."""
    body = ("President Ilan Mora met the envoy of Vestria in Lunara.\n\n"
            "said to be the first such meeting in a decade, the talks ran for two hours.\n\n"
            "The delegation of Vestria visited the port of Calsa.\n\n"
            "said Mora.")
    assert_statements(body, [])


def test_on_a_named_agenda_is_also_is_the_visit_s_topic():
    """"On the Mora agenda is also the topic of the stranded migrants …" right after Mora's reported words: the visit's
    next topic told by the paper (as "X was also on the agenda"), not his report carried on."""
    body = ("President Ilan Mora said the national interest is promoting trade with Vestria. According to the president, "
            "exports to Vestria reached 40 million dollars a year.\n\n"
            "On the Mora agenda is also the topic of the migrants stranded at the border since November.")
    assert_statements(body, [
        ("Ilan Mora", "indirect", "President Ilan Mora said the national interest is promoting trade with Vestria."),
        ("Ilan Mora", "indirect", "According to the president, exports to Vestria reached 40 million dollars a year."),
    ])


def test_a_report_that_opens_on_the_agenda_stays_a_report():
    """Guard: "On the agenda, Mora said, is …" or "On his agenda, Mora stressed …" (a speech verb of its own, not the
    turned-round "On the <Name> agenda is also") keeps its speaker."""
    body = "President Ilan Mora met the envoy of Vestria. On his agenda, Mora stressed, is the river basin treaty."
    result = assert_statements(body, [
        ("Ilan Mora", "indirect", "On his agenda, Mora stressed, is the river basin treaty."),
    ])
    assert result is not None
