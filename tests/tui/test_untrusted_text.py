"""Document text is data: markup shows literally, escape sequences never reach the terminal."""

from __future__ import annotations

from onrecord.db.documents import SourceDocument
from onrecord.db.model import DocumentInfo, Extraction, Speaker, Statement
from onrecord.db.text import clean_text
from tests.tui.conftest import settle
from tests.tui.test_app import screen_text

HOSTILE = [
    "[@click=app.quit]x[/]",
    "[/]",
    "[bold]",
    "Clipboard \x1b]52;c;aGk=\x07 and clear \x1b[2J screen",
]


def hostile_store(tmp_path):
    from onrecord.db.store import Store
    store = Store.open(tmp_path / "hostile.db")
    text = clean_text("\n\n".join(HOSTILE))
    statements, offset = [], 0
    for part in text.split("\n\n"):
        statements.append(Statement(kind="quote", text=part, speaker=Speaker("[red]Mallory[/red]"),
                                    speaker_as_written="[link=file:///etc/passwd]x[/link]", cue="said",
                                    start=offset, end=offset + len(part)))
        offset += len(part) + 2
    store.ingest(SourceDocument(source="[b]evil.txt[/b]", text=text),
                 Extraction(DocumentInfo(source="[b]evil.txt[/b]"), statements=statements))
    return store


async def test_markup_and_escape_sequences_in_statements_show_as_text_and_do_nothing(tmp_path, make_app):
    store = hostile_store(tmp_path)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for _ in range(4):
            await pilot.click("#statements", offset=(30, 1))
            await pilot.click("#detail", offset=(5, 1))
            await pilot.press("j")
            await pilot.pause()
        assert app.is_running  # clicking "[@click=app.quit]" did not quit
        shown = screen_text(app)
        assert "[@click=app.quit]x[/]" in shown
        assert "[bold]" in shown
        assert "[red]Mallory[/red]" in shown
        assert "Clipboard  and clear  screen" in shown
        assert "\x1b" not in app.export_screenshot()
        assert app.clipboard == ""
        await pilot.press("o")
        await pilot.pause()
        assert "[@click=app.quit]x[/]" in screen_text(app)
        assert app.is_running


def test_stored_text_has_no_escape_sequences(tmp_path):
    store = hostile_store(tmp_path)
    texts = [row[0] for row in store.db.execute("SELECT text FROM statements")]
    assert "Clipboard  and clear  screen" in texts
    assert not any("\x1b" in t or "\x07" in t for t in texts)
