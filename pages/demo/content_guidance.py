"""Demo content: the guidance pages.

Pure data, read by the demo loader. Facts come from the content guide, each with
its source named next to it and listed under "sources". Help services were
last checked on 1 November 2026.

"uitleg-voor-grootouders" deliberately has no English translation, so the site
can show its "not yet available in English" notice.
"""

# Sources used on more than one page.
_SRC_OFFLIMITS = {
    "nl": {
        "title": "Nieuwsbericht over AI-naaktbeelden van kinderen, met uitleg van Offlimits en cijfers van Meld Misdaad Anoniem",
        "publisher": "Offlimits en Meld Misdaad Anoniem, in een Nederlands nieuwsbericht",
        "date": "augustus 2025",
        "url": "",
    },
    "en": {
        "title": "News item about AI nude images of children, with comments by Offlimits and figures from Meld Misdaad Anoniem",
        "publisher": "Offlimits and Meld Misdaad Anoniem, in a Dutch news item",
        "date": "August 2025",
        "url": "",
    },
}
_SRC_THORN = {
    "nl": {
        "title": "Onderzoek naar deepfake-naaktbeelden en jongeren",
        "publisher": "Thorn (via safer.io)",
        "date": "",
        "url": "",
    },
    "en": {
        "title": "Research on deepfake nudes and young people",
        "publisher": "Thorn (via safer.io)",
        "date": "",
        "url": "",
    },
}
_SRC_POINTER = {
    "nl": {
        "title": "Onderzoek naar AI-naaktbeelden op scholen (genoemd in Kamervragen 2025Z08433)",
        "publisher": "Pointer (KRO-NCRV)",
        "date": "april 2025",
        "url": "",
    },
    "en": {
        "title": "Research on AI nude images at schools (cited in parliamentary questions 2025Z08433)",
        "publisher": "Pointer (KRO-NCRV)",
        "date": "April 2025",
        "url": "",
    },
}
_SRC_EENVANDAAG = {
    "nl": {
        "title": "Peiling onder ouders over foto's van kinderen online",
        "publisher": "EenVandaag Opiniepanel",
        "date": "februari 2026",
        "url": "",
    },
    "en": {
        "title": "Poll of parents about photos of children online",
        "publisher": "EenVandaag opinion panel",
        "date": "February 2026",
        "url": "",
    },
}
_SRC_METRO = {
    "nl": {
        "title": "Artikel met een politiespecialist over emoji's op kinderfoto's",
        "publisher": "Metro",
        "date": "januari 2026",
        "url": "",
    },
    "en": {
        "title": "Article with a police specialist about emojis on photos of children",
        "publisher": "Metro",
        "date": "January 2026",
        "url": "",
    },
}
_SRC_SR = {
    "nl": {
        "title": "Wetboek van Strafrecht, artikel 139h en 240b",
        "publisher": "Overheid.nl",
        "date": "",
        "url": "https://wetten.overheid.nl/BWBR0001854",
    },
    "en": {
        "title": "Dutch Criminal Code (Wetboek van Strafrecht), articles 139h and 240b",
        "publisher": "Overheid.nl",
        "date": "",
        "url": "https://wetten.overheid.nl/BWBR0001854",
    },
}


def _service(name, url, nl_text, en_text):
    return {
        "nl": {"title": nl_text, "publisher": name, "date": "gecontroleerd op 1 november 2026", "url": url},
        "en": {"title": en_text, "publisher": name, "date": "checked on 1 November 2026", "url": url},
    }


_SRC_HELPWANTED = _service(
    "Helpwanted (Offlimits)",
    "https://www.helpwanted.nl",
    "Hulp bij online seksueel misbruik en afpersing",
    "Help with online sexual abuse and sextortion",
)
_SRC_TAKEITDOWN = _service(
    "NCMEC",
    "https://takeitdown.ncmec.org",
    "Take It Down: beelden van minderjarigen offline houden",
    "Take It Down: keeping images of minors offline",
)
_SRC_STOPNCII = _service(
    "StopNCII",
    "https://stopncii.org",
    "StopNCII: intieme beelden van volwassenen offline houden",
    "StopNCII: keeping intimate images of adults offline",
)
_SRC_KINDERTELEFOON = _service(
    "Kindertelefoon",
    "https://www.kindertelefoon.nl",
    "Praten en chatten voor kinderen van 8 tot 18",
    "Calls and chat for children aged 8 to 18",
)
_SRC_VEILIGTHUIS = _service(
    "Veilig Thuis",
    "https://www.veiligthuis.nl",
    "Advies bij huiselijk geweld en kindermishandeling",
    "Advice on domestic violence and child abuse",
)
_SRC_POLITIE = _service(
    "Politie",
    "https://www.politie.nl",
    "Aangifte doen en advies",
    "Reporting a crime and advice",
)


def _sources(*items):
    return {"nl": [item["nl"] for item in items], "en": [item["en"] for item in items]}


GUIDANCE = [
    # ------------------------------------------------------------------ 1
    {
        "key": "wat-is-een-deepfake-naaktbeeld",
        "slug": {"nl": "wat-is-een-deepfake-naaktbeeld", "en": "what-is-a-deepfake-nude"},
        "title": {"nl": "Wat is een deepfake-naaktbeeld?", "en": "What is a deepfake nude?"},
        "search_description": {
            "nl": "Uitleg over nepnaaktbeelden die met AI zijn gemaakt: hoe ze ontstaan, wie slachtoffer is en wat de wet zegt.",
            "en": "About fake nude images made with AI: how they are made, who is harmed and what the law says.",
        },
        "intro": {
            "nl": (
                "Een deepfake-naaktbeeld is een nepnaaktbeeld dat met AI is gemaakt. "
                "Vaak is het gemaakt van een gewone foto. Het beeld is nep, maar de schade is echt."
            ),
            "en": (
                "A deepfake nude is a fake nude image made with AI. "
                "It is often made from an ordinary photo. The image is fake, but the harm is real."
            ),
        },
        "content_warning": {
            "nl": "Deze pagina gaat over seksueel misbruik met nepbeelden, ook van kinderen. Er staan geen beelden op.",
            "en": "This page is about sexual abuse with fake images, including of children. It shows no images.",
        },
        "last_reviewed": "2026-11-01",
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Hoe ontstaat zo'n beeld?</h2>"
                    "<p>Er zijn apps en websites die met kunstmatige intelligentie (AI) werken. "
                    "Ze maken van een gewone foto een nepnaaktbeeld. "
                    "Ze heten ook wel uitkleed-apps.</p>"
                    "<p>Vroeger kon je nepbeelden vaak herkennen. Bijvoorbeeld aan zes tenen of een extra voet. "
                    "Nieuwe beelden zijn bijna niet meer van echt te onderscheiden. "
                    "Zelfs experts zien het verschil vaak niet (Offlimits, augustus 2025).</p>",
                ),
                (
                    "text",
                    "<h2>Ook kinderen zijn slachtoffer</h2>"
                    "<p>Zulke beelden worden ook van kinderen gemaakt. "
                    "Daarvoor worden ook foto's van sociale media gebruikt (Offlimits, augustus 2025).</p>"
                    "<p>Uit onderzoek van Thorn blijkt: van ongeveer 1 op de 17 tieners is een nepnaaktbeeld gemaakt (Thorn).</p>"
                    "<p>Meld Misdaad Anoniem kreeg in 2024 153 meldingen over beeldmateriaal van seksueel kindermisbruik. "
                    "In 2023 waren dat er 82. Dat is 86 procent meer. "
                    "Of AI daarbij een rol speelt, is niet duidelijk (Meld Misdaad Anoniem, 2024).</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Het is niet jouw schuld",
                        "text": "<p>Is er een nepnaaktbeeld van jou gemaakt? Dan is dat niet jouw schuld. "
                        "Ook niet als je zelf foto's online zet. "
                        "De schuld ligt bij wie het beeld maakt of deelt.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Wat zegt de wet?</h2>"
                    "<ul>"
                    "<li><strong>Artikel 139h Wetboek van Strafrecht</strong> (sinds 2020): "
                    "seksueel beeldmateriaal van iemand maken of verspreiden zonder toestemming is strafbaar. "
                    "In 2023 paste de rechtbank Amsterdam dit toe op een deepfake (ECLI:NL:RBAMS:2023:6923).</li>"
                    "<li><strong>Artikel 240b Wetboek van Strafrecht</strong>: "
                    "dit gaat over beeldmateriaal van seksueel kindermisbruik. "
                    "Ook realistische nepbeelden vallen hieronder.</li>"
                    "<li><strong>Europese AI-verordening, artikel 50 lid 4</strong>: "
                    "vanaf 2 augustus 2026 moet je melden dat een deepfake met AI is gemaakt.</li>"
                    "</ul>"
                    """<p>De Nederlandse wetten lees je op <a href="https://wetten.overheid.nl">wetten.overheid.nl</a>.</p>""",
                ),
                (
                    "text",
                    "<h2>Wat moet er gebeuren?</h2>"
                    "<p>Offlimits zegt: het belangrijkste is dat beelden zo snel mogelijk offline gaan. "
                    "Platforms moeten hun verantwoordelijkheid nemen. "
                    "Daders moeten worden opgespoord. "
                    "En slachtoffers moeten steun krijgen (Offlimits, augustus 2025).</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Is het jou overkomen?",
                        "text": "Lees stap voor stap wat je kunt doen en waar je hulp vindt.",
                        "button_label": "Wat kun je doen?",
                        "page": "guidance:het-is-jou-overkomen",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>How is such an image made?</h2>"
                    "<p>Some apps and websites work with artificial intelligence (AI). "
                    "They turn an ordinary photo into a fake nude image. "
                    "They are also called ‘nudify’ apps.</p>"
                    "<p>In the past, you could often spot a fake. For example, by six toes or an extra foot. "
                    "New images can barely be told apart from real ones. "
                    "Even experts often cannot see the difference (Offlimits, August 2025).</p>",
                ),
                (
                    "text",
                    "<h2>Children are victims too</h2>"
                    "<p>Such images are also made of children. "
                    "Photos from social media are used for this too (Offlimits, August 2025).</p>"
                    "<p>Research by Thorn shows: about 1 in 17 teenagers had a fake nude image made of them (Thorn).</p>"
                    "<p>In 2024, Meld Misdaad Anoniem received 153 reports about child sexual abuse material. "
                    "In 2023, there were 82. That is 86 percent more. "
                    "It is not clear whether AI plays a part in this (Meld Misdaad Anoniem, 2024).</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "It is not your fault",
                        "text": "<p>Has someone made a fake nude image of you? Then it is not your fault. "
                        "Not even if you post photos online yourself. "
                        "The blame lies with whoever makes or shares the image.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What does the law say?</h2>"
                    "<ul>"
                    "<li><strong>Article 139h of the Dutch Criminal Code</strong> (since 2020): "
                    "making or spreading sexual images of someone without consent is a crime. "
                    "In 2023, the Amsterdam court applied this to a deepfake (ECLI:NL:RBAMS:2023:6923).</li>"
                    "<li><strong>Article 240b of the Dutch Criminal Code</strong>: "
                    "this is about child sexual abuse material. "
                    "Realistic fake images are included too.</li>"
                    "<li><strong>EU AI Act, article 50(4)</strong>: "
                    "from 2 August 2026, you must disclose that a deepfake was made with AI.</li>"
                    "</ul>"
                    """<p>You can read Dutch law on <a href="https://wetten.overheid.nl">wetten.overheid.nl</a> (in Dutch).</p>""",
                ),
                (
                    "text",
                    "<h2>What needs to happen?</h2>"
                    "<p>Offlimits says: the most important thing is that images go offline as fast as possible. "
                    "Platforms must take responsibility. "
                    "Offenders must be traced. "
                    "And victims must get support (Offlimits, August 2025).</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Did this happen to you?",
                        "text": "Read step by step what you can do and where to find help.",
                        "button_label": "What can you do?",
                        "page": "guidance:het-is-jou-overkomen",
                    },
                ),
            ],
        },
        "sources": _sources(
            _SRC_OFFLIMITS,
            _SRC_THORN,
            _SRC_SR,
            {
                "nl": {
                    "title": "Uitspraak over een deepfake, ECLI:NL:RBAMS:2023:6923",
                    "publisher": "Rechtbank Amsterdam",
                    "date": "2023",
                    "url": "",
                },
                "en": {
                    "title": "Judgment about a deepfake, ECLI:NL:RBAMS:2023:6923",
                    "publisher": "Amsterdam District Court",
                    "date": "2023",
                    "url": "",
                },
            },
            {
                "nl": {
                    "title": "AI-verordening (EU) 2024/1689, artikel 50 lid 4",
                    "publisher": "Europese Unie",
                    "date": "",
                    "url": "",
                },
                "en": {
                    "title": "AI Act (EU) 2024/1689, article 50(4)",
                    "publisher": "European Union",
                    "date": "",
                    "url": "",
                },
            },
        ),
    },
    # ------------------------------------------------------------------ 2
    {
        "key": "het-is-jou-overkomen",
        "slug": {"nl": "het-is-jou-overkomen", "en": "it-happened-to-you"},
        "title": {
            "nl": "Er is een naaktbeeld van jou gemaakt. Wat nu?",
            "en": "Someone made a nude image of you. What now?",
        },
        "search_description": {
            "nl": "Is er een echt of nep naaktbeeld van jou gemaakt of gedeeld? Het is niet jouw schuld. Dit kun je doen.",
            "en": "Has someone made or shared a real or fake nude image of you? It is not your fault. This is what you can do.",
        },
        "intro": {
            "nl": (
                "Is er een naaktbeeld van jou gemaakt of gedeeld? Echt of nep? "
                "Het is niet jouw schuld. Hier lees je stap voor stap wat je kunt doen."
            ),
            "en": (
                "Has someone made or shared a nude image of you? Real or fake? "
                "It is not your fault. Here you can read step by step what you can do."
            ),
        },
        "content_warning": {
            "nl": "Deze pagina gaat over seksueel misbruik met beelden. Er staan geen beelden op. "
            "Wordt het je te veel? Stop dan even en praat met iemand die je vertrouwt.",
            "en": "This page is about sexual abuse with images. It shows no images. "
            "Is it too much? Take a break and talk to someone you trust.",
        },
        "last_reviewed": "2026-11-01",
        "body": {
            "nl": [
                (
                    "callout",
                    {
                        "kind": "help",
                        "heading": "Eerst dit: het is niet jouw schuld",
                        "text": "<p>Je hebt niets fout gedaan. Ook niet als je de foto zelf online zette. "
                        "Ook niet als je zelf een foto naar iemand stuurde. "
                        "De schuld ligt bij wie het beeld maakt of deelt.</p>"
                        "<p>Schaam je je? Ben je bang? Dat is heel normaal. "
                        "Je hoeft dit niet alleen op te lossen.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Wat kun je doen?</h2>"
                    "<ol>"
                    "<li><strong>Vertel het aan iemand.</strong> Bijvoorbeeld aan een ouder, een docent of een vriend. "
                    "Of bel of chat met Helpwanted of de Kindertelefoon.</li>"
                    "<li><strong>Deel het beeld niet.</strong> Stuur het niet door. Download het niet. "
                    "Ook niet om het te melden.</li>"
                    "<li><strong>Bewaar bewijs, maar niet het beeld.</strong> "
                    "Schrijf gebruikersnamen, links, berichten en datums op. "
                    "Maak geen foto of screenshot van het beeld zelf.</li>"
                    "<li><strong>Laat het beeld offline halen.</strong> "
                    "Dat moet zo snel mogelijk (Offlimits, augustus 2025). "
                    "Helpwanted kan websites vragen om het beeld weg te halen.</li>"
                    "<li><strong>Doe aangifte als je dat wilt.</strong> "
                    "Een naaktbeeld van iemand maken of delen zonder toestemming is strafbaar. "
                    "Ook als het beeld nep is (artikel 139h Wetboek van Strafrecht).</li>"
                    "</ol>",
                ),
                (
                    "text",
                    "<h2>Zorgen dat het beeld niet verder gaat</h2>"
                    "<p>Twee gratis diensten maken een soort vingerafdruk van een beeld. Dat heet een hash. "
                    "De hash wordt op je eigen telefoon of computer gemaakt. "
                    "Het beeld zelf wordt nooit geüpload.</p>"
                    "<ul>"
                    """<li><a href="https://takeitdown.ncmec.org">Take It Down</a>: """
                    "voor beelden die zijn gemaakt toen je jonger was dan 18.</li>"
                    """<li><a href="https://stopncii.org">StopNCII</a>: """
                    "voor volwassenen vanaf 18 jaar. Ook voor deepfakes.</li>"
                    "</ul>"
                    "<p>Deze diensten werken alleen met een beeld dat al op je eigen apparaat staat. "
                    "Download het beeld daarvoor niet. Twijfel je? Vraag Helpwanted om advies.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Dreigt iemand het beeld te delen?",
                        "text": "<p>Vraagt iemand om geld of om meer beelden? Betaal niet en geef niet toe. "
                        "Stop het contact. Zoek hulp bij Helpwanted.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Waar vind je hulp?</h2>"
                    "<ul>"
                    """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
                    "gratis en anoniem. Chat op de site of bel 020-261 52 75.</li>"
                    """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
                    "voor kinderen van 8 tot 18 jaar. Bel gratis 0800-0432 of chat.</li>"
                    """<li><strong><a href="https://www.politie.nl">Politie</a></strong>: """
                    "aangifte doen of advies vragen. Bel 0900-8844. Bij direct gevaar: bel 112.</li>"
                    """<li><strong><a href="https://www.113.nl">113 Zelfmoordpreventie</a></strong>: """
                    "denk je aan zelfmoord? Bel 113 of gratis 0800-0113, of chat. Dag en nacht.</li>"
                    "</ul>"
                    "<p><em>Gecontroleerd op 1 november 2026.</em></p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Word je afgeperst?",
                        "text": "Lees wat je kunt doen als iemand dreigt met een naaktbeeld van jou.",
                        "button_label": "Lees over afpersing",
                        "page": "guidance:afpersing-met-naaktbeelden",
                    },
                ),
            ],
            "en": [
                (
                    "callout",
                    {
                        "kind": "help",
                        "heading": "First this: it is not your fault",
                        "text": "<p>You did nothing wrong. Not even if you put the photo online yourself. "
                        "Not even if you sent a photo to someone yourself. "
                        "The blame lies with whoever makes or shares the image.</p>"
                        "<p>Do you feel ashamed? Are you scared? That is very normal. "
                        "You do not have to solve this alone.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What can you do?</h2>"
                    "<ol>"
                    "<li><strong>Tell someone.</strong> For example, a parent, a teacher or a friend. "
                    "Or call or chat with Helpwanted or the Kindertelefoon.</li>"
                    "<li><strong>Do not share the image.</strong> Do not forward it. Do not download it. "
                    "Not even to report it.</li>"
                    "<li><strong>Keep evidence, but not the image.</strong> "
                    "Write down usernames, links, messages and dates. "
                    "Do not take a photo or screenshot of the image itself.</li>"
                    "<li><strong>Get the image taken offline.</strong> "
                    "This should happen as fast as possible (Offlimits, August 2025). "
                    "Helpwanted can ask websites to remove the image.</li>"
                    "<li><strong>Report it to the police if you want to.</strong> "
                    "Making or sharing a nude image of someone without consent is a crime. "
                    "Also if the image is fake (article 139h, Dutch Criminal Code).</li>"
                    "</ol>",
                ),
                (
                    "text",
                    "<h2>Stop the image from spreading</h2>"
                    "<p>Two free services make a kind of fingerprint of an image. This is called a hash. "
                    "The hash is made on your own phone or computer. "
                    "The image itself is never uploaded.</p>"
                    "<ul>"
                    """<li><a href="https://takeitdown.ncmec.org">Take It Down</a>: """
                    "for images made when you were under 18.</li>"
                    """<li><a href="https://stopncii.org">StopNCII</a>: """
                    "for adults aged 18 and over. Also for deepfakes.</li>"
                    "</ul>"
                    "<p>These services only work with an image that is already on your own device. "
                    "Do not download the image for this. Not sure? Ask Helpwanted for advice.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Is someone threatening to share the image?",
                        "text": "<p>Does someone ask for money or more images? Do not pay and do not give in. "
                        "Stop the contact. Get help from Helpwanted.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Where can you get help?</h2>"
                    "<ul>"
                    """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
                    "free and anonymous. Chat on the website or call 020-261 52 75.</li>"
                    """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
                    "for children aged 8 to 18. Call 0800-0432 for free, or chat.</li>"
                    """<li><strong><a href="https://www.politie.nl">Politie</a></strong> (police): """
                    "report a crime or ask for advice. Call 0900-8844. In an emergency: call 112.</li>"
                    """<li><strong><a href="https://www.113.nl">113 Zelfmoordpreventie</a></strong>: """
                    "thinking about suicide? Call 113 or free 0800-0113, or chat. Day and night.</li>"
                    "</ul>"
                    "<p><em>Checked on 1 November 2026.</em></p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Is someone blackmailing you?",
                        "text": "Read what you can do if someone threatens you with a nude image.",
                        "button_label": "Read about sextortion",
                        "page": "guidance:afpersing-met-naaktbeelden",
                    },
                ),
            ],
        },
        "sources": _sources(
            _SRC_OFFLIMITS,
            _SRC_SR,
            _SRC_HELPWANTED,
            _SRC_TAKEITDOWN,
            _SRC_STOPNCII,
            _SRC_KINDERTELEFOON,
            _SRC_POLITIE,
        ),
    },
    # ------------------------------------------------------------------ 3
    {
        "key": "afpersing-met-naaktbeelden",
        "slug": {"nl": "afpersing-met-naaktbeelden", "en": "sextortion"},
        "title": {
            "nl": "Iemand dreigt met een naaktbeeld van jou",
            "en": "Someone threatens you with a nude image",
        },
        "search_description": {
            "nl": "Word je afgeperst met een naaktbeeld? Betaal niet, stop het contact en zoek hulp. Het is niet jouw schuld.",
            "en": "Is someone blackmailing you with a nude image? Do not pay, stop the contact and get help. It is not your fault.",
        },
        "intro": {
            "nl": (
                "Dreigt iemand een naaktbeeld van jou te delen als je niet betaalt? "
                "Dat heet afpersing, of sextortion. Het is niet jouw schuld en je kunt hulp krijgen."
            ),
            "en": (
                "Is someone threatening to share a nude image of you unless you pay? "
                "This is called sextortion. It is not your fault and you can get help."
            ),
        },
        "content_warning": {
            "nl": "Deze pagina gaat over afpersing met naaktbeelden. Er staan geen beelden op.",
            "en": "This page is about blackmail with nude images. It shows no images.",
        },
        "last_reviewed": "2026-11-01",
        "body": {
            "nl": [
                (
                    "callout",
                    {
                        "kind": "help",
                        "heading": "Het is niet jouw schuld",
                        "text": "<p>De afperser is de dader. Jij niet. "
                        "Dat geldt als het beeld echt is. En ook als het nep is. "
                        "Je staat er niet alleen voor.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Wat moet je doen?</h2>"
                    "<ol>"
                    "<li><strong>Betaal niet.</strong> Stuur ook geen nieuwe beelden. Geef niet toe.</li>"
                    "<li><strong>Bewaar bewijs.</strong> Schrijf de gebruikersnaam op. "
                    "Noteer de berichten en de datums. Bewaar het beeld zelf niet.</li>"
                    "<li><strong>Stop het contact.</strong> Reageer niet meer. Blokkeer de persoon.</li>"
                    "<li><strong>Vertel het aan iemand.</strong> Aan iemand die je vertrouwt. Of aan Helpwanted.</li>"
                    "<li><strong>Meld het.</strong> Meld het account bij de app of website. "
                    "En doe aangifte bij de politie als je dat wilt.</li>"
                    "</ol>",
                ),
                (
                    "text",
                    "<h2>Waarom niet betalen?</h2>"
                    "<p>Betalen geeft geen garantie. De afperser kan daarna gewoon meer vragen. "
                    "Je hoeft dit niet alleen op te lossen. "
                    "Helpwanted kan ook helpen om beelden offline te halen.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Vragen",
                        "items": [
                            {
                                "question": "Ik heb al betaald. Wat nu?",
                                "answer": "<p>Dat kan gebeuren. Het is nog steeds niet jouw schuld. "
                                "Betaal niet nog een keer. Stop het contact en zoek hulp.</p>",
                            },
                            {
                                "question": "Het beeld is al gedeeld. Wat kan ik doen?",
                                "answer": "<p>Deel het beeld zelf niet verder. "
                                """Neem contact op met <a href="https://www.helpwanted.nl">Helpwanted</a>. """
                                "Zij kunnen helpen om het beeld offline te halen.</p>",
                            },
                        ],
                    },
                ),
                (
                    "text",
                    "<h2>Hier kun je terecht</h2>"
                    "<ul>"
                    """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
                    "gratis en anoniem. Chat op de site of bel 020-261 52 75.</li>"
                    """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
                    "voor kinderen van 8 tot 18 jaar. Bel gratis 0800-0432 of chat.</li>"
                    """<li><strong><a href="https://www.politie.nl">Politie</a></strong>: """
                    "bel 0900-8844. Bij direct gevaar: bel 112.</li>"
                    """<li><strong><a href="https://www.113.nl">113 Zelfmoordpreventie</a></strong>: """
                    "zie je het niet meer zitten? Bel 113 of gratis 0800-0113, of chat. Dag en nacht.</li>"
                    "</ul>"
                    "<p><em>Gecontroleerd op 1 november 2026.</em></p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Praat met Helpwanted",
                        "text": "Gratis en anoniem. Ook als je je schaamt.",
                        "button_label": "Naar Helpwanted",
                        "url": "https://www.helpwanted.nl",
                    },
                ),
            ],
            "en": [
                (
                    "callout",
                    {
                        "kind": "help",
                        "heading": "It is not your fault",
                        "text": "<p>The blackmailer is the offender. Not you. "
                        "That is true if the image is real. And also if it is fake. "
                        "You are not alone in this.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What should you do?</h2>"
                    "<ol>"
                    "<li><strong>Do not pay.</strong> Do not send new images either. Do not give in.</li>"
                    "<li><strong>Keep evidence.</strong> Write down the username. "
                    "Note the messages and the dates. Do not keep the image itself.</li>"
                    "<li><strong>Stop the contact.</strong> Do not reply any more. Block the person.</li>"
                    "<li><strong>Tell someone.</strong> Someone you trust. Or Helpwanted.</li>"
                    "<li><strong>Report it.</strong> Report the account to the app or website. "
                    "And report it to the police if you want to.</li>"
                    "</ol>",
                ),
                (
                    "text",
                    "<h2>Why not pay?</h2>"
                    "<p>Paying gives no guarantee. The blackmailer can simply ask for more afterwards. "
                    "You do not have to solve this alone. "
                    "Helpwanted can also help to get images taken offline.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Questions",
                        "items": [
                            {
                                "question": "I already paid. What now?",
                                "answer": "<p>That can happen. It is still not your fault. "
                                "Do not pay again. Stop the contact and get help.</p>",
                            },
                            {
                                "question": "The image has already been shared. What can I do?",
                                "answer": "<p>Do not share the image any further yourself. "
                                """Contact <a href="https://www.helpwanted.nl">Helpwanted</a>. """
                                "They can help to get the image taken offline.</p>",
                            },
                        ],
                    },
                ),
                (
                    "text",
                    "<h2>Where you can go</h2>"
                    "<ul>"
                    """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
                    "free and anonymous. Chat on the website or call 020-261 52 75.</li>"
                    """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
                    "for children aged 8 to 18. Call 0800-0432 for free, or chat.</li>"
                    """<li><strong><a href="https://www.politie.nl">Politie</a></strong> (police): """
                    "call 0900-8844. In an emergency: call 112.</li>"
                    """<li><strong><a href="https://www.113.nl">113 Zelfmoordpreventie</a></strong>: """
                    "do you feel you cannot go on? Call 113 or free 0800-0113, or chat. Day and night.</li>"
                    "</ul>"
                    "<p><em>Checked on 1 November 2026.</em></p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Talk to Helpwanted",
                        "text": "Free and anonymous. Even if you feel ashamed.",
                        "button_label": "Go to Helpwanted",
                        "url": "https://www.helpwanted.nl",
                    },
                ),
            ],
        },
        "sources": _sources(_SRC_HELPWANTED, _SRC_KINDERTELEFOON, _SRC_POLITIE),
    },
    # ------------------------------------------------------------------ 4
    {
        "key": "praten-met-je-kind",
        "slug": {"nl": "praten-met-je-kind", "en": "talking-with-your-child"},
        "title": {
            "nl": "Praten met je kind over nepnaaktbeelden",
            "en": "Talking with your child about fake nude images",
        },
        "search_description": {
            "nl": "Tips voor ouders: zo praat je met je kind over nepnaaktbeelden, en zo reageer je als er iets gebeurt.",
            "en": "Tips for parents: how to talk with your child about fake nude images, and how to respond if something happens.",
        },
        "intro": {
            "nl": (
                "Kinderen kunnen op school of online te maken krijgen met nepnaaktbeelden. "
                "Praat er daarom thuis over. Je hoeft geen expert te zijn."
            ),
            "en": (
                "Children can come across fake nude images at school or online. "
                "So talk about it at home. You do not have to be an expert."
            ),
        },
        "content_warning": None,
        "last_reviewed": "2026-11-01",
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Waarom erover praten?</h2>"
                    "<p>Op 24 procent van de scholen pesten leerlingen elkaar met AI-naaktbeelden "
                    "(Pointer, KRO-NCRV, april 2025). "
                    "Van ongeveer 1 op de 17 tieners is een nepnaaktbeeld gemaakt (Thorn).</p>"
                    "<p>Weet je kind dat het bij jou terecht kan? "
                    "Dan is het makkelijker om hulp te vragen als er iets gebeurt.</p>",
                ),
                (
                    "text",
                    "<h2>Tips voor het gesprek</h2>"
                    "<ul>"
                    "<li><strong>Kies een rustig moment.</strong> Bijvoorbeeld in de auto of tijdens het koken.</li>"
                    "<li><strong>Begin algemeen.</strong> Vraag wat je kind weet over AI en nepbeelden. "
                    "Of praat over een nieuwsbericht.</li>"
                    "<li><strong>Luister vooral.</strong> Stel open vragen. Oordeel niet.</li>"
                    "<li><strong>Wees duidelijk.</strong> Een nepnaaktbeeld maken of delen is misbruik. "
                    "Het is ook strafbaar.</li>"
                    "<li><strong>Leg uit wat je kind kan doen.</strong> "
                    "Zo'n beeld niet doorsturen en niet opslaan. Wel vertellen aan iemand die je vertrouwt.</li>"
                    "<li><strong>Beloof steun.</strong> Zeg bijvoorbeeld: "
                    "“Als er ooit iets gebeurt, is het niet jouw schuld. Je mag altijd bij mij komen.”</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Als je kind iets vertelt",
                        "text": "<p>Blijf rustig. Zeg dat het goed is dat je kind het vertelt. "
                        "Zeg duidelijk: het is niet jouw schuld.</p>"
                        "<p>Straf je kind niet. Stuur het beeld niet door en sla het niet op. "
                        "Ook niet om het te melden. "
                        """Zoek samen hulp, bijvoorbeeld bij <a href="https://www.helpwanted.nl">Helpwanted</a>.</p>""",
                    },
                ),
                (
                    "text",
                    "<h2>Als je kind zelf een beeld heeft gemaakt of gedeeld</h2>"
                    "<p>Ook dan is praten belangrijk. "
                    "Leg uit dat achter elk nepbeeld een echt mens zit. "
                    "En dat het strafbaar is. "
                    "Weet je niet hoe je verder moet? Vraag advies bij Helpwanted.</p>",
                ),
                (
                    "text",
                    "<h2>Hulp voor ouders en kinderen</h2>"
                    "<ul>"
                    """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
                    "hulp bij online seksueel misbruik. Gratis en anoniem. Bel 020-261 52 75 of chat.</li>"
                    """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
                    "hier kan je kind zelf anoniem praten. Bel gratis 0800-0432 of chat.</li>"
                    """<li><strong><a href="https://www.veiligthuis.nl">Veilig Thuis</a></strong>: """
                    "advies bij zorgen over kindermishandeling. Bel 0800-2000.</li>"
                    "</ul>"
                    "<p><em>Gecontroleerd op 1 november 2026.</em></p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Foto's van je kind delen?",
                        "text": "Lees waar je op let voordat je een foto van je kind online zet.",
                        "button_label": "Naar de checklist",
                        "page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>Why talk about it?</h2>"
                    "<p>At 24 percent of schools, pupils bully each other with AI nude images "
                    "(Pointer, KRO-NCRV, April 2025). "
                    "About 1 in 17 teenagers had a fake nude image made of them (Thorn).</p>"
                    "<p>Does your child know they can come to you? "
                    "Then it is easier to ask for help if something happens.</p>",
                ),
                (
                    "text",
                    "<h2>Tips for the conversation</h2>"
                    "<ul>"
                    "<li><strong>Choose a calm moment.</strong> For example, in the car or while cooking.</li>"
                    "<li><strong>Start in general.</strong> Ask what your child knows about AI and fake images. "
                    "Or talk about a news item.</li>"
                    "<li><strong>Mostly listen.</strong> Ask open questions. Do not judge.</li>"
                    "<li><strong>Be clear.</strong> Making or sharing a fake nude image is abuse. "
                    "It is also a crime.</li>"
                    "<li><strong>Explain what your child can do.</strong> "
                    "Do not forward or save such an image. Do tell someone you trust.</li>"
                    "<li><strong>Promise support.</strong> For example, say: "
                    "“If something ever happens, it is not your fault. You can always come to me.”</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "If your child tells you something",
                        "text": "<p>Stay calm. Say it is good that your child told you. "
                        "Say clearly: it is not your fault.</p>"
                        "<p>Do not punish your child. Do not forward or save the image. "
                        "Not even to report it. "
                        """Get help together, for example from <a href="https://www.helpwanted.nl">Helpwanted</a>.</p>""",
                    },
                ),
                (
                    "text",
                    "<h2>If your child made or shared an image</h2>"
                    "<p>Then talking is important too. "
                    "Explain that there is a real person behind every fake image. "
                    "And that it is a crime. "
                    "Not sure what to do next? Ask Helpwanted for advice.</p>",
                ),
                (
                    "text",
                    "<h2>Help for parents and children</h2>"
                    "<ul>"
                    """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
                    "help with online sexual abuse. Free and anonymous. Call 020-261 52 75 or chat.</li>"
                    """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
                    "your child can talk here anonymously. Call 0800-0432 for free, or chat.</li>"
                    """<li><strong><a href="https://www.veiligthuis.nl">Veilig Thuis</a></strong>: """
                    "advice if you are worried about child abuse. Call 0800-2000.</li>"
                    "</ul>"
                    "<p><em>Checked on 1 November 2026.</em></p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Posting photos of your child?",
                        "text": "Read what to check before you put a photo of your child online.",
                        "button_label": "See the checklist",
                        "page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
                    },
                ),
            ],
        },
        "sources": _sources(_SRC_POINTER, _SRC_THORN, _SRC_HELPWANTED, _SRC_KINDERTELEFOON, _SRC_VEILIGTHUIS),
    },
    # ------------------------------------------------------------------ 5
    {
        "key": "voordat-je-een-foto-van-je-kind-deelt",
        "slug": {"nl": "voordat-je-een-foto-van-je-kind-deelt", "en": "before-you-post-a-photo-of-your-child"},
        "title": {
            "nl": "Voordat je een foto van je kind deelt",
            "en": "Before you post a photo of your child",
        },
        "search_description": {
            "nl": "Checklist voor ouders: waar let je op voordat je een foto van je kind online zet?",
            "en": "Checklist for parents: what to check before you put a photo of your child online.",
        },
        "intro": {
            "nl": (
                "Foto's van je kind delen is heel gewoon. "
                "Maar met AI kan iemand van een gewone foto een nepnaaktbeeld maken. "
                "Met deze checklist deel je bewuster."
            ),
            "en": (
                "Posting photos of your child is very normal. "
                "But with AI, someone can turn an ordinary photo into a fake nude image. "
                "This checklist helps you share with more care."
            ),
        },
        "content_warning": None,
        "last_reviewed": "2026-11-01",
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Waarom opletten?</h2>"
                    "<p>AI-apps maken van gewone foto's nepnaaktbeelden. "
                    "Ook van foto's van kinderen op sociale media. "
                    "Experts zien bijna niet meer dat zulke beelden nep zijn (Offlimits, augustus 2025).</p>"
                    "<p>18 procent van de ouders zet herkenbare foto's van hun kind online "
                    "(EenVandaag Opiniepanel, februari 2026).</p>",
                ),
                (
                    "text",
                    "<h2>Checklist</h2>"
                    "<ul>"
                    "<li><strong>Wie kan de foto zien?</strong> Alleen familie en vrienden, of iedereen? "
                    "Kijk goed naar je instellingen.</li>"
                    "<li><strong>Gebruik een privéaccount.</strong> En kies zelf wie je volgers zijn.</li>"
                    "<li><strong>Is je kind herkenbaar?</strong> "
                    "Een foto van achteren of van een afstand laat minder van je kind zien.</li>"
                    "<li><strong>Laat de plek niet zien.</strong> Zet de locatie uit. "
                    "Let op straatnamen, je huis en je huisnummer.</li>"
                    "<li><strong>Geen schooluniform of schoollogo.</strong> "
                    "Daaraan kunnen vreemden zien naar welke school je kind gaat.</li>"
                    "<li><strong>Geen foto's in bad of in zwemkleding.</strong> Ook niet als ze onschuldig zijn.</li>"
                    "<li><strong>Vraag het je kind.</strong> Vraag oudere kinderen altijd om toestemming. "
                    "Zegt je kind nee? Deel de foto dan niet.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Een emoji beschermt niet",
                        "text": "<p>Zet je een emoji over het gezicht van je kind? "
                        "Dat beschermt de foto niet tegen bewerking met AI "
                        "(politiespecialist in Metro, januari 2026).</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Vragen",
                        "items": [
                            {
                                "question": "Is mijn foto veilig als ik alles goed doe?",
                                "answer": "<p>Niet helemaal. Iemand kan een foto altijd opslaan. "
                                "Maar je maakt de kans op misbruik wel kleiner. "
                                "Gaat het toch mis? Dan is dat niet jouw schuld.</p>",
                            },
                            {
                                "question": "Wat doe ik met oude foto's?",
                                "answer": "<p>Kijk je oude berichten eens na. "
                                "Zet foto's van je kind op privé, of verwijder ze.</p>",
                            },
                            {
                                "question": "Wat als familie foto's van mijn kind deelt?",
                                "answer": "<p>Maak samen afspraken over wat wel en niet mag. "
                                "Bijvoorbeeld over foto's in de familie-app.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Praat er ook over",
                        "text": "Praat met je kind over foto's en nepbeelden. Zo weet je kind dat het bij jou terecht kan.",
                        "button_label": "Tips voor het gesprek",
                        "page": "guidance:praten-met-je-kind",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>Why be careful?</h2>"
                    "<p>AI apps turn ordinary photos into fake nude images. "
                    "Photos of children on social media too. "
                    "Experts can barely see any more that such images are fake (Offlimits, August 2025).</p>"
                    "<p>18 percent of parents post recognisable photos of their child online "
                    "(EenVandaag opinion panel, February 2026).</p>",
                ),
                (
                    "text",
                    "<h2>Checklist</h2>"
                    "<ul>"
                    "<li><strong>Who can see the photo?</strong> Only family and friends, or everyone? "
                    "Check your settings carefully.</li>"
                    "<li><strong>Use a private account.</strong> And choose your followers yourself.</li>"
                    "<li><strong>Can people recognise your child?</strong> "
                    "A photo from behind or from a distance shows less of your child.</li>"
                    "<li><strong>Do not show the place.</strong> Turn off location. "
                    "Watch out for street names, your house and your house number.</li>"
                    "<li><strong>No school uniform or school logo.</strong> "
                    "Strangers could use it to see which school your child goes to.</li>"
                    "<li><strong>No photos in the bath or in swimwear.</strong> Not even innocent ones.</li>"
                    "<li><strong>Ask your child.</strong> Always ask older children for permission. "
                    "Does your child say no? Then do not post the photo.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "An emoji does not protect",
                        "text": "<p>Do you put an emoji over your child's face? "
                        "That does not protect the photo from being changed with AI "
                        "(police specialist in Metro, January 2026).</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Questions",
                        "items": [
                            {
                                "question": "Is my photo safe if I do everything right?",
                                "answer": "<p>Not completely. Someone can always save a photo. "
                                "But you do make the risk of abuse smaller. "
                                "If something goes wrong anyway, it is not your fault.</p>",
                            },
                            {
                                "question": "What do I do with old photos?",
                                "answer": "<p>Look through your old posts. "
                                "Make photos of your child private, or delete them.</p>",
                            },
                            {
                                "question": "What if family members share photos of my child?",
                                "answer": "<p>Agree together on what is and is not okay. "
                                "For example, about photos in the family group chat.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Talk about it too",
                        "text": "Talk with your child about photos and fake images. Then your child knows they can come to you.",
                        "button_label": "Tips for the conversation",
                        "page": "guidance:praten-met-je-kind",
                    },
                ),
            ],
        },
        "sources": _sources(_SRC_OFFLIMITS, _SRC_EENVANDAAG, _SRC_METRO),
    },
    # ------------------------------------------------------------------ 6
    # Deliberately NOT translated: every "en" value is empty, so the site shows
    # its "not yet available in English" notice for this page.
    {
        "key": "uitleg-voor-grootouders",
        "slug": {"nl": "uitleg-voor-grootouders", "en": ""},
        "title": {"nl": "Foto's van kleinkinderen delen: uitleg voor grootouders", "en": ""},
        "search_description": {
            "nl": "Tips voor opa's en oma's: zo deel je foto's van je kleinkinderen veilig, bijvoorbeeld in de familie-app.",
            "en": "",
        },
        "intro": {
            "nl": (
                "Opa's en oma's delen graag foto's van hun kleinkinderen. Bijvoorbeeld in de familie-app. "
                "Hier lees je hoe je dat veilig doet."
            ),
            "en": "",
        },
        "content_warning": None,
        "last_reviewed": "2026-11-01",
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Waarom dit belangrijk is</h2>"
                    "<p>Met AI kan iemand van een gewone foto een nepnaaktbeeld maken. "
                    "Ook van een foto van een kind (Offlimits, augustus 2025).</p>"
                    "<p>Een foto in een groep kan makkelijk verder gaan. "
                    "Iemand stuurt hem door, en daarna nog iemand. "
                    "Dan weet je niet meer wie de foto heeft.</p>",
                ),
                (
                    "text",
                    "<h2>Tips voor de familie-app</h2>"
                    "<ul>"
                    "<li>Vraag eerst aan de ouders of je een foto mag delen.</li>"
                    "<li>Deel foto's alleen in een kleine groep, met mensen die je kent.</li>"
                    "<li>Zet foto's van je kleinkinderen niet op een openbaar profiel.</li>"
                    "<li>Deel geen foto's van kinderen in bad of in zwemkleding.</li>"
                    "<li>Let op dingen die laten zien waar een kind woont of op school zit.</li>"
                    "<li>Stuur foto's die je van anderen krijgt niet zomaar door.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Maak samen afspraken",
                        "text": "<p>Spreek met de hele familie af wat wel en niet mag. "
                        "Dan weet iedereen waar hij aan toe is.</p>",
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Meer lezen?",
                        "text": "Bekijk de checklist voor ouders. Die is ook handig voor grootouders.",
                        "button_label": "Naar de checklist",
                        "page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
                    },
                ),
            ],
            "en": [],
        },
        "sources": {"nl": [_SRC_OFFLIMITS["nl"]], "en": []},
    },
]
