"""HTML fragments (feed summaries, page bodies) to plain text with paragraph breaks."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements that end a line or a paragraph; their content is skipped for SKIP.
PARAGRAPH = frozenset({"p", "div", "section", "article", "blockquote", "pre", "table", "ul", "ol",
                       "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "figure", "dl"})
LINE = frozenset({"br", "li", "tr", "dt", "dd", "hr", "figcaption"})
SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif tag in PARAGRAPH:
            self.parts.append("\n\n")
        elif tag in LINE:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in LINE or tag in PARAGRAPH:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in PARAGRAPH:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, blocks as paragraphs.

    Plain text given by mistake (no tags) comes back with its whitespace tidied.
    """
    if "<" not in fragment:
        text = html.unescape(fragment)
        return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
