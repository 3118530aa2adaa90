"""Helper h944 (sevenhundredfifteenth, the Assam Chief Minister's Office as Assam papers print it): a paper's place in
mixed case and a colon before the sentence's subject ("Tarvik: Varnish Chief Minister X met … and apprised him …",
speech_subjects `_sentence_subject`); "HCM", the Chief Minister by his office's initials for "Hon'ble Chief Minister"
(lexicon's offices, phrases `_ROLE_INITIALS`); "shared an update on social media platform X, stating, “…”", a post put
on a network, no statement of its own (lexicon's "share" complement)."""

from .test_patterns import assert_statements


def test_a_place_and_colon_before_met_and_apprised():
    assert_statements(
        "Tarvik: Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort in Ardale today and apprised him of "
        "the flood situation in the state.",
        [("Oren Baldaru", "indirect", "Tarvik: Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort in "
          "Ardale today and apprised him of the flood situation in the state.")])


def test_a_place_and_colon_before_met_and_said_that():
    assert_statements(
        "Tarvik: Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort on Friday and said that the "
        "floods had receded.",
        [("Oren Baldaru", "indirect", "Tarvik: Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort on "
          "Friday and said that the floods had receded.")])


def test_a_place_and_colon_before_met_alone_is_still_narrative():
    assert_statements(
        "Tarvik: Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort in Ardale today. "
        "The Chief Minister said the talks were useful.",
        [("Oren Baldaru", "indirect", "The Chief Minister said the talks were useful.")])


def test_hcm_is_the_chief_minister():
    assert_statements(
        "Hon’ble Chief Minister Dr. Oren Baldaru visited the Governor's house today to bid farewell to the Governor, "
        "Shri Pavel Tendra. During the visit, HCM expressed his deep gratitude to Governor Tendra for his guidance.",
        [("Oren Baldaru", "indirect", "During the visit, HCM expressed his deep gratitude to Governor Tendra for his "
          "guidance.")])


def test_an_update_shared_on_a_platform_before_the_quotation_is_no_statement():
    assert_statements(
        "Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort on Friday in Ardale.\n\n"
        "Following the meeting, Dr. Baldaru shared a brief update on social media platform X (formerly Twitter), "
        "stating, “Had the honour of meeting the Prime Minister in Ardale today.”",
        [("Oren Baldaru", "direct", "Had the honour of meeting the Prime Minister in Ardale today.")])


def test_thoughts_shared_on_a_topic_stay_a_statement():
    assert_statements(
        "Varnish Chief Minister Oren Baldaru met Prime Minister Selim Quort on Friday in Ardale.\n\n"
        "Dr. Baldaru shared his thoughts on the flood season with the Prime Minister.",
        [("Oren Baldaru", "indirect", "Dr. Baldaru shared his thoughts on the flood season with the Prime Minister.")])
