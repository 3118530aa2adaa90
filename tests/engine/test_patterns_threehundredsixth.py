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


def test_a_lone_surname_inverted_after_its_words_is_a_person():
    """"As a developing country …, Indonesia appears as a bridge between developing and developed countries, said
    Barroso during a joint press conference in Brussels with Mr Susilo Bambang Yudhoyono …" (three-hundred-sixth
    eu_commission yudhoyono): a surname named nowhere else in the readout, inverted after the words it said, is a
    person, as "said Mr X" is; the quotation later attributed to him ("…", stated Barroso.) is his too. Before,
    a lone capitalised word was nobody new and all three statements went unattributed."""
    body = ("As a country that has set high targets, Osterland appears as a bridge between north and south, said "
            "Varnholt during a press conference in Tesla with Mr Olaf Brenn, the president of Osterland. "
            "\"How are we going to look on Friday? It is unthinkable\", stated Varnholt. "
            "Trade was also on the agenda of the two leaders.")
    assert_statements(body, [
        ("Varnholt", "indirect", "As a country that has set high targets, Osterland appears as a bridge between north "
                                 "and south, said Varnholt during a press conference in Tesla with Mr Olaf Brenn, the "
                                 "president of Osterland."),
        ("Varnholt", "direct", "How are we going to look on Friday? It is unthinkable"),
    ])


def test_an_acronym_inverted_after_words_is_no_person():
    """The guard: "…, said NATO." names an alliance in capitals, no person: the words stay unattributed."""
    body = "The Osterland talks will resume next week, said NATO in a statement."
    assert_statements(body, [])


def test_a_statement_by_a_name_and_office_with_no_comma_is_the_named_hosts():
    """"Statement by Herman Van Rompuy President of the European Council following his meeting with Antonis Samaras …" /
    "I met today with Mr Antonis Samaras …" (three-hundred-sixth eu_council samaras_nd, a re-publisher's copy that
    dropped the link icon between name and office): the name's last word before the office is no country; the name
    is the title's host and the first-person body his statement, one direct statement a paragraph. Before, the
    title read "Rompuy President of the European Council" as an office and named no host."""
    title = "Statement by Ilse Van Marten President of the Varnian Council following her meeting with Olaf Brenn"
    body = ("I met today with Mr Olaf Brenn. We discussed the economic situation in Osterland.\n\n"
            "I underlined the need for Osterland to continue its reforms.")
    assert_statements(body, [
        ("Ilse Van Marten", "direct", "I met today with Mr Olaf Brenn. We discussed the economic situation in Osterland."),
        ("Ilse Van Marten", "direct", "I underlined the need for Osterland to continue its reforms."),
    ], title=title)


def test_a_statement_by_a_countrys_office_gives_no_named_host():
    """The guard: "Statement by the Varnian President following …" names an office, no person before it; the
    first-person body stays unattributed by the title."""
    title = "Statement by the Varnian President following his meeting with Olaf Brenn"
    body = "I met today with Mr Olaf Brenn. We discussed the economic situation in Osterland."
    assert_statements(body, [], title=title)
