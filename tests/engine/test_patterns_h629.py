"""Rules mended by helper h629 from fourhundredsixtyseventh (the Botswana Daily News's releases): invented readouts,
invented people."""

from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_a_month_and_day_glued_after_a_name_end_the_name():
    """"a courtesy call … by Norvane Prime Minister Mr Tobin Arkwell July 13, President X said …" (the dates of the
    Botswana Daily News have no "on"): the name is "Tobin Arkwell", so the later "the Prime Minister" is his. Before,
    the run "… Tobin Arkwell July" was no one's and "the Prime Minister" a speaker of his own."""
    body = ("During a courtesy call at the Office of the President by Norvane Prime Minister Mr Tobin Arkwell July 13, "
            "President Ilona Brenn said the two countries shared a historical connection.\n\n"
            "In response, the Prime Minister expressed gratitude to President Brenn for the hospitality.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "During a courtesy call at the Office of the President by Norvane Prime Minister "
                                    "Mr Tobin Arkwell July 13, President Ilona Brenn said the two countries shared a "
                                    "historical connection."),
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
