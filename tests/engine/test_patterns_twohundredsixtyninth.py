"""Patterns from the two-hundred-sixty-ninth held-out set (UK Government readouts): invented people and countries."""
from .test_patterns import assert_statements


def test_an_unnamed_foreign_secretary_is_the_publishing_office_holder():
    """twohundredsixtyninth barak: "Speaking after the meeting the Foreign Secretary said: “I had a useful and
    constructive meeting with Defence Minister Barak today. …”": a readout that never names its Foreign
    Secretary still has one, as it has a Prime Minister; "the Home Secretary also raised issues of …" too."""
    assert_statements(
        "Foreign Secretary meets with Kaldorian Defence Minister Orvan Tesk\n\n"
        "Speaking after the meeting, the Foreign Secretary said:\n\n"
        "“I had a useful meeting with Defence Minister Tesk today. We will work with our partners on the border.”\n",
        [("The Foreign Secretary", "direct",
          "I had a useful meeting with Defence Minister Tesk today. We will work with our partners on the border.")])
    assert_statements(
        "Joint Statement from the Home Secretary and the Kaldorian Interior Minister\n\n"
        "Both ministers agreed to strengthen cooperation. "
        "The Home Secretary also raised issues of wider migration challenges across the region.\n",
        [("The Home Secretary", "indirect",
          "The Home Secretary also raised issues of wider migration challenges across the region.")])


def test_unnamed_foreign_secretary_guard_a_named_holder_keeps_the_words():
    """The guard: where the readout names its Foreign Secretary, "the Foreign Secretary" is that person."""
    assert_statements(
        "Foreign Secretary Arlen Voss met Kaldorian Foreign Minister Orvan Tesk in London.\n\n"
        "The Foreign Secretary stressed the importance of the border talks.\n",
        [("Arlen Voss", "indirect", "The Foreign Secretary stressed the importance of the border talks.")])
