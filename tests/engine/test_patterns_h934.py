"""Helper h934 (sevenhundredsixth, the Prime Minister's Office of Papua New Guinea as Loop PNG, FBC News and Fijilive
print it): "extended his deepest empathy to …" is sympathy voiced, as "extended his deepest sympathy" (lexicon, the
complement of "extended"); "X said this on Tuesday, when commenting on the visit by …" says only when the words were
told, "commenting", "speaking", "addressing" … right after "when" / "while" naming the occasion as "during a briefing"
does (carrying_on `_SPEAKING_AS_OCCASION` in `_has_cue_word` with `event_nouns`); not "while stressing that …"."""

from .test_patterns import assert_statements


def test_extended_his_deepest_empathy_is_sympathy_voiced():
    assert_statements(
        "Prime Minister Tomas Ralen welcomed the new envoy of Verdany, Ilse Brandt.\n\n"
        "Ralen further extended his deepest empathy to those who have lost their homes in the floods.",
        [("Tomas Ralen", "indirect", "Prime Minister Tomas Ralen welcomed the new envoy of Verdany, Ilse Brandt."),
         ("Tomas Ralen", "indirect",
          "Ralen further extended his deepest empathy to those who have lost their homes in the floods.")],
    )


def test_extended_a_helping_hand_is_no_speech():
    # guard: "extended" with no word of feeling or greeting after it stays an act
    assert_statements(
        "Prime Minister Tomas Ralen welcomed the new envoy of Verdany, Ilse Brandt.\n\n"
        "Ralen further extended the runway of the airport at Kessa to take larger aircraft.",
        [("Tomas Ralen", "indirect", "Prime Minister Tomas Ralen welcomed the new envoy of Verdany, Ilse Brandt.")],
    )


def test_said_this_when_commenting_on_says_only_when():
    assert_statements(
        "Prime Minister Tomas Ralen said this on Tuesday, March 3, when commenting on the recent visit by the "
        "Verdanian Chancellor, Ilse Brandt.\n\n"
        "“We do not want the moment of the visit to be wasted,” Ralen said.",
        [("Tomas Ralen", "direct", "We do not want the moment of the visit to be wasted")],
    )


def test_said_this_while_stressing_that_still_says_something():
    # guard: a participle that tells more than the occasion keeps the sentence a statement
    assert_statements(
        "Prime Minister Tomas Ralen said this on Tuesday while stressing that the border must stay open.\n\n"
        "“We do not want the moment of the visit to be wasted,” Ralen said.",
        [("Tomas Ralen", "indirect",
          "Prime Minister Tomas Ralen said this on Tuesday while stressing that the border must stay open."),
         ("Tomas Ralen", "direct", "We do not want the moment of the visit to be wasted")],
    )
