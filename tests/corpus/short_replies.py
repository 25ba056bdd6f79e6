"""Short, plain replies: one or two lines, informal, English, mixed, and their near misses.

Each row is (file, label, municipality, note, sender, text, options). The sender is a local
part at the municipality's own domain (from its letter address) or a full address; the
options override the defaults of `generate.short`.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, str, str, str, str, dict[str, Any]]

GMAIL: dict[str, Any] = {"client": "gmail", "transport": "gmail", "quote": "gmail_nl",
                         "subject": "Re: Pleidooi voor gewortelde kinderen"}
NEW_MAIL: dict[str, Any] = {"thread": False, "quote": "none"}

SHORT: list[Row] = [
    # acknowledged
    ("91_ack_goed_ontvangen_bedankt_utrecht.eml", "acknowledged", "GM0344",
     "two words and thanks, reversed order ('ontvangen' before 'bedankt')", "post",
     "Goed ontvangen, bedankt.", {}),
    ("92_ack_ontvangen_kijken_ernaar_eindhoven.eml", "acknowledged", "GM0772",
     "receipt plus a vague promise to look at it", "griffie",
     "Ontvangen, we kijken ernaar.\n\nGroet,\nGriffie Eindhoven", {}),
    ("93_ack_english_got_it_groningen.eml", "acknowledged", "GM0014",
     "English one-liner", "griffie", "Thanks, got it!\n\nAnna", {}),
    ("94_ack_is_binnen_informal_zwolle.eml", "acknowledged", "GM0193",
     "informal councillor, 'is binnen'", "k.smit", "Is binnen. Groet, Kees", GMAIL),
    ("95_ack_kennis_van_genomen_nijmegen.eml", "acknowledged", "GM0268",
     "'kennis van genomen' without any 'ontvangen'", "griffie",
     "Dank voor de informatie, ik heb er kennis van genomen.", {}),
    ("96_ack_top_gelezen_tilburg.eml", "acknowledged", "GM0855",
     "enthusiastic councillor: received and read, nothing more", "m.bos",
     "Hoi, top dat jullie dit doen. Ontvangen en gelezen!\n\nMarieke", GMAIL),
    ("97_ack_nog_niet_zeggen_enschede.eml", "acknowledged", "GM0153",
     "near miss for declined/planned: 'nog niet zeggen of er een motie komt'", "griffie",
     "Ontvangen. We kunnen nu nog niet zeggen of er een motie komt.", {}),
    ("98_question_after_receipt_amersfoort.eml", "question", "GM0307",
     "receipt and a question: the question wins over a bare receipt (as in 56, 58)",
     "griffie", "Goed ontvangen. Hoeveel kinderen gaat het in Amersfoort om?", {}),
    # forwarded
    ("99_fwd_gedeeld_fractievoorzitters_alkmaar.eml", "forwarded", "GM0361",
     "one line, no verb of sending", "griffie", "Gedeeld met alle fractievoorzitters.", {}),
    ("100_fwd_onder_de_aandacht_beverwijk.eml", "forwarded", "GM0375",
     "'onder de aandacht gebracht van de raadsleden'", "griffie",
     "Ik heb uw mail onder de aandacht gebracht van de raadsleden.", {}),
    ("101_fwd_doorgegeven_zelf_besluiten_haarlem.eml", "forwarded", "GM0392",
     "'doorgegeven' and the fractions' own option (no motion label)", "griffie",
     "Uw bericht is doorgegeven aan de fracties. Zij kunnen zelf besluiten of zij er een "
     "motie over indienen.", {}),
    ("102_fwd_ingekomen_stuk_agenda_denhelder.eml", "forwarded", "GM0400",
     "near miss for submitted: our letter on the agenda as an incoming document", "griffie",
     "Uw brief staat als ingekomen stuk op de agenda van de raad van 20 mei.", {}),
    ("103_fwd_english_passed_on_velsen.eml", "forwarded", "GM0453",
     "English: passed on to the party leaders", "griffie",
     "I've passed your letter on to all party leaders in our council.", {}),
    ("104_fwd_with_question_dordrecht.eml", "forwarded", "GM0505",
     "forwarded and a question: progress wins, the question sends it to review", "griffie",
     "Doorgestuurd naar de fracties. Kunt u mij laten weten wie uw contactpersoon is?", {}),
    ("105_fwd_presidium_besproken_schiedam.eml", "forwarded", "GM0606",
     "near miss for submitted: the request is discussed in the presidium", "griffie",
     "Het verzoek wordt besproken in het presidium van 3 april.", {}),
    ("106_fwd_brief_en_motie_ingekomen_albrandswaard.eml", "forwarded", "GM0613",
     "letter and model motion on the list of incoming documents: the motion only travels "
     "with the letter", "griffie",
     "De brief en de voorbeeldmotie zijn als ingekomen stuk geagendeerd.", {}),
    # motion_planned
    ("107_planned_aan_de_slag_voorschoten.eml", "motion_planned", "GM0626",
     "'aan de slag' and 'werkt aan een motie'", "fractie.cda",
     "We gaan hiermee aan de slag: onze fractie werkt aan een motie.", {}),
    ("108_planned_meenemen_juni_goes.eml", "motion_planned", "GM0664",
     "councillor takes the motion to the group and wants to submit it in June", "l.devries",
     "Ik neem de motie mee naar onze fractievergadering en wil hem in juni indienen.", GMAIL),
    ("109_planned_beats_forwarded_middelburg.eml", "motion_planned", "GM0687",
     "forwarded and a group preparing a motion: the further step wins", "griffie",
     "Uw mail is doorgestuurd naar de fracties. De PvdA-fractie heeft laten weten een motie "
     "voor te bereiden.", {}),
    ("110_planned_overwegen_reimerswaal.eml", "motion_planned", "GM0703",
     "'overwegen een motie in te dienen'", "fractie.sgp",
     "Wij overwegen een motie in te dienen.", {}),
    # motion_submitted
    ("111_submitted_one_liner_bergenopzoom.eml", "motion_submitted", "GM0748",
     "one line with an exclamation mark", "j.peeters", "Motie is vanavond ingediend!", GMAIL),
    ("112_submitted_agenda_etten_leur.eml", "motion_submitted", "GM0777",
     "the motion (not the letter) on the agenda", "griffie",
     "De motie staat op de agenda van 12 juni.", {}),
    ("113_submitted_nog_niet_aangenomen_goirle.eml", "motion_submitted", "GM0785",
     "negated adoption of a motion still to be voted on", "griffie",
     "De motie is nog niet aangenomen; de stemming is op 3 juli.", {}),
    ("114_submitted_with_question_s_hertogenbosch.eml", "motion_submitted", "GM0796",
     "submitted and a question: progress wins, review for the question", "fractie.sp",
     "De motie is ingediend. Mogen we jullie logo gebruiken op onze website?", {}),
    # motion_adopted
    ("115_adopted_one_liner_votes_oirschot.eml", "motion_adopted", "GM0823",
     "two-line adopted with votes", "r.vermeulen",
     "Motie aangenomen! 24 voor, 5 tegen.", GMAIL),
    ("116_adopted_niet_verworpen_oosterhout.eml", "motion_adopted", "GM0826",
     "negated rejection: 'niet verworpen maar aangenomen'", "griffie",
     "Niet verworpen maar aangenomen: de motie kreeg steun van zes van de acht fracties.", {}),
    ("117_adopted_english_someren.eml", "motion_adopted", "GM0847",
     "English: passed unanimously", "griffie",
     "Good news: the motion was passed unanimously last night.", {}),
    # motion_rejected
    ("118_rejected_haalde_het_niet_waalre.eml", "motion_rejected", "GM0866",
     "'haalde het niet' with a score", "t.meulenbroeks",
     "Helaas, de motie haalde het niet (12-15).", GMAIL),
    ("119_rejected_onvoldoende_steun_zundert.eml", "motion_rejected", "GM0879",
     "'kreeg onvoldoende steun'", "griffie", "De motie kreeg onvoldoende steun.", {}),
    # declined
    ("120_declined_niets_mee_landgraaf.eml", "declined", "GM0882",
     "receipt and 'doen hier verder niets mee': the refusal wins", "griffie",
     "Wij hebben uw e-mail ontvangen. Wij doen hier verder niets mee.", {}),
    ("121_declined_steunt_niet_beek.eml", "declined", "GM0888",
     "fractievoorzitter: 'steunt dit initiatief niet'", "fractie.vvd",
     "Onze fractie steunt dit initiatief niet.", {}),
    ("122_declined_presidium_geen_aanleiding_heerlen.eml", "declined", "GM0917",
     "'geen aanleiding ... door te sturen'", "griffie",
     "Het presidium ziet geen aanleiding uw brief door te sturen.", {}),
    ("123_declined_english_kerkrade.eml", "declined", "GM0928",
     "English negated forward", "griffie",
     "We will not be forwarding this to the council.", {}),
    # opt_out
    ("124_optout_van_lijst_halen_maastricht.eml", "opt_out", "GM0935",
     "object first: 'van uw lijst halen'", "post", "Graag van uw lijst halen.", {}),
    ("125_optout_stop_met_mailen_meerssen.eml", "opt_out", "GM0938",
     "informal, 'aub'", "info", "Stop met mailen aub.", {}),
    ("126_optout_english_take_off_roermond.eml", "opt_out", "GM0957",
     "English: take us off your list", "mail", "Please take us off your list.", {}),
    # question
    ("127_question_about_adopted_elsewhere_leudal.eml", "question", "GM1640",
     "a question about adopted motions elsewhere is not an adoption", "griffie",
     "In welke gemeenten is de motie al aangenomen?", {}),
    ("128_question_forwarded_roosendaal.eml", "question", "GM1674",
     "a question about forwarding is not a forward", "griffie",
     "Is de brief ook naar de fractievoorzitters gestuurd?", {}),
    ("129_question_wie_bellen_aa_en_hunze.eml", "question", "GM1680",
     "short question to us", "raadslid.jansen", "Wie kan ik bellen over de motie?", GMAIL),
    ("130_question_english_word_file_borger_odoorn.eml", "question", "GM1681",
     "English request for a Word file", "griffie",
     "Could you send the motion as a Word file?", {}),
    # redirect
    ("131_redirect_beter_naar_griffie_dewolden.eml", "redirect", "GM1690",
     "'U kunt het beter naar de griffie sturen' with the address", "info",
     "U kunt het beter naar de griffie sturen: griffie@dewolden.nl", {}),
    ("132_redirect_niet_juiste_adres_wijdemeren.eml", "redirect", "GM1696",
     "'niet het juiste adres' and an address", "postbus",
     "Dit is niet het juiste adres. Mail naar raadsgriffie@wijdemeren.nl.", {}),
    # other
    ("133_other_parcel_notification.eml", "other", "",
     "a parcel notification: no reply headers, no campaign words", "noreply@pakket.example",
     "Je pakket is onderweg en wordt morgen bezorgd. Volg je zending via de app.",
     {"subject": "Je pakket is onderweg", **NEW_MAIL, "code": ""}),
]
