"""Ingesting what users bring: seed-format text, HTML pages and JSON lines, in one folder."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

SEED_STYLE = ' date 2024-06-20 Photo. (Yonhap)\n\n"Inflation is easing but risks remain across the region," Finance Minister Choi told reporters on Thursday.\n'
HTML = """<html><head><title>Korea, Japan agree on tourism goal</title>
<meta property="article:published_time" content="2024-03-22T10:00:00+09:00">
<link rel="canonical" href="https://news.example.org/tourism-talks"></head>
<body><nav>Home / World / Asia</nav><article><h1>Korea, Japan agree on tourism goal</h1>
<p>South Korea and Japan set a goal of 15 million visits at the 8th Korea-Japan Tourism Ministers' Meeting held in Busan on Thursday, Seoul's culture ministry said.</p>
<p>"Our job is to make travel easier and cheaper for ordinary families," Culture Minister Hwang Bo-ra said.</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""


def write_mixed_folder(folder: Path, seed_file: Path) -> None:
    folder.mkdir()
    (folder / "seed.txt").write_text(seed_file.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "later.txt").write_text(SEED_STYLE, encoding="utf-8")
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({"text": "Trade Minister Park Ji-hoon said the two sides would resume talks next month on chip export controls.",
                    "title": "Park on talks", "url": "https://example.org/park", "published": "2024-06-01"}),
        '{"broken json',
        json.dumps({"text": '"We will not accept unfair tariffs on our steel exports," Park said on Friday.',
                    "published": "2024-06-08"}),
    ]) + "\n", encoding="utf-8")


def test_a_folder_mixing_text_html_and_json_lines_is_ingested_and_bad_lines_reported(cli, db_path, tmp_path, seed_file):
    folder = tmp_path / "reports"
    write_mixed_folder(folder, seed_file)
    result = cli("--db", db_path, "ingest", folder)
    assert result.exit_code == 1  # one bad JSON line
    assert "5 documents read" in result.stdout
    assert "feed.jsonl:2: not JSON" in result.stdout
    db = sqlite3.connect(db_path)
    sources = {row[0] for row in db.execute("SELECT source FROM documents")}
    assert "https://news.example.org/tourism-talks" in sources
    assert "https://example.org/park" in sources
    page = db.execute("SELECT title, published FROM documents WHERE source LIKE 'https://news%'").fetchone()
    assert page == ("Korea, Japan agree on tourism goal", "2024-03-22")
    meeting = db.execute("SELECT name, location FROM meetings WHERE name LIKE '%Tourism%'").fetchone()
    assert meeting == ("8th Korea-Japan Tourism Ministers' Meeting", "Busan")


def test_the_same_minister_in_two_reports_is_one_speaker_with_both_statements(cli, db_path, tmp_path, seed_file):
    folder = tmp_path / "reports"
    write_mixed_folder(folder, seed_file)
    cli("--db", db_path, "ingest", folder)
    db = sqlite3.connect(db_path)
    choi = db.execute("SELECT id FROM speakers WHERE name = 'Choi Sang-mok'").fetchall()
    assert len(choi) == 1
    texts = [r[0] for r in db.execute("SELECT text FROM statements WHERE speaker_id = ?", choi[0])]
    assert any(t.startswith("Inflation is easing") for t in texts)  # "Finance Minister Choi", later
    assert any("gallium" in t for t in texts)  # the seed's quote
    park = db.execute("SELECT count(*) FROM statements s JOIN speakers p ON p.id = s.speaker_id"
                      " WHERE p.name = 'Park Ji-hoon'").fetchone()[0]
    assert park == 2  # "Park said" in the second JSON record


def test_an_html_page_without_an_article_is_reported_not_ingested(cli, db_path, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    result = cli("--db", db_path, "ingest", page)
    assert result.exit_code == 1
    assert "no article text found" in result.stdout


def test_a_user_topic_file_extends_the_bundled_topics(cli, db_path, tmp_path, seed_file):
    topics = tmp_path / "mine.toml"
    topics.write_text('[[topic]]\nname = "fertiliser"\nkeywords = ["urea", "potash"]\n', encoding="utf-8")
    result = cli("--db", db_path, "--topics", topics, "ingest", seed_file)
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(db_path)
    tagged = db.execute("SELECT s.text FROM statements s JOIN statement_topics st ON st.statement_id = s.id"
                        " JOIN topics t ON t.id = st.topic_id WHERE t.name = 'fertiliser'").fetchall()
    assert len(tagged) == 1 and "urea" in tagged[0][0]
    assert db.execute("SELECT count(*) FROM topics WHERE name = 'critical minerals'").fetchone()[0] == 1


def test_a_broken_topic_file_is_one_line_of_explanation(cli, db_path, tmp_path, seed_file):
    topics = tmp_path / "bad.toml"
    topics.write_text("[[topic]\nname = ", encoding="utf-8")
    result = cli("--db", db_path, "--topics", topics, "ingest", seed_file)
    assert result.exit_code == 1
    assert "cannot read topic list" in result.stderr
    assert "Traceback" not in result.output
