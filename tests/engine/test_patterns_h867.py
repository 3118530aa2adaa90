"""Helper h867's constructions (sixhundredfiftyfirst, QNA, the Qatar News Agency, as MENAFN/The Peninsula, Qatar Day
and qatarpress.qa print it): a full name set off after "his <Nationality> counterpart" at a sentence's end, who does
nothing in that sentence ("… co-chaired by Foreign Minister X and his Turkish counterpart Y." / "The Turkish Foreign
Minister noted that …"), is someone whom the nationality and the office mean later."""

from .test_patterns import assert_statements


def test_a_counterpart_named_last_in_his_sentence_is_someone():
    """"… co-chaired by Ostmarkian Foreign Minister Ada Lind and her Veldran counterpart Tomas Keller." then "The
    Veldran Foreign Minister noted that …": Keller, whose name only closed the sentence (he neither acts nor is told
    there), had stayed a bare capitalised pair, invisible to descriptions: the Veldran minister was no one (or the
    other Foreign Minister, Lind)."""
    body = ("Ankara: The session was co-chaired by Ostmarkian Foreign Minister Ada Lind and her Veldran counterpart "
            "Tomas Keller.\n\n"
            "For his part, the Veldran Foreign Minister said that his country is exerting efforts to resolve the "
            "dispute.\n\n"
            "The Ostmarkian Foreign Minister commended the success of the session.")
    assert_statements(body, [
        ("Tomas Keller", "indirect", "For his part, the Veldran Foreign Minister said that his country is exerting "
                                     "efforts to resolve the dispute."),
        ("Ada Lind", "indirect", "The Ostmarkian Foreign Minister commended the success of the session."),
    ])


def test_the_bare_office_stays_the_principal_s_beside_a_counterpart():
    """Guard: the counterpart now someone, a bare "The Foreign Minister" with no nationality is still the readout's
    own minister named first, not her counterpart who shares the office."""
    body = ("Foreign Minister Ada Lind met her Veldran counterpart Tomas Keller.\n\n"
            "The Foreign Minister stressed the need for dialogue.")
    assert_statements(body, [
        ("Ada Lind", "indirect", "The Foreign Minister stressed the need for dialogue."),
    ])


def test_undotted_his_excellency_before_a_hyphened_office():
    """"… with HE Secretary-General of the Brennic Maritime Forum Ivo Talmar, during which …" then "HE
    Secretary-General of the Forum expressed his thanks …": "HE" is His Excellency undotted before a hyphened office
    ("Secretary-General", "Director-General"), as before "Minister", not the pronoun; read as the pronoun, the name
    after the office had been no one and the thanks no one's."""
    body = ("HH the Amir Sheikh Tamim bin Hamad Al-Thani held a telephone conversation on Friday with HE "
            "Secretary-General of the Brennic Maritime Forum Ivo Talmar, during which they reviewed cooperation.\n\n"
            "HE Secretary-General of the Forum expressed his thanks to HH the Amir for the efforts of the State.")
    assert_statements(body, [
        ("Ivo Talmar", "indirect", "HE Secretary-General of the Forum expressed his thanks to HH the Amir for the "
                                   "efforts of the State."),
    ])


def test_a_headline_pronoun_in_capitals_stays_a_pronoun():
    """Guard: "HE" before a word that is no office written as a name's ("HE SAID", "HE Said") stays as it was."""
    body = ("Minister Ada Lind received the delegation of the Brennic Maritime Forum.\n\n"
            "Minister Lind stressed the importance of port security.")
    assert_statements(body, [
        ("Ada Lind", "indirect", "Minister Lind stressed the importance of port security."),
    ])


def test_an_office_before_its_body_s_initials_in_brackets_is_the_name_s():
    """"… with Secretary-General of the Brennic Maritime Organization (BMO) Ivo Talmar, during which …" then "The
    Secretary-General of BMO expressed his thanks …": the brackets between the office and the name parted them, so
    that Talmar held no office and the Secretary-General was someone unnamed."""
    body = ("President Ada Lind held a telephone conversation on Friday with Secretary-General of the Brennic Maritime "
            "Organization (BMO) Ivo Talmar, during which they reviewed cooperation.\n\n"
            "The Secretary-General of BMO expressed his thanks to the President for the efforts of the State.")
    assert_statements(body, [
        ("Ivo Talmar", "indirect", "The Secretary-General of BMO expressed his thanks to the President for the "
                                   "efforts of the State."),
    ])


def test_the_bodys_leader_by_its_initials_is_the_one_named_beside_them():
    """"The BMO leader" after "Director General of the Brennic Maritime Organization (BMO) Ivo Talmar who is on a
    visit …" is Talmar (`_named_beside`, whose name's span now holds the brackets), not the host: before, Talmar, with
    no office and no verb of his own, had stayed a bare pair, and the leader was the President."""
    body = ("President Ada Lind met with Director General of the Brennic Maritime Organization (BMO) Ivo Talmar who "
            "is on a visit to Velm. The President noted the threat to shipping.\n\n"
            "The BMO leader stressed the importance of further cooperation.")
    assert_statements(body, [
        ("Ada Lind", "indirect", "The President noted the threat to shipping."),
        ("Ivo Talmar", "indirect", "The BMO leader stressed the importance of further cooperation."),
    ])


def test_a_bodys_name_before_its_initials_gives_no_office():
    """Guard: a body's name with no office before its initials ("… staff of the Brennic Maritime Organization (BMO)
    Ivo Talmar and Ada Lind …") gives the name after them no office: "The Director General" is no one named."""
    body = ("The staff of the Brennic Maritime Organization (BMO) Ivo Talmar and Ada Lind visited the port.\n\n"
            "The Director General stressed the importance of port security.")
    assert_statements(body, [])
