"""Helper h972 (sevenhundredthirtyfifth, the Assembly of North Macedonia, Sobranie, as its own pages and outlets print
it): a confirming back-reference, "X will remain Speaker …" / "This was confirmed by Y at a press conference …", the
sentence before Y's (statements `_SAID_BY`)."""

from .test_patterns import assert_statements


def test_this_was_confirmed_by_gives_the_sentence_before_to_the_agent():
    assert_statements(
        "Mira Tollen will remain Speaker of the Ostravian Parliament in the new composition.\n\n"
        "This was confirmed by the Prime Minister-designate and party leader Dorin Valek at a press conference "
        "following Tuesday’s meeting with Anton Brell.\n\n"
        "“We agreed that Mira Tollen remains Speaker,” Valek said.",
        [("Dorin Valek", "indirect", "Mira Tollen will remain Speaker of the Ostravian Parliament in the new "
          "composition."),
         ("Dorin Valek", "direct", "We agreed that Mira Tollen remains Speaker")])


def test_a_fact_confirmed_by_a_person_in_the_sentence_itself_is_no_back_reference():
    # guard: "The date was confirmed by X …" names no words before (its subject a thing, not "This"): the sentence
    # before stays the page's, the passive with its agent his own
    assert_statements(
        "Vellora and Ostravia signed a fisheries treaty in 2019.\n\n"
        "The date was confirmed by Prime Minister Dorin Valek at the summit.",
        [("Dorin Valek", "indirect", "The date was confirmed by Prime Minister Dorin Valek at the summit.")])
