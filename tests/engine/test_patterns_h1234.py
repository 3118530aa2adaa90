"""Helper h1234 (styles69, humanitarian bodies' meetings): a ministry's portfolio of two words no list knew ("the
Minister of Relief and Displacement of X, Mrs. Y") is an office, so "the minister" is she with another person named
beside her; "Red Crescent" is a body's name, as "Red Cross" is, never a person nor a country "Crescent", so "the Red
Crescent chief" is the national society's head; "The ICRC head of delegation" and "the delegation head" are read as
the office "head of delegation" (not a bare "head"), and the one who holds that office itself is meant before one only
called a "chief"; "“…,” the agency's representative said." is one quotation's tag, a body's officer by the body's
possessive, not a statement of its own."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_minister_of_two_unlisted_portfolios_is_the_minister():
    body = (
        "The Minister of Relief and Displacement of Quessaland, Mrs. Azalea Quimbrett-Osei, on Wednesday met the heads of "
        "the aid agencies in Ostrabad. Those present included the UNHCR Representative, Ms. Odile Farrowmede.\n\n"
        "Speaking through an interpreter, the minister said the government would give the agencies land for a new "
        "camp.\n\n"
        "“We opened our border; we cannot open our budget as wide,” the relief minister said through an interpreter."
    )
    assert_statements(body, [
        ("Azalea Quimbrett-Osei", "indirect", "Speaking through an interpreter, the minister said the government would "
         "give the agencies land for a new camp."),
        ("Azalea Quimbrett-Osei", "direct", "We opened our border; we cannot open our budget as wide,"),
    ])


def test_the_red_crescent_chief_is_the_societys_secretary_general():
    body = (
        "The Secretary General of the Quessalandian Red Crescent Society, Dr. Ilyas Pennock-Ravel, on Monday received the "
        "head of the delegation of the International Committee of the Red Cross (ICRC) in Quessaland, Mr. Casimir "
        "Wendhollow.\n\n"
        "“Our volunteers are the first to arrive and the last to leave,” the Red Crescent chief said."
    )
    assert_statements(body, [
        ("Ilyas Pennock-Ravel", "direct", "Our volunteers are the first to arrive and the last to leave,"),
    ])


def test_the_red_crescent_chief_among_listed_heads():
    body = (
        "The heads of two aid bodies toured the Osk camp on Wednesday with the governor, Mr. Tobin Auchterlee. The "
        "visitors were the Secretary General of the Quessalandian Red Crescent Society, Dr. Ilyas Pennock-Ravel, and UNHCR "
        "Representative Odile Farrowmede.\n\n"
        "The Red Crescent chief said the society's volunteers would go from tent to tent with the vaccination teams."
    )
    assert_statements(body, [
        ("Ilyas Pennock-Ravel", "indirect", "The Red Crescent chief said the society's volunteers would go from tent to "
         "tent with the vaccination teams."),
    ])


def test_the_delegation_head_is_the_head_of_delegation_not_a_chief_named_before():
    body = (
        "The Secretary General of the Quessalandian Red Crescent Society, Dr. Ilyas Pennock-Ravel, on Monday received the "
        "head of the delegation of the International Committee of the Red Cross (ICRC) in Quessaland, Mr. Casimir "
        "Wendhollow.\n\n"
        "The Red Crescent chief said the society had some 4,000 volunteers along the border.\n\n"
        "The ICRC head of delegation thanked the society for its work and said the delegation would fund two clinics."
        "\n\n"
        "The delegation head added that requests to trace relatives had doubled since the summer."
    )
    assert_statements(body, [
        ("Ilyas Pennock-Ravel", "indirect",
         "The Red Crescent chief said the society had some 4,000 volunteers along the border."),
        ("Casimir Wendhollow", "indirect", "The ICRC head of delegation thanked the society for its work and said the "
         "delegation would fund two clinics."),
        ("Casimir Wendhollow", "indirect",
         "The delegation head added that requests to trace relatives had doubled since the summer."),
    ])


def test_the_delegation_as_a_body_is_no_ones():
    """Guard: "The delegation said in a note …" is the body's, never its head's, beside "the delegation head"."""
    body = (
        "The head of the delegation of the International Committee of the Red Cross in Quessaland, Mr. Casimir "
        "Wendhollow, on Thursday visited the detention centre at Osk.\n\n"
        "The delegation said in a note that the clinics would open in March.\n\n"
        "The delegation head added that the delegation had seen every detainee."
    )
    assert_statements(body, [
        ("Casimir Wendhollow", "indirect", "The delegation head added that the delegation had seen every detainee."),
    ])


def test_the_agencys_representative_tags_the_quotation_only():
    body = (
        "UNHCR Representative Odile Farrowmede said on Tuesday that the agency had registered 18,500 refugees at the "
        "Osk camp since January.\n\n"
        "“Registration is protection,” the agency's representative said."
    )
    assert_statements(body, [
        ("Odile Farrowmede", "indirect", "UNHCR Representative Odile Farrowmede said on Tuesday that the agency had "
         "registered 18,500 refugees at the Osk camp since January."),
        ("Odile Farrowmede", "direct", "Registration is protection,"),
    ])


def test_the_agencys_statement_and_representative_office_are_no_ones():
    """Guard: "The agency said in a statement …" (a body) and "The agency's representative office … will move …" (a
    place) beside the representative who speaks."""
    body = (
        "UNHCR Representative Odile Farrowmede said on Tuesday that the agency had registered 18,500 refugees.\n\n"
        "The agency said in a statement that its teams would be doubled in March.\n\n"
        "The agency's representative office in Ostrabad will move to a larger building next month."
    )
    assert_statements(body, [
        ("Odile Farrowmede", "indirect",
         "UNHCR Representative Odile Farrowmede said on Tuesday that the agency had registered 18,500 refugees."),
    ])


def test_a_listed_head_of_delegation_and_the_red_crescent_chief():
    """"the ICRC head of delegation, Mr. X," set off inside a list is his office, so "The delegation head …" is his;
    and a bare "chief" ("The Red Crescent chief …") is then no delegation's head but the society's Secretary General."""
    body = (
        "The heads of three aid bodies toured the Osk camp on Wednesday with the governor, Mr. Tobin Auchterlee. The "
        "visitors were the Secretary General of the Quessalandian Red Crescent Society, Dr. Ilyas Pennock-Ravel, the "
        "ICRC head of delegation, Mr. Casimir Wendhollow, and UNHCR Representative Odile Farrowmede.\n\n"
        "The delegation head told the governor that the ICRC would rebuild the camp's clinic.\n\n"
        "The Red Crescent chief said the society's volunteers would go from tent to tent with the vaccination teams."
    )
    assert_statements(body, [
        ("Casimir Wendhollow", "indirect",
         "The delegation head told the governor that the ICRC would rebuild the camp's clinic."),
        ("Ilyas Pennock-Ravel", "indirect", "The Red Crescent chief said the society's volunteers would go from tent to "
         "tent with the vaccination teams."),
    ])
