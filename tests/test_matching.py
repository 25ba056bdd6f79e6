from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from outreach.classify.message import ParsedMessage, parse_message
from outreach.compose import identity
from outreach.matching import (
    MatchContext,
    MunicipalityRef,
    load_domain_owners,
    load_match_data,
    match_message,
)

SECRET = "test-secret"
OURS = "kinderpardonnu@gmail.com"
LETTER = (Path(__file__).resolve().parent / "classify" / "letter.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def context() -> MatchContext:
    municipalities, owners = load_match_data()
    return MatchContext(
        municipalities=municipalities,
        domain_owners=owners,
        secret=SECRET,
        sender_assignments={"jan@privé.example": "GM0363"},
        sent_message_ids={"<old-format-123@gmail.com>": "GM0014"},
        own_addresses=frozenset({OURS}),
        letter_texts=[LETTER],
    )


def mail(
    body: str = "Dank, ontvangen.",
    *,
    sender: str = "someone@example.org",
    to: str = OURS,
    subject: str = "Re: Pleidooi",
    headers: dict[str, str] | None = None,
) -> ParsedMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return parse_message(bytes(message))


def our_id(code: str) -> str:
    return identity.message_id_for(
        campaign="kinderpardon", cbs_code=code, step="letter", domain="gmail.com", secret=SECRET
    )


class TestStrongEvidence:
    """Our own identifiers decide, whatever else the message says."""

    def test_in_reply_to(self, context: MatchContext) -> None:
        result = match_message(
            mail("Groeten uit Amsterdam", headers={"In-Reply-To": our_id("GM0344")}), context
        )
        assert result.cbs_code == "GM0344"
        assert result.evidence[0].kind == "message-id"
        assert result.confidence >= 0.99

    def test_forged_digest_is_ignored(self, context: MatchContext) -> None:
        forged = our_id("GM0344").replace(".gm0344.", ".gm0363.")
        result = match_message(mail(headers={"References": forged}), context)
        assert result.cbs_code is None

    def test_known_sent_id_in_another_format(self, context: MatchContext) -> None:
        result = match_message(mail(headers={"References": "<old-format-123@gmail.com>"}), context)
        assert result.cbs_code == "GM0014"

    def test_reply_token_in_plus_address(self, context: MatchContext) -> None:
        to = identity.reply_address(OURS, cbs_code="GM0106", secret=SECRET)
        result = match_message(mail(to=to), context)
        assert result.cbs_code == "GM0106"
        assert result.evidence[0].kind == "reply-token"

    def test_bounce_returned_headers_and_failed_recipient(self, context: MatchContext) -> None:
        raw = (
            "From: MAILER-DAEMON@mx.example.net\r\nTo: kinderpardonnu@gmail.com\r\n"
            "Subject: Undelivered Mail\r\nContent-Type: multipart/report; "
            'report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain'
            "\r\n\r\nFailed.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; info@almere.nl\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\n\r\n--b\r\nContent-Type: text/rfc822-headers"
            f"\r\n\r\nMessage-ID: {our_id('GM0344')}\r\nTo: info@almere.nl\r\n\r\n--b--\r\n"
        ).encode()
        result = match_message(parse_message(raw), context)
        assert result.cbs_code == "GM0344"
        kinds = {e.kind for e in result.evidence}
        assert {"returned-message-id", "failed-recipient"} <= kinds


class TestSender:
    """The sender's address, domain and operator assignments."""

    def test_operator_assignment(self, context: MatchContext) -> None:
        result = match_message(mail(sender="jan@privé.example"), context)
        assert result.cbs_code == "GM0363"

    def test_exact_address(self, context: MatchContext) -> None:
        result = match_message(mail(sender="Info@Almere.nl"), context)
        assert result.cbs_code == "GM0034"
        assert result.evidence[0].kind == "sender-address"

    def test_subdomain(self, context: MatchContext) -> None:
        result = match_message(mail(sender="griffie@raad.utrecht.nl"), context)
        assert result.cbs_code == "GM0344"
        assert result.evidence[0].value == "utrecht.nl"

    def test_shared_domain_is_not_enough(self, context: MatchContext) -> None:
        result = match_message(mail(sender="info@hltsamen.nl"), context)
        assert result.cbs_code is None
        assert sorted(result.candidates) == ["GM0534", "GM0553", "GM1525"]

    def test_shared_domain_plus_name_decides(self, context: MatchContext) -> None:
        result = match_message(
            mail("Namens de gemeente Lisse: ontvangen.", sender="a@hltsamen.nl"), context
        )
        assert result.cbs_code == "GM0553"

    @pytest.mark.parametrize(
        ("body", "sender", "code"),
        [
            (
                "Ontvangen.\n\nMet vriendelijke groet,\nGriffie\nGemeente Lisse",
                "a@hltsamen.nl",
                "GM0553",
            ),
            ("Dank.\n\nMet vriendelijke groet,\nRaad van Teylingen", "b@hltsamen.nl", "GM1525"),
            ("Dank.\n\nGroet,\nP. Vos\nLisse", "p@hltsamen.nl", "GM0553"),
            ("Doorgestuurd.\n\nGroet,\nJ. Bos\ngriffie Oudewater", "j@woerden.nl", "GM0589"),
            ("Doorgestuurd.\n\nGroet,\nJ. Bos\nGriffie Woerden", "j@woerden.nl", "GM0632"),
        ],
    )
    def test_shared_domain_name_in_signature_decides(
        self, context: MatchContext, body: str, sender: str, code: str
    ) -> None:
        assert match_message(mail(body, sender=sender), context).cbs_code == code

    def test_council_name_beats_neighbours_mentioned(self, context: MatchContext) -> None:
        body = "Wij werken samen met Hillegom en Teylingen. Namens de griffie van Lisse: ontvangen."
        assert match_message(mail(body, sender="a@hltsamen.nl"), context).cbs_code == "GM0553"

    def test_registration_domain(self, context: MatchContext) -> None:
        result = match_message(mail(sender="griffie@raadtilburg.nl"), context)
        assert result.cbs_code == "GM0855"

    def test_own_address_is_no_evidence(self, context: MatchContext) -> None:
        result = match_message(mail(sender=OURS), context)
        assert result.evidence == []
        assert result.cbs_code is None


class TestNames:
    """Names match whole, unambiguous and properly written, never inside longer names."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("De fractie in Den Haag gaat een motie indienen.", "GM0518"),
            ("Groeten van de griffie van 's-Hertogenbosch", "GM0796"),
            ("Wij in Den Bosch nemen het mee.", "GM0796"),
            ("De raad van Nuenen c.a. heeft het besproken.", "GM0820"),
            ("Namens gemeente Bergen (NH) laten wij weten", "GM0373"),
            ("Namens gemeente Bergen (L.) laten wij weten", "GM0893"),
            ("In Hengelo is de motie aangenomen.", "GM0164"),
            ("De gemeente Best heeft besloten.", "GM0753"),
            ("Groeten uit Súdwest-Fryslân", "GM1900"),
        ],
    )
    def test_name_found(self, context: MatchContext, text: str, code: str) -> None:
        assert match_message(mail(text), context).cbs_code == code

    @pytest.mark.parametrize(
        "text",
        [
            "Best regards,\nJan",
            "Dit is de beste aanpak; best mogelijk.",
            "Wij wonen in houten huizen bij de beek.",
            "Groeten uit Bergen op Zoom",
        ],
    )
    def test_common_words_and_longer_names(self, context: MatchContext, text: str) -> None:
        codes = {e.cbs_code for e in match_message(mail(text), context).evidence}
        assert not codes & {"GM0753", "GM0321", "GM0888", "GM0373", "GM0893", "GM0406"}

    def test_name_inside_longer_name_is_not_matched(self, context: MatchContext) -> None:
        result = match_message(mail("Groeten uit Bergen op Zoom"), context)
        assert result.cbs_code == "GM0748"

    def test_ambiguous_name_gives_candidates(self, context: MatchContext) -> None:
        result = match_message(mail("Groeten uit Bergen, waar we het bespreken."), context)
        assert result.cbs_code is None
        assert sorted(result.candidates) == ["GM0373", "GM0893"]

    def test_names_in_our_quoted_letter_do_not_count(self, context: MatchContext) -> None:
        quoted = "\n".join("> " + line for line in LETTER.splitlines())
        result = match_message(mail("Dank, ontvangen.\n\n" + quoted), context)
        assert result.cbs_code is None
        assert result.evidence == []

    @pytest.mark.parametrize(
        ("body", "code"),
        [
            ("Dank.\n\n--\nGriffie gemeente Harderwijk\nPostbus 149", "GM0243"),
            (
                "Ontvangen.\n\nMet vriendelijke groet,\nL. Bakker\nGemeente Schiedam | Stadserf 1",
                "GM0606",
            ),
            ("Ede's gemeenteraad heeft uw brief ontvangen.", "GM0228"),
        ],
    )
    def test_name_in_signature_or_council_context(
        self, context: MatchContext, body: str, code: str
    ) -> None:
        assert match_message(mail(body, sender="iemand@gmail.com"), context).cbs_code == code

    def test_newsletter_names_do_not_count(self, context: MatchContext) -> None:
        message = mail("In Zwolle is iets gebeurd.", headers={"List-Unsubscribe": "<https://x>"})
        assert match_message(message, context).cbs_code is None


class TestLoading:
    """The shipped data loads with every municipality and its domains."""

    def test_domain_owners(self, tmp_path: Path) -> None:
        path = tmp_path / "domains.csv"
        path.write_text(
            "cbs_code,domain\nGM0001,a.nl\nGM0002,A.nl\nGM0002,b.nl\n", encoding="utf-8"
        )
        assert load_domain_owners(path) == {
            "a.nl": frozenset({"GM0001", "GM0002"}),
            "b.nl": frozenset({"GM0002"}),
        }

    def test_default_data(self) -> None:
        municipalities, owners = load_match_data()
        assert len(municipalities) == 342
        utrecht = next(m for m in municipalities if m.cbs_code == "GM0344")
        assert utrecht == MunicipalityRef("GM0344", "Utrecht", utrecht.email, utrecht.domains)
        assert "utrecht.nl" in utrecht.domains
        assert owners["hltsamen.nl"] == frozenset({"GM0534", "GM0553", "GM1525"})


class TestSendersOwnMunicipality:
    """The sender's municipality, not the places a reply mentions or a surname."""

    def test_neighbour_named_in_the_text_loses_to_the_signature(
        self, context: MatchContext
    ) -> None:
        body = (
            "Dank voor uw brief. In buurgemeente Zwolle is de motie al aangenomen; wij kijken "
            "nog hoe we het aanpakken.\n\nMet vriendelijke groet,\n\nAnne de Vries\n"
            "Griffie gemeente Kampen"
        )
        result = match_message(mail(body, sender="a.devries@gmail.com"), context)
        assert result.cbs_code == "GM0166"

    def test_surname_that_is_a_municipality_does_not_compete(self, context: MatchContext) -> None:
        body = (
            "Wij hebben uw brief doorgestuurd aan de fracties.\n\nMet vriendelijke groet,\n\n"
            "Peter Goes\nGriffier gemeente Harderwijk"
        )
        result = match_message(mail(body, sender="p.goes@ziggo.nl"), context)
        assert result.cbs_code == "GM0243"

    def test_party_leader_names_the_town_only_in_the_signature(self, context: MatchContext) -> None:
        body = (
            "Wij zijn van plan de motie in te dienen.\n\nMet vriendelijke groet,\n\n"
            "G.J. Hoekstra\nFractievoorzitter ChristenUnie Harderwijk-Hierden"
        )
        result = match_message(mail(body, sender="gj.hoekstra@kpnmail.nl"), context)
        assert result.cbs_code == "GM0243"

    @pytest.mark.parametrize(
        ("body", "sender", "code"),
        [
            # A neighbour's result in the text, the signer's local party and town below.
            (
                "In Heerlen hebben ze de motie al aangenomen. Wij gaan hem in Kerkrade ook "
                "indienen, in de raad van april.\n\nGroet,\nMarloes Peeters\n"
                "fractievoorzitter Samen Kerkrade",
                "m.peeters@kpnmail.nl",
                "GM0928",
            ),
            (
                "Zwolle was ons voor, daar is hij in maart aangenomen. Wij volgen in Kampen.\n\n"
                "Met vriendelijke groet,\nJoost Meijer\nraadslid Kampen Vooruit",
                "joost.meijer@ziggo.nl",
                "GM0166",
            ),
        ],
    )
    def test_a_town_on_the_signers_role_line_outweighs_a_town_in_the_text(
        self, body: str, sender: str, code: str, context: MatchContext
    ) -> None:
        """A local party's name ("Samen ...", "... Vooruit") is on no party list: the role
        that opens the line says that the town on it is the signer's."""
        name = body.rsplit("\n", 2)[-2]
        message = mail(body, sender=f"{name} <{sender}>", subject="motie")
        assert match_message(message, context).cbs_code == code

    @pytest.mark.parametrize(
        "body",
        [
            "In Heerlen is hij al aangenomen. Wij in Kerkrade volgen in april.",
            "Heerlen heeft de motie al aangenomen; hier in Kerkrade dienen we hem in mei in.",
            "Ik las dat de motie in Heerlen is verworpen. Bij ons in Kerkrade komt hij in juni.",
            "Onze fractie in Kerkrade dient hem in, zoals ze in Heerlen al deden.",
        ],
    )
    def test_the_town_the_sender_says_they_are_in_outweighs_a_neighbour(
        self, body: str, context: MatchContext
    ) -> None:
        """ "Wij in X", "hier in X", "bij ons in X", "onze fractie in X": the first person,
        or what is theirs, is there; the other town is only talked about."""
        message = mail(body + "\n\nGroet,\nAnne", sender="anne.s@kpnmail.nl", subject="motie")
        assert match_message(message, context).cbs_code == "GM0928"

    def test_two_towns_with_nothing_to_tell_them_apart_stay_open(
        self, context: MatchContext
    ) -> None:
        """The contrast: neither town is the sender's by the words before it."""
        message = mail(
            "In Heerlen is hij aangenomen en in Kerkrade verworpen.\n\nGroet,\nAnne",
            sender="anne.s@kpnmail.nl",
            subject="motie",
        )
        assert match_message(message, context).cbs_code is None

    @pytest.mark.parametrize(
        "line",
        [
            "Gemeenteraadslid Kerkrade",
            "Burgerlid Samen Kerkrade",
            "Voorzitter fractie Progressief Kerkrade",
            "Anne Smeets, raadslid Kerkrade",
            "Kerkrade Vooruit - fractievoorzitter",
        ],
    )
    def test_the_role_may_come_first_or_last_and_after_the_name(
        self, line: str, context: MatchContext
    ) -> None:
        body = f"In Heerlen is de motie al aangenomen, wij volgen.\n\nGroet,\nAnne Smeets\n{line}"
        message = mail(body, sender="Anne Smeets <anne.smeets@kpnmail.nl>", subject="motie")
        assert match_message(message, context).cbs_code == "GM0928"

    def test_a_surname_on_the_role_line_is_no_town(self, context: MatchContext) -> None:
        """The contrast: "raadslid Peter Weert" names the sender, whose name is on the line;
        the town in the text stays the only one."""
        message = mail(
            "Wij dienen de motie in Venlo in, op de raad van mei.\n\nGroet,\nraadslid Peter Weert",
            sender="Peter Weert <p.weert@ziggo.nl>",
            subject="motie",
        )
        assert match_message(message, context).cbs_code == "GM0983"

    def test_all_lower_case_phone_message_with_party_and_town(self, context: MatchContext) -> None:
        body = "hoi, we nemen jullie motie mee en dienen hem in maart in.\nfatima (pvda schiedam)"
        result = match_message(mail(body, sender="f.ouali@hotmail.com", subject="motie"), context)
        assert result.cbs_code == "GM0606"


class TestPartyAddresses:
    """A party's own domain often carries its town: cda-ede.nl, groenlinksamersfoort.nl."""

    @pytest.mark.parametrize(
        ("sender", "code"),
        [
            ("fractie@groenlinks-amersfoort.nl", "GM0307"),
            ("info@vvdutrecht.nl", "GM0344"),
            ("secretaris@cda-ede.nl", "GM0228"),
            ("j.jansen@d66.leiden.nl", "GM0546"),
            ("fractie@groenlinkspvda-zutphen.nl", "GM0301"),  # two party names run together
        ],
    )
    def test_town_in_a_party_domain(self, context: MatchContext, sender: str, code: str) -> None:
        result = match_message(mail("Wij dienen de motie in.", sender=sender), context)
        assert result.cbs_code == code

    @pytest.mark.parametrize(
        ("subject", "code"),
        [("Update Zutphen", "GM0301"), ("Motie Sittard-Geleen", "GM1883")],
    )
    def test_a_town_after_a_capitalised_word_in_the_subject_is_no_surname(
        self, context: MatchContext, subject: str, code: str
    ) -> None:
        # On a short signature line "Peter Goes" is a person; a subject names the town.
        result = match_message(mail("Even een update.", subject=subject), context)
        assert [(e.kind, e.cbs_code) for e in result.evidence] == [("name-subject", code)]

    @pytest.mark.parametrize(
        ("sender", "code"),
        [
            ('"Leefbaar Zundert" <bestuur@leefbaarzundert.nl>', "GM0879"),
            ("Progressief Oisterwijk <info@progressief-oisterwijk.nl>", "GM0824"),
        ],
    )
    def test_a_local_party_whose_domain_spells_its_name(
        self, context: MatchContext, sender: str, code: str
    ) -> None:
        # A party no list knows: its display name, spelled by its domain, names the town.
        result = match_message(mail("De motie is helaas verworpen.", sender=sender), context)
        assert (result.cbs_code, result.evidence[0].kind) == (code, "party-domain")

    @pytest.mark.parametrize(
        "sender",
        [
            # The domain spells another name than the display name's.
            '"Leefbaar Zundert" <redactie@dorpskrant.nl>',
            # A one-word display name is no organisation's name of town and word.
            "Zundert <info@zundert-reizen.nl>",
            # A town hall's name on a domain the town does not own: a look-alike.
            "Gemeente Zundert <info@gemeentezundert.nl>",
        ],
    )
    def test_a_display_name_the_domain_does_not_spell_names_no_town(
        self, context: MatchContext, sender: str
    ) -> None:
        result = match_message(mail("Interessant.", sender=sender), context)
        assert "party-domain" not in [e.kind for e in result.evidence]

    @pytest.mark.parametrize(
        ("body", "code"),
        [
            ("De stemming staakte.\n\nKees Mulder\nfractie Sliedrechts Belang", "GM0610"),
            ("Wij dienen hem in.\n\nGroet,\nAnja\nHattems Belang", "GM0244"),
        ],
    )
    def test_a_local_party_named_with_the_towns_adjective(
        self, context: MatchContext, body: str, code: str
    ) -> None:
        result = match_message(mail(body, sender="k.mulder@ziggo.nl", subject="motie"), context)
        assert result.cbs_code == code

    def test_belang_after_another_word_names_no_town(self, context: MatchContext) -> None:
        body = "Dit is van algemeen belang.\n\nKees Mulder\nVereniging Dorps Belang"
        result = match_message(mail(body, sender="k.mulder@ziggo.nl", subject="motie"), context)
        assert result.cbs_code is None

    def test_ordinary_word_in_a_shop_domain_is_no_town(self, context: MatchContext) -> None:
        result = match_message(mail("Aanbieding!", sender="deals@best-prijs.nl"), context)
        assert result.cbs_code is None


class TestSignatures:
    """Who writes, read from the sign-off: titles, parties, former municipalities."""

    @pytest.mark.parametrize(
        ("body", "sender", "code"),
        [
            (
                "Wij dienen de motie in.\n\nMet vriendelijke groet,\n\nAnna Bakker\n"
                "Raadslid D66 Súdwest-Fryslân",
                "anna.bakker@gmail.com",
                "GM1900",
            ),
            (
                "Dank, we nemen hem mee.\n\nGroet,\nPeter\nFractievoorzitter VVD Bergen op Zoom",
                "peter@hotmail.com",
                "GM0748",
            ),
            (
                "Net als in Amersfoort willen wij de motie indienen.\n\nMet vriendelijke groet,\n"
                "CDA-fractie Leusden",
                "cda.leusden@gmail.com",
                "GM0327",
            ),
            (
                "Beste, ik stuur het door.\n\nKees Oss\nWethouder gemeente Uden",
                "kees@kpnmail.nl",
                "GM1991",
            ),
        ],
    )
    def test_signature_names_the_municipality(
        self, context: MatchContext, body: str, sender: str, code: str
    ) -> None:
        assert match_message(mail(body, sender=sender), context).cbs_code == code


class TestLookAlikeSenders:
    """A sender that claims a town hall from a domain no town owns gives no municipality."""

    def test_a_town_hall_name_on_a_foreign_domain(self, context: MatchContext) -> None:
        message = mail(
            "Er is een document met u gedeeld. Open het bestand via de knop hieronder.",
            sender='"Gemeente Deventer via SharePoint" <share@files-sharepoint-docs.net>',
            subject="Gemeente Deventer heeft 'Motie.pdf' met u gedeeld",
        )
        assert match_message(message, context).cbs_code is None

    def test_a_look_alike_domain_with_the_town_in_it(self, context: MatchContext) -> None:
        message = mail(
            "Bekijk de reactie van de raad in het gedeelde bestand.",
            sender="Griffie Deventer <no-reply@griffie-deventer-nl.com>",
            subject="Griffie Deventer heeft een bestand met u gedeeld",
        )
        assert match_message(message, context).cbs_code is None

    def test_a_town_named_subdomain_of_a_ticket_system_still_counts(
        self, context: MatchContext
    ) -> None:
        message = mail(
            "Uw melding is geregistreerd.",
            sender="Gemeente Gouda <noreply@gouda.topdesk.net>",
            subject="Melding ontvangen - gemeente Gouda",
        )
        assert match_message(message, context).cbs_code == "GM0513"

    def test_a_person_on_another_domain_naming_the_town_still_counts(
        self, context: MatchContext
    ) -> None:
        message = mail(
            "Wij bespreken de motie in de raad van Deventer.",
            sender="Anna de Vries <anna@adviesbureau-devries.nl>",
            subject="Motie kinderpardon Deventer",
        )
        assert match_message(message, context).cbs_code == "GM0150"


class TestNamesInTheText:
    def test_a_lower_case_town_beside_its_party_counts(self, context: MatchContext) -> None:
        message = mail(
            "hoi, jullie mail via de griffie gehad. wij (sp deventer) dienen de motie in "
            "december in, samen met GL.",
            sender="kees.jansen@hotmail.com",
            subject="motie",
        )
        assert match_message(message, context).cbs_code == "GM0150"

    def test_a_lower_case_town_without_context_does_not(self, context: MatchContext) -> None:
        message = mail(
            "hoi, ik was gisteren in deventer, mooi initiatief van GL.",
            sender="kees.jansen@hotmail.com",
            subject="motie",
        )
        assert match_message(message, context).cbs_code is None

    def test_our_council_in_a_town_outweighs_towns_named_before(
        self, context: MatchContext
    ) -> None:
        message = mail(
            "Na Zwolle, Kampen en Olst-Wijhe heeft nu ook onze raad in Deventer de motie "
            "aangenomen. In Raalte zijn ze er ook mee bezig.",
            sender="lid@gmail.com",
            subject="Aangenomen!",
        )
        assert match_message(message, context).cbs_code == "GM0150"

    def test_a_notice_names_its_town_hall_in_the_subject(self, context: MatchContext) -> None:
        message = mail(
            "Er is een nieuwe opdracht gepubliceerd die past bij uw zoekprofiel.",
            sender="alert@opdrachten-alert.example",
            subject="Nieuwe opdracht: begeleiding statushouders (Gemeente Deventer)",
            headers={"List-Unsubscribe": "<https://opdrachten-alert.example/afmelden>"},
        )
        assert match_message(message, context).cbs_code == "GM0150"

    def test_a_notice_naming_a_town_in_passing_gives_none(self, context: MatchContext) -> None:
        message = mail(
            "In Deventer is de motie aangenomen.",
            sender="nieuws@nieuwsbrief.example",
            subject="Nieuwsbrief: Deventer en Zwolle",
            headers={"List-Unsubscribe": "<https://nieuwsbrief.example/afmelden>"},
        )
        assert match_message(message, context).cbs_code is None


class TestMachineMailFromElsewhere:
    """Receipts and machine mail that do not come from the town's own domain: the town is
    read from what the mail itself shows of our letter, its address or its signature."""

    def test_a_hosted_case_system_that_restates_our_subject_names_the_town(
        self, context: MatchContext
    ) -> None:
        message = mail(
            'Wij hebben uw e-mail met als onderwerp "Verzoek om door te sturen aan de '
            'fractievoorzitters en de griffier van Oisterwijk: motie Pleidooi"'
            " geregistreerd onder nummer Z.26-118.\n\nGemeente Oisterwijk",
            sender="Gemeente Oisterwijk <noreply@zaakportaal-hosting.nl>",
            subject="Ontvangstbevestiging Z.26-118",
        )
        assert match_message(message, context).cbs_code == "GM0824"

    def test_the_same_claim_without_our_subject_stays_a_look_alike(
        self, context: MatchContext
    ) -> None:
        message = mail(
            "Er staat een beveiligd document voor u klaar. Meld u aan om het te openen.\n\n"
            "Gemeente Oisterwijk",
            sender="Gemeente Oisterwijk <noreply@zaakportaal-hosting.nl>",
            subject="Document voor u klaar",
        )
        assert match_message(message, context).cbs_code is None

    def test_a_sharer_named_in_the_address_on_a_shared_domain(self, context: MatchContext) -> None:
        message = mail("", sender="printer-teylingen@hltsamen.nl", subject="Gescand document")
        assert match_message(message, context).cbs_code == "GM1525"

    def test_a_shared_domain_address_naming_no_sharer_settles_nothing(
        self, context: MatchContext
    ) -> None:
        message = mail("", sender="printer-3@hltsamen.nl", subject="Gescand document")
        assert match_message(message, context).cbs_code is None


class TestPlacesWithoutCapitals:
    """Who never writes a capital still names the town they sit for."""

    @pytest.mark.parametrize(
        ("body", "code"),
        [
            ("hier in deventer gaan we de motie volgende maand indienen", "GM0150"),
            ("de motie is er bij ons doorgekomen\n\ngr jan\nraadslid zwolle", "GM0193"),
        ],
    )
    def test_an_own_place_or_a_seat_in_lower_case(
        self, context: MatchContext, body: str, code: str
    ) -> None:
        assert match_message(mail(body, sender="x@icloud.com"), context).cbs_code == code

    def test_an_ordinary_word_in_lower_case_is_no_town(self, context: MatchContext) -> None:
        message = mail("wij wonen in houten huizen en steunen jullie", sender="x@icloud.com")
        assert match_message(message, context).cbs_code is None


class TestPlaceLineInSignature:
    """A line under the sender's name with only a town's name says where the sender is."""

    def test_a_place_line_under_the_name(self, context: MatchContext) -> None:
        message = mail(
            "Misschien handig voor jullie: een artikel uit de krant van vandaag.\n\n"
            "Groet,\nAnnemiek de Boer\nTexel",
            sender="annemiek@ziggo.nl",
        )
        assert match_message(message, context).cbs_code == "GM0448"

    def test_a_closing_that_is_also_a_town_name_is_no_place(self, context: MatchContext) -> None:
        message = mail("Dank voor het sturen.\n\nBest,\nJan", sender="jan@ziggo.nl")
        assert match_message(message, context).cbs_code is None
