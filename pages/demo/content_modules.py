"""Demo content: audience modules and where they are placed.

Pure data, read by the demo loader. Facts come from the content guide, each with
its source named in the text; help services were last checked on 1 November 2026.

MODULES: reusable pieces (checklists, steps, helpline cards, a quiz, message
slots), each tagged with its audiences or ["everyone"]. Blocks are
(block_type, value) tuples; helpline cards name a key from
content_help.HELP_SERVICES; page references use the loader's strings
("campaign:<key>", "guidance:<key>", "help").

PLACEMENTS: page reference -> module keys, in display order.
"""

MODULES = [
    # ------------------------------------------------------------------ a
    {
        "key": "photo-checklist-parents",
        "name": "Checklist ouders: voordat je een foto van je kind deelt",
        "audiences": ["parents"],
        "content": {
            "nl": [
                (
                    "checklist",
                    {
                        "heading": "Voordat je een foto van je kind deelt",
                        "intro": "Een foto van je kind delen is heel gewoon. Stel jezelf eerst deze vragen.",
                        "items": [
                            "Wie kan de foto zien? Alleen mensen die je kent, of iedereen?",
                            "Gebruik een privéaccount. En kies zelf wie je volgers zijn.",
                            "Is je kind goed herkenbaar? Een foto van achteren of van een afstand laat minder zien.",
                            "Is te zien waar je woont? Zet de locatie uit en let op straatnamen en je huisnummer.",
                            "Draagt je kind een schooluniform of staat er een schoollogo op de foto? Dan zien vreemden naar welke school je kind gaat.",
                            "Deel geen foto's van je kind in bad of in zwemkleding.",
                            "Vraag oudere kinderen om toestemming. Zegt je kind nee? Deel de foto dan niet.",
                            "Een emoji over het gezicht beschermt de foto niet tegen bewerking met AI "
                            "(politiespecialist in Metro, januari 2026).",
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "checklist",
                    {
                        "heading": "Before you post a photo of your child",
                        "intro": "Posting a photo of your child is very normal. First ask yourself these questions.",
                        "items": [
                            "Who can see the photo? Only people you know, or everyone?",
                            "Use a private account. And choose your followers yourself.",
                            "Can people easily recognise your child? A photo from behind or from a distance shows less.",
                            "Does the photo show where you live? Turn off the location and watch out for street names and your house number.",
                            "Is your child wearing a school uniform, or is there a school logo in the photo? Then strangers can see which school your child goes to.",
                            "Do not post photos of your child in the bath or in swimwear.",
                            "Ask older children for permission. Does your child say no? Then do not post the photo.",
                            "An emoji over the face does not protect the photo from being changed with AI "
                            "(police specialist in Metro, January 2026).",
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ b
    {
        "key": "what-to-do-if-it-happened",
        "name": "Stappen: wat kun je doen als het jou overkomt?",
        "audiences": ["young-people", "parents"],
        "content": {
            "nl": [
                (
                    "steps",
                    {
                        "heading": "Wat kun je doen als het jou overkomt?",
                        "intro": "Is er een naaktbeeld van jou gemaakt of gedeeld? Echt of nep? Deze stappen helpen je.",
                        "steps": [
                            {
                                "title": "Weet: het is niet jouw schuld",
                                "text": "<p>Je hebt niets fout gedaan. Ook niet als je de foto zelf online zette. "
                                "De schuld ligt bij wie het beeld maakt of deelt.</p>"
                                "<p>Schaam je je? Ben je bang? Dat is heel normaal.</p>",
                            },
                            {
                                "title": "Deel het beeld niet",
                                "text": "<p>Stuur het beeld niet door. Download het niet. "
                                "Maak er ook geen screenshot van. <b>Ook niet om het te melden.</b></p>",
                            },
                            {
                                "title": "Bewaar bewijs, maar niet het beeld",
                                "text": "<p>Schrijf op:</p>"
                                "<ul>"
                                "<li>gebruikersnamen</li>"
                                "<li>links (webadressen)</li>"
                                "<li>berichten</li>"
                                "<li>datums</li>"
                                "</ul>",
                            },
                            {
                                "title": "Meld het",
                                "text": "<p>Meld het account of bericht bij de app of website. "
                                """En neem contact op met <a href="https://www.helpwanted.nl/">Helpwanted</a>. """
                                "Helpwanted is een 'trusted flagger': ze kunnen platforms vragen om beelden offline te halen.</p>"
                                """<p>Je kunt ook aangifte doen bij de <a href="https://www.politie.nl/">politie</a>. """
                                "Een naaktbeeld van iemand maken of delen zonder toestemming is strafbaar, "
                                "ook als het nep is (artikel 139h Wetboek van Strafrecht).</p>",
                            },
                            {
                                "title": "Zorg dat het beeld niet verder gaat",
                                "text": "<p>Twee gratis diensten maken een hash: een soort vingerafdruk van het beeld. "
                                "Dat gebeurt op je eigen telefoon of computer. Het beeld zelf wordt nooit geüpload.</p>"
                                "<ul>"
                                """<li><a href="https://takeitdown.ncmec.org/">Take It Down</a>: """
                                "voor beelden van toen je jonger was dan 18.</li>"
                                """<li><a href="https://stopncii.org/">StopNCII</a>: """
                                "voor volwassenen vanaf 18 jaar. Ook voor deepfakes.</li>"
                                "</ul>"
                                "<p>Download het beeld hiervoor niet. Twijfel je? Vraag Helpwanted om advies.</p>",
                            },
                            {
                                "title": "Praat met iemand die je vertrouwt",
                                "text": "<p>Bijvoorbeeld een ouder, een docent of een vriend. "
                                """Ben je tussen 8 en 18? Bel of chat gratis met de <a href="https://www.kindertelefoon.nl/">Kindertelefoon</a>.</p>"""
                                """<p>Zie je het niet meer zitten? Bel 113 of chat via <a href="https://www.113.nl/">113.nl</a>. """
                                "Dag en nacht.</p>",
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "steps",
                    {
                        "heading": "What to do if it happened to you",
                        "intro": "Has someone made or shared a nude image of you? Real or fake? These steps will help you.",
                        "steps": [
                            {
                                "title": "Know this: it is not your fault",
                                "text": "<p>You did nothing wrong. Not even if you put the photo online yourself. "
                                "The blame lies with whoever makes or shares the image.</p>"
                                "<p>Do you feel ashamed? Are you scared? That is very normal.</p>",
                            },
                            {
                                "title": "Do not share the image",
                                "text": "<p>Do not forward the image. Do not download it. "
                                "Do not take a screenshot of it either. <b>Not even to report it.</b></p>",
                            },
                            {
                                "title": "Keep evidence, but not the image",
                                "text": "<p>Write down:</p>"
                                "<ul>"
                                "<li>usernames</li>"
                                "<li>links (web addresses)</li>"
                                "<li>messages</li>"
                                "<li>dates</li>"
                                "</ul>",
                            },
                            {
                                "title": "Report it",
                                "text": "<p>Report the account or message to the app or website. "
                                """And contact <a href="https://www.helpwanted.nl/">Helpwanted</a>. """
                                "Helpwanted is a 'trusted flagger': they can ask platforms to take images offline.</p>"
                                """<p>You can also report it to the <a href="https://www.politie.nl/">police</a>. """
                                "Making or sharing a nude image of someone without consent is a crime, "
                                "also if it is fake (article 139h, Dutch Criminal Code).</p>",
                            },
                            {
                                "title": "Stop the image from spreading",
                                "text": "<p>Two free services make a hash: a kind of fingerprint of the image. "
                                "This happens on your own phone or computer. The image itself is never uploaded.</p>"
                                "<ul>"
                                """<li><a href="https://takeitdown.ncmec.org/">Take It Down</a>: """
                                "for images from when you were under 18.</li>"
                                """<li><a href="https://stopncii.org/">StopNCII</a>: """
                                "for adults aged 18 and over. Also for deepfakes.</li>"
                                "</ul>"
                                "<p>Do not download the image for this. Not sure? Ask Helpwanted for advice.</p>",
                            },
                            {
                                "title": "Talk to someone you trust",
                                "text": "<p>For example, a parent, a teacher or a friend. "
                                """Are you between 8 and 18? Call or chat with the <a href="https://www.kindertelefoon.nl/">Kindertelefoon</a> for free.</p>"""
                                """<p>Do you feel you cannot go on? Call 113 or chat via <a href="https://www.113.nl/">113.nl</a>. """
                                "Day and night.</p>",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ c
    {
        "key": "helpwanted-card",
        "name": "Hulpkaart: Helpwanted",
        "audiences": ["everyone"],
        "content": {
            "nl": [("helpline_card", {"service": "helpwanted", "note": ""})],
            "en": [("helpline_card", {"service": "helpwanted", "note": ""})],
        },
    },
    # ------------------------------------------------------------------ d
    {
        "key": "kindertelefoon-card",
        "name": "Hulpkaart: Kindertelefoon (jongeren)",
        "audiences": ["young-people"],
        "content": {
            "nl": [
                (
                    "helpline_card",
                    {
                        "service": "kindertelefoon",
                        "note": "Wil je met iemand praten? Bel of chat gratis. Je hoeft je naam niet te zeggen.",
                    },
                )
            ],
            "en": [
                (
                    "helpline_card",
                    {
                        "service": "kindertelefoon",
                        "note": "Do you want to talk to someone? Call or chat for free. You do not have to give your name.",
                    },
                )
            ],
        },
    },
    # ------------------------------------------------------------------ e
    {
        "key": "veilig-thuis-card",
        "name": "Hulpkaart: Veilig Thuis (ouders en scholen)",
        "audiences": ["parents", "schools"],
        "content": {
            "nl": [
                (
                    "helpline_card",
                    {
                        "service": "veilig-thuis",
                        "note": "Maak je je zorgen over de veiligheid van een kind? Vraag Veilig Thuis om advies.",
                    },
                )
            ],
            "en": [
                (
                    "helpline_card",
                    {
                        "service": "veilig-thuis",
                        "note": "Are you worried about a child's safety? Ask Veilig Thuis for advice.",
                    },
                )
            ],
        },
    },
    # ------------------------------------------------------------------ f
    {
        "key": "real-or-fake-quiz",
        "name": "Quiz: echt of nep?",
        "audiences": ["young-people", "schools"],
        "content": {
            "nl": [
                (
                    "quiz",
                    {
                        "heading": "Echt of nep?",
                        "intro": "Wat weet jij over nepnaaktbeelden? Kies bij elke zin: waar of niet waar.",
                        "statements": [
                            {
                                "statement": "Een nepnaaktbeeld herken je altijd aan rare handen of voeten.",
                                "is_true": False,
                                "explanation": "Vroeger kon dat soms, bijvoorbeeld aan zes tenen of een extra voet. "
                                "Nieuwe nepbeelden zijn bijna niet van echt te onderscheiden. "
                                "Zelfs experts zien het vaak niet (Offlimits, augustus 2025).",
                            },
                            {
                                "statement": "Een nepnaaktbeeld van een klasgenoot maken als grap, dat mag gewoon.",
                                "is_true": False,
                                "explanation": "Dat mag niet. Een naaktbeeld van iemand maken of delen zonder toestemming is strafbaar, "
                                "ook als het nep is (artikel 139h Wetboek van Strafrecht). "
                                "En voor je klasgenoot is het geen grap: het doet echt pijn.",
                            },
                            {
                                "statement": "Als je betaalt, stopt de afperser.",
                                "is_true": False,
                                "explanation": "Betalen geeft geen garantie. De afperser kan daarna gewoon meer vragen. "
                                "Betaal niet, stop het contact en zoek hulp, bijvoorbeeld bij Helpwanted.",
                            },
                            {
                                "statement": "Een naaktbeeld doorsturen om anderen te waarschuwen, dat is oké.",
                                "is_true": False,
                                "explanation": "Nee. Zo gaat het beeld alleen maar verder rond. "
                                "Stuur het nooit door en download het niet, ook niet om te waarschuwen of te melden. "
                                "Schrijf wel op waar je het zag, en vertel het aan iemand die je vertrouwt.",
                            },
                            {
                                "statement": "Het is niet jouw schuld als iemand een nepnaaktbeeld van jou maakt.",
                                "is_true": True,
                                "explanation": "Klopt. De schuld ligt bij wie het beeld maakt of deelt. "
                                "Ook als je de foto zelf online zette. Je staat er niet alleen voor.",
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "quiz",
                    {
                        "heading": "Real or fake?",
                        "intro": "What do you know about fake nude images? For each sentence, choose: true or false.",
                        "statements": [
                            {
                                "statement": "You can always spot a fake nude image by strange hands or feet.",
                                "is_true": False,
                                "explanation": "In the past this was sometimes possible, for example by six toes or an extra foot. "
                                "New fake images can barely be told apart from real ones. "
                                "Even experts often cannot see it (Offlimits, August 2025).",
                            },
                            {
                                "statement": "Making a fake nude image of a classmate as a joke is allowed.",
                                "is_true": False,
                                "explanation": "It is not allowed. Making or sharing a nude image of someone without consent is a crime, "
                                "also if it is fake (article 139h, Dutch Criminal Code). "
                                "And for your classmate it is not a joke: it really hurts.",
                            },
                            {
                                "statement": "If you pay, the blackmailer stops.",
                                "is_true": False,
                                "explanation": "Paying gives no guarantee. The blackmailer can simply ask for more afterwards. "
                                "Do not pay, stop the contact and get help, for example from Helpwanted.",
                            },
                            {
                                "statement": "Forwarding a nude image to warn others is fine.",
                                "is_true": False,
                                "explanation": "No. That only makes the image spread further. "
                                "Never forward it and do not download it, not even to warn people or to report it. "
                                "Do write down where you saw it, and tell someone you trust.",
                            },
                            {
                                "statement": "It is not your fault if someone makes a fake nude image of you.",
                                "is_true": True,
                                "explanation": "True. The blame lies with whoever makes or shares the image. "
                                "Even if you put the photo online yourself. You are not alone in this.",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ g
    {
        "key": "school-steps",
        "name": "Stappen voor scholen: als het op school gebeurt",
        "audiences": ["schools"],
        "content": {
            "nl": [
                (
                    "steps",
                    {
                        "heading": "Als het op school gebeurt",
                        "intro": "Maakt of deelt een leerling een (nep)naaktbeeld van een andere leerling? "
                        "Deze stappen helpen je om rustig en zorgvuldig te handelen.",
                        "steps": [
                            {
                                "title": "Zorg eerst voor de leerling",
                                "text": "<p>Is de leerling veilig? Bied een rustige plek en een luisterend oor. "
                                "Zeg duidelijk: <b>het is niet jouw schuld</b>. "
                                "Vertel de leerling wat je gaat doen.</p>",
                            },
                            {
                                "title": "Vraag niet om de beelden",
                                "text": "<p>Vraag niet om de beelden. Bekijk ze niet, verzamel ze niet en stuur ze niet door. "
                                "<b>Ook niet als bewijs.</b> "
                                "Zoeken naar zulk materiaal is zelf strafbaar.</p>"
                                "<p>Vraag andere leerlingen het beeld niet verder te delen.</p>",
                            },
                            {
                                "title": "Schrijf op wat je weet",
                                "text": "<p>Noteer wat je weet, maar niet het beeld:</p>"
                                "<ul>"
                                "<li>namen</li>"
                                "<li>gebruikersnamen</li>"
                                "<li>datums</li>"
                                "<li>links (webadressen)</li>"
                                "</ul>",
                            },
                            {
                                "title": "Neem contact op met Helpwanted",
                                "text": """<p><a href="https://www.helpwanted.nl/">Helpwanted</a> geeft gratis advies. """
                                "Helpwanted kan als 'trusted flagger' platforms vragen om beelden offline te halen. "
                                "Het belangrijkste is dat beelden zo snel mogelijk offline gaan (Offlimits, augustus 2025).</p>",
                            },
                            {
                                "title": "Betrek de ouders en het zorgteam",
                                "text": "<p>Betrek de ouders of verzorgers van de leerling. "
                                "En schakel het zorgteam van de school in.</p>",
                            },
                            {
                                "title": "Meld het bij de politie als dat nodig is",
                                "text": "<p>Een naaktbeeld van iemand maken of delen zonder toestemming is strafbaar, "
                                "ook als het nep is (artikel 139h Wetboek van Strafrecht). "
                                "Voor realistische nepbeelden van seksueel kindermisbruik geldt ook artikel 240b.</p>"
                                """<p>Neem contact op met de <a href="https://www.politie.nl/">politie</a>: 0900-8844. """
                                "Bij direct gevaar: bel 112.</p>",
                            },
                            {
                                "title": "Praat erover in de klas, zonder schuld",
                                "text": "<p>Bespreek het onderwerp later in de klas, in een les die de school zelf maakt. "
                                "Noem geen namen en wijs niemand aan.</p>"
                                "<p>Begin met afspraken voor het gesprek. "
                                "Zeg dat leerlingen altijd mogen stoppen en met een volwassene mogen praten als ze zich zorgen maken.</p>",
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "steps",
                    {
                        "heading": "If it happens at your school",
                        "intro": "Has a pupil made or shared a nude image (real or fake) of another pupil? "
                        "These steps help you act calmly and with care.",
                        "steps": [
                            {
                                "title": "Take care of the pupil first",
                                "text": "<p>Is the pupil safe? Offer a quiet place and listen. "
                                "Say clearly: <b>it is not your fault</b>. "
                                "Tell the pupil what you are going to do.</p>",
                            },
                            {
                                "title": "Do not ask for the images",
                                "text": "<p>Do not ask for the images. Do not view, collect or forward them. "
                                "<b>Not even as evidence.</b> "
                                "Searching for such material is itself a crime.</p>"
                                "<p>Ask other pupils not to share the image any further.</p>",
                            },
                            {
                                "title": "Write down what you know",
                                "text": "<p>Note what you know, but not the image:</p>"
                                "<ul>"
                                "<li>names</li>"
                                "<li>usernames</li>"
                                "<li>dates</li>"
                                "<li>links (web addresses)</li>"
                                "</ul>",
                            },
                            {
                                "title": "Contact Helpwanted",
                                "text": """<p><a href="https://www.helpwanted.nl/">Helpwanted</a> gives free advice. """
                                "As a 'trusted flagger', Helpwanted can ask platforms to take images offline. "
                                "The most important thing is that images go offline as fast as possible (Offlimits, August 2025).</p>",
                            },
                            {
                                "title": "Involve the parents and the care team",
                                "text": "<p>Involve the pupil's parents or carers. "
                                "And bring in the school's care team.</p>",
                            },
                            {
                                "title": "Report it to the police where needed",
                                "text": "<p>Making or sharing a nude image of someone without consent is a crime, "
                                "also if it is fake (article 139h, Dutch Criminal Code). "
                                "For realistic fake images of child sexual abuse, article 240b also applies.</p>"
                                """<p>Contact the <a href="https://www.politie.nl/">police</a>: 0900-8844. """
                                "In an emergency: call 112.</p>",
                            },
                            {
                                "title": "Talk about it in class, without blame",
                                "text": "<p>Later, discuss the subject in class, in a lesson the school plans itself. "
                                "Do not name anyone and do not point at anyone.</p>"
                                "<p>Start with ground rules for the conversation. "
                                "Tell pupils they can always stop and talk to an adult they trust when they feel worried.</p>",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ h
    {
        "key": "parents-message",
        "name": "Boodschap ouders: checklist foto's delen",
        "audiences": ["parents"],
        "content": {
            "nl": [
                (
                    "message_slot",
                    {
                        "slot": "campaign-parents",
                        "headline": "Deel je weleens foto's van je kind?",
                        "text": "Dat is heel gewoon. Met een paar korte vragen deel je net wat veiliger.",
                        "button_label": "Bekijk de checklist",
                        "page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
                        "url": "",
                    },
                )
            ],
            "en": [
                (
                    "message_slot",
                    {
                        "slot": "campaign-parents",
                        "headline": "Do you post photos of your child?",
                        "text": "That is very normal. A few short questions help you share a little more safely.",
                        "button_label": "See the checklist",
                        "page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
                        "url": "",
                    },
                )
            ],
        },
    },
    # ------------------------------------------------------------------ i
    {
        "key": "young-people-message",
        "name": "Boodschap jongeren: naar de hulppagina",
        "audiences": ["young-people"],
        "content": {
            "nl": [
                (
                    "message_slot",
                    {
                        "slot": "campaign-young-people",
                        "headline": "Gaat er iets mis online? Je staat er niet alleen voor.",
                        "text": "Het is niet jouw schuld. Hier vind je mensen die je helpen. De meeste hulp is gratis en anoniem.",
                        "button_label": "Zoek hulp",
                        "page": "help",
                        "url": "",
                    },
                )
            ],
            "en": [
                (
                    "message_slot",
                    {
                        "slot": "campaign-young-people",
                        "headline": "Is something wrong online? You are not alone.",
                        "text": "It is not your fault. Here you find people who can help you. Most help is free and anonymous.",
                        "button_label": "Find help",
                        "page": "help",
                        "url": "",
                    },
                )
            ],
        },
    },
]

PLACEMENTS = {
    "campaign:echt-of-nep": [
        "what-to-do-if-it-happened",
        "helpwanted-card",
        "real-or-fake-quiz",
        "young-people-message",
        "kindertelefoon-card",
        "parents-message",
        "school-steps",
        "veilig-thuis-card",
    ],
    "campaign:denk-na-voor-je-deelt": [
        "photo-checklist-parents",
        "parents-message",
        "real-or-fake-quiz",
        "school-steps",
        "helpwanted-card",
        "veilig-thuis-card",
    ],
    "guidance:het-is-jou-overkomen": [
        "what-to-do-if-it-happened",
        "kindertelefoon-card",
    ],
    "guidance:voordat-je-een-foto-van-je-kind-deelt": [
        "photo-checklist-parents",
    ],
}
