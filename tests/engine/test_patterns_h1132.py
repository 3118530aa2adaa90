"""Helper h1132 (eighthundredsixtythird, the Premiers of Gauteng and the Eastern Cape and those who speak at their
meetings): a quotation's tag that names its speaker after a lower-case possessor's office ("“…,” the premier’s
spokesman, X, said.") was not read as the tag: the phrase reader opens no phrase at "the premier’s" in lower case, so the
quotation went to a name inside it and the tag became a statement of its own. Invented readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_OPENING = "Northern Vale premier Tomas Ardel met the newly appointed Ostrian ambassador Kiro Venn yesterday."
_QUOTED = "The visit is a courtesy call, and the meeting also took stock of cooperation between the two countries"


def test_the_holder_after_a_lower_case_possessors_office_set_off_by_commas_speaks():
    """"“…,” the premier’s spokesman, Lalo Nesh, said.": the quotation is the spokesman's; the tag is no statement."""
    body = "\n\n".join([_OPENING, "“" + _QUOTED + ",” the premier’s spokesman, Lalo Nesh, said."])
    assert_statements(body, [("Lalo Nesh", "direct", _QUOTED)], title="Premier boosts ties with Ostria")


def test_the_holder_after_a_lower_case_possessors_office_without_commas_speaks():
    """The same without the commas, and with a straight apostrophe: "the minister's chief adviser Lalo Nesh said"."""
    body = "\n\n".join([_OPENING, "“" + _QUOTED + ",” the minister's chief adviser Lalo Nesh said."])
    assert_statements(body, [("Lalo Nesh", "direct", _QUOTED)], title="Premier boosts ties with Ostria")


def test_a_lower_case_possessors_office_with_no_name_is_still_read_back_from_the_verb():
    """The guard, the near shape an earlier rule reads (hard83): "“…,” the firm’s chief said." with no name after the
    office: the quotation is still the description's, the tag no statement of its own."""
    body = "\n\n".join([_OPENING, "“" + _QUOTED + ",” the firm’s chief said."])
    result = run(body, title="Premier boosts ties with Ostria")
    assert [(s.kind, s.text) for s in result.statements if s.text.startswith(("The visit", "“The visit", "the firm"))] \
        == [("direct", _QUOTED)]


def test_a_name_left_open_after_the_office_comma_is_not_taken_for_the_holder():
    """The guard of the comma: "the premier’s spokesman, Lalo Nesh and the envoy said" opens the name with a comma and
    never closes it: no holder is read (the quotation is not given to Lalo Nesh alone)."""
    body = "\n\n".join([_OPENING, "“" + _QUOTED + ",” the premier’s spokesman, Lalo Nesh and the envoy said."])
    result = run(body, title="Premier boosts ties with Ostria")
    assert not any(s.kind == "direct" and s.speaker == "Lalo Nesh" for s in result.statements)
