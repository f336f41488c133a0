"""Orders a user can pick: relevance, newest first, oldest first; each real, with and
without a search (issue: meetings you can work with)."""

from __future__ import annotations

import pytest

from onrecord.db.documents import read_path
from onrecord.db.extract import extract
from onrecord.db.store import StatementFilter, Store


@pytest.fixture
def three_years(db_path, write_seed) -> Store:
    store = Store.open(db_path)
    for year in (2022, 2023, 2024):
        path = write_seed(
            f"talks_{year}.txt", f"{year}-05-16", "Delegates. (Pool)",
            "Trade Minister Ana Ruiz met her Danish counterpart Lars Holm in Lima on Thursday.",
            f'"Fishing quotas for {year} must be fair," Ruiz said.',
            '"We will review fishing quotas again next year," Holm said.')
        [document] = read_path(path)
        store.ingest(document, extract(document.text, source=document.source))
    yield store
    store.close()


def years(rows) -> list[str]:
    return [row.date[:4] for row in rows]


@pytest.mark.parametrize("query", [None, "fishing quotas"])
def test_oldest_first_is_newest_first_turned_around_by_day_with_each_report_in_its_order(three_years, query):
    selection = StatementFilter(query=query)
    newest = three_years.statements(selection, order="newest", limit=100)
    oldest = three_years.statements(selection, order="oldest", limit=100)
    assert years(newest) == ["2024", "2024", "2023", "2023", "2022", "2022"]
    assert years(oldest) == ["2022", "2022", "2023", "2023", "2024", "2024"]
    # Within one report, the report's own order: Ruiz before Holm, either way.
    assert [row.speaker_name for row in oldest[:2]] == ["Ana Ruiz", "Lars Holm"]
    assert [row.speaker_name for row in newest[:2]] == ["Ana Ruiz", "Lars Holm"]


def test_pages_of_oldest_first_join_up_without_gaps(three_years):
    selection = StatementFilter(query="fishing")
    whole = [row.id for row in three_years.statements(selection, order="oldest", limit=100)]
    paged = [row.id for offset in range(0, 6, 2)
             for row in three_years.statements(selection, order="oldest", limit=2, offset=offset)]
    assert paged == whole and len(whole) == 6


def test_the_second_half_of_oldest_first_read_from_the_newest_end_is_the_same(three_years, monkeypatch):
    import onrecord.db.search_plan as plan

    selection = StatementFilter(query="fishing")
    whole = [row.id for row in three_years.statements(selection, order="oldest", limit=100)]
    monkeypatch.setattr(plan, "READ_FROM_THE_END_AFTER", 1)  # every page past the middle
    for offset in range(1, 6):
        page = [row.id for row in three_years.statements(selection, order="oldest", limit=2, offset=offset)]
        assert page == whole[offset:offset + 2], offset
