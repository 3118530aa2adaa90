"""Rules from the six-hundred-fourteenth held-out set (two national news agencies' English wires, ANTARA and Bernama):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_relative_clause_with_no_commas_before_the_verb_is_the_openers():
    """"Muhyiddin who received a telephone call from the Qatari Emir said Sheikh Tamim followed …": a relative clause
    after the name with neither its opening nor its closing comma, ending in a capitalised title; the verb after it is
    the name's, not the title's. Before, the report was given to the caller."""
    body = ("Prime Minister Ivo Marr spoke with the Emir of Tarvia Sheikh Lorn Osk today.\n\n"
            "Marr who received a telephone call from the Tarvian Emir said Sheikh Lorn praised the measures taken by "
            "Kastravia.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Marr who received a telephone call from the Tarvian Emir said Sheikh Lorn praised the measures taken by "
         "Kastravia."),
    ])


def test_said_in_the_meeting_then_anothers_clause_is_the_speakers_report():
    """"Anwar said in the meeting, Ma’ruf also touched on the issue of …": a phrase on the meeting set off by a comma
    after "said", then the other's clause with its own speech verb: what the speaker reported of the other, all of it
    his, as "said that in the meeting, Y …" is. Before, the sentence was the other's."""
    body = ("Prime Minister Ivo Marr received a courtesy call from the Vice President of Tarvia, Dr Lena Osk.\n\n"
            "Marr said in the meeting, Osk also touched on the issue of the border crossings.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Marr said in the meeting, Osk also touched on the issue of the border crossings."),
    ])


def test_an_office_whose_portfolios_are_a_list_set_off_after_the_name():
    """"Bey Machmudin, the deputy for protocol, press, and media to the presidential secretariat, said …": the office
    set off after the name holds a list of its portfolios with commas of its own; the name is still the subject.
    Before, the list was read as a group and the sentence given to no one."""
    body = ("President Ivo Marr will meet Prime Minister Lena Osk on Wednesday.\n\n"
            "Tom Brask, the deputy for protocol, press, and media to the presidential secretariat, said the President "
            "will discuss four issues.")
    assert_statements(body, [
        ("Tom Brask", "indirect",
         "Tom Brask, the deputy for protocol, press, and media to the presidential secretariat, said the President "
         "will discuss four issues."),
    ])


def test_a_quotations_tag_with_a_new_name_and_its_office_set_off():
    """"“…,” Bey Machmudin, the deputy for protocol, …, noted.": after a quotation, a name new to the readout, then
    its office after "the" set off by commas, then the verb: the name speaks. Before, the quotation went to the
    person named before it."""
    body = ("Prime Minister Lena Osk will meet the delegation on Wednesday.\n\n"
            "\u201cThey will discuss four issues including trade and security,\u201d Tom Brask, the spokesman, said.")
    assert_statements(body, [
        ("Tom Brask", "direct", "They will discuss four issues including trade and security"),
    ])


def test_a_pair_after_a_place_and_its_colon_is_no_ones():
    """"KUALA LUMPUR: Foreign Minister X and his Indonesian counterpart, Y have reaffirmed …": a paper's place in
    capitals and its colon before a pair joined by "and" whose second is set off by a comma: the pair speaks together,
    as with no place before it. Before, the second was read as the subject."""
    body = ("VARNIK: Foreign Minister Ivo Marr and his Tarvian counterpart, Lena Osk have reaffirmed the excellent "
            "relations between the two countries.")
    assert_statements(body, [])


def test_citing_that_after_a_quotations_tag_goes_on_with_the_report():
    """"“…,” Toshimitsu noted, citing that this month, Japan’s government will establish …": "citing that" after the
    tag tells more of what the speaker said, as "adding that" does. Before, it was no one's."""
    body = ("Foreign Minister Lena Osk met her Tarvian counterpart Ivo Marr in Varnik.\n\n"
            "\u201cWe share a serious concern over the situation at sea,\u201d Marr noted, citing that this month, his "
            "government will sign a partnership with the coast guard.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "We share a serious concern over the situation at sea"),
        ("Ivo Marr", "indirect",
         "citing that this month, his government will sign a partnership with the coast guard."),
    ])


def test_citing_figures_is_no_report():
    """The guard: "citing" with no "that" ("citing figures …") opens no report of its own."""
    body = ("Foreign Minister Lena Osk met her Tarvian counterpart Ivo Marr in Varnik.\n\n"
            "\u201cTrade between our countries has doubled in five years,\u201d Marr noted, citing figures from the "
            "customs office.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Trade between our countries has doubled in five years"),
    ])


def test_an_opener_then_a_subject_and_a_meeting_phrase_before_the_verb():
    """"Meanwhile Minister Yang during the Friday meeting expressed …": a sentence's opener (with or without its
    comma), the subject, then "during the … meeting" with no commas before the verb: the subject speaks. Before,
    the meeting was read as the subject."""
    body = ("Foreign Minister Lena Osk met her Tarvian counterpart Ivo Marr on Friday.\n\n"
            "Meanwhile Minister Marr during the Friday meeting expressed his country's commitment to the treaty.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Meanwhile Minister Marr during the Friday meeting expressed his country's commitment to the treaty."),
    ])


def test_a_name_with_a_weekday_set_off_is_the_subject_for_a_later_he():
    """"Coordinating Minister for Political and Security Affairs Budi Gunawan, on Thursday, participated in …" then
    "“…,” he remarked.": the weekday set off by commas between the name and its verb does not leave the name a weak
    one (a name no list knows, as "Budi Gunawan"); he acts, so the "he" after is him. Before, the quotation was no
    one's."""
    body = ("Kastravian Coordinating Minister for Political and Security Affairs Aru Walansi, on Thursday, participated "
            "in the ceremony in Varnik.\n\n"
            "\u201cAt the instruction of President Ivo Marr, my delegation and I have represented Kastravia,\u201d he "
            "remarked.")
    assert_statements(body, [
        ("Aru Walansi", "direct",
         "At the instruction of President Ivo Marr, my delegation and I have represented Kastravia"),
    ])


def test_an_undated_agencys_dateline_is_no_part_of_the_sentence():
    """"Jakarta (ANTARA) - Indonesian Coordinating Minister for … Affairs Budi Gunawan, on Thursday, participated …"
    then "“…,” he remarked.": a place and a news agency's name in brackets, no date, then a dash, is a wire's dateline
    (as "Place, date (AGENCY) - " already was), so the name opens the sentence after it and the "he" is him. Before,
    the dateline was read as the sentence's start and the name stood too far into it."""
    body = ("Varnik (KNA) - Kastravian Coordinating Minister for Political and Security Affairs Aru Walansi, on "
            "Thursday, participated in the ceremony in Tarvik.\n\n"
            "\u201cAt the instruction of President Ivo Marr, my delegation and I have represented Kastravia,\u201d he "
            "remarked.")
    assert_statements(body, [
        ("Aru Walansi", "direct",
         "At the instruction of President Ivo Marr, my delegation and I have represented Kastravia"),
    ])


def test_an_undated_agencys_dateline_is_left_out_of_a_report():
    """The same dateline before one person's report: the statement starts after it."""
    body = "Varnik (KNA) - Foreign Minister Aru Walansi said the talks with Tarvia had been useful."
    assert_statements(body, [
        ("Aru Walansi", "indirect", "Foreign Minister Aru Walansi said the talks with Tarvia had been useful."),
    ])
