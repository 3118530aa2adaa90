"""Helper h1207 (styles67, anti-corruption commissions, courts and tribunals): "the judge" is the judge styled
"Justice X" before; one lower-case participle set off by commas after a name ("Justice X, dissenting, held that …")
leaves the name the subject; "the anti-graft czar" is a body's head, as "the commission boss" is; "the defence" and
"the prosecution" are a party's team in court, a group, so a quotation they are said to give is no one's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_judge_is_the_justice_named_before():
    body = (
        "Ruling on the application, Justice Halcyra Wraxhallow-Osei said the accused held two passports.\n\n"
        "The judge held that there was a real risk he would leave the country if released."
    )
    assert_statements(body, [
        ("Halcyra Wraxhallow-Osei", "indirect", "Ruling on the application, Justice Halcyra Wraxhallow-Osei said the "
         "accused held two passports."),
        ("Halcyra Wraxhallow-Osei", "indirect", "The judge held that there was a real risk he would leave the country "
         "if released."),
    ])


def test_the_judges_clerk_is_not_the_judge():
    """Guard: the judge's clerk acts; "the judge" alone is she."""
    body = (
        "Justice Halcyra Wraxhallow-Osei said the trial would open in March.\n\n"
        "The judge's clerk read out the conditions of the accused's detention."
    )
    assert_statements(body, [
        ("Halcyra Wraxhallow-Osei", "indirect", "Justice Halcyra Wraxhallow-Osei said the trial would open in March."),
    ])


def test_a_lone_participle_after_the_name_leaves_the_name_the_subject():
    body = (
        "The appeal was heard by Justice Orrin Pellowmaine and Justice Saskia Ostmereth-Adu.\n\n"
        "Justice Ostmereth-Adu, dissenting, held that a sentence of twelve years was too long for a first offender."
    )
    assert_statements(body, [
        ("Saskia Ostmereth-Adu", "indirect", "Justice Ostmereth-Adu, dissenting, held that a sentence of twelve "
         "years was too long for a first offender."),
    ])


def test_an_office_set_off_after_the_name_is_still_read():
    """Guard: an apposition of more than one word is the name's office, as before."""
    body = "The Ambassador of Drumhallia, Mr. Orrin Pellowmaine, thanked the Commission for its help."
    assert_statements(body, [
        ("Orrin Pellowmaine", "indirect", "The Ambassador of Drumhallia, Mr. Orrin Pellowmaine, thanked the Commission "
         "for its help."),
    ])


def test_the_anti_graft_czar_is_the_commissions_chairman():
    body = (
        "The Executive Chairman of the Drumhallian Anti-Corruption Commission, Mr. Tobiah Penwithers-Ado, on Tuesday "
        "received the Ambassador of Ustravia.\n\n"
        "The anti-graft czar said the Commission had recovered 2.4 billion crowns since January."
    )
    assert_statements(body, [
        ("Tobiah Penwithers-Ado", "indirect", "The anti-graft czar said the Commission had recovered 2.4 billion "
         "crowns since January."),
    ])


def test_a_quotation_the_defence_gives_is_no_ones():
    body = (
        "Justice Halcyra Wraxhallow-Osei presided over the hearing in Quaystone.\n\n"
        "“The defence cannot answer what it has not read in three short weeks,” the defence said in its written "
        "submission."
    )
    assert_statements(body, [])


def test_the_defence_minister_still_speaks():
    """Guard: "defence" before an office is the office's portfolio, not the party in court."""
    body = (
        "The Minister of Defence of Drumhallia, Mr. Orrin Pellowmaine, attended the hearing.\n\n"
        "The defence minister said the army would stay in its barracks during the trial."
    )
    assert_statements(body, [
        ("Orrin Pellowmaine", "indirect", "The defence minister said the army would stay in its barracks during the "
         "trial."),
    ])
