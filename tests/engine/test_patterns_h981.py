"""Helper h981 (sevenhundredfortysecond, the Assembly of Kosovo's Speakers as English outlets print them): a day that
opens the sentence, set off by its comma, then the subject's office in apposition whose name's closing comma is left
out before the verb of the meeting, "Today, the Speaker of the Assembly of Ostravia, X received Y": the office is X's,
so "The Speaker of the Assembly thanked …" later is X (name_offices, `_opening_office_then_unclosed_subject`); and
"X negatively evaluated the act of Y", a judgement voiced as "positively evaluated" (lexicon, `_JUDGING_ASSESSMENT`,
`SUBJECT_VERB_FILLERS`)."""

from .test_patterns import assert_statements


def test_office_after_an_opening_day_with_the_names_comma_left_out_is_the_subjects():
    assert_statements(
        "Today, the Speaker of the Assembly of Ostravia, Dorin Valek received the President of Marvesh, Ema Lind.\n\n"
        "The Speaker of the Assembly thanked President Lind for the support of her country.",
        [("Dorin Valek", "indirect", "The Speaker of the Assembly thanked President Lind for the support of her "
          "country.")])


def test_office_after_the_verb_of_an_opening_day_sentence_stays_the_guests():
    # guard: an opening day then a bare name as subject: the office in apposition after the verb stays the guest's
    assert_statements(
        "Today, Dorin Valek received the Speaker of the Assembly of Marvesh, Ema Lind, in Port Arlen.\n\n"
        "The Speaker of the Assembly thanked Valek for the support of his country.",
        [("Ema Lind", "indirect", "The Speaker of the Assembly thanked Valek for the support of his country.")])


def test_negatively_evaluated_is_a_judgement_voiced():
    # lexicon: "negatively" before an evaluation verb makes it speak, as "positively" does
    assert_statements(
        "Dorin Valek met Ema Lind in Port Arlen.\n\n"
        "In a statement, Valek negatively evaluated the decision of Marvesh to close the border.",
        [("Dorin Valek", "indirect", "In a statement, Valek negatively evaluated the decision of Marvesh to close the "
          "border.")])


def test_evaluated_with_no_adverb_stays_narrative():
    # guard: "evaluated the proposals", things looked at, no judgement told: no statement
    assert_statements(
        "Dorin Valek met Ema Lind in Port Arlen.\n\n"
        "Valek evaluated the proposals of Marvesh on the border.",
        [])
