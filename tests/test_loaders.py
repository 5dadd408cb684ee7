"""The loaders, format by format, on small files written in temporary folders."""

import json
import os
from pathlib import Path

import pytest

from loaders import LoadedArticle, LoadFailure, LoadOptions, discover, iter_articles
from loaders.dates import parse_date
from loaders.records import parse_field_map

BODY = "Toyota Motor said on Tuesday it would recall 10,000 cars in Japan."


def _load(path: Path, **options: object) -> list[LoadedArticle | LoadFailure]:
    return list(iter_articles([str(path)], options=LoadOptions(**options)))  # type: ignore[arg-type]


def _one(path: Path, **options: object) -> LoadedArticle:
    (item,) = _load(path, **options)
    assert isinstance(item, LoadedArticle), item
    return item


def _failure(path: Path, **options: object) -> LoadFailure:
    (item,) = _load(path, **options)
    assert isinstance(item, LoadFailure), item
    return item


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("2024-03-05 10:00", "2024-03-05"),
        ("20240305", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 +0800", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("Tuesday, March 5th, 2024", "2024-03-05"),
        ("Sept. 1, 2023", "2023-09-01"),
        (1709600000, "2024-03-05"),
        (1709600000000, "2024-03-05"),
        ("", None),
        (None, None),
    ],
)
def test_dates_in_common_forms_become_iso_days(value: object, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["next Tuesday", "2024-02-30", "05/03/2024", "2024-03", True])
def test_unreadable_or_ambiguous_dates_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


# --- plain text and Markdown ---------------------------------------------------------------------


def test_header_format(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"Title: Recall\nPublished: 2024-03-05\nPublisher: Reuters\nURL: https://x.example/a\n"
        f"Author: Jane Doe\n\n\n{BODY}\n\n",
        encoding="utf-8",
    )
    item = _one(path)
    article = item.article
    assert (article.title, article.published, article.publisher, article.author) == (
        "Recall", "2024-03-05", "Reuters", "Jane Doe",
    )  # fmt: skip
    assert article.text == BODY and article.url == "https://x.example/a"
    assert article.published_source == "header" and item.warnings == ()


def test_yaml_front_matter_with_a_markdown_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ndate: 2024-03-05\nsource: {name: Nikkei Asia}\nauthors: [A. One, B. Two]\n"
        f"url: https://x.example/b\n---\n# Toyota recalls cars\n\n{BODY}\n",
        encoding="utf-8",
    )
    article = _one(path).article
    assert article.title == "Toyota recalls cars"
    assert (article.published, article.publisher, article.author) == (
        "2024-03-05", "Nikkei Asia", "A. One, B. Two",
    )  # fmt: skip
    assert article.text.startswith("# Toyota recalls cars")


def test_front_matter_refuses_yaml_objects_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: ok\ndate: !!python/object/apply:os.system [echo hi]\n---\n{BODY}\n"
    )
    failure = _failure(path)
    assert "invalid YAML front matter" in failure.reason and failure.line == 3


def test_front_matter_must_be_closed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: never closed\n{BODY}\n")
    assert "not closed" in _failure(path).reason


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Toyota recalls cars | Wire</title>
<meta property="og:site_name" content="Motor Wire">
<link rel="canonical" href="https://www.wire.example/toyota-recall">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Toyota recalls cars",
 "datePublished": "2024-03-05T23:30:00-05:00", "author": {{"@type": "Person", "name": "Jane Doe"}},
 "publisher": {{"@type": "Organization", "name": "Motor Wire"}}}}
</script></head>
<body><nav><a href="/">Home</a> <a href="/autos">Autos</a></nav>
<article><h1>Toyota recalls cars</h1><p>{body}</p><p>Dealers will fix the cars for free.</p>
</article><footer>Copyright 2023 Motor Wire</footer></body></html>"""


def test_html_page_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(charset="utf-8", body=BODY), encoding="utf-8")
    item = _one(path)
    article = item.article
    assert article.text == f"{BODY}\n\nDealers will fix the cars for free."
    assert article.title == "Toyota recalls cars"
    assert article.published == "2024-03-05" and article.published_source == "metadata"
    assert (article.publisher, article.author) == ("Motor Wire", "Jane Doe")
    assert article.url == "https://www.wire.example/toyota-recall"


def test_html_date_comes_from_markup_not_from_a_copyright_line(tmp_path: Path) -> None:
    page = PAGE.format(charset="utf-8", body=BODY).replace(
        '"datePublished": "2024-03-05T23:30:00-05:00", ', ""
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert "no publication date" in _failure(path).reason
    assert _one(path, default_date="2024-06-01").article.published == "2024-06-01"


def test_html_in_a_declared_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    body = "Citroën a présenté à Genève une voiture électrique."
    path.write_bytes(PAGE.format(charset="iso-8859-1", body=body).encode("latin-1"))
    item = _one(path)
    assert body in item.article.text
    assert any("iso-8859-1" in w for w in item.warnings)


def test_html_without_article_text_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Home</title></head><body><nav>Home</nav></body></html>")
    assert "no article text found" in _failure(path).reason


# --- JSON Lines, JSON, CSV ----------------------------------------------------------------------


def _jsonl(path: Path, *records: object) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_detects_common_field_names_and_names_lines(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "dump.jsonl",
        {"title": "A", "content": BODY, "publishedAt": "2024-03-05T10:00:00Z",
         "url": "https://x.example/a", "source": {"id": None, "name": "Reuters"},
         "author": ["Jane Doe", "John Roe"]},
        '{"title": "broken", ',
        {"headline": "B", "Body": "Honda said it would build a plant in Ohio.",
         "pub_date": "March 6, 2024", "Link": "https://x.example/b"},
        {"title": "C", "summary": "only a summary", "date": "2024-03-05"},
    )  # fmt: skip
    items = _load(path)
    first, broken, second, no_text = items
    assert isinstance(first, LoadedArticle) and isinstance(second, LoadedArticle)
    assert (first.article.publisher, first.article.author) == ("Reuters", "Jane Doe, John Roe")
    assert first.source == f"{path}:1" and first.article.source_path == f"{path}:1"
    assert (second.article.title, second.article.published) == ("B", "2024-03-06")
    assert second.source == f"{path}:3"
    assert isinstance(broken, LoadFailure) and broken.line == 2
    assert broken.reason.startswith("invalid JSON")
    assert isinstance(no_text, LoadFailure) and no_text.line == 4
    assert "--field text=NAME" in no_text.reason


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        '{"text": "Toyota \\ud800 said \\udfff it would recall cars.", "date": "2024-03-05"}\n'
        f'{{"text": "{BODY}", "date": "2024-03-05"}}\n'
    )
    first, second = _load(path)
    assert isinstance(first, LoadedArticle) and isinstance(second, LoadedArticle)
    assert first.article.text == "Toyota \ufffd said \ufffd it would recall cars."
    assert first.warnings == ("replaced invalid characters (lone surrogates) with U+FFFD",)


def test_explicit_field_mapping_with_nested_keys(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "dump.jsonl",
        {"summary": "teaser", "story": {"full": BODY}, "meta": {"when": "2024-03-05"},
         "outlet": {"label": "Wire"}},
    )  # fmt: skip
    fields = parse_field_map(["text=story.full", "date=meta.when", "source=outlet.label"])
    article = _one(path, fields=fields).article
    assert (article.text, article.published, article.publisher) == (BODY, "2024-03-05", "Wire")
    failure = _failure(path, fields=parse_field_map(["text=nothing"]))
    assert "no text in field 'nothing'" in failure.reason


def test_field_map_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        parse_field_map(["colour=red"])
    with pytest.raises(ValueError, match="expected FIELD=NAME"):
        parse_field_map(["text"])


def test_json_array_records_know_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    records = [
        {"title": "A", "text": BODY, "date": "2024-03-05"},
        {"title": "B", "text": "", "date": "2024-03-05"},
        {"title": "C", "text": "Kia opened a plant in Mexico.", "date": "2024-03-07"},
    ]
    path.write_text("[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n")
    items = _load(path)
    assert [type(i).__name__ for i in items] == ["LoadedArticle", "LoadFailure", "LoadedArticle"]
    assert isinstance(items[1], LoadFailure) and items[1].line == 3
    assert isinstance(items[2], LoadedArticle) and items[2].source == f"{path}:4"


def test_json_object_holding_articles_like_a_news_api(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    record = {"title": "A", "content": BODY, "publishedAt": "2024-03-05"}
    payload = {"status": "ok", "totalResults": 1, "articles": [record]}
    path.write_text(json.dumps(payload))
    (item,) = _load(path)
    assert isinstance(item, LoadedArticle) and item.source == f"{path}#1"


def test_truncated_json_array_fails_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text(f'[\n{{"text": "{BODY}", "date": "2024-03-05"}},\n{{"text": "cut')
    items = _load(path)
    assert isinstance(items[0], LoadedArticle)
    assert isinstance(items[1], LoadFailure) and items[1].line == 3


def test_csv_with_quoted_multiline_text_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        'Headline;Article Body;Publication Date\n"A";"First line.\n\nSecond line.";2024-03-05\n'
        f'"B";"{BODY}";2024-03-06\n',
        encoding="utf-8",
    )
    first, second = _load(path)
    assert isinstance(first, LoadedArticle) and isinstance(second, LoadedArticle)
    assert first.article.text == "First line.\n\nSecond line." and first.source == f"{path}:2"
    assert second.source == f"{path}:5" and second.article.title == "B"


def test_csv_without_a_text_column_fails_once_with_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("title,summary,date\nA,teaser,2024-03-05\nB,teaser,2024-03-05\n")
    failure = _failure(path)
    assert failure.line == 1 and "columns: title, summary, date" in failure.reason
    mapped = _load(path, fields=parse_field_map(["text=summary"]))
    assert [m.article.title for m in mapped if isinstance(m, LoadedArticle)] == ["A", "B"]


# --- feeds ---------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Auto Wire</title><link>https://wire.example/</link><description>d</description>
<item><title>Recall</title><link>https://wire.example/recall</link>
<pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate><author>jane@wire.example (Jane Doe)</author>
<description>teaser</description>
<content:encoded><![CDATA[<p>{body}</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Undated</title><link>https://wire.example/undated</link>
<description>Honda said it would build a plant in Ohio.</description></item>
</channel></rss>"""


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS.format(body=BODY), encoding="utf-8")
    first, undated = _load(path)
    assert isinstance(first, LoadedArticle)
    assert first.article.text == f"{BODY}\n\nSecond paragraph."
    assert (first.article.published, first.article.publisher) == ("2024-03-05", "Auto Wire")
    assert first.source == f"{path}#1"
    assert isinstance(undated, LoadFailure)
    assert undated.reason.startswith("entry 2: no publication date")


def test_atom_feed_sniffed_from_an_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "feed.download"
    path.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Press</title>'
        '<entry><title>T</title><link href="https://p.example/1"/><id>1</id>'
        f"<updated>2024-03-05T10:00:00Z</updated><summary>{BODY}</summary></entry></feed>"
    )
    article = _one(path).article
    assert (article.text, article.published, article.publisher) == (BODY, "2024-03-05", "Press")


def test_a_file_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text("<?xml version='1.0'?><urlset><url><loc>https://x.example</loc></url></urlset>")
    assert "feed" in _failure(path).reason


# --- bytes: encodings, binary, empty, size --------------------------------------------------------


def test_encodings(tmp_path: Path) -> None:
    text = "Title: Citroën\nPublished: 2024-03-05\n\nCitroën a présenté une voiture à Genève. "
    text += BODY
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    for name in ("utf16.txt", "bom.txt"):
        item = _one(tmp_path / name)
        assert item.article.title == "Citroën" and item.warnings == ()
    legacy = _one(tmp_path / "cp1252.txt")
    assert legacy.article.title == "Citroën" and "Genève" in legacy.article.text
    assert legacy.warnings == ("not UTF-8; read as cp1252 (detected)",)


def test_damaged_utf8_fails_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    head = "Title: Škoda\nPublished: 2024-03-05\n\nŠkoda said".encode()
    path.write_bytes(head + b" \xe2\x80 x\n")
    failure = _failure(path)
    assert failure.line == 4 and failure.reason == "invalid UTF-8: byte 0xe2 at column 13"


def test_binary_and_empty_files(tmp_path: Path) -> None:
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "blob.md").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n\t\n")
    assert _failure(tmp_path / "pic.txt").reason == "binary file (PNG image), not an article"
    assert _failure(tmp_path / "blob.md").reason == "binary file, not an article"
    assert _failure(tmp_path / "empty.txt").reason == "empty file"
    assert _failure(tmp_path / "blank.txt").reason == "empty file"


def test_size_limit_on_a_sparse_200_mb_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: no disk space used
    failure = _failure(path)
    assert failure.reason == "file is 200.0 MB, over the 50.0 MB limit (raise it with --max-size)"
    small = tmp_path / "small.txt"
    small.write_text(f"Published: 2024-03-05\n\n{BODY}")
    assert "over the 10 bytes limit" in _failure(small, max_size=10).reason


# --- paths: folders, globs, stdin, dates from mtime ----------------------------------------------


def test_folders_globs_and_skipped_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".hidden").mkdir()
    for name in ("a/one.txt", "a/b/two.md", "a/.hidden/three.txt", "a/b/four.txt"):
        (tmp_path / name).write_text(f"Published: 2024-03-05\n\n{BODY} {name}")
    (tmp_path / "a" / "b" / "logo.png").write_bytes(b"\x89PNG")
    sources, notes = discover([str(tmp_path / "a")])
    assert [Path(s.name).name for s in sources] == ["four.txt", "two.md", "one.txt"]
    assert notes == [f"{tmp_path / 'a'}: skipped 1 file(s) of other types (.png)"]
    globbed, _ = discover([str(tmp_path / "a" / "**" / "*.txt")])
    assert sorted(Path(s.name).name for s in globbed) == ["four.txt", "one.txt"]
    (missing,) = _load(tmp_path / "nothing-*.txt")
    assert isinstance(missing, LoadFailure) and missing.reason == "no file matches this pattern"


def test_date_from_mtime_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(f"Title: T\n\n{BODY}")
    os.utime(path, (1709600000, 1709600000))
    failure = _failure(path)
    assert "--default-date or --date-from-mtime" in failure.reason
    item = _one(path, date_from_mtime=True)
    assert (item.article.published, item.article.published_source) == ("2024-03-05", "mtime")
    assert item.warnings == ("no publication date; using the file's modification date 2024-03-05",)
    default = _one(path, default_date="2024-01-31")
    assert (default.article.published, default.article.published_source) == (
        "2024-01-31", "default",
    )  # fmt: skip


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="not both"):
        LoadOptions(default_date="2024-01-01", date_from_mtime=True)
    with pytest.raises(ValueError, match="--default-date"):
        LoadOptions(default_date="yesterday")
