"""Helper h1158 (styles64, customs services and migration agencies): a customs or immigration service's head styled
"Commissioner-General" or "Comptroller-General" (one hyphened word) is an office, so "The Comptroller-General said …"
is the one named so; a body's officer written "for the Agency by its Director General, Mrs. Y" holds that office, so
"the Director General said …" is hers; further rules of the set below."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_hyphened_comptroller_general_is_an_office():
    body = (
        "The Comptroller-General of the Customs Service, Mr. Orrin Valdemaske, on Tuesday received the Ambassador of "
        "Kelvany, Mrs. Ilsabet Morrevane-Kaur.\n\n"
        "The Comptroller-General said smuggling of used tyres had doubled since 2024.\n\n"
        "The Ambassador said her government would propose an exchange of cargo data."
    )
    assert_statements(body, [
        ("Orrin Valdemaske", "indirect", "The Comptroller-General said smuggling of used tyres had doubled since 2024."),
        ("Ilsabet Morrevane-Kaur", "indirect", "The Ambassador said her government would propose an exchange of cargo "
         "data."),
    ])


def test_hyphened_commissioner_general_of_two_services():
    body = (
        "The Comptroller-General of the Customs Service, Mr. Orrin Valdemaske, on Friday received his counterpart, "
        "the Commissioner-General of the Revenue Service of Kelvany, Mrs. Ilsabet Morrevane-Kaur.\n\n"
        "The Comptroller-General proposed a common list of goods to be cleared once.\n\n"
        "The Commissioner-General said Kelvany agreed in principle."
    )
    assert_statements(body, [
        ("Orrin Valdemaske", "indirect", "The Comptroller-General proposed a common list of goods to be cleared once."),
        ("Ilsabet Morrevane-Kaur", "indirect", "The Commissioner-General said Kelvany agreed in principle."),
    ])


def test_the_deputy_commissioner_general_is_not_the_commissioner_general():
    body = (
        "The Commissioner-General of the Customs Service, Mr. Orrin Valdemaske, received the Ambassador of Kelvany, "
        "Mrs. Ilsabet Morrevane-Kaur. The Deputy Commissioner-General, Mrs. Tove Brandskaar, was present.\n\n"
        "The Deputy Commissioner-General said the new scanners had arrived.\n\n"
        "The Commissioner-General said trucks waited nine hours at the border."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "The Deputy Commissioner-General said the new scanners had arrived."),
        ("Orrin Valdemaske", "indirect", "The Commissioner-General said trucks waited nine hours at the border."),
    ])


def test_signatories_by_its_office_hold_it():
    body = (
        "The Customs Service and the Border Agency on Thursday signed a memorandum on a joint border post. It was "
        "signed for the Service by its Commissioner-General, Mr. Orrin Valdemaske, and for the Agency by its Director "
        "General, Mrs. Ilsabet Morrevane-Kaur, and witnessed by the Minister of Finance, Mr. Kasimo Trellund.\n\n"
        "Speaking after the signing, the Commissioner-General said trucks now waited nine hours at the post.\n\n"
        "The Director General said the Agency would post 60 officers there.\n\n"
        "\u201cThe border will be a room, not a queue,\u201d she said."
    )
    assert_statements(body, [
        ("Orrin Valdemaske", "indirect", "Speaking after the signing, the Commissioner-General said trucks now waited "
         "nine hours at the post."),
        ("Ilsabet Morrevane-Kaur", "indirect", "The Director General said the Agency would post 60 officers there."),
        ("Ilsabet Morrevane-Kaur", "direct", "The border will be a room, not a queue,"),
    ])


def test_its_office_with_no_name_after_gives_no_one_the_office():
    body = (
        "The memorandum was signed for the Agency by its Director General and for the Ministry by the Minister of "
        "Finance, Mr. Kasimo Trellund, and witnessed by the Ambassador, Mrs. Ilsabet Morrevane-Kaur.\n\n"
        "The Director General said the Agency would post 60 officers.\n\n"
        "The Minister said the building was funded."
    )
    result = run(body)
    given = {s.text: s.speaker for s in result.statements}
    assert given.get("The Director General said the Agency would post 60 officers.") not in (
        "Kasimo Trellund", "Ilsabet Morrevane-Kaur"), given
    assert given.get("The Minister said the building was funded.") == "Kasimo Trellund", given


def test_unknown_nations_adjective_inside_a_bodys_name_is_its_country():
    body = (
        "The Regional Commander of the Quillmarch Border Agency for the Northern Region, Chief Superintendent Pavo "
        "Linderquist, on Tuesday hosted the Commander of the Kolvenian Border Police, Colonel Arvo Senmark, at the "
        "regional headquarters.\n\n"
        "The regional commander said that crossings of the green border had fallen by a third.\n\n"
        "The Kolvenian commander said his district would add two boat patrols on the river."
    )
    assert_statements(body, [
        ("Pavo Linderquist", "indirect", "The regional commander said that crossings of the green border had fallen "
         "by a third."),
        ("Arvo Senmark", "indirect", "The Kolvenian commander said his district would add two boat patrols on the "
         "river."),
    ])


def test_a_regions_adjective_inside_a_bodys_name_is_no_country():
    body = (
        "Minister of Economy Natalya Pervanidze held a working meeting with the Asian Development Bank (ADB) Country "
        "Director for Quillmarch Arvo Senmark.\n\n"
        "At the meeting, the representative of the Asian Development Bank welcomed the economic reforms of the "
        "government.\n\n"
        "He also expressed support for the ongoing infrastructure projects in the country."
    )
    assert_statements(body, [
        ("Arvo Senmark", "indirect", "At the meeting, the representative of the Asian Development Bank welcomed the "
         "economic reforms of the government."),
        ("Arvo Senmark", "indirect", "He also expressed support for the ongoing infrastructure projects in the "
         "country."),
    ])


def test_the_one_who_quoted_the_minister_is_the_next_she():
    body = (
        "The ministry's spokesperson, Ms. Tove Brandskaar, told reporters on Friday that the Minister of the Interior, "
        "Mr. Kasimo Trellund, had spent two days at the border with the Governor of Vennmarsk, Mrs. Ilsabet "
        "Morrevane-Kaur.\n\n"
        "The spokesperson quoted the minister as saying that no post would be left without a doctor.\n\n"
        "She said the minister had visited six posts."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "The ministry's spokesperson, Ms. Tove Brandskaar, told reporters on Friday "
         "that the Minister of the Interior, Mr. Kasimo Trellund, had spent two days at the border with the Governor "
         "of Vennmarsk, Mrs. Ilsabet Morrevane-Kaur."),
        ("Kasimo Trellund", "indirect", "The spokesperson quoted the minister as saying that no post would be left "
         "without a doctor."),
        ("Tove Brandskaar", "indirect", "She said the minister had visited six posts."),
    ])


def test_after_the_quoted_minister_he_is_still_the_minister():
    body = (
        "The ministry's spokesperson, Ms. Tove Brandskaar, told reporters on Friday that the Minister of the Interior, "
        "Mr. Kasimo Trellund, had spent two days at the border.\n\n"
        "The spokesperson quoted the minister as saying that no post would be left without a doctor.\n\n"
        "He said the posts would be rebuilt by next winter."
    )
    result = run(body)
    given = {s.text: s.speaker for s in result.statements}
    assert given.get("He said the posts would be rebuilt by next winter.") == "Kasimo Trellund", given


def test_spokesperson_of_a_named_ministry_holds_the_office():
    body = (
        "The spokesperson of Quillmarch's Ministry of the Interior, Ms. Tove Brandskaar, told reporters on Friday that "
        "the minister would visit the northern posts.\n\n"
        "The Governor of Vennmarsk, Mrs. Ilsabet Morrevane-Kaur, will travel with him.\n\n"
        "Asked whether the posts would open at night, the spokesperson said the ministry was still studying the costs."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "The spokesperson of Quillmarch's Ministry of the Interior, Ms. Tove Brandskaar, "
         "told reporters on Friday that the minister would visit the northern posts."),
        ("Tove Brandskaar", "indirect", "Asked whether the posts would open at night, the spokesperson said the "
         "ministry was still studying the costs."),
    ])


def test_an_adviser_of_a_named_ministry_is_no_spokesperson():
    body = (
        "The adviser of Quillmarch's Ministry of the Interior, Ms. Tove Brandskaar, met reporters on Friday.\n\n"
        "Asked whether the posts would open at night, the spokesperson said the ministry was still studying the costs."
    )
    result = run(body)
    given = [s.speaker for s in result.statements if "the spokesperson said" in s.text]
    assert "Tove Brandskaar" not in given, given


def test_a_service_that_says_a_quotation_is_no_one():
    body = (
        "On the same day, the Ambassador of Kolvenia, Mr. Arvo Senmark, handed over four mobile cargo scanners to the "
        "Commissioner-General of the Customs Service, Mrs. Tove Brandskaar.\n\n"
        "\u201cThe scanners will be in service at the border posts within a fortnight,\u201d the Service said in a "
        "statement."
    )
    result = run(body)
    given = [s.speaker for s in result.statements if "within a fortnight" in s.text]
    assert all(speaker is None for speaker in given), given


def test_a_person_after_the_quotation_still_says_it():
    body = (
        "On the same day, the Ambassador of Kolvenia, Mr. Arvo Senmark, handed over four mobile cargo scanners to the "
        "Director of the Customs Service, Mrs. Tove Brandskaar.\n\n"
        "\u201cThe scanners will be in service at the border posts within a fortnight,\u201d the Service's "
        "Director said."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "direct", "The scanners will be in service at the border posts within a fortnight,"),
    ])


def test_quoted_as_telling_listeners_only_leads_in():
    body = (
        "The ministry's spokesperson, Ms. Tove Brandskaar, told reporters on Friday that the minister had spent two "
        "days at the border.\n\n"
        "She quoted Mr. Kasimo Trellund as telling officers at the Tollmark crossing: \u201cYou are the first people a "
        "visitor meets.\u201d"
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "The ministry's spokesperson, Ms. Tove Brandskaar, told reporters on Friday "
         "that the minister had spent two days at the border."),
        ("Kasimo Trellund", "direct", "You are the first people a visitor meets."),
    ])


def test_quoted_as_telling_what_was_said_is_a_report():
    body = (
        "The ministry's spokesperson, Ms. Tove Brandskaar, told reporters on Friday that the minister had spent two "
        "days at the border.\n\n"
        "She quoted Mr. Kasimo Trellund as telling officers that the posts would be rebuilt by next winter."
    )
    result = run(body)
    given = {s.text: s.speaker for s in result.statements}
    assert given.get("She quoted Mr. Kasimo Trellund as telling officers that the posts would be rebuilt by next "
                     "winter.") == "Kasimo Trellund", given


def test_the_services_boss_is_its_head():
    body = (
        "A delegation of the Finance Committee of Kolvenia's Parliament, led by its Chairman, Hon. Arvo Senmark, on "
        "Monday visited the headquarters of the Quillmarch Customs Service, where it was received by the "
        "Commissioner-General of the Service, Mrs. Tove Brandskaar.\n\n"
        "Hon. Senmark said his committee was drafting a law on bonded warehouses.\n\n"
        "The Service's boss offered to send two of her auditors to Kolvenia."
    )
    assert_statements(body, [
        ("Arvo Senmark", "indirect", "Hon. Senmark said his committee was drafting a law on bonded warehouses."),
        ("Tove Brandskaar", "indirect", "The Service's boss offered to send two of her auditors to Kolvenia."),
    ])


def test_the_agencys_boss_who_told_her_is_its_head():
    body = (
        "The Director General of the National Relief Agency, Mr. Arvo Senmark, on Thursday received the Head of the "
        "World Relief Programme, Ms. Tove Brandskaar.\n\n"
        "Ms. Brandskaar said the Programme would airlift 300 tonnes of food.\n\n"
        "\u201cWhat saves lives is what we agree in the first hour,\u201d the agency's boss told her."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "Ms. Brandskaar said the Programme would airlift 300 tonnes of food."),
        ("Arvo Senmark", "direct", "What saves lives is what we agree in the first hour,"),
    ])


def test_an_unknown_nations_customs_chief_is_that_states_head():
    body = (
        "The Comptroller-General of the Kolvenian Customs Service, Mr. Arvo Senmark, on Friday received his Quillmarch "
        "counterpart, the Commissioner-General of the Quillmarch Customs Service, Mrs. Tove Brandskaar.\n\n"
        "The Commissioner-General said Quillmarch agreed in principle.\n\n"
        "The Kolvenian customs chief accepted the exclusion and said the experts would finish the list by September."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "The Commissioner-General said Quillmarch agreed in principle."),
        ("Arvo Senmark", "indirect", "The Kolvenian customs chief accepted the exclusion and said the experts would "
         "finish the list by September."),
    ])


def test_an_unknown_nations_side_is_no_one():
    body = (
        "The Comptroller-General of the Kolvenian Customs Service, Mr. Arvo Senmark, on Friday received his Quillmarch "
        "counterpart, Mrs. Tove Brandskaar.\n\n"
        "The Kolvenian side stressed the need for a common list of goods."
    )
    result = run(body)
    given = [s.speaker for s in result.statements if "Kolvenian side" in s.text]
    assert all(speaker is None for speaker in given), given


def test_her_deputy_holds_the_deputys_office_of_hers():
    body = (
        "The Director General of the Department of Immigration, Mrs. Tove Brandskaar, on Wednesday received the State "
        "Secretary for Migration of Kolvenia, Mr. Arvo Senmark. She was accompanied by her deputy, Mr. Kasimo "
        "Trellund.\n\n"
        "The Deputy DG told the visitors that two new counters had opened at the airport.\n\n"
        "The DG thanked the delegation for the visit."
    )
    assert_statements(body, [
        ("Kasimo Trellund", "indirect", "The Deputy DG told the visitors that two new counters had opened at the "
         "airport."),
        ("Tove Brandskaar", "indirect", "The DG thanked the delegation for the visit."),
    ])


def test_his_deputy_with_no_man_in_office_before_is_no_deputy():
    body = (
        "The Director General of the Department of Immigration, Mrs. Tove Brandskaar, on Wednesday received Mr. Arvo "
        "Senmark and his deputy, Mr. Kasimo Trellund.\n\n"
        "The Deputy DG told the visitors that two new counters had opened at the airport."
    )
    result = run(body)
    given = [s.speaker for s in result.statements if "Deputy DG" in s.text]
    assert "Kasimo Trellund" not in given and "Tove Brandskaar" not in given, given


def test_an_unknown_nations_customs_chief_tagging_a_quotation():
    body = (
        "The Comptroller-General of the Kolvenian Customs Service, Mr. Arvo Senmark, on Friday received his Halvossian "
        "counterpart, the Commissioner-General of the Halvossian Customs Service, Mrs. Tove Brandskaar.\n\n"
        "The Halvossian customs chief said fuel and cigarettes should be left off the list.\n\n"
        "\u201cIf we clear fuel once, we will be cheated twice,\u201d the Halvossian customs chief said."
    )
    assert_statements(body, [
        ("Tove Brandskaar", "indirect", "The Halvossian customs chief said fuel and cigarettes should be left off the "
         "list."),
        ("Tove Brandskaar", "direct", "If we clear fuel once, we will be cheated twice,"),
    ])


def test_a_states_ministry_after_an_unknown_adjective_is_left_to_its_own_reading():
    body = (
        "Minister of Foreign Affairs of Halvossia Arvo Senmark held talks with Minister of Foreign Affairs of Russia "
        "Kasimo Trellund.\n\n"
        "The head of the Halvossian MFA informed his counterpart about the priorities of the chairmanship. The head of "
        "the Halvossian Foreign Ministry noted the interest of business in the Russian market."
    )
    assert_statements(body, [
        ("Arvo Senmark", "indirect", "The head of the Halvossian MFA informed his counterpart about the priorities of "
         "the chairmanship."),
        ("Arvo Senmark", "indirect", "The head of the Halvossian Foreign Ministry noted the interest of business in the "
         "Russian market."),
    ])
