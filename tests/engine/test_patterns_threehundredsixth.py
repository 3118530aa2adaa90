"""Rules from the three-hundred-sixth held-out set (readouts of the EU institutions, 2009-2015):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_by_an_office_in_two_parts_joined_by_a_slash_are_the_named_hosts():
    """"Remarks by High Representative/Vice-President Federica Mogherini upon arrival at the Foreign Affairs Council" /
    "Exactly two months ago, …" (three-hundred-sixth eu_eeas fac_arrival): the office written in two parts joined
    by a slash before the name; the body is the named person's remarks, one direct statement a paragraph, as under
    "Remarks by President X …". Before, the slash cut the office from the name and nothing was given."""
    title = "Remarks by High Representative/Vice-President Tilda Varn upon arrival at the Council of Ministers"
    body = ("Good morning. Today we will discuss the situation in Osterland.\n\n"
            "We will also have a meeting with the Secretary General of the Union of Varnia.")
    assert_statements(body, [
        ("Tilda Varn", "direct", "Good morning. Today we will discuss the situation in Osterland."),
        ("Tilda Varn", "direct", "We will also have a meeting with the Secretary General of the Union of Varnia."),
    ], title=title)


def test_a_slashed_office_before_a_pair_gives_no_host():
    """The guard: "Remarks by High Representative/Vice-President X and Minister Y …" names two people; the
    paragraphs stay unattributed, as under "Remarks by X and Y"."""
    title = "Remarks by High Representative/Vice-President Tilda Varn and Minister Olaf Brenn after their meeting"
    body = "Good morning. Today we discussed the situation in Osterland."
    assert_statements(body, [], title=title)
