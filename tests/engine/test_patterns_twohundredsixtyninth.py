"""Patterns from the two-hundred-sixty-ninth held-out set (UK Government readouts): invented people and countries."""
from .test_patterns import assert_statements


def test_an_unnamed_foreign_secretary_is_the_publishing_office_holder():
    """two-hundred-sixty-ninth barak: "Speaking after the meeting the Foreign Secretary said: “I had a useful and
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


def test_an_unnamed_secretary_of_state_is_the_office_holder_not_the_last_named_minister():
    """two-hundred-sixty-ninth business_summit: "… met Danny Alexander at the Scotland Office … The Scotland Office
    Minister David Mundell also attended the meeting. … The Secretary of State said the new coalition government
    would listen closely … The Secretary of State said: “I am keen to listen …”": no one is titled Secretary of
    State, so "the Secretary of State" is the office's holder, not the junior minister named last."""
    assert_statements(
        "Secretary of State holds first Business Summit\n\n"
        "Business leaders met Orvan Tesk at the Kaldor Office. The Kaldor Office Minister Arlen Voss also attended.\n\n"
        "The Secretary of State said the government would listen closely to business.\n\n"
        "The Secretary of State said:\n\n"
        "“I am keen to listen to business and to work hand in hand with them.”\n",
        [("The Secretary Of State", "indirect",
          "The Secretary of State said the government would listen closely to business."),
         ("The Secretary Of State", "direct", "I am keen to listen to business and to work hand in hand with them.")])


def test_unnamed_secretary_of_state_guard_a_titled_holder_keeps_the_words():
    """The guard: "Secretary of State Arlen Voss … The Secretary of State stressed …" is Arlen Voss."""
    assert_statements(
        "Secretary of State Arlen Voss met Kaldorian Foreign Minister Orvan Tesk in Washington.\n\n"
        "The Secretary of State stressed the importance of the border talks.\n",
        [("Arlen Voss", "indirect", "The Secretary of State stressed the importance of the border talks.")])
