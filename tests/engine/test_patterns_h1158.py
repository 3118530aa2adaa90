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
