"""Rules mended by helper h629 from fourhundredsixtyseventh (the Botswana Daily News's releases): invented readouts,
invented people."""

from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements
from .test_patterns import run as run_body


def test_a_month_and_day_glued_after_a_name_end_the_name():
    """"a courtesy call … by Norvane Prime Minister Mr Tobin Arkwell July 13, President X said …" (the dates of the
    Botswana Daily News have no "on"): the name is "Tobin Arkwell", so the later "the Prime Minister" is his. Before,
    the run "… Tobin Arkwell July" was no one's and "the Prime Minister" a speaker of his own."""
    body = ("During a courtesy call at the Office of the President by Norvane Prime Minister Mr Tobin Arkwell July 13, "
            "President Ilona Brenn said the two countries shared a historical connection.\n\n"
            "In response, the Prime Minister expressed gratitude to President Brenn for the hospitality.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", ("During a courtesy call at the Office of the President by Norvane Prime Minister "
                                     "Mr Tobin Arkwell July 13, President Ilona Brenn said the two countries shared a "
                                     "historical connection.")),
        ("Tobin Arkwell", "indirect",
         "In response, the Prime Minister expressed gratitude to President Brenn for the hospitality."),
    ])


def test_remain_in_a_title_is_a_headline_verb_not_a_name():
    """A title "Kastravia Norvane Relations Remain Solid" names no one: before, "Remain Solid" was a person, who took
    the body's bare "the Prime Minister" (a holder the body never names)."""
    body = ("President Ilona Brenn said the two countries shared a historical connection.\n\n"
            "In response, the Prime Minister expressed gratitude to President Brenn for the hospitality.")
    result = attribute(body, title="Kastravia Norvane Relations Remain Solid")
    assert [(s.speaker, s.kind) for s in result.statements] == [
        ("Ilona Brenn", "indirect"), ("The Prime Minister", "indirect")]
    assert result.statements[1].text == ("In response, the Prime Minister expressed gratitude to President Brenn "
                                         "for the hospitality.")


def test_a_leads_office_is_the_one_the_next_sentence_names_after_its_participle_lead():
    """"Minister of Trade and Industry has appealed to … / Speaking during a meeting with envoys in Velmora, Dr Tobin
    Arkwell gave the assurance that …" (fourhundredsixtyseventh, a news lead that names its subject a sentence
    later): the office with no article is Arkwell. Before, the lead was no one's."""
    body = ("Minister of Trade and Industry has appealed to the international community to assist government in "
            "finding new markets.\n\n"
            "Speaking during a meeting with envoys in Velmora, Dr Tobin Arkwell gave the assurance that government "
            "continued to operate.")
    assert_statements(body, [
        ("Tobin Arkwell", "indirect", ("Minister of Trade and Industry has appealed to the international community "
                                       "to assist government in finding new markets.")),
        ("Tobin Arkwell", "indirect", ("Speaking during a meeting with envoys in Velmora, Dr Tobin Arkwell gave the "
                                       "assurance that government continued to operate.")),
    ])


def test_a_leads_office_with_an_article_is_the_one_named_next_too():
    """The same lead with "The": the office is Arkwell, not an unnamed holder of its own beside him."""
    body = ("The Minister of Trade and Industry has urged the business community to invest in new markets.\n\n"
            "Addressing exporters in Velmora, Dr Tobin Arkwell said government would cut the fees.")
    result = assert_statements(body, [
        ("Tobin Arkwell", "indirect",
         "The Minister of Trade and Industry has urged the business community to invest in new markets."),
        ("Tobin Arkwell", "indirect",
         "Addressing exporters in Velmora, Dr Tobin Arkwell said government would cut the fees."),
    ])
    assert [s.name for s in result.speakers] == ["Tobin Arkwell"]


def test_a_leads_office_is_not_the_one_it_meets_in_its_own_sentence():
    """"The Minister for Trade spoke today with his counterpart, X. … The Minister expressed …": the one named in
    the lead's own sentence is the one met, not the office's holder."""
    body = ("The Minister for Trade and Industry spoke today with his Norvane counterpart, Tobin Arkwell.\n\n"
            "Speaking after the call, the Minister expressed his full support for the new agreement.")
    result = run_body(body)
    assert all(s.speaker != "Tobin Arkwell" for s in result.statements)
