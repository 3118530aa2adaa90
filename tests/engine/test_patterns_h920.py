"""Helper h920 (sixhundredninetysixth, Agerpres's English copy as stiripesurse.ro, EcoPolitic News and Moldova Live
print it): "pointed to" a tie's "nature" or "character", with two adjectives joined by a comma before it ("pointed to a
privileged, strategic nature of the bilateral relationships": lexicon `_COMPLEMENTS`); a release's words about its
minister quoted whole, the verb inside the marks, right after his name (`According to a release …, Aurescu "underscored
…."`: sentence_reading `_subject_of_a_quoted_verb`); a passive's agent after when it was said ("was announced in April
by Minister X": sentence_patterns `PASSIVE_BY`); an outlet's name inverted after "writes"/"reports" and before ",
citing …" is no person ("…, writes Agerpres, citing official sources.": reported_speech `_cues`, `_AN_OUTLETS_VERBS`)."""

from .test_patterns import assert_statements


def test_pointed_to_the_nature_of_a_tie_after_two_adjectives_joined_by_a_comma():
    assert_statements(
        "Foreign Minister Ilinca Varo on Sunday had a telephone conversation with the Ostmarian Foreign Minister Piet "
        "Dorn.\n\n"
        "According to the Foreign Ministry, Varo pointed to a privileged, strategic nature of the bilateral "
        "relationship and the importance her country attaches to closer ties with Ostmar.",
        [("Ilinca Varo", "indirect", "According to the Foreign Ministry, Varo pointed to a privileged, strategic nature "
          "of the bilateral relationship and the importance her country attaches to closer ties with Ostmar.")],
    )


def test_pointed_to_the_character_of_the_partnership():
    assert_statements(
        "Prime Minister Tomas Rell received the Ostmarian ambassador Piet Dorn in Veldra on Monday.\n\n"
        "Rell pointed to the special character of the partnership between the two countries.",
        [("Tomas Rell", "indirect", "Rell pointed to the special character of the partnership between the two "
          "countries.")],
    )


def test_a_road_pointed_to_a_place_is_no_report():
    """Guard: "pointed to" a place or a person, with a comma in the run, stays no one's words."""
    assert_statements(
        "Prime Minister Tomas Rell visited the port of Veldra on Monday.\n\n"
        "The guide pointed to the old, narrow harbour and the ships waiting there.",
        [],
    )


def test_a_quotation_that_opens_on_the_verb_after_the_name():
    assert_statements(
        "Foreign Minister Ilinca Varo had a phone conversation on Thursday with her Ostmarian counterpart Piet Dorn.\n\n"
        "According to a Foreign Ministry release sent to the agency, Varo \"underscored the country's commitment to "
        "develop the cooperation with Ostmar, based on the partnership adopted in 2011.\"",
        [("Ilinca Varo", "indirect", "According to a Foreign Ministry release sent to the agency, Varo \"underscored the "
          "country's commitment to develop the cooperation with Ostmar, based on the partnership adopted in 2011.")],
    )


def test_a_quotation_that_opens_on_a_verb_of_no_speech_is_no_report():
    """Guard: the name before marks that open on a verb of no speech ("visited") makes no statement."""
    assert_statements(
        "Foreign Minister Ilinca Varo arrived in Veldra on Monday.\n\n"
        "According to the ministry, Varo \"visited the port and the new terminal of the city.\"",
        [],
    )


def test_a_passive_with_its_time_before_the_agent():
    assert_statements(
        "Foreign Minister Ilinca Varo arrived in Veldra on Monday.\n\n"
        "The formal meeting of the foreign ministers of the region was announced in April by Minister Ilinca Varo.",
        [("Ilinca Varo", "indirect", "The formal meeting of the foreign ministers of the region was announced in April "
          "by Minister Ilinca Varo.")],
    )


def test_a_passive_of_no_speech_with_its_time_is_no_report():
    """Guard: a visit's passive with its time and agent ("was visited in April by …") stays narrative."""
    assert_statements(
        "Foreign Minister Ilinca Varo arrived in Veldra on Monday.\n\n"
        "The new port of Veldra was visited in April by Minister Ilinca Varo.",
        [],
    )


def test_an_outlet_that_writes_citing_its_sources_is_no_speaker():
    assert_statements(
        "Ostmar and Veldra were invited to the meeting of foreign ministers in Kessla on May 2, writes Novapress, citing "
        "official sources.\n\n"
        "“I look forward to welcoming our allies in Kessla,” wrote Foreign Minister Ilinca Varo on Twitter.",
        [("Ilinca Varo", "direct", "I look forward to welcoming our allies in Kessla,")],
    )


def test_a_person_who_writes_with_no_citing_after_stays_the_speaker():
    """Guard: "…, writes X." with no ", citing" after the name is read as before."""
    assert_statements(
        "Foreign Minister Ilinca Varo met the Ostmarian envoy Piet Dorn in Veldra on Monday.\n\n"
        "The partnership between the two countries will grow stronger next year, writes Minister Ilinca Varo.",
        [("Ilinca Varo", "indirect", "The partnership between the two countries will grow stronger next year, writes "
          "Minister Ilinca Varo.")],
    )
