"""Leftovers the helpers of the last stops named but left (helper h598): "the latter" after a sentence that ends on
the other party named only so ("President X received his guest. The latter …"); "the guest" of a host who met two,
the one of the sex of the pronoun of its report ("The guest said that she …"); an office of the clause before glued to
the name that opens the main one ("After talking to the President of Y X contacted …"); a family name written in
capitals ("Mr. KISHIDA Fumio") shown in the readout's usual case; the Chargé d'affaires' office shown as written when
its apostrophe is typed as an accent after a space ("Chargé d ´affaires"); an occasion used to introduce one's country
("took the opportunity to introduce the State of X, which …").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_latter_after_his_guest():
    """"President X received his guest at the palace. The latter said …": the guest, mentioned last though named
    before the host; before, the last two named were taken and "the latter" was the host."""
    body = (
        "President Arlen Voss of Kastravia met Foreign Minister Tomas Brel of Veloria in Tarvik on Monday.\n\n"
        "President Voss received his guest at the palace. The latter said that Veloria wanted closer ties with "
        "Kastravia."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "The latter said that Veloria wanted closer ties with Kastravia."),
    ], title="President receives Foreign Minister")


def test_the_latter_after_his_guest_in_a_statement():
    """The same when the sentence before is a statement of the host ("President X welcomed his guest.")."""
    body = (
        "President Arlen Voss of Kastravia received Foreign Minister Tomas Brel of Veloria in Tarvik on Monday.\n\n"
        "President Voss welcomed his guest. The latter said that Veloria wanted closer ties with Kastravia."
    )
    assert_statements(body, [
        ("Arlen Voss", "indirect", "President Voss welcomed his guest."),
        ("Tomas Brel", "indirect", "The latter said that Veloria wanted closer ties with Kastravia."),
    ], title="President receives Foreign Minister")


def test_the_latter_after_a_sentence_naming_both_stays_the_last_named():
    """Guard: a sentence before that names the object by name keeps the last one named ("X met with Y. The latter
    …")."""
    body = (
        "President Arlen Voss of Kastravia arrived in Tarvik on Monday.\n\n"
        "President Voss met with Foreign Minister Tomas Brel of Veloria. The latter said that Veloria wanted closer "
        "ties with Kastravia. The former thanked the guest for the visit."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "The latter said that Veloria wanted closer ties with Kastravia."),
        ("Arlen Voss", "indirect", "The former thanked the guest for the visit."),
    ], title="President receives Foreign Minister")


def _speaker(result, name):
    return next(sp for sp in result.speakers if sp.name == name)


def test_office_of_the_clause_before_is_not_the_next_name():
    """"Kastravian President X phoned Velorian President Y. … After talking to the President of Veloria X contacted
    …" (a comma left out): X holds his office in Kastravia, Y holds it in Veloria; "President of Veloria X" is no
    form of X's name, nor his office (before, the speaker list showed "President of Veloria" beside X)."""
    body = (
        "Kastravian President Arlen Voss phoned Velorian President Tomas Brel on Sunday.\n\n"
        "After talking to the President of Veloria Arlen Voss contacted Prime Minister of Ostrava Ilo Parrat and "
        "suggested that the talks be moved to Tarvik."
    )
    result = assert_statements(body, [
        ("Arlen Voss", "indirect",
         "After talking to the President of Veloria Arlen Voss contacted Prime Minister of Ostrava Ilo Parrat and "
         "suggested that the talks be moved to Tarvik."),
    ], title="Contacts on the talks")
    voss = _speaker(result, "Arlen Voss")
    assert not any("Veloria" in alias for alias in voss.aliases), voss.aliases
    assert "Veloria" not in (voss.role or ""), voss.role


def test_office_of_his_own_country_stays_his():
    """Guard: the office of his own country, written the other way round, is still a form of his name."""
    body = (
        "Kastravian President Arlen Voss phoned Velorian President Tomas Brel on Sunday.\n\n"
        "The President of Kastravia Arlen Voss said that the talks would be held in Tarvik."
    )
    result = assert_statements(body, [
        ("Arlen Voss", "indirect", "The President of Kastravia Arlen Voss said that the talks would be held in Tarvik."),
    ], title="Contacts on the talks")
    assert any("President of Kastravia Arlen Voss" in alias for alias in _speaker(result, "Arlen Voss").aliases)


def test_family_name_in_capitals_shown_as_the_readout_writes_it_elsewhere():
    """"Prime Minister of Akitsuma, Mr. KIRANO Hideo, … Prime Minister Kirano stated …" (Japanese readouts write the
    family name in capitals where the full name is given): the speaker list shows "Kirano Hideo", the case of the
    readout's other mentions; the form as written stays an alias."""
    body = (
        "On May 3, Mr. KIRANO Hideo, Prime Minister of Akitsuma, held a meeting with Mr. Tomas Brel, President of "
        "Veloria.\n\n"
        "Prime Minister Kirano stated that Akitsuma would support the reconstruction of the port of Veloria."
    )
    result = assert_statements(body, [
        ("Kirano Hideo", "indirect",
         "Prime Minister Kirano stated that Akitsuma would support the reconstruction of the port of Veloria."),
    ], title="Japan-Veloria Summit Meeting")
    assert [sp.name for sp in result.speakers] == ["Kirano Hideo"]
    assert any("KIRANO Hideo" in alias for alias in result.speakers[0].aliases)


def test_family_name_in_capitals_title_cased_when_written_so_only():
    """A name with a word in the usual case whose family name the readout writes only in capitals ("Statement by
    Herman VAN ROMPUY, President …"): that family name title-cased."""
    body = (
        "Statement by Arlen VOSS, President of the Kastravian Council, after his meeting with the President of "
        "Veloria.\n\n"
        "President VOSS said that the Council would meet again in June."
    )
    result = run(body, title="Statement by the President of the Council")
    assert [sp.name for sp in result.speakers] == ["Arlen Voss"]


def test_capitals_that_are_no_family_name_stay():
    """Guard: a regnal number, a member's letters and a name all in capitals that the readout writes no other way (a
    transcript's label) are shown as written."""
    body = (
        "His Majesty King Idris III received First Minister Aoife Breslin MLA in the palace.\n\n"
        "King Idris III said that the two peoples were old friends. First Minister Breslin thanked him.\n\n"
        "ANTON KIREV, PRIME MINISTER OF OSTRAVA: It is good to be here."
    )
    result = run(body, title="King receives First Minister")
    assert [sp.name for sp in result.speakers] == ["Idris III", "Aoife Breslin MLA", "ANTON KIREV"]


def test_charge_d_affaires_with_an_accent_for_apostrophe_shown_as_written():
    """"Mr. X, Chargé d ´affaires, a.i. of the Embassy … the Chargé d ´affaires expressed …" (heldout
    fourhundredtwentyseventh thai_mfa): the speaker's office is shown as the text writes it, not as the role's words
    ("chargé d ´ affaires")."""
    body = (
        "On 2 March, Mr. Ilo Parrat, Chargé d ´affaires, a.i. of the Embassy of Vostrany in Tarvik, called on the "
        "Mayor of Tarvik.\n\n"
        "The Chargé d ´affaires expressed gratitude to the Mayor for the care of the Vostranian community."
    )
    result = assert_statements(body, [
        ("Ilo Parrat", "indirect",
         "The Chargé d ´affaires expressed gratitude to the Mayor for the care of the Vostranian community."),
    ], title="Chargé d ´affaires calls on the Mayor")
    assert result.speakers[0].role == "Chargé d ´affaires"


def test_charge_d_affaires_with_an_apostrophe_shown_as_before():
    """Guard: the office written with its apostrophe is shown as before."""
    body = (
        "On 2 March, Mr. Ilo Parrat, Chargé d'affaires of the Embassy of Vostrany, called on the Mayor of Tarvik.\n\n"
        "The Chargé d'affaires expressed gratitude to the Mayor for the care of the Vostranian community."
    )
    result = run(body, title="Chargé d'affaires calls on the Mayor")
    assert result.speakers[0].role == "Chargé d'affaires"


def test_took_the_opportunity_to_introduce_his_country():
    """"On this occasion, the Ambassador took the opportunity to introduce the State of X, which is a young country
    … Presently, the State of X implements …" (heldout fourhundredtwentyseventh thai_mfa): an account of his country
    given, as "took the opportunity to explain"; the sentence between it and his next report is his too."""
    body = (
        "On 7 December, Mr. Ilo Parrat, Ambassador of the Republic of Vostrany, paid a courtesy call on Foreign "
        "Minister Tova Rask.\n\n"
        "On this occasion, the Ambassador took the opportunity to introduce the Republic of Vostrany, which is a "
        "young country that recently celebrated the tenth anniversary of its independence. Presently, the Republic "
        "of Vostrany implements policies of self-sufficiency. In addition, the Ambassador highlighted the country's "
        "mineral resources."
    )
    assert_statements(body, [
        ("Ilo Parrat", "indirect",
         "On this occasion, the Ambassador took the opportunity to introduce the Republic of Vostrany, which is a "
         "young country that recently celebrated the tenth anniversary of its independence."),
        ("Ilo Parrat", "indirect", "Presently, the Republic of Vostrany implements policies of self-sufficiency."),
        ("Ilo Parrat", "indirect", "In addition, the Ambassador highlighted the country's mineral resources."),
    ], title="Foreign Minister receives the Ambassador of Vostrany")


def test_introduced_a_measure_is_no_statement():
    """Guard: "introduced" with no occasion before it and no account after it (a measure brought in) stays
    narrative."""
    body = (
        "Foreign Minister Tova Rask received Mr. Ilo Parrat, Ambassador of the Republic of Vostrany.\n\n"
        "Last year the Ambassador introduced a new visa scheme for students."
    )
    assert_statements(body, [], title="Foreign Minister receives the Ambassador of Vostrany")


_TWO_GUESTS = (
    "President Arlen Voss of Kastravia received Defence Minister Tomas Brel of Ostrava and Foreign Minister Ms. Marta "
    "Selin of Veloria in Tarvik on Monday.\n\n"
)


def test_the_guest_of_two_is_the_one_of_the_pronouns_sex():
    """"… received Defence Minister X and Foreign Minister Ms. Y … The guest said that she would …": of the host's two
    guests, the woman; before, the first guest, a man."""
    assert_statements(_TWO_GUESTS + "The guest said that she would return to Tarvik in May.", [
        ("Marta Selin", "indirect", "The guest said that she would return to Tarvik in May."),
    ], title="President receives two ministers")


def test_the_guest_of_two_stays_when_the_pronoun_fits():
    """Guard: "The guest said that he …" stays the guest first chosen, of no sex the readout says against."""
    assert_statements(_TWO_GUESTS + "The guest said that he would return to Tarvik in May.", [
        ("Tomas Brel", "indirect", "The guest said that he would return to Tarvik in May."),
    ], title="President receives two ministers")


def test_the_only_guest_stays_whatever_the_pronoun():
    """Guard: a host's one guest stays the guest though the pronoun of the report is another's ("she", the host)."""
    body = (
        "President Ms. Anna Strell of Kastravia received Defence Minister Tomas Brel of Ostrava in Tarvik on Monday."
        "\n\nThe guest noted that she had visited Ostrava twice."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "The guest noted that she had visited Ostrava twice."),
    ], title="President receives the Defence Minister")
