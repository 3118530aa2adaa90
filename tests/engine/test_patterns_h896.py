"""Helper h896 (sixhundredseventysixth, Hainan's provincial and Sanya's city governments as their pages and others
print them): a briefing named by its noun after "gave" / "made" ("X gave a brief introduction of the economic
situation …", "X made a short introduction to the delegation …", lexicon `_AN_INTRODUCTION` in the "give" and "make"
entries of the speech-act phrases)."""

from .test_patterns import assert_statements


def test_gave_a_brief_introduction_of_is_a_briefing():
    assert_statements(
        "Mayor Tolvan Reski met the delegation from Ostria. Mayor Tolvan Reski gave a brief introduction of the "
        "economic situation and social development of Varno.",
        [("Tolvan Reski", "indirect", "Mayor Tolvan Reski gave a brief introduction of the economic situation and "
          "social development of Varno.")],
    )


def test_made_a_short_introduction_to_the_delegation_is_a_briefing():
    assert_statements(
        "Governor Ilse Marrow met the delegation from Ostria in Varno. Ilse Marrow made a short introduction to the "
        "delegation including the province's climate, ports and recent economic achievements.",
        [("Ilse Marrow", "indirect", "Ilse Marrow made a short introduction to the delegation including the province's "
          "climate, ports and recent economic achievements.")],
    )


def test_the_introduction_of_a_law_is_no_briefing():
    """Guard: "made the introduction of" an act, and "an introduction" with no preposition after it, say nothing."""
    assert_statements(
        "Governor Ilse Marrow made the introduction of the new port tariff a priority. Governor Ilse Marrow gave an "
        "introduction speech at the opening ceremony in Varno.",
        [],
    )


def test_made_his_introduction_to_a_minister_is_no_briefing():
    """Guard: an envoy presenting himself ("made his introduction to Prime Minister X") says nothing."""
    assert_statements(
        "High Commissioner Tolvan Reski made his introduction to Prime Minister Ilse Marrow before an audience with "
        "the Minister of Trade.",
        [],
    )
