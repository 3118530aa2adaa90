"""Patterns found by helper h600's set fourhundredfortysecond (an unbiased sample of White House readouts): one
person's standing pledge written with a plain copula, "X is committed to <doing> …", is that person's statement, as
"X remains committed to …" was; a pledge is a stance, which the release's next sentences do not go on telling.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_is_committed_to_is_one_persons_standing_pledge():
    """"President Venn is committed to lowering …": one person's standing pledge with "is", as with "remains"
    (before, only "remains"/"remained" were read as the copula of a pledge, and the sentence was no one's)."""
    body = (
        "Today, officials of the Norland Council convened state legislators to discuss the price of medicines.\n\n"
        "President Aldric Venn is committed to lowering the cost of medicines for families, which the Health Council "
        "estimates would save them $300 every year. State legislators shared their plans."
    )
    assert_statements(body, [
        ("Aldric Venn", "indirect", "President Aldric Venn is committed to lowering the cost of medicines for "
                                    "families, which the Health Council estimates would save them $300 every year."),
    ])


def test_is_committed_to_inside_a_report_does_not_cut_it():
    """Guard: "the government is committed to …", "the Republic is committed to …" after a speaker's "confirmed
    that …" or "a strong message:" are inside that speaker's words (a body or a country, no person, before "is"): the
    report stays whole."""
    body = (
        "Minister Tomas Hale met Governor Ilse Marrow in Corvana.\n\n"
        "The Minister confirmed that over the medium term, the government is committed to seeing debt falling.\n\n"
        "Governor Marrow welcomed the agreement and delivered a strong message: the Republic is committed to "
        "achieving a lasting peace."
    )
    assert_statements(body, [
        ("Tomas Hale", "indirect", "The Minister confirmed that over the medium term, the government is committed "
                                   "to seeing debt falling."),
        ("Ilse Marrow", "indirect", "Governor Marrow welcomed the agreement and delivered a strong message: the "
                                    "Republic is committed to achieving a lasting peace."),
    ])


def test_a_pledge_is_not_carried_on_by_the_release():
    """"President Venn is committed to taking on hidden fees … . These fees occur across industries …": the pledge
    is a stance, no words told; the next sentence is the release's own account of the fees, no one's."""
    body = (
        "Today, the Norland Council convened state legislators to discuss hidden fees.\n\n"
        "President Aldric Venn is committed to taking on hidden fees that companies add to customer bills. These "
        "fees occur across industries, from apartment rentals to concert tickets."
    )
    assert_statements(body, [
        ("Aldric Venn", "indirect", "President Aldric Venn is committed to taking on hidden fees that companies add "
                                    "to customer bills."),
    ])


def test_a_pledge_inside_a_report_leaves_the_report_going_on():
    """Guard: "Minister Hale noted that his country was committed to continuing …": the pledge is inside his
    report, not its opening subject's verb; his report's next sentence, his government's plan, goes on as before."""
    body = (
        "Prime Minister Ivo Brandt met Minister Tomas Hale of Norland.\n\n"
        "Minister Hale noted that his country was committed to continuing to support Tessland through the winter. "
        "The government will also provide Tessland with 24 cranes for demining."
    )
    assert_statements(body, [
        ("Tomas Hale", "indirect", "Minister Hale noted that his country was committed to continuing to support "
                                   "Tessland through the winter."),
        ("Tomas Hale", "indirect", "The government will also provide Tessland with 24 cranes for demining."),
    ])
