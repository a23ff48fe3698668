"""Demo content: the help directory, the help page and the three audience hubs.

Pure data, read by the demo loader. Facts and help services come from the
content guide: help services were last checked on 1 November 2026. Editors
verify them again with each service before the site goes live. Opening hours
are only filled in where the guide gives them; otherwise the site points to
the service's own website.

Situation keys (for the help page filter): images-shared, blackmail,
worried-about-child, report-material, someone-to-talk-to, suicidal-thoughts,
own-behaviour.
"""

HELP_SERVICES = [
    # ------------------------------------------------------------------ 1
    {
        "key": "helpwanted",
        "name": {"nl": "Helpwanted", "en": "Helpwanted"},
        "for_whom": {
            "nl": "Voor jongeren en volwassenen met online seksueel misbruik, afpersing of gedeelde beelden. Ook als het beeld nep is.",
            "en": "For young people and adults facing online sexual abuse, sextortion or shared images. Also if the image is fake.",
        },
        "description": {
            "nl": (
                "Helpwanted is onderdeel van Offlimits. Je kunt er gratis en anoniem chatten of bellen. "
                "Als 'trusted flagger' kan Helpwanted platforms vragen om beelden offline te halen."
            ),
            "en": (
                "Helpwanted is part of Offlimits. You can chat or call for free and anonymously. "
                "As a 'trusted flagger', Helpwanted can ask platforms to take images offline."
            ),
        },
        "phone": "020-261 52 75",
        "phone_label": {"nl": "Telefoon", "en": "Phone"},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "https://www.helpwanted.nl/",
        "website_url": "https://www.helpwanted.nl/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["images-shared", "blackmail", "worried-about-child", "someone-to-talk-to"],
        "last_checked": "2026-11-01",
        "sort_order": 10,
    },
    # ------------------------------------------------------------------ 2
    {
        "key": "kindertelefoon",
        "name": {"nl": "Kindertelefoon", "en": "Kindertelefoon"},
        "for_whom": {
            "nl": "Voor kinderen en jongeren van 8 tot 18 jaar.",
            "en": "For children and young people aged 8 to 18.",
        },
        "description": {
            "nl": (
                "Bij de Kindertelefoon kun je gratis en anoniem bellen of chatten. "
                "Ook als er een naaktbeeld van jou is gedeeld, of als iemand je afperst. "
                "Je hoeft je naam niet te zeggen."
            ),
            "en": (
                "At the Kindertelefoon you can call or chat for free and anonymously. "
                "Also if a nude image of you has been shared, or if someone is blackmailing you. "
                "You do not have to give your name."
            ),
        },
        "phone": "0800-0432",
        "phone_label": {"nl": "Telefoon (gratis)", "en": "Phone (free)"},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "https://www.kindertelefoon.nl/",
        "website_url": "https://www.kindertelefoon.nl/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": 8,
        "max_age": 18,
        "situations": ["someone-to-talk-to", "images-shared", "blackmail"],
        "last_checked": "2026-11-01",
        "sort_order": 20,
    },
    # ------------------------------------------------------------------ 3
    {
        "key": "113-zelfmoordpreventie",
        "name": {"nl": "113 Zelfmoordpreventie", "en": "113 Zelfmoordpreventie"},
        "for_whom": {
            "nl": "Voor iedereen die aan zelfmoord denkt of het niet meer ziet zitten.",
            "en": "For anyone who is thinking about suicide or feels they cannot go on.",
        },
        "description": {
            "nl": (
                "Denk je aan zelfmoord? Praat erover met 113. "
                "Je kunt bellen met 113 of gratis met 0800-0113. Chatten kan ook. Dag en nacht."
            ),
            "en": (
                "Are you thinking about suicide? Talk about it with 113. "
                "You can call 113, or 0800-0113 for free. You can also chat. Day and night."
            ),
        },
        "phone": "113",
        "phone_label": {"nl": "Telefoon", "en": "Phone"},
        "phone_2": "0800-0113",
        "phone_2_label": {"nl": "Gratis nummer", "en": "Free number"},
        "chat_url": "https://www.113.nl/",
        "website_url": "https://www.113.nl/",
        "opening_hours": {"nl": "24 uur per dag, 7 dagen per week", "en": "24 hours a day, 7 days a week"},
        "anonymous": False,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["suicidal-thoughts", "someone-to-talk-to"],
        "last_checked": "2026-11-01",
        "sort_order": 30,
    },
    # ------------------------------------------------------------------ 4
    {
        "key": "politie",
        "name": {"nl": "Politie", "en": "Police (Politie)"},
        "for_whom": {
            "nl": "Voor iedereen die aangifte wil doen of advies wil. Bij direct gevaar: bel 112.",
            "en": "For anyone who wants to report a crime or get advice. In an emergency: call 112.",
        },
        "description": {
            "nl": (
                "Bij de politie doe je aangifte. Een naaktbeeld van iemand maken of delen zonder toestemming "
                "is strafbaar, ook als het beeld nep is (artikel 139h Wetboek van Strafrecht). "
                "Ook afpersing kun je aangeven."
            ),
            "en": (
                "You report a crime to the police. Making or sharing a nude image of someone without consent "
                "is a crime, also if the image is fake (article 139h, Dutch Criminal Code). "
                "You can also report sextortion."
            ),
        },
        "phone": "112",
        "phone_label": {"nl": "Spoed", "en": "Emergency"},
        "phone_2": "0900-8844",
        "phone_2_label": {"nl": "Geen spoed", "en": "Non-emergency"},
        "chat_url": "",
        "website_url": "https://www.politie.nl/",
        "opening_hours": {"nl": "112: altijd bereikbaar bij spoed", "en": "112: emergency number, always available"},
        "anonymous": False,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["images-shared", "blackmail", "report-material"],
        "last_checked": "2026-11-01",
        "sort_order": 40,
    },
    # ------------------------------------------------------------------ 5
    {
        "key": "take-it-down",
        "name": {"nl": "Take It Down", "en": "Take It Down"},
        "for_whom": {
            "nl": "Voor naaktbeelden die zijn gemaakt toen je jonger was dan 18. Ook als je nu ouder bent.",
            "en": "For nude images made when you were under 18. Also if you are older now.",
        },
        "description": {
            "nl": (
                "Take It Down (van NCMEC) helpt te voorkomen dat een beeld verder gaat. "
                "Op je eigen telefoon of computer wordt een hash gemaakt: een soort vingerafdruk van het beeld. "
                "Het beeld zelf wordt nooit geüpload. Download een beeld hiervoor niet."
            ),
            "en": (
                "Take It Down (by NCMEC) helps to stop an image from spreading. "
                "A hash, a kind of fingerprint of the image, is made on your own phone or computer. "
                "The image itself is never uploaded. Do not download an image for this."
            ),
        },
        "phone": "",
        "phone_label": {},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "",
        "website_url": "https://takeitdown.ncmec.org/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["images-shared"],
        "last_checked": "2026-11-01",
        "sort_order": 50,
    },
    # ------------------------------------------------------------------ 6
    {
        "key": "stopncii",
        "name": {"nl": "StopNCII", "en": "StopNCII"},
        "for_whom": {
            "nl": "Voor volwassenen vanaf 18 jaar met intieme beelden online. Ook bij deepfakes.",
            "en": "For adults aged 18 and over with intimate images online. Also for deepfakes.",
        },
        "description": {
            "nl": (
                "StopNCII helpt te voorkomen dat intieme beelden verder gaan. "
                "Op je eigen telefoon of computer wordt een hash gemaakt: een soort vingerafdruk van het beeld. "
                "Het beeld zelf wordt nooit geüpload. Download een beeld hiervoor niet."
            ),
            "en": (
                "StopNCII helps to stop intimate images from spreading. "
                "A hash, a kind of fingerprint of the image, is made on your own phone or computer. "
                "The image itself is never uploaded. Do not download an image for this."
            ),
        },
        "phone": "",
        "phone_label": {},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "",
        "website_url": "https://stopncii.org/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": 18,
        "max_age": None,
        "situations": ["images-shared"],
        "last_checked": "2026-11-01",
        "sort_order": 60,
    },
    # ------------------------------------------------------------------ 7
    {
        "key": "veilig-thuis",
        "name": {"nl": "Veilig Thuis", "en": "Veilig Thuis"},
        "for_whom": {
            "nl": "Voor iedereen die te maken heeft met huiselijk geweld of kindermishandeling, of zich zorgen maakt over een kind.",
            "en": "For anyone dealing with domestic violence or child abuse, or worried about a child.",
        },
        "description": {
            "nl": (
                "Veilig Thuis geeft advies en hulp bij huiselijk geweld en kindermishandeling. "
                "Maak je je zorgen over een kind? Bel dan voor advies."
            ),
            "en": (
                "Veilig Thuis gives advice and help with domestic violence and child abuse. "
                "Are you worried about a child? Call for advice."
            ),
        },
        "phone": "0800-2000",
        "phone_label": {"nl": "Telefoon", "en": "Phone"},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "",
        "website_url": "https://veiligthuis.nl/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": False,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["worried-about-child"],
        "last_checked": "2026-11-01",
        "sort_order": 70,
    },
    # ------------------------------------------------------------------ 8
    {
        "key": "meldpunt-kinderporno",
        "name": {"nl": "Meldpunt Kinderporno", "en": "Meldpunt Kinderporno"},
        "for_whom": {
            "nl": "Voor iedereen die online beeldmateriaal van seksueel kindermisbruik ziet, ook als het nep is.",
            "en": "For anyone who sees child sexual abuse material online, also if it is fake.",
        },
        "description": {
            "nl": (
                "Meldpunt Kinderporno is onderdeel van Offlimits. "
                "Met het formulier op de website meld je anoniem beeldmateriaal van seksueel kindermisbruik. "
                "Meld alleen de link. Download het beeld niet en stuur het niet door."
            ),
            "en": (
                "Meldpunt Kinderporno is part of Offlimits. "
                "You use the form on the website to report child sexual abuse material anonymously. "
                "Only report the link. Do not download or forward the image."
            ),
        },
        "phone": "",
        "phone_label": {},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "",
        "website_url": "https://www.meldpunt-kinderporno.nl/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["report-material"],
        "last_checked": "2026-11-01",
        "sort_order": 80,
    },
    # ------------------------------------------------------------------ 9
    {
        "key": "meld-misdaad-anoniem",
        "name": {"nl": "Meld Misdaad Anoniem", "en": "Meld Misdaad Anoniem"},
        "for_whom": {
            "nl": "Voor iedereen die iets weet over een misdrijf en anoniem een tip wil geven.",
            "en": "For anyone who knows about a crime and wants to give a tip anonymously.",
        },
        "description": {
            "nl": (
                "Bij Meld Misdaad Anoniem geef je een tip over een misdrijf zonder je naam te noemen. "
                "Ook over beeldmateriaal van seksueel kindermisbruik."
            ),
            "en": (
                "At Meld Misdaad Anoniem you give a tip about a crime without giving your name. "
                "Also about child sexual abuse material."
            ),
        },
        "phone": "0800-7000",
        "phone_label": {"nl": "Telefoon", "en": "Phone"},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "",
        "website_url": "https://www.meldmisdaadanoniem.nl/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["report-material"],
        "last_checked": "2026-11-01",
        "sort_order": 90,
    },
    # ------------------------------------------------------------------ 10
    {
        "key": "stop-it-now",
        "name": {"nl": "Stop it Now", "en": "Stop it Now"},
        "for_whom": {
            "nl": "Voor mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag naar minderjarigen.",
            "en": "For people who are worried about their own sexual thoughts or behaviour towards minors.",
        },
        "description": {
            "nl": (
                "Stop it Now is onderdeel van Offlimits. "
                "Je kunt er anoniem over praten, via chat of telefoon. Kijk op de website hoe dat gaat."
            ),
            "en": (
                "Stop it Now is part of Offlimits. "
                "You can talk about it anonymously, by chat or phone. See the website for how."
            ),
        },
        "phone": "",
        "phone_label": {},
        "phone_2": "",
        "phone_2_label": {},
        "chat_url": "https://stopitnow.nl/",
        "website_url": "https://stopitnow.nl/",
        "opening_hours": {"nl": "", "en": ""},
        "anonymous": True,
        "free": True,
        "min_age": None,
        "max_age": None,
        "situations": ["own-behaviour"],
        "last_checked": "2026-11-01",
        "sort_order": 100,
    },
]

HELP_PAGE = {
    "key": "help",
    "slug": {"nl": "hulp", "en": "help"},
    "title": {"nl": "Hulp", "en": "Help"},
    "show_in_menus": False,
    "search_description": {
        "nl": "Hulpdiensten in Nederland voor als er beelden van jou of je kind worden gedeeld, als je wordt afgeperst of als je wilt praten.",
        "en": "Help services in the Netherlands for when images of you or your child are shared, when you are blackmailed or want to talk.",
    },
    "intro": {
        "nl": (
            "<p>Het is niet jouw schuld, en je staat er niet alleen voor. "
            "Kies hieronder de hulp die past bij wat jij nodig hebt. "
            "De meeste hulp is gratis, en vaak kun je anoniem blijven.</p>"
        ),
        "en": (
            "<p>It is not your fault, and you are not alone. "
            "Choose the help below that fits what you need. "
            "Most help is free, and you can often stay anonymous.</p>"
        ),
    },
}

HUBS = [
    {
        "key": "young-people",
        "audience": "young-people",
        "slug": {"nl": "jongeren", "en": "young-people"},
        "title": {"nl": "Voor jongeren", "en": "For young people"},
        "search_description": {
            "nl": "Heeft iemand een naaktbeeld van jou gemaakt of gedeeld, echt of nep? Lees wat je kunt doen en wie je helpt.",
            "en": "Has someone made or shared a nude image of you, real or fake? Read what you can do and who can help you.",
        },
        "intro": {
            "nl": (
                "<p>Heeft iemand een naaktbeeld van jou gemaakt of gedeeld, echt of nep? "
                "Het is niet jouw schuld. "
                "Hier lees je wat je kunt doen en wie je helpt.</p>"
            ),
            "en": (
                "<p>Has someone made or shared a nude image of you, real or fake? "
                "It is not your fault. "
                "Here you can read what you can do and who can help you.</p>"
            ),
        },
    },
    {
        "key": "parents",
        "audience": "parents",
        "slug": {"nl": "ouders", "en": "parents"},
        "title": {"nl": "Voor ouders", "en": "For parents"},
        "search_description": {
            "nl": "Voor ouders: veilig foto's van je kind delen, praten over nepnaaktbeelden en hulp als het toch misgaat.",
            "en": "For parents: posting photos of your child safely, talking about fake nude images and help if something goes wrong.",
        },
        "intro": {
            "nl": (
                "<p>Hier lees je hoe je veiliger foto's van je kind deelt. "
                "En wat je kunt doen als er toch een nepnaaktbeeld van je kind is gemaakt. "
                "Dat is nooit de schuld van je kind, en ook niet die van jou.</p>"
            ),
            "en": (
                "<p>Here you can read how to post photos of your child more safely. "
                "And what you can do if someone has made a fake nude image of your child. "
                "That is never your child's fault, and it is not yours either.</p>"
            ),
        },
    },
    {
        "key": "schools",
        "audience": "schools",
        "slug": {"nl": "scholen", "en": "schools"},
        "title": {"nl": "Voor scholen", "en": "For schools"},
        "search_description": {
            "nl": "Voor docenten en mentoren: wat te doen als leerlingen nepnaaktbeelden maken of delen, en hoe je het bespreekt in de klas.",
            "en": "For teachers and mentors: what to do if pupils make or share fake nude images, and how to discuss it in class.",
        },
        "intro": {
            "nl": (
                "<p>Op 24 procent van de scholen pesten leerlingen elkaar met AI-naaktbeelden "
                "(Pointer, KRO-NCRV, april 2025). "
                "Hier vind je een stappenplan voor als het op jouw school gebeurt, "
                "materiaal voor in de klas en hulpdiensten.</p>"
            ),
            "en": (
                "<p>At 24 percent of schools, pupils bully each other with AI nude images "
                "(Pointer, KRO-NCRV, April 2025). "
                "Here you find a step-by-step plan for when it happens at your school, "
                "material for the classroom and help services.</p>"
            ),
        },
    },
]
