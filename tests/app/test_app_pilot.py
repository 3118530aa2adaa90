"""The reader driven like a user: keys and clicks in, what the screen shows out.

Expectations about statements come from the engine's own attribution of the same
readout, so these tests check the interface, not how good the engine is today.
"""

from __future__ import annotations

from pathlib import Path

from app_screen import open_readout, screen_text, settled, wait_for
from conftest import SEED

from readout_tui.app.app import ReadoutApp
from readout_tui.app.page import KIND_LABELS, Pages
from readout_tui.app.screens.help import HelpScreen
from readout_tui.app.speaker_filter import SpeakerFilter
from readout_tui.app.widgets.legend import ordered_speakers
from readout_tui.model import Readout, Speaker

SIZE = (120, 36)


def make_app(*paths: Path | str, speaker: str | None = None) -> ReadoutApp:
    return ReadoutApp([str(path) for path in paths], speaker, cursor_blink=False)


def view_lines(app: ReadoutApp) -> list[str]:
    return app.text_view.text_lines()


def speaker(readout: Readout | None, part: str) -> Speaker:
    assert readout is not None
    found = [s for s in readout.attribution.speakers if part.casefold() in s.name.casefold()]
    assert found, f"the engine found no speaker named like {part!r}"
    return found[0]


def statement_count(readout: Readout, name: str) -> int:
    return len(readout.attribution.by_speaker(name))


async def settled_readout(pilot) -> Readout:
    """Wait until the reader has settled; the readout it shows."""
    await settled(pilot)
    readout = pilot.app.readout
    assert readout is not None
    return readout


async def test_seed_shows_title_legend_and_two_speakers_in_two_colours() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        screen = screen_text(app)
        assert "Meeting with U.S. Assistant Secretary of State" in screen
        lukashenko, mitchell = speaker(app.readout, "Lukashenko"), speaker(app.readout, "Mitchell")
        assert lukashenko.name in screen and mitchell.name in screen  # the legend
        styles = app._styles
        assert styles is not None
        assert styles[lukashenko.name].look.colour != styles[mitchell.name].look.colour
        page = app.text_view.page
        colours = {
            statement.speaker: block.text.get_style_at_offset(mark.start).foreground
            for block in page.blocks
            for mark in block.marks
            for statement in [page.statements[mark.statement]]
        }
        assert colours[lukashenko.name] != colours[mitchell.name]


async def test_slash_luk_enter_leaves_only_lukashenkos_statements_with_a_count() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash", "l", "u", "k", "enter")
        await pilot.pause()
        readout = app.readout
        assert readout is not None
        lukashenko = speaker(readout, "Lukashenko")
        shown, total = statement_count(readout, lukashenko.name), len(readout.attribution.statements)
        assert shown > 0
        assert f"{shown} of {total} statements" in screen_text(app)
        lines = view_lines(app)
        labelled = [line for line in lines if line.lstrip().startswith("¶")]
        assert len(labelled) == shown, "one labelled block per statement"
        assert all(any(kind in line for kind in KIND_LABELS.values()) for line in labelled)
        text = " ".join(line.split(maxsplit=2)[-1] if line.lstrip().startswith("¶") else line.strip() for line in lines)
        for statement in readout.attribution.statements:
            first_words = " ".join(statement.text.split()[:4])
            if statement.speaker == lukashenko.name:
                assert first_words in text
            elif first_words not in " ".join(s.text for s in readout.attribution.by_speaker(lukashenko.name)):
                assert first_words not in text
        assert app.focused is app.text_view


async def test_number_keys_pick_the_legends_speakers_and_again_clears() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        readout = await settled_readout(pilot)
        speakers = ordered_speakers(readout.attribution)
        assert len(speakers) >= 2
        await pilot.press("2")
        second = speakers[1]
        total = len(readout.attribution.statements)
        assert f"{statement_count(readout, second.name)} of {total} statements · {second.name}" in screen_text(app)
        await pilot.press("2")
        assert f"{total} statements" in screen_text(app)
        assert " of " not in app.query_one("#filter-status").content.plain


async def test_escape_clears_the_filter_and_shows_the_whole_readout() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"mitchell", "enter")
        assert " of " in app.query_one("#filter-status").content.plain
        await pilot.press("escape")
        screen = screen_text(app)
        assert " of " not in app.query_one("#filter-status").content.plain
        assert "¶1" in screen and "I hope the relations between Belarus" in screen
        assert app.query_one("#filter-input").value == ""


async def test_escape_inside_the_filter_box_clears_it_too() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"luk", "enter", "slash", "escape")
        assert app.query_one("#filter-input").value == ""
        assert " of " not in app.query_one("#filter-status").content.plain


async def test_completion_offers_the_alias_being_typed() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"mitch")
        await pilot.pause(0.2)
        assert "mitchell" in screen_text(app).casefold().split("speaker", 1)[-1]
        await pilot.press("right")  # accept the completion
        assert app.query_one("#filter-input").value.casefold().startswith("mitchell")


async def test_n_and_N_step_through_statements_and_show_which_is_current() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        total = len(app.readout.attribution.statements)  # type: ignore[union-attr]
        assert total >= 2
        await pilot.press("n")
        screen = screen_text(app)
        assert f"statement 1 of {total}" in screen
        assert "▶" in screen
        await pilot.press("n", "n")
        assert f"statement 3 of {total}" in screen_text(app)
        await pilot.press("N")
        assert f"statement 2 of {total}" in screen_text(app)
        await pilot.press("G", "n")  # from the end, n stays on the last one
        await pilot.press(*["n"] * total)
        assert f"statement {total} of {total}" in screen_text(app)
        assert "▶" in screen_text(app), "the current statement is scrolled into view"


async def opened_help(pilot) -> str:
    """Once the reader has settled, F1: the help's text."""
    await settled(pilot)
    await pilot.press("f1")
    await pilot.pause()
    return pilot.app.screen.query_one("#help-text").content.plain


async def test_help_lists_every_binding_and_closes() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 60)) as pilot:
        help_text = await opened_help(pilot)
        for _, bindings in app.binding_sections():
            for binding in bindings:
                assert binding.description in help_text
        assert "Next statement" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_a_description_that_wraps_in_the_help_goes_on_under_its_column() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        lines = (await opened_help(pilot)).splitlines()
        column = lines[1].index("Quit")  # (the first section's first row: q, Quit)
        palette = next(k for k, line in enumerate(lines) if "Command palette" in line)
        assert not lines[palette].rstrip().endswith("theme")  # too long for 80 columns: it wraps
        follow = lines[palette + 1]
        assert follow[:column].strip() == "" and follow[column] != " "


async def test_command_palette_filters_by_a_speaker() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        mitchell = speaker(app.readout, "Mitchell")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"filter by speaker mitchell")
        await wait_for(pilot, lambda: "Filter by speaker: " + mitchell.name in screen_text(app))
        await pilot.press("enter")
        await pilot.pause()
        assert f"· {mitchell.name}" in screen_text(app)


async def test_sidebar_lists_newest_first_with_counts_and_marks_the_failed_one(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        screen = screen_text(app)
        call = screen.index("Telephone Call with Osterra")
        talks = screen.index("Foreign Ministers of Veloria")
        failed = screen.index("⚠ unreadable-readout.yaml")
        assert call < talks < failed
        assert "2024-06-02 · 2 speakers" in screen
        assert "skipped: not a YAML readout" in screen
        assert "Readouts (3)" in screen


async def test_selecting_a_failed_readout_says_why(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "unreadable-readout")
        screen = screen_text(app)
        assert "This readout could not be loaded." in screen
        assert "not a YAML readout" in screen


async def test_clicking_a_row_opens_it_and_clicking_a_chip_filters(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        readouts = app.query_one("#readouts")
        await pilot.click(readouts, offset=(3, 2))  # the second row: two lines per row
        await wait_for(pilot, lambda: app.readout is not None and "Foreign Ministers" in app.readout.document.title)
        assert "Foreign Ministers of Veloria and Lirea" in screen_text(app).split("\n")[0]
        legend = app.query_one("#legend")
        await pilot.click(legend, offset=(1, 0))  # the first chip
        first = ordered_speakers(app.readout.attribution)[0]  # type: ignore[union-attr]
        assert f"· {first.name}" in screen_text(app)


async def test_typing_in_the_list_narrows_it_by_title(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"osterra")
        screen = screen_text(app)
        assert "Readouts (1 of 3)" in screen
        assert "Telephone Call with Osterra" in screen
        assert app.library.query == "osterra"
        assert [app.library[i].title for i in range(len(app.library))] == [
            "Telephone Call with Osterra on the Power Grid"
        ]
        await pilot.press("escape")
        assert "Readouts (3)" in screen_text(app)
        assert app.focused is app.query_one("#readouts")


async def test_letters_typed_faster_than_the_focus_moves_all_go_to_the_title_box(library_dir: Path) -> None:
    """Keys that arrive before the title box has the focus (a fast typist, keys
    sent by a terminal multiplexer) are typed into it too, not taken as the
    list's keys ("k": the previous readout)."""
    from textual import events

    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        readouts = app.query_one("#readouts")
        assert app.focused is readouts
        for letter in "oskerra":  # every key queued before any is handled
            readouts.post_message(events.Key(letter, letter))
        await pilot.pause()
        await pilot.pause()
        assert app.query_one("#title-search").value == "oskerra"
        assert app.library.query == "oskerra"


async def test_the_filter_follows_the_speaker_into_the_next_readout(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        await pilot.press("slash", *"lisk", "enter")
        lisk = speaker(app.readout, "Lisk")
        assert f"· {lisk.name}" in screen_text(app)
        await open_readout(pilot, "Telephone Call")
        readout = app.readout
        assert readout is not None
        total = len(readout.attribution.statements)
        assert f"{statement_count(readout, speaker(readout, 'Lisk').name)} of {total} statements" in screen_text(app)
        assert "Piet Varro stressed" not in "\n".join(view_lines(app))


async def test_speaker_option_starts_filtered() -> None:
    app = make_app(SEED, speaker="mitchell")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        mitchell = speaker(app.readout, "Mitchell")
        assert f"· {mitchell.name}" in screen_text(app)
        assert app.query_one("#filter-input").value == "mitchell"


async def test_a_readout_is_drawn_literally_never_as_markup(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        screen = screen_text(app)
        assert "[bold]regional security[/bold]" in screen
        assert "[@click=app.quit]energy[/]" in screen


async def test_tab_moves_between_sidebar_readout_and_filter() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(app.focused.id if app.focused else None)
        assert order == ["readout", "filter-input", "title-search", "readouts"]
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "title-search"


async def test_q_quits() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_command_palette_opens_a_readout(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"open readout osterra")
        await wait_for(pilot, lambda: "Open readout: Telephone Call with Osterra" in screen_text(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.readout is not None and "Osterra" in app.readout.document.title)
        assert "Telephone Call with Osterra on the Power Grid" in screen_text(app).splitlines()[0]


async def test_a_new_theme_recolours_the_open_readout() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "textual-dark"
        await settled(pilot)
        first = speaker(app.readout, "Lukashenko").name
        dark = app._styles[first].look.colour  # type: ignore[index]
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert app._styles[first].look.colour != dark  # type: ignore[index]
        assert "I hope the relations between Belarus" in screen_text(app)


async def test_running_through_the_list_ends_on_the_readout_under_the_cursor(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app._recent.clear()  # make every move a real read
        await pilot.press("j", "j", "k", "j")
        await wait_for(pilot, lambda: app._opening is None and not app.workers)
        entry = app.query_one("#readouts").entry
        assert app.readout is not None and app.readout.document.path == entry.path
        assert "could not be loaded" in screen_text(app)


async def test_a_name_typed_in_the_filter_box_has_its_page_ready_and_enter_shows_it_as_ever() -> None:
    """A pause in typing makes the page Enter would show ready (wrapped, its first
    screen drawn); Enter then shows that very page, drawn as a filter set any
    other way draws it. A query that changes after the pause gets its own page."""
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        readout = await settled_readout(pilot)
        mitchell, lukashenko = speaker(readout, "Mitchell"), speaker(readout, "Lukashenko")
        view = app.text_view

        def drawn() -> list[str]:
            region = view.region
            return [line[region.x : region.right] for line in screen_text(app).splitlines()[region.y : region.bottom]]

        app.set_speaker_filter(SpeakerFilter(mitchell.name, (mitchell,)))
        await pilot.pause()
        expected = drawn()
        app.set_speaker_filter(None)
        app._pages = Pages(readout, app._styles)  # (nothing made for the filter above is reused)
        await pilot.pause()

        await pilot.press("slash", *"mitchell")
        await wait_for(pilot, lambda: view._prepared is not None)
        prepared = view._prepared
        assert prepared.page.statements and {s.speaker for s in prepared.page.statements} == {mitchell.name}
        assert len(prepared.strips) > 0  # drawn before Enter
        await pilot.press("enter")
        await pilot.pause()
        assert view._at is prepared and view._prepared is None
        assert drawn() == expected

        await pilot.press("escape", "slash", *"mitchell")
        await wait_for(pilot, lambda: app._prepare_timer is None)
        await pilot.press(*["backspace"] * len("mitchell"), *"lukashenko", "enter")
        await pilot.pause()
        assert {s.speaker for s in view.page.statements} == {lukashenko.name}
        assert f"{statement_count(readout, lukashenko.name)} of " in app.query_one("#filter-status").content.plain


async def test_slash_selects_the_filter_so_a_new_name_replaces_the_old_one() -> None:
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        readout = await settled_readout(pilot)
        mitchell = speaker(readout, "Mitchell")
        await pilot.press("slash", *"lukashenko", "enter")
        await pilot.pause()
        assert app.speaker_filter is not None and app.speaker_filter.query == "lukashenko"
        await pilot.press("slash", *"mitchell", "enter")
        await pilot.pause()
        assert app.speaker_filter is not None and app.speaker_filter.query == "mitchell"
        assert app.chosen_speakers() == (mitchell,)
        await pilot.press("slash", "end", *" w", "enter")  # moving first keeps the query to edit
        await pilot.pause()
        assert app.speaker_filter.query == "mitchell w"


async def test_the_progress_shows_its_count_whole_in_a_narrow_sidebar(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        app._show_progress("Finding speakers", 365, 1395)
        await pilot.pause()
        line = next(line for line in screen_text(app).splitlines() if "Finding speakers" in line)
        sidebar = line.split("│")[1]
        assert "Finding speakers 365/1,395" in sidebar
        assert sidebar.rstrip().endswith(("Esc stops", "…"))  # cut short, and seen to be


async def test_f2_hides_the_list_for_room_to_read_and_ctrl_b_shows_it_again() -> None:
    """On a narrow terminal the readout gets the whole width; the focus leaves the
    hidden list for the readout, and Ctrl+B (or F2) again brings the list back."""
    app = make_app(SEED)
    async with app.run_test(size=(70, 30)) as pilot:
        await settled(pilot)
        sidebar, view = app.query_one("#sidebar"), app.text_view
        assert app.focused is app._list
        narrow = view.size.width
        await pilot.press("f2")
        await settled(pilot)
        assert not sidebar.display and app.focused is view
        assert view.region.x <= 1 and view.size.width > narrow + 20  # the whole width, less the margins
        assert "Readouts" not in screen_text(app)
        await pilot.press("ctrl+b")
        await settled(pilot)
        assert sidebar.display and view.size.width == narrow
        assert "Readouts" in screen_text(app) and app.focused is view


async def test_a_resize_keeps_the_statement_at_the_mark_in_view() -> None:
    # (a user's QA pass: resized, the view kept its line number, so it showed other text and ▶ went off screen)
    app = make_app(SEED)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        total = len(app.readout.attribution.statements)  # type: ignore[union-attr]
        await pilot.press(*["n"] * (total - 2))
        assert "▶" in screen_text(app)
        for size in ((60, 20), (200, 50), (70, 18)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.1)
            assert "▶" in screen_text(app), f"▶ lost at {size}"
            assert f"statement {total - 2} of {total}" in screen_text(app)


async def test_a_resize_keeps_the_text_at_the_top_of_the_view() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(60, 20)) as pilot:
        await settled(pilot)
        view = app.text_view
        view.focus()
        await pilot.press(*["space"] * 6)
        await pilot.pause(0.1)
        top = view._at.lines[round(view.scroll_y)]
        assert top.block > 0
        await pilot.resize_terminal(100, 22)
        await pilot.pause(0.1)
        now = view._at.lines[round(view.scroll_y)]
        assert now.block == top.block and now.start <= top.start < max(now.end, now.start + 1), (top, now)
