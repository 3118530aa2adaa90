"""Helper h954 (styles50, sports ministries' and national Olympic committees' international meetings): a post's
caption, "“…,” Minister X captioned a photo of the signing on his Instagram page" (lexicon's "captioned" complement);
a one-word office joined by "and" to an office of a body, "Mr X, President and Chairman of the Council; …", the second
his, so that "THE CHAIRMAN replied that …" is he, the bare first no "the President" (name_offices
`_second_office_of_a_body`); a label, a flag or another emoji where a colon would stand, then the quotation, "Name,
President of the … Football Federation ⚽ “…”" (transcripts `_symbol_before_quotation`, read by `_transcript_label`)."""

from .test_patterns import assert_statements


def test_a_quotation_captioned_by_a_minister_is_his():
    assert_statements(
        "Minister Orvel Tansk said the programme covers two years. "
        "“One aim: more children in sport,” Minister Pavo Lindqar captioned a photo of the signing on his Instagram page.",
        [("Orvel Tansk", "indirect", "Minister Orvel Tansk said the programme covers two years."),
         ("Pavo Lindqar", "direct", "One aim: more children in sport")])


def test_a_photo_captioned_by_its_quotation_is_no_speech():
    assert_statements(
        "Minister Orvel Tansk said the programme covers two years. "
        "A photo captioned “One aim” was shown at the ceremony.",
        [("Orvel Tansk", "indirect", "Minister Orvel Tansk said the programme covers two years.")])


def test_president_and_chairman_of_a_council_is_the_chairman():
    assert_statements(
        "The following members attended the meeting: Mr Edvin Sorrowby, President and Chairman of the Regional "
        "Rowing Council; Ms Alda Kvenmark, Vice-Chair.\n\n"
        "THE CHAIRMAN replied that a letter would go to every federation.",
        [("Edvin Sorrowby", "indirect", "THE CHAIRMAN replied that a letter would go to every federation.")])


def test_president_and_chief_executive_of_a_council_is_the_chief_executive():
    assert_statements(
        "Mr Edvin Sorrowby, President and Chief Executive of the Regional Rowing Council, met the press.\n\n"
        "The Chief Executive said that a letter would go to every federation.",
        [("Edvin Sorrowby", "indirect", "The Chief Executive said that a letter would go to every federation.")])


def test_two_offices_of_a_body_each_of_its_own_stay_read():
    # (each office whole, the first of more than one word: read by `_two_offices` as before)
    assert_statements(
        "Mr Edvin Sorrowby, Deputy Chairman of the Rowing Council and Chairman of the Regional Sculling Board, met the "
        "press.\n\nTHE CHAIRMAN said that the rowing season would open in May.",
        [("Edvin Sorrowby", "indirect", "THE CHAIRMAN said that the rowing season would open in May.")])


def test_a_president_and_ceo_of_a_body_is_no_bare_president():
    # (tenth whitehouse 2021-09-03: "Fatima Goss Graves, President and CEO of …" beside the President of the state)
    assert_statements(
        "President Harl Vintner met advocates on Monday, among them Ms Alda Kvenmark, President and CEO of the Rowing "
        "Rights Center. Ms Kvenmark said that the clubs needed help.\n\n"
        "Earlier this week, the President said that the rowing season would open in May.",
        [("Alda Kvenmark", "indirect", "Ms Kvenmark said that the clubs needed help."),
         ("Harl Vintner", "indirect", "Earlier this week, the President said that the rowing season would open in May.")])


def test_a_label_and_an_emoji_before_a_quotation_is_the_labelled_persons():
    assert_statements(
        "The Confederation spoke to the visiting presidents after their meetings.\n\n"
        "Benedek Sorvan, President of the Ardwen Football Federation ⚽ “This office makes things simpler for all of us. "
        "We settle in one afternoon what took a month.”\n\n"
        "Imani Kelmarro, President of the Football Association of Quendry 🏆 “We came to talk about the women's league.”",
        [("Benedek Sorvan", "direct", "This office makes things simpler for all of us. We settle in one afternoon what "
          "took a month."),
         ("Imani Kelmarro", "direct", "We came to talk about the women's league.")])


def test_a_quotation_after_an_emoji_in_a_sentence_keeps_its_attribution():
    # (an emoji inside a sentence with its own speech verb: the label reading needs a name and its office alone)
    assert_statements(
        "Benedek Sorvan thanked the hosts 🙏 “We came to talk about the women's league,” he said.",
        [("Benedek Sorvan", "indirect", "Benedek Sorvan thanked the hosts"),
         ("Benedek Sorvan", "direct", "We came to talk about the women's league,")])
