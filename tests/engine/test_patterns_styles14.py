"""Readings of the fourteenth styles set (benchmarks/styles14): invented readouts in the house styles of small
territories, sub-national governments and regional secretariats no earlier set imitated (a Gibraltar-style HM
Government, a Jersey-style Government, an Indian state's CMO, a Malaysian state, a Canadian province, a Bermuda-style
Cabinet Office, an OECS-style Commission, a German Land's State Chancellery …).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_cm_is_the_chief_minister():
    """"The CM informed that …" (fourteenth styles varunpradesh_cmo: an Indian state's releases): the initials are the
    Chief Minister's office, as "the SG" is the Secretary-General's."""
    body = (
        "Varunagar, May 3: Hon'ble Chief Minister Shri Ramesh Kadam today met a delegation from Oltaria led by "
        "Mr. Pavel Dronik at the Secretariat.\n\n"
        "Mr. Dronik conveyed that Oltarian firms wished to invest in the State.\n\n"
        "The CM informed that land had been set aside for foreign investors."
    )
    assert_statements(body, [
        ("Pavel Dronik", "indirect", "Mr. Dronik conveyed that Oltarian firms wished to invest in the State."),
        ("Ramesh Kadam", "indirect", "The CM informed that land had been set aside for foreign investors."),
    ], title="CM meets delegation from Oltaria")


def test_honours_letters_after_a_name_leave_the_office_before_it_his():
    """"The Chief Minister, the Hon Fabian Carreras KC MP, today received …" (fourteenth styles kelport_hmgov): "KC"
    is no part of the name and "MP" after it no office that hides "the Chief Minister" before it."""
    body = (
        "The Chief Minister, the Hon Tomas Ferrary KC MP, today received the Minister for Europe of Vastria, "
        "Mr Olaf Brenning, at Convent Place.\n\n"
        "The Chief Minister briefed Mr Brenning on the negotiations and explained that the text would be settled soon."
    )
    assert_statements(body, [
        ("Tomas Ferrary", "indirect", "The Chief Minister briefed Mr Brenning on the negotiations and explained that "
         "the text would be settled soon."),
    ], title="Chief Minister meets Vastrian Minister")


def test_a_member_after_a_place_and_a_comma_takes_no_office():
    """Guard: "In Lurn, the Hon Anton Vesk MP thanked …" after "Chief Minister Ida Morn …": no office is read
    before the comma, so "The Chief Minister said …" stays Morn's."""
    body = (
        "Chief Minister Ida Morn today hosted a delegation from Tarsel at Convent Place.\n\n"
        "In Lurn, the Hon Anton Vesk MP thanked the Chief Minister for her hospitality.\n\n"
        "The Chief Minister said that Tarsel was a valued partner."
    )
    assert_statements(body, [
        ("Anton Vesk", "indirect", "In Lurn, the Hon Anton Vesk MP thanked the Chief Minister for her hospitality."),
        ("Ida Morn", "indirect", "The Chief Minister said that Tarsel was a valued partner."),
    ], title="Chief Minister hosts delegation from Tarsel")


def test_a_quotation_signed_on_the_dash_line_below_is_the_signers():
    """"Quotes: / “…” / – X, Premier of Tamsin / “…” / – Y, Minister of Jobs, Trade and Growth, and MLA for …"
    (fourteenth styles tamsin_province: a Canadian province's release): each quotation is the signer's below it,
    not the last speaker's carried on, and a signer's office may hold commas."""
    body = (
        "Premier Lorraine Akiwenzie met today with Ambassador Maja Oskarsen of Eskadia.\n\n"
        "Ambassador Oskarsen noted that Eskadian firms are looking for partners overseas.\n\n"
        "Quotes:\n\n"
        "“Eskadia is a natural partner for Tamsin.”\n\n"
        "– Lorraine Akiwenzie, Premier of Tamsin\n\n"
        "“Trade has doubled in five years.”\n\n"
        "– Ravi Thandi, Minister of Jobs, Trade and Growth, and MLA for Halbridge-Centre"
    )
    assert_statements(body, [
        ("Maja Oskarsen", "indirect", "Ambassador Oskarsen noted that Eskadian firms are looking for partners overseas."),
        ("Lorraine Akiwenzie", "direct", "Eskadia is a natural partner for Tamsin."),
        ("Ravi Thandi", "direct", "Trade has doubled in five years."),
    ], title="Premier welcomes Ambassador of Eskadia")


def test_a_dash_line_that_is_a_sentence_signs_nothing():
    """Guard: "“…,” the Premier said. / – The Premier then toured the port." is no signature: the quotation stays
    the Premier's, and a quotation given by its cue is not taken by a dash line below."""
    body = (
        "Premier Lorraine Akiwenzie met today with Ambassador Maja Oskarsen of Eskadia.\n\n"
        "“Eskadia is a natural partner for Tamsin,” the Premier said.\n\n"
        "– Maja Oskarsen, Ambassador of Eskadia"
    )
    assert_statements(body, [
        ("Lorraine Akiwenzie", "direct", "Eskadia is a natural partner for Tamsin,"),
    ], title="Premier welcomes Ambassador of Eskadia")


def test_two_offices_joined_by_and_and_letters_after_commas():
    """"The Premier and Minister of Finance, the Hon. X, JP, MP, and His Excellency the Governor, Mr. Y, CMG, today
    received …" (fourteenth styles bermont_cabinet): both offices before the comma are X's, and the letters after
    each name's comma are no list going on, so "The Premier …" is X's and "His Excellency the Governor …" Y's."""
    body = (
        "The Premier and Minister of Finance, the Hon. David Outerbridge, JP, MP, and His Excellency the Governor, "
        "Mr. Andrew Pelham, CMG, today received a delegation led by Senator Claire Duvivier-Roche.\n\n"
        "The Premier welcomed the delegation and spoke about the economy.\n\n"
        "His Excellency the Governor said that the ties were old."
    )
    assert_statements(body, [
        ("David Outerbridge", "indirect", "The Premier welcomed the delegation and spoke about the economy."),
        ("Andrew Pelham", "indirect", "His Excellency the Governor said that the ties were old."),
    ], title="Premier and Governor receive delegation")


def test_an_office_and_a_name_joined_by_and_are_two_people():
    """Guard: "The Premier and Minister Ida Morn, …" names two people: the office "Premier" is not Morn's, so "The
    Premier said …" is not hers."""
    body = (
        "Premier Lars Veng received a delegation from Ardenne.\n\n"
        "The Premier and Minister Ida Morn, the host of the talks, later toured the port.\n\n"
        "The Premier said that the ties were old."
    )
    assert_statements(body, [
        ("Lars Veng", "indirect", "The Premier said that the ties were old."),
    ], title="Premier receives delegation")


def test_a_datelines_place_before_a_dash_and_the_is_no_one():
    """"PORT ALDER, Bermont – The Premier, the Hon. X, today received …" (fourteenth styles bermont_cabinet; thirteenth
    styles lusanga_presidency: "Quilemba – The President of the Republic, X, received …"): the place before the dash
    is no person holding the office, so "The Premier …" is X's."""
    body = (
        "PORT ALDER, Bermont – The Premier, the Hon. David Outerbridge, today received a delegation led by "
        "Senator Claire Duvivier-Roche.\n\n"
        "The Premier welcomed the delegation and spoke about the economy."
    )
    assert_statements(body, [
        ("David Outerbridge", "indirect", "The Premier welcomed the delegation and spoke about the economy."),
    ], title="Premier receives delegation")


def test_an_office_joined_by_a_dash_stays_one_office():
    """Guard: "Deputy Prime Minister – Minister of Finance Ivo Marr said …" (no "The" after the dash) is one holder
    of both offices, as before."""
    body = (
        "President Lena Orsk received a delegation from Ardenne.\n\n"
        "Deputy Prime Minister – Minister of Finance Ivo Marr said that the budget was balanced."
    )
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Deputy Prime Minister – Minister of Finance Ivo Marr said that the budget was balanced."),
    ], title="President receives delegation")


def test_made_or_gave_a_presentation_on():
    """"The Head of the Economic Union Unit, Ms. X, made a presentation on the region's free movement regime."
    (fourteenth styles oecara_commission): she told the meeting of it, as "gave an account of"."""
    body = (
        "The Director General, Mr. Lennox Fontenelle, today held talks with Dr. Katrin Aalberg-Moe.\n\n"
        "The Head of the Economic Union Unit, Ms. Shermaine Joseph, made a presentation on the region's free "
        "movement regime."
    )
    assert_statements(body, [
        ("Shermaine Joseph", "indirect", "The Head of the Economic Union Unit, Ms. Shermaine Joseph, made a "
         "presentation on the region's free movement regime."),
    ], title="Director General holds talks with Caldonian Minister")


def test_a_presentation_with_no_topic_is_narrative():
    """Guard: "Ms. X made a presentation to the staff." (no "on"/"of"/"about") says only that she presented."""
    body = (
        "The Director General, Mr. Lennox Fontenelle, today held talks with Dr. Katrin Aalberg-Moe.\n\n"
        "Ms. Shermaine Joseph made a presentation to the staff."
    )
    assert_statements(body, [], title="Director General holds talks with Caldonian Minister")


def test_letters_between_a_name_and_its_relative_aside():
    """"The Minister of Home Affairs, Sen. the Hon. X, JP, who accompanied the delegation …, later told the media that
    …" (fourteenth styles bermont_cabinet): the letters after the name's comma are no subject of their own."""
    body = (
        "The Premier, the Hon. David Outerbridge, received a delegation led by Senator Claire Duvivier-Roche.\n\n"
        "The Minister of Home Affairs, Sen. the Hon. Kim Tucker-Smith, JP, who accompanied the delegation on a tour "
        "of the Docks, later told the media that the visitors had shown a keen interest in coastal protection."
    )
    assert_statements(body, [
        ("Kim Tucker-Smith", "indirect", "The Minister of Home Affairs, Sen. the Hon. Kim Tucker-Smith, JP, who "
         "accompanied the delegation on a tour of the Docks, later told the media that the visitors had shown a keen "
         "interest in coastal protection."),
    ], title="Premier receives delegation")


def test_a_body_s_initials_before_a_relative_aside_are_no_letters_after_a_name():
    """Guard: "The Premier met the staff of the Port Authority, PAB, who later told …" names no person before the
    initials: no statement."""
    body = (
        "The Premier, the Hon. David Outerbridge, received a delegation led by Senator Claire Duvivier-Roche.\n\n"
        "The delegation met the staff of the Port Authority, PAB, who later told the media that the visit went well."
    )
    assert_statements(body, [], title="Premier receives delegation")


def test_he_after_an_inverted_sentence_of_presence_is_the_one_present():
    """"Also taking part in the talks was the State Secretary for European Affairs and Head of the State Chancellery,
    Mr. Jens Obermayer. He emphasised …" (fourteenth styles aldrenburg_state_chancellery): the name after "was", past
    a long office, is the sentence's subject, whom "He" means."""
    body = (
        "Minister-President Dr. Sabine Hartwig received the Consul General of Norvania, Mr. Tomasz Wielgosz-Aune, on "
        "Wednesday.\n\n"
        "The Consul General praised the training system.\n\n"
        "Also taking part in the talks was the State Secretary for European Affairs and Head of the State Chancellery, "
        "Mr. Jens Obermayer. He emphasised that the partnership was lived every day."
    )
    assert_statements(body, [
        ("Tomasz Wielgosz-Aune", "indirect", "The Consul General praised the training system."),
        ("Jens Obermayer", "indirect", "He emphasised that the partnership was lived every day."),
    ], title="Minister-President receives Consul General")


def test_he_after_a_pair_present_is_not_the_last_of_them():
    """Guard: "Also taking part in the talks were the State Secretary …, Mr. X, and the Head of Protocol, Ms. Y. He
    emphasised …": two present, so "He" is not the last named (the Consul General, as before)."""
    body = (
        "Minister-President Dr. Sabine Hartwig received the Consul General of Norvania, Mr. Tomasz Wielgosz-Aune, on "
        "Wednesday.\n\n"
        "The Consul General praised the training system.\n\n"
        "Also taking part in the talks were the State Secretary for European Affairs, Mr. Jens Obermayer, and the "
        "Head of Protocol of the Land, Ms. Anna Kessler. He emphasised that the partnership was lived every day."
    )
    assert_statements(body, [
        ("Tomasz Wielgosz-Aune", "indirect", "The Consul General praised the training system."),
        ("Tomasz Wielgosz-Aune", "indirect", "He emphasised that the partnership was lived every day."),
    ], title="Minister-President receives Consul General")
