from __future__ import annotations

from outreach.classify.html import html_to_text
from outreach.classify.quotes import split_reply


class TestHtmlQuotes:
    """Quote containers in HTML become `> ` lines that the stripper removes."""

    def test_gmail_quote(self) -> None:
        html = (
            "<div dir='ltr'>Dank, ontvangen.</div><div class='gmail_quote'>"
            "<div class='gmail_attr'>Op ma 3 mrt schreef X &lt;x@y.nl&gt;:</div>"
            "<blockquote>Moties aangenomen in Kampen.</blockquote></div>"
        )
        text = html_to_text(html)
        assert text.splitlines()[0] == "Dank, ontvangen."
        assert all(line.startswith(">") for line in text.splitlines()[1:] if line)
        assert split_reply(text).own == "Dank, ontvangen."

    def test_outlook_reply_header_starts_history(self) -> None:
        html = (
            "<p>Wij nemen het mee.</p><div id='divRplyFwdMsg'><b>Van:</b> KP</div>"
            "<div><p>Dien een motie in.</p></div>"
        )
        text = html_to_text(html)
        assert split_reply(text).own == "Wij nemen het mee."
        assert "> Dien een motie in." in text

    def test_outlook_border_top_div(self) -> None:
        html = (
            "<p>Doorgestuurd.</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'>"
            "<p>Van: KP</p></div><p>Wij vragen u een motie in te dienen.</p>"
        )
        assert split_reply(html_to_text(html)).own == "Doorgestuurd."

    def test_scripts_and_styles_dropped(self) -> None:
        text = html_to_text("<style>p {color: red}</style><script>x()</script><p>Tekst</p>")
        assert text == "Tekst"
