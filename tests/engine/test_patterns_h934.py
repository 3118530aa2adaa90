"""Helper h934 (sevenhundredsixth, the Prime Minister's Office of Papua New Guinea as Loop PNG, FBC News and Fijilive
print it): "extended his deepest empathy to …" is sympathy voiced, as "extended his deepest sympathy" (lexicon, the
complement of "extended")."""

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

