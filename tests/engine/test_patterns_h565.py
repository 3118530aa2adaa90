"""Readings the forty-seventh hard set (two or three men, then a description: who "the former", "the latter",
"the Sudravian minister", "the Chancellor's answer" and a split quotation's second half are) showed the engine missing:
a narrative verb and an adverb before "and" and a speech verb ("spoke first and reported"), a sentence opening on
"Of his two guests,", names set off in a list of counterparts by country, a possessed answer to a question on a
matter, a quotation's tag with a manner ("said, smiling,").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TRILATERAL_OPENING = ("On 2 May, Foreign Minister Dorian Kelst hosted in Varnow his counterparts from Ostreland, Bertil "
                      "Haglund, and Merovia, Lucian Petrescan, for the second meeting of the Amber Coast format.\n\n"
                      "In his opening words, Minister Kelst recalled that the format had been launched in Varnow.\n\n")


def test_a_speech_verb_after_a_narrative_verb_an_adverb_and_and_is_the_subjects():
    """"Of his two guests, the former spoke first and reported that …" (hard47 lirania): "first" closes the clause of
    "spoke"; the verb after "and" is the subject's second verb, as in "arrived early and said"."""
    reported = "Minister Kelst spoke first and reported that the survey of the coast had been completed."
    body = TRILATERAL_OPENING + reported + "\n"
    assert_statements(body, [
        ("Dorian Kelst", "indirect", "In his opening words, Minister Kelst recalled that the format had been launched "
                                     "in Varnow."),
        ("Dorian Kelst", "indirect", reported),
    ])


def test_two_fillers_joined_by_and_before_the_verb_stay_fillers():
    """Guard: "Minister Kelst has repeatedly and firmly said that …": "and" between two adverbs, the subject before
    them."""
    reported = "Minister Kelst has repeatedly and firmly said that the survey of the coast had been completed."
    body = TRILATERAL_OPENING + reported + "\n"
    assert_statements(body, [
        ("Dorian Kelst", "indirect", "In his opening words, Minister Kelst recalled that the format had been launched "
                                     "in Varnow."),
        ("Dorian Kelst", "indirect", reported),
    ])


def test_of_his_two_guests_the_former_and_the_latter_are_the_pair_named_together():
    """"… hosted … his counterparts from Hjeldmark, X, and Sudravia, Y, … [the host's paragraph] Of his two guests,
    the former spoke first and reported …. The latter questioned … and asked …" (hard47 lirania): the names set off
    after each country are people; "Of his two guests," names the pair named together (not the host, named last), and
    "The latter" in the next sentence means the same pair's second."""
    former = ("Of his two guests, the former spoke first and reported that Ostreland had completed the survey of the "
              "coast.")
    latter = "The latter questioned the survey's figures and asked for an independent review."
    body = TRILATERAL_OPENING + former + " " + latter + "\n"
    assert_statements(body, [
        ("Dorian Kelst", "indirect", "In his opening words, Minister Kelst recalled that the format had been launched "
                                     "in Varnow."),
        ("Bertil Haglund", "indirect", former),
        ("Lucian Petrescan", "indirect", latter),
    ])


def test_a_counterpart_listed_by_country_holds_that_country_and_the_office():
    """"… his counterparts from Hjeldmark, X, and Sudravia, Y, … The Sudravian minister supported the idea, while his
    Hjeldmark colleague said …" (hard47 lirania): each listed counterpart holds the country written before him and the
    office of the one whose counterparts they are."""
    supported = "The Merovian minister supported the idea,"
    colleague = "while his Ostreland colleague said that his government would need to consult its fishermen first."
    body = TRILATERAL_OPENING + "Minister Kelst suggested an independent review. " + supported + " " + colleague + "\n"
    assert_statements(body, [
        ("Dorian Kelst", "indirect", "In his opening words, Minister Kelst recalled that the format had been launched "
                                     "in Varnow."),
        ("Dorian Kelst", "indirect", "Minister Kelst suggested an independent review."),
        ("Lucian Petrescan", "indirect", supported),
        ("Bertil Haglund", "indirect", colleague),
    ])


def test_the_latter_after_two_named_close_before_is_unchanged():
    """Guard: with no "Of his two …" sentence, "The latter" is the last of the two people named just before, as
    before ("X met with Y. The latter …")."""
    body = ("President Arvo Lindt met with Prime Minister Teodric Sallan of Ostreland in Varnow.\n\n"
            "The latter thanked for the invitation and said that Ostreland was ready to sign the agreement.\n")
    assert_statements(body, [
        ("Teodric Sallan", "indirect", "The latter thanked for the invitation and said that Ostreland was ready to "
                                       "sign the agreement."),
    ])


CHANCELLOR_OPENING = "President Edric Maunsell met today with Chancellor Hallvard Brisk of Ostreland.\n\n"


def test_a_possessed_answer_to_a_question_on_a_matter_is_the_possessors():
    """"The Chancellor’s answer to the President’s question on the Kettlemark pipeline was that his government would not
    approve …" (hard47 ashbury): the matter of the question after the one answered, then "was that": the Chancellor's
    statement, as "X's reply to the President was that"."""
    answer = ("The Chancellor’s answer to the President’s question on the Tessel gas pipeline was that his government "
              "would not approve the project this year.")
    assert_statements(CHANCELLOR_OPENING + answer + "\n", [
        ("Hallvard Brisk", "indirect", answer),
    ])


def test_a_possessed_question_adopted_stays_narrative():
    """Guard: "The Chancellor’s answer to the President’s question on the pipeline was welcomed." says nothing of the
    answer's content: no statement."""
    body = CHANCELLOR_OPENING + ("The Chancellor’s answer to the President’s question on the Tessel gas pipeline was "
                                 "welcomed by both delegations.\n")
    assert_statements(body, [])


VELD_OPENING = "Yaromir Tesk met with President of Ostreland Hallvard Brisk.\n\n"


def test_a_quotation_resumed_after_a_tag_with_a_manner_is_the_taggeds():
    """"“I know my guest prefers to talk about grain,” the head of state said, smiling, “so let us start with grain.”"
    (hard47 velhara): how he said it ("smiling", "with a laugh") after the tag's verb, as "after a pause": the resumed
    half his too."""
    for manner in (", smiling,", " with a laugh,", ", laughing,"):
        body = VELD_OPENING + ("“I know my guest prefers to talk about grain,” the head of state said" + manner
                               + " “so let us start with grain.”\n")
        assert_statements(body, [
            ("Yaromir Tesk", "direct", "I know my guest prefers to talk about grain"),
            ("Yaromir Tesk", "direct", "so let us start with grain."),
        ])


def test_a_quotation_resumed_after_a_plain_tag_is_unchanged():
    """Guard: "“…,” the head of state said, “…”" as before, both halves his."""
    body = VELD_OPENING + "“I know my guest prefers to talk about grain,” the head of state said, “so let us start.”\n"
    assert_statements(body, [
        ("Yaromir Tesk", "direct", "I know my guest prefers to talk about grain"),
        ("Yaromir Tesk", "direct", "so let us start."),
    ])
