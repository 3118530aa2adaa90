"""Helper h938 (sevenhundredninth, Henan's cities and leaders in English): a quotation that opens with a capital right
after "said to <the one told>", no comma or colon between ("Premier X kindly said to the Group’s president Y “Y,
your …”."), is the speaker's direct words (sentence_reading `_said_to_listener_before`); "kindly" between a subject and
its verb, as "warmly" (lexicon `SUBJECT_VERB_FILLERS`); "introduced <Place>’s development characteristics, …" an
account given, as "advantages" (lexicon, the "introduced" complement); "Looking ahead, he would …" right after his own report
with no "that" carries it on (carrying_on `_OPENING_THEN_HE_WOULD`)."""

from .test_patterns import assert_statements

OPENING = "On March 9, Premier Oswin Pellacombe joined the Dorrin delegation and listened to its members."


def test_quotation_right_after_said_to_a_listener_is_the_speakers():
    assert_statements(
        OPENING + "\n\n"
        "When making the closing speech Premier Oswin Pellacombe kindly said to the Group’s president Idalie Venstrup "
        "“Idalie, your mill has grown and I have seen it. You should keep the quality”.",
        [("Oswin Pellacombe", "direct", "Idalie, your mill has grown and I have seen it. You should keep the quality")],
    )


def test_quotation_after_said_to_reporters_with_no_comma():
    assert_statements(
        OPENING + "\n\n"
        "Mr. Pellacombe said to reporters “We will come back in the spring.”",
        [("Oswin Pellacombe", "direct", "We will come back in the spring.")],
    )


def test_a_quoted_title_after_said_to_the_crowd_stays_in_the_report():
    # guard: a title in quotes after "said to the crowd at the" with "that" after it is no direct quotation
    assert_statements(
        OPENING + "\n\n"
        "Mr. Pellacombe said to the crowd at the “Harvest Fair” that he was glad to be in Dorrin.",
        [("Oswin Pellacombe", "indirect",
          "Mr. Pellacombe said to the crowd at the “Harvest Fair” that he was glad to be in Dorrin.")],
    )


def test_introduced_a_places_development_characteristics_is_an_account():
    assert_statements(
        "On October 24, Mr. Oswin Pellacombe, mayor of Dorrin, met with Ms. Idalie Venstrup, the Consul-General.\n\n"
        "Mr. Oswin Pellacombe introduced Dorrin’s development characteristics, new area planning and cultural "
        "advantages to all participants.",
        [("Oswin Pellacombe", "indirect", "Mr. Oswin Pellacombe introduced Dorrin’s development characteristics, new "
          "area planning and cultural advantages to all participants.")],
    )


def test_introduced_new_characteristics_is_no_statement():
    # guard: a product's new characteristics introduced is an act, not an account given
    assert_statements(
        "On October 24, Mr. Oswin Pellacombe, mayor of Dorrin, visited the Venstrup mill.\n\n"
        "Mr. Pellacombe introduced new characteristics of the city's buses.",
        [],
    )


def test_looking_ahead_he_would_carries_on_his_report():
    # carrying_on `_OPENING_THEN_HE_WOULD` (group "ahead"): "Looking ahead, he would …" after his report with no "that"
    assert_statements(
        "Mayor Oswin Pellacombe met Mr. Karl Venstrup on Monday.\n\n"
        "Mr. Karl Venstrup highlighted the achievements Dorrin has made in recent years. Looking ahead, he would act "
        "as a bridge to make Dorrin better known in Grandmoor.",
        [("Karl Venstrup", "indirect", "Mr. Karl Venstrup highlighted the achievements Dorrin has made in recent years."),
         ("Karl Venstrup", "indirect", "Looking ahead, he would act as a bridge to make Dorrin better known in Grandmoor.")],
    )


def test_looking_ahead_after_a_visit_is_no_statement():
    # guard: after narrative (a visit), no report goes on
    assert_statements(
        "Mayor Oswin Pellacombe met Mr. Karl Venstrup on Monday.\n\n"
        "Mr. Karl Venstrup visited the mill. Looking ahead, he would act as a bridge to make Dorrin better known.",
        [],
    )
