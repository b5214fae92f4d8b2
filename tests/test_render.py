import io

from rich.console import Console

from checker.records import Article, Claim, Finding, Reason, Report, Skipped
from checker.render import console, markdown

NASTY = "Il a dit | [cliquez ici](http://evil.example) `rm -rf` <script>alert(1)</script> [bold red]x[/] *gras*"


def report_with(text: str) -> Report:
    claim_a = Claim("src | A", "a.txt", None, text, 0, len(text), ((0, 2),))
    claim_b = Claim("B", "b.txt", "2025-01-01", "Une autre phrase.", 0, 17)
    f = Finding("F-0000000001", 0.7, "topic", 0.9, (claim_a, claim_b), (Reason("stance", "because <b>", 0.6),))
    arts = (Article("a.txt", "a.txt", "src | A", text, ((0, len(text)),)), Article("b.txt", "b.txt", "B", "x", ((0, 1),)))
    return Report(arts, (Skipped("c.bin", "binary file"),), (), (), (f,))


def test_markdown_quotes_cannot_become_links_html_or_tables():
    md = markdown.render(report_with(NASTY))
    quote = next(line for line in md.splitlines() if line.startswith("> "))
    assert "<script>" not in md and "\\<script\\>" in quote
    assert "](http" not in quote.replace("\\]", "")  # the link bracket is escaped
    assert "\\|" in quote and "\\`" in quote
    table_rows = [line for line in md.splitlines() if line.startswith("| src")]
    assert table_rows and table_rows[0].count(" | ") == 4  # the pipe in the source name did not add a column


def test_markdown_list_marker_at_start_is_neutralised():
    assert markdown.escape("1. premier") == "1\\. premier"
    assert markdown.escape("- tiret") == "\\- tiret"


def test_console_does_not_interpret_rich_markup_in_article_text():
    buf = io.StringIO()
    con = Console(file=buf, width=120, record=True, color_system=None)
    for part in console.render(report_with(NASTY)):
        con.print(part)
    out = " ".join(buf.getvalue().split())
    assert "[bold red]x[/]" in out.replace("│", "").replace("  ", " ") or "[bold red]x[/]" in con.export_text()
    assert "c.bin" in out and "binary file" in out
    assert "F-0000000001" in out
