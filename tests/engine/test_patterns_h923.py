"""Helper h923 (sixhundredninetyninth, the Governor of Pennsylvania as UNN, The Keystone, Jewish Insider and others print
it): an unquoted first-person paragraph closed by a spaced hyphen and its author, "… of our flag - X wrote on social
media." (quotes `_unmarked_before_closing_dash`); a quoted lead with no attribution of its own that a later quotation
repeats word for word, "“Eskvik is ready to welcome …”" / … / "“…,” Holt said on Twitter. / “Eskvik is ready to
welcome …”" (statements `_lead_quoted_for_no_one`, `_pull_quote`); a title's verb of wish before "to", "Holt Wants to …", parts
the name from the headline (titles `_WISHING_BEFORE_TO`); a U.S. state of two words after an envoy's post, "Ada Varg,
the Norlandic consul general in New Jersey, sent a letter …, saying that …", is a place, no subject (lexicon's
countries and territories); an unnamed spokesperson closing one person's account, "…, a spokesperson for the governor
told Eskvik Radio.", the outlet named at the end (reported_speech `_SOURCE_TAIL`)."""

from .test_patterns import assert_statements, run


def test_an_unquoted_first_person_paragraph_closed_by_a_hyphen_and_its_author():
    assert_statements(
        "President of Norland Ada Varg said that she had met the governor of Eskvik, agreeing to work more closely, "
        "the agency reports.\n\n"
        "I met with Governor Per Holt in Eskvik. I am grateful for all the support. And I would like to thank everyone "
        "who welcomed us in the harbour - Varg wrote on social media.",
        [("Ada Varg", "indirect", "President of Norland Ada Varg said that she had met the governor of Eskvik, agreeing "
          "to work more closely, the agency reports."),
         ("Ada Varg", "direct", "I met with Governor Per Holt in Eskvik. I am grateful for all the support. And I would "
          "like to thank everyone who welcomed us in the harbour")],
    )


def test_a_third_person_paragraph_before_a_hyphen_and_a_source_is_no_quotation():
    """Guard: narrative words before " - X wrote" (no first person) are no one's quotation."""
    assert_statements(
        "Governor Per Holt visited the harbour of Eskvik on Monday.\n\n"
        "The new ferry line will open in May and the harbour will be rebuilt by autumn - Holt wrote on social media.",
        [],
    )


def test_a_quoted_lead_repeated_later_after_its_attribution_is_that_persons():
    assert_statements(
        "“Eskvik is ready to welcome people fleeing the storm. They can count on finding a safe home here.”\n\n"
        "Gov. Per Holt has proposed spending $2 million to help the families settle in Eskvik.\n\n"
        "“The storm has drawn the attention of the whole coast,” Holt said on Twitter.\n\n"
        "“Eskvik is ready to welcome people fleeing the storm. They can count on finding a safe home here.”",
        [("Per Holt", "direct", "Eskvik is ready to welcome people fleeing the storm. They can count on finding a safe "
          "home here."),
         ("Per Holt", "indirect", "Gov. Per Holt has proposed spending $2 million to help the families settle in "
          "Eskvik."),
         ("Per Holt", "direct", "The storm has drawn the attention of the whole coast,"),
         ("Per Holt", "direct", "Eskvik is ready to welcome people fleeing the storm. They can count on finding a safe "
          "home here.")],
    )


def test_a_quoted_lead_no_later_quotation_repeats_stays_no_ones():
    """Guard: a quoted lead whose words no later quotation holds is given to no one."""
    assert_statements(
        "“Eskvik is ready to welcome people fleeing the storm. They can count on finding a safe home here.”\n\n"
        "Gov. Per Holt has proposed spending $2 million to help the families settle in Eskvik.\n\n"
        "“The storm has drawn the attention of the whole coast,” Holt said on Twitter.",
        [("Per Holt", "indirect", "Gov. Per Holt has proposed spending $2 million to help the families settle in "
          "Eskvik."),
         ("Per Holt", "direct", "The storm has drawn the attention of the whole coast,")],
    )


def test_a_titles_wants_to_is_no_word_of_the_name():
    result = run(
        "Gov. Per Holt has proposed spending $2 million to help the families settle in Eskvik.\n\n"
        "“The storm has drawn the attention of the whole coast,” Holt said on Twitter.",
        title="Holt Wants to Spend $2 Million on Helping Storm Families Settle in Eskvik",
    )
    assert sorted(speaker.name for speaker in result.speakers) == ["Per Holt"]


def test_a_titles_hopes_without_to_parts_nothing():
    """Guard: "Hopes" parts the run only before "to": a title "… Per Holt Hopes For Ferry Line" reads as before."""
    result = run(
        "Gov. Per Holt said the new office would open in May.",
        title="Governor Per Holt Hopes For Ferry Line",
    )
    assert sorted(speaker.name for speaker in result.speakers) == ["Per Holt"]


def test_a_two_word_state_after_an_envoys_post_is_no_subject():
    assert_statements(
        "Ada Varg, the Norlandic consul general in New Jersey, sent a letter to Governor Per Holt last week, saying "
        "that she was deeply shocked by the storm.",
        [("Ada Varg", "indirect", "Ada Varg, the Norlandic consul general in New Jersey, sent a letter to Governor Per "
          "Holt last week, saying that she was deeply shocked by the storm.")],
    )


def test_a_two_word_state_before_the_governors_office_keeps_the_governor():
    """Guard: "New Jersey Governor Per Holt said …" stays the governor's."""
    assert_statements(
        "New Jersey Governor Per Holt said that the talks with Norland had gone well.",
        [("Per Holt", "indirect", "New Jersey Governor Per Holt said that the talks with Norland had gone well.")],
    )


def test_an_unnamed_spokesperson_telling_an_outlet_closes_the_persons_account():
    assert_statements(
        "Governor Per Holt met the Norlandic envoy Ada Varg on Sunday.\n\n"
        "Holt told Varg he greatly appreciated the visit, a spokesperson for the governor told Eskvik Radio.",
        [("Per Holt", "indirect", "Holt told Varg he greatly appreciated the visit, a spokesperson for the governor "
          "told Eskvik Radio.")],
    )


def test_a_named_person_telling_an_outlet_keeps_the_words_before():
    """Guard: a named person who tells an outlet at the sentence's end says the words before."""
    assert_statements(
        "Governor Per Holt met the Norlandic envoy Ada Varg on Sunday.\n\n"
        "The ferry line will open in May, Ada Varg told Eskvik Radio.",
        [("Ada Varg", "indirect", "The ferry line will open in May, Ada Varg told Eskvik Radio.")],
    )
