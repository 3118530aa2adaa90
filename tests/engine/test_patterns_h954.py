"""Helper h954 (styles50, sports ministries' and national Olympic committees' international meetings): a post's
caption, "“…,” Minister X captioned a photo of the signing on his Instagram page" (lexicon's "captioned" complement)."""

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
