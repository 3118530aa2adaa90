"""Helper h888 (sixhundredsixtyninth, Anadolu Agency's wire on Türkiye's ministers as its customers print it): an
adverb of suddenness or speed between a subject and its speech verb ("X suddenly announced …", lexicon
`SUBJECT_VERB_FILLERS`); a concessive turn that opens a clause of its own, its own subject and past verb joined by "and"
to the speech verb ("X announced …, however, since then Ardavia has backtracked and said …": X's report ends at the
comma, speech_subjects `_subject_of_a_concessive_clause`, no source closing it in reported_speech `_source_closes`)."""

from .test_patterns import assert_statements


def test_suddenly_between_the_subject_and_its_speech_verb():
    assert_statements(
        "Minister Ilvo Brask suddenly announced the closure of the northern border crossing.",
        [("Ilvo Brask", "indirect", "Minister Ilvo Brask suddenly announced the closure of the northern border crossing.")],
    )


def test_swiftly_between_the_subject_and_its_speech_verb():
    assert_statements(
        "Minister Ilvo Brask swiftly condemned the attack on the consulate in Varno.",
        [("Ilvo Brask", "indirect", "Minister Ilvo Brask swiftly condemned the attack on the consulate in Varno.")],
    )


def test_a_concessive_clause_with_its_own_subject_ends_the_report_before_it():
    assert_statements(
        "In March, President Ilvo Brask announced the withdrawal of Velmoran troops from Ostria, however, since then "
        "Ardavia has backtracked and said in April a few hundred troops would remain.",
        [("Ilvo Brask", "indirect",
          "In March, President Ilvo Brask announced the withdrawal of Velmoran troops from Ostria,")],
    )


def test_and_said_with_no_new_subject_stays_the_speakers():
    """Guard: a second verb of the same subject after "and" is still the speaker's, all of the sentence."""
    assert_statements(
        "President Ilvo Brask welcomed the delegation from Ostria, however briefly, and said the talks were useful.",
        [("Ilvo Brask", "indirect",
          "President Ilvo Brask welcomed the delegation from Ostria, however briefly, and said the talks were useful.")],
    )


def test_a_source_closing_the_report_after_a_comma_still_closes_it():
    """Guard: "…, the ministry said in a statement." closes the person's report, as before."""
    assert_statements(
        "President Ilvo Brask thanked the Ostrian people for their support, the ministry said in a statement.",
        [("Ilvo Brask", "indirect",
          "President Ilvo Brask thanked the Ostrian people for their support, the ministry said in a statement.")],
    )


def test_an_initialism_after_an_opening_phrases_comma_is_the_titles_adjective():
    """sixhundredsixtyninth (segments._initialism_names_title): "In December, U.S. President X …" is one sentence."""
    assert_statements(
        "In December, U.S. President Ilvo Brask announced the withdrawal of the troops from Ostria.",
        [("Ilvo Brask", "indirect",
          "In December, U.S. President Ilvo Brask announced the withdrawal of the troops from Ostria.")],
    )


def test_the_us_closing_a_sentence_before_president_still_ends_it():
    """Guard: "… sanctions imposed by the U.S. President X said …" still ends at "the U.S."."""
    assert_statements(
        "Minister Ola Verin condemned the sanctions imposed by the U.S. President Ilvo Brask said the talks were useful.",
        [("Ola Verin", "indirect", "Minister Ola Verin condemned the sanctions imposed by the U.S."),
         ("Ilvo Brask", "indirect", "President Ilvo Brask said the talks were useful.")],
    )
