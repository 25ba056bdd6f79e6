"""Word families, one per thing a reply can say, over folded text (lower case, no accents).

Each family lists stems and fixed phrases rather than whole sentences, so "goed ontvangen,
bedankt" and "bedankt, is goed ontvangen" hit the same family. Which label a sentence gets
depends on how the families combine (see vocabulary.py), not on any single pattern here.
"""

from __future__ import annotations

import re


def _family(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b{a}" for a in alternatives))


# What the motion is called; "voorstel" and "initiatief" only count when the sentence is not
# about our letter (see LETTER).
MOTION = _family(
    r"(?:voorbeeld|initiatief)?moties?\b",
    r"amendement\w*",
    r"initiatiefvoorstel\w*",
    r"(?:het|dit|een|dat|ons) (?:raads)?voorstel\b",
    r"motions?\b",
    r"resolution\b",
)
# Our letter or e-mail as the subject of a sentence.
LETTER = _family(
    r"(?:uw|je|jouw|jullie|de|deze|dit|het|die|your|the|this) (?:\w+ )?(?:e-?mail\w*|mail\w*|"
    r"brief|bericht\w*|verzoek|oproep|schrijven|stukk?e?n?|pleidooi|letter|message|request|"
    r"email)\b",
    r"ingekomen stuk",
)
AUDIENCE = _family(
    r"fractie\w*",
    r"fraksje\w*",
    r"raadsle(?:den|d)\b",
    r"raadsfracties?\b",
    r"(?:gemeente)?raad\b",
    r"(?:raads)?griffie\w*",
    r"presidium\b",
    r"(?:agenda)?commissie\w*",
    r"seniorenconvent\b",
    r"(?:alle|de) (?:politieke )?partijen\b",
    r"college\b",
    r"burgemeester\b",
    r"wethouders?\b",
    r"council\w*",
    r"party leaders\b",
    r"clerk\b",
)

ACKNOWLEDGE = _family(
    r"ontvang(?:en|st)\b",
    r"ontvangstbevestiging",
    r"binnengekomen\b",
    r"goed binnen\b",
    r"is binnen\b",
    r"aangekomen\b",
    r"in goede orde\b",
    r"geregistreerd\b",
    r"ingeboekt\b",
    r"in behandeling\b",
    r"kennis ?genomen\b",
    r"received\b",
    r"noted\b",
    r"got it\b",
    r"arrived\b",
)
THANKS = _family(
    r"dank\w*",
    r"bedankt\b",
    r"thanks?\b",
    r"thank you\b",
    r"merci\b",
    r"tige tank\b",
)
FORWARD = _family(
    r"door(?:ge)?(?:stuurd|zonden|leid|zet|geven|speeld|gestuurd|gezonden|geleid|gezet|"
    r"gegeven|gespeeld|gemaild)\b",
    r"(?:ver)?stuur(?:d|en)? (?:\w+ ){0,6}door\b",
    r"(?:zend|zet|geef|speel|geleid)(?:t|en)? (?:\w+ ){0,6}door\b",
    r"door te (?:sturen|zenden|zetten|geleiden|geven|spelen)\b",
    r"gedeeld\b",
    r"verspreid\b",
    r"uitgezet\b",
    r"onder de aandacht gebracht\b",
    r"ter kennis(?:name|neming)?\b",
    r"ter informatie\b",
    r"voor kennisgeving\b",
    r"ingekomen stuk\w*",
    r"lijst (?:van )?ingekomen\b",
    r"raadspost\b",
    r"raadsinformatie\w*",
    r"trochstjoerd\b",
    r"forward(?:ed|ing)?\b",
    r"passed (?:it )?on\b",
    r"shared (?:it )?with\b",
    r"circulated\b",
)
# Agenda words say "this reaches the council"; the subject decides whose turn it is.
AGENDA = _family(
    r"geagendeerd\b",
    r"agender\w*",
    r"op de (?:\w+ )?agenda\b",
    r"in stemming\b",
    r"(?:wordt|worden|werd) (?:\w+ ){0,4}(?:besproken|behandeld)\b",
    r"on the (?:\w+ )?agenda\b",
)
SUBMIT = _family(
    r"ingediend\b",
    r"indienen\b",
    r"in te dienen\b",
    r"(?:dien|dient|dienen|diende|dienden) (?:\w+ ){0,8}in\b",
    r"submit\w*",
    r"tabled?\b",
    r"filed\b",
)
ADOPT = _family(
    r"aangenomen\b",
    r"aanvaard\b",
    r"ingestemd\b",
    r"stemde(?:n)? (?:\w+ ){0,3}(?:in|voor)\b",
    r"unaniem\b",
    r"met algemene stemmen\b",
    r"(?:brede|ruime|grote|een) meerderheid\b",
    r"(?:gesteund|omarmd|overgenomen) door\b",
    r"steun van\b",
    r"adopted\b",
    r"passed\b",
    r"carried\b",
    r"approved\b",
    r"unanimous\w*",
)
REJECT = _family(
    r"verworpen\b",
    r"weggestemd\b",
    r"afgewezen\b",
    r"afgestemd\b",
    r"sneuvelde\b",
    r"gesneuveld\b",
    r"(?:het|hem|haar) niet (?:ge)?haald\w*",
    r"haalde (?:het|hem|haar)? ?niet\b",
    r"geen meerderheid\b",
    r"(?:onvoldoende|te weinig|niet genoeg|geen) (?:steun|stemmen)\b",
    r"niet (?:is |werd )?aangenomen\b",
    r"stemde(?:n)? (?:\w+ ){0,3}tegen\b",
    r"rejected\b",
    r"defeated\b",
    r"voted down\b",
    r"did not pass\b",
    r"failed\b",
)
INTENT = _family(
    r"van plan\b",
    r"voornemens\b",
    r"voornemen\b",
    r"plannen\b",
    r"(?:wil|willen|wilt|gaan|ga|gaat|zullen|zal|zult)\b",
    r"overweg\w*",
    r"(?:bereid|bereiden|bereidt) (?:\w+ ){0,6}voor\b",
    r"voorbereid\w*",
    r"voor te bereiden\b",
    r"opstellen\b",
    r"schrijven\b",
    r"werk(?:en|t)? aan\b",
    r"aan de slag\b",
    r"oppakken\b",
    r"(?:nemen|neem|neemt) (?:\w+ ){0,6}mee\b",
    r"in te dienen\b",
    r"will\b",
    r"plan(?:s|ning)? to\b",
    r"intend\w*",
    r"going to\b",
    r"prepar\w*",
    r"draft\w*",
)
# Plain refusals; the negated forms of forwarding or acting are read in vocabulary.py.
DECLINE = _family(
    r"geen aanleiding\b",
    r"ga(?:an|at)? (?:hier|daar) niet over\b",
    r"(?:hier|daar) (?:\w+ )?niet over\b",
    r"niet in behandeling\b",
    r"niet (?:te |in )?(?:be)?handel(?:en|d)\b",
    r"geen standpunt\b",
    r"zien (?:\w+ ){0,3}af van\b",
    r"geen (?:rol|taak|reden|mogelijkheid|interesse|behoefte|bevoegdheid)\b",
    r"valt buiten\b",
    r"(?:landelijke|rijks) ?(?:aangelegenheid|taak|bevoegdheid|kwestie|zaak)\b",
    r"zaak van het rijk\b",
    r"doen (?:\w+ ){0,3}niets (?:mee|mee doen)\b",
    r"(?:gaan|ga|gaat) (?:\w+ ){0,3}niet in mee\b",
    r"niet (?:steunen|ondersteunen|onderschrijven)\b",
    r"(?:steun|ondersteun|onderschrijf|onderschrijv)\w* (?:\w+ ){0,4}niet\b",
    r"not interested\b",
    r"declin\w*",
    r"will not\b",
    r"won't\b",
    r"not in a position\b",
)
OPT_OUT = _family(
    r"afmeld\w*",
    r"meld(?:en|t)? (?:\w+ ){0,3}af\b",
    r"uitschrijv\w*",
    r"schrijf (?:\w+ ){0,3}uit\b",
    r"niet meer (?:te )?(?:\w+ )?(?:be)?(?:mailen|e-?mailen|benaderen|contacteren|aanschrijven|"
    r"ontvangen|sturen)\b",
    r"geen (?:\w+ )?(?:e-?mails?|berichten|post|mailings?) (?:\w+ ){0,4}meer\b",
    r"(?:verwijder|haal|schrap)\w* (?:\w+ ){0,6}(?:uit|van) (?:\w+ ){0,2}(?:lijst|"
    r"mailinglijst|verzendlijst|bestand|adressenbestand|mailing|distributielijst)\b",
    r"(?:uit|van) (?:\w+ ){0,2}(?:lijst|mailinglijst|verzendlijst|bestand|adressenbestand|"
    r"mailing|distributielijst) (?:\w+ ){0,2}(?:halen|verwijderen|schrappen|afhalen)\b",
    r"unsubscribe\b",
    r"remove (?:me|us|this address|our address|my address)\b",
    r"take (?:me|us|this address|our address|my address) off\b",
    r"stop (?:e-?mailing|sending)\b",
)
REDIRECT = _family(
    r"niet het (?:goede|juiste|correcte) (?:e-?mail ?)?adres\b",
    r"(?:een |het )?verkeerde? (?:e-?mail ?)?adres\b",
    r"(?:goede|juiste|correcte) (?:e-?mail ?)?adres (?:is|voor)\b",
    r"(?:kunt|kan|moet) (?:u|je) (?:\w+ ){0,6}(?:sturen|richten|mailen|zenden|versturen) "
    r"(?:aan|naar)\b",
    r"u (?:kunt|kan|moet) (?:\w+ ){0,6}(?:sturen|richten|mailen|zenden|versturen) (?:aan|naar)\b",
    r"(?:kunt|kan|moet) u (?:\w+ ){0,4}(?:aan|naar) (?:\w+ ){1,3}(?:sturen|richten|mailen|zenden|"
    r"versturen)\b",
    r"u (?:kunt|kan|moet) (?:\w+ ){0,4}(?:aan|naar) (?:\w+ ){1,3}(?:sturen|richten|mailen|zenden|"
    r"versturen)\b",
    r"wrong (?:e-?mail )?address\b",
    r"(?:right|correct) (?:e-?mail )?address\b",
)
# Words that tie a message to the campaign; a bare notification has none of them.
CAMPAIGN = _family(
    r"kinderpardon\w*",
    r"(?:jullie|uw|je|your) (?:actie|campagne|oproep|initiatief|campaign)\b",
    r"gewortelde\b",
    r"motie\w*",
    r"fractie\w*",
    r"raadsle(?:den|d)\b",
    r"griffie\w*",
    r"uw (?:e-?)?mail\b",
    r"uw brief\b",
    r"uw bericht\b",
    r"uw verzoek\b",
)
# Hope, expectation and condition: "we hopen dat de motie wordt aangenomen" is no result.
HOPE = _family(
    r"hop(?:en|e|t|te|ten)\b",
    r"gehoopt\b",
    r"hopelijk\b",
    r"verwacht\w*",
    r"als\b",
    r"indien\b",
    r"mocht\w*",
    r"zodra\b",
    r"hope\b",
    r"expect\w*",
    r"if\b",
)
# A step put off: "we sturen het later door", "volgende week", "zodra de raad vergadert", and
# a sentence that starts with "dan" after a question ("Kunt u de motie in Word sturen? Dan zet
# ik hem door").
DEFERRED = re.compile(
    r"\b(?:later|straks|zodra|t\.?z\.?t|te zijner tijd|na (?:het|de|afloop)|morgen|overmorgen|"
    r"binnenkort|(?:volgende|komende|aanstaande) (?:week|maand|dagen|vergadering)|next week|"
    r"tomorrow|"
    r"op een later|in een later|nog niet|not yet|yet to|once)\b|^dan\b"
)
# The vote or the debate still to come.
PENDING = _family(
    r"nog niet\b",
    r"nog (?:\w+ )?(?:besproken|behandeld|gestemd|in stemming)\b",
    r"stemming (?:is|volgt|vindt)\b",
    r"wordt (?:\w+ ){0,6}(?:besproken|behandeld|in stemming gebracht|gestemd)\b",
    r"not yet\b",
    r"yet to\b",
)
