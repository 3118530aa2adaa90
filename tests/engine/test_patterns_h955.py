"""Helper h955 (hard75, several speakers in one sentence or one list): a gapped verb after a semicolon, the verb of the
clause before it left out ("Minister X spoke of the dam treaty; Minister Y, of the ferry; and Minister Z, of the
railway", "The Minister said that …; the Ambassador, that …"): each name's clause is that person's statement
(reported_speech `_gapped_cues`, `_GAPPED_VERB_AFTER`)."""

from .test_patterns import assert_statements

MEETING = ("On 3 May, the Foreign Minister of Ulvany, Mr. Petran Oskeby, hosted his counterparts from Brisk and Talloway,"
           " Ms. Odile Kranvik and Mr. Sefu Marrowen, in Pelthorn.")


def test_three_speakers_with_the_verb_left_out_after_semicolons():
    assert_statements(
        MEETING + "\n\nOpening the talks, Minister Oskeby spoke of the dam treaty; Minister Kranvik, of the ferry"
        " between the two ports; and Minister Marrowen, of the new railway.",
        [("Petran Oskeby", "indirect", "Opening the talks, Minister Oskeby spoke of the dam treaty"),
         ("Odile Kranvik", "indirect", "Minister Kranvik, of the ferry between the two ports"),
         ("Sefu Marrowen", "indirect", "Minister Marrowen, of the new railway.")])


def test_a_that_clause_with_the_verb_left_out():
    assert_statements(
        "On 9 June, the Minister of Foreign Affairs of Brisk, Ms. Odile Kranvik, received the new Ambassador of"
        " Talloway, Mr. Sefu Marrowen.\n\nThe Minister said that relations had never been closer; the Ambassador,"
        " that his country counted on Brisk's support in the council.",
        [("Odile Kranvik", "indirect", "The Minister said that relations had never been closer"),
         ("Sefu Marrowen", "indirect", "the Ambassador, that his country counted on Brisk's support in the council.")])


def test_a_semicolon_with_no_speaker_after_it_changes_nothing():
    # guard: a list of things after the semicolon, no person's name and comma before "of"
    assert_statements(
        MEETING + "\n\nMinister Oskeby spoke of the dam treaty; the ferry, of course, came up as well.",
        [("Petran Oskeby", "indirect", "Minister Oskeby spoke of the dam treaty; the ferry, of course, came up as well.")])
