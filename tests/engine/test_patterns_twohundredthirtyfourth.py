"""Rules from the two-hundred-thirty-fourth held-out set (en.kremlin.ru, May 2005): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_bare_office_sending_a_telegram_to_a_named_addressee_keeps_the_telegram():
    """"The President sent a telegram of congratulations to the head trainer of CSKA, Valery Gazzaev, on the victory of
    his team …" over "The telegram reads:" and a quotation (two-hundred-thirty-fourth 33391): the telegram is the
    unnamed head of the office that publishes, not the addressee, the only person the readout names (the name after
    the addressee's office and its comma is the addressee again)."""
    body = ("The telegram reads:\n\n"
            "“This is the first time that a Varnian team has won such a tournament. I am certain that this achievement "
            "will be a stimulus for sport in our country.”")
    assert_statements(body, [
        ("The President", "direct", "This is the first time that a Varnian team has won such a tournament. I am certain "
                                    "that this achievement will be a stimulus for sport in our country."),
    ], title="The President sent a telegram of congratulations to the head coach of ZSKA, Piet Varga, "
             "on the victory of his team in the cup final")


def test_a_named_sender_of_a_telegram_to_an_office_and_name_is_unchanged():
    """Guard: "Arvel Dunmore sent a telegram to the head coach of ZSKA, Piet Varga, …": the named sender
    is the host and the telegram his, as before."""
    body = ("The telegram reads:\n\n"
            "“I am certain that this achievement will be a stimulus for sport in our country.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "I am certain that this achievement will be a stimulus for sport in our country."),
    ], title="Arvel Dunmore sent a telegram to the head coach of ZSKA, Piet Varga, on the victory of his team")


def test_a_quoted_title_in_a_middle_paragraph_keeps_the_quotation_going():
    """"The message reads: / “We note with pleasure … / We welcome the efforts … the programme “New Partnership for
    African Development” (NEPAD). / In its turn, Russia is prepared … / We value the friendly relations … I am certain
    that …”" (two-hundred-thirty-fourth 33422): a quotation opened in the first paragraph and closed in the last goes
    on through the middle ones, also one that quotes a title of its own. Before, the middle two were no one's."""
    body = ("Arvel Dunmore sent a message to the leaders of the southern states.\n\n"
            "The message reads:\n\n"
            "“We note with pleasure the growing role of the southern states on the international stage.\n\n"
            "We welcome the efforts of these states to build a common market, including the programme “Southern "
            "Partnership for Development” (SPD).\n\n"
            "In its turn, Varnia is prepared to continue assisting the region.\n\n"
            "We value the friendly relations between our nations. I am certain that we will go further.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "We note with pleasure the growing role of the southern states on the international "
                                    "stage."),
        ("Arvel Dunmore", "direct", "We welcome the efforts of these states to build a common market, including the "
                                    "programme “Southern Partnership for Development” (SPD)."),
        ("Arvel Dunmore", "direct", "In its turn, Varnia is prepared to continue assisting the region."),
        ("Arvel Dunmore", "direct", "We value the friendly relations between our nations. I am certain that we will "
                                    "go further."),
    ], title="Arvel Dunmore sent a message to the leaders of the southern states")


def test_a_middle_paragraph_with_a_quoted_sentence_of_its_own_still_ends_the_quotation():
    """Guard: a paragraph after an unclosed quotation that quotes a whole sentence of someone's (“We will win,” with
    its comma) is no quoted title: the open quotation ends with its paragraph, as before."""
    body = ("Arvel Dunmore spoke at the forum.\n\n"
            "“We note with pleasure the growing role of the southern states.\n\n"
            "Minister Piet Varga recalled the motto “We will win, together” of the campaign.\n\n"
            "The talks went on. “We value the friendly relations between our nations,” Mr Dunmore said.")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "We note with pleasure the growing role of the southern states."),
        ("Piet Varga", "indirect", "Minister Piet Varga recalled the motto “We will win, together” of the campaign."),
        ("Arvel Dunmore", "direct", "We value the friendly relations between our nations"),
    ])


def test_an_official_who_reported_this_to_the_head_of_state_made_the_report():
    """"The Minister for Trade and Economic Development, German Gref, reported this to Vladimir Putin." under the title
    "The law on the creation of high-technology zones should be passed within two months" (two-hundred-thirty-fourth
    33396): "reported this to X" tells the title's news as the minister's report, and the paragraph after it goes on
    with it. Before, "reported" was speech only before "that", "on" or "about"."""
    body = ("The Minister for Trade, Piet Varga, reported this to Arvel Dunmore.\n\n"
            "The law envisages the creation of six to seven zones.")
    assert_statements(body, [
        ("Piet Varga", "indirect", "The Minister for Trade, Piet Varga, reported this to Arvel Dunmore."),
        ("Piet Varga", "indirect", "The law envisages the creation of six to seven zones."),
    ], title="The law on the creation of technology zones should be passed within two months")


def test_reported_this_year_is_no_report_to_anyone():
    """Guard: "The company reported this year a rise in output." (no "to" and a capital after "this"): no one's words,
    as before."""
    body = "Arvel Dunmore visited the plant. The company reported this year a rise in output."
    assert_statements(body, [])
