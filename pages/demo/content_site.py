"""Demo content: topics, site settings, home page, index pages and standard pages.

Pure data, read by the demo loader. Every text is {"nl": ..., "en": ...}.
Facts and help services come from the content guide (docs for editors):
help services were last checked on 1 November 2026. Editors verify them
again before the site goes live.
"""

TOPICS = {
    "deepfakes": {"nl": "Deepfakes", "en": "Deepfakes"},
    "photo-safety": {"nl": "Veilig foto's delen", "en": "Sharing photos safely"},
    "sextortion": {"nl": "Afpersing met naaktbeelden", "en": "Sextortion"},
}

SITE_SETTINGS = {
    "footer_help_heading": {
        "nl": "Hulp nodig? Hier kun je terecht",
        "en": "Need help? You can go here",
    },
    # Keys of HELP_SERVICES (content_help.py): the footer shows the directory's own details.
    "footer_help_services": ["helpwanted", "kindertelefoon", "politie", "113-zelfmoordpreventie"],
    "footer_text": {
        "nl": (
            "Veilig in Beeld is een voorbeeldsite met campagnes over deepfakes en veilig foto's delen. "
            "Wij zijn geen hulpdienst. Bij direct gevaar: bel 112. "
            "Hulplijnen gecontroleerd op 1 november 2026."
        ),
        "en": (
            "Veilig in Beeld is a demo site with campaigns about deepfakes and sharing photos safely. "
            "We are not a help service. In an emergency: call 112. "
            "Helplines checked on 1 November 2026."
        ),
    },
}

HOME = {
    "title": {"nl": "Veilig in Beeld", "en": "Veilig in Beeld"},
    "seo_title": {
        "nl": "Veilig in Beeld: deepfakes en veilig foto's delen",
        "en": "Veilig in Beeld: deepfakes and sharing photos safely",
    },
    "search_description": {
        "nl": (
            "Informatie en hulp over nepnaaktbeelden die met AI zijn gemaakt. En over veilig foto's van je kind delen."
        ),
        "en": (
            "Information and help about fake nude images made with AI. And about posting photos of your child safely."
        ),
    },
    "hero_heading": {"nl": "Nep beeld, echte schade", "en": "Fake image, real harm"},
    "hero_intro": {
        "nl": (
            "Met AI kan iemand van een gewone foto een nepnaaktbeeld maken. Ook van een kind. "
            "Achter elk nepbeeld zit een echt mens. "
            "Hier lees je wat je kunt doen en waar je hulp vindt."
        ),
        "en": (
            "With AI, someone can turn an ordinary photo into a fake nude image. Of a child too. "
            "Behind every fake image is a real person. "
            "Here you can read what you can do and where to find help."
        ),
    },
    "hero_cta_label": {"nl": "Bekijk de campagne Echt of nep?", "en": "See the campaign Real or fake?"},
    "hero_cta_page": "campaign:echt-of-nep",
    "audience_entries": [
        {
            "audience": "young-people",
            "heading": {"nl": "Voor jongeren", "en": "For young people"},
            "text": {
                "nl": "Heeft iemand een nepnaaktbeeld van jou gemaakt? Het is niet jouw schuld. Lees wat je kunt doen.",
                "en": "Has someone made a fake nude image of you? It is not your fault. Read what you can do.",
            },
            "page": "hub:young-people",
        },
        {
            "audience": "parents",
            "heading": {"nl": "Voor ouders", "en": "For parents"},
            "text": {
                "nl": "Hoe praat je met je kind over nepnaaktbeelden? En hoe deel je veilig foto's?",
                "en": "How do you talk with your child about fake nude images? And how do you share photos safely?",
            },
            "page": "hub:parents",
        },
        {
            "audience": "schools",
            "heading": {"nl": "Voor scholen", "en": "For schools"},
            "text": {
                "nl": "Wat is een deepfake-naaktbeeld en wat zegt de wet? Uitleg voor docenten en mentoren.",
                "en": "What is a deepfake nude and what does the law say? Background for teachers and mentors.",
            },
            "page": "hub:schools",
        },
    ],
    "help_heading": {"nl": "Direct hulp nodig?", "en": "Need help right now?"},
    "help_text": {
        "nl": (
            "<p>Bij direct gevaar: bel <strong>112</strong>.</p>"
            """<p>Is er een naaktbeeld van jou online, echt of nep? <a href="https://www.helpwanted.nl">Helpwanted</a> """
            "helpt gratis en anoniem. Bel 020-261 52 75 of chat.</p>"
            """<p>Ben je tussen 8 en 18 jaar? Bel of chat met de <a href="https://www.kindertelefoon.nl">Kindertelefoon</a>: """
            "0800-0432.</p>"
            "<p><em>Gecontroleerd op 1 november 2026.</em></p>"
        ),
        "en": (
            "<p>In an emergency: call <strong>112</strong>.</p>"
            """<p>Is there a nude image of you online, real or fake? <a href="https://www.helpwanted.nl">Helpwanted</a> """
            "helps for free and anonymously. Call 020-261 52 75 or chat.</p>"
            """<p>Are you between 8 and 18? Call or chat with the <a href="https://www.kindertelefoon.nl">Kindertelefoon</a>: """
            "0800-0432.</p>"
            "<p><em>Checked on 1 November 2026.</em></p>"
        ),
    },
    "featured_campaigns": ["campaign:echt-of-nep", "campaign:denk-na-voor-je-deelt"],
}

CAMPAIGN_INDEX = {
    "slug": {"nl": "campagnes", "en": "campaigns"},
    "title": {"nl": "Campagnes", "en": "Campaigns"},
    "search_description": {
        "nl": "Campagnes over nepnaaktbeelden die met AI zijn gemaakt, en over veilig foto's van je kind delen.",
        "en": "Campaigns about fake nude images made with AI, and about posting photos of your child safely.",
    },
    "intro": {
        "nl": (
            "<p>Onze campagnes hebben één boodschap: achter elk nepbeeld zit een echt mens. "
            "Soms is dat een kind.</p>"
            "<p>Elke campagne zegt wat je kunt doen en waar je hulp vindt.</p>"
        ),
        "en": (
            "<p>Our campaigns share one message: behind every fake image is a real person. "
            "Sometimes that person is a child.</p>"
            "<p>Each campaign says what you can do and where to find help.</p>"
        ),
    },
}

GUIDANCE_INDEX = {
    "slug": {"nl": "informatie", "en": "guidance"},
    "title": {"nl": "Informatie en hulp", "en": "Information and help"},
    "search_description": {
        "nl": "Uitleg over deepfake-naaktbeelden, afpersing en foto's delen. Met stappen en hulpdiensten.",
        "en": "Information about deepfake nudes, sextortion and sharing photos. With steps and help services.",
    },
    "intro": {
        "nl": (
            "<p>Hier vind je uitleg in eenvoudige taal. Voor jongeren, ouders en scholen.</p>"
            "<p>Bij elk feit staat de bron. Bij elke pagina staat wanneer we hem voor het laatst hebben nagekeken.</p>"
        ),
        "en": (
            "<p>Here you find information in plain language. For young people, parents and schools.</p>"
            "<p>Every fact names its source. Every page shows when we last checked it.</p>"
        ),
    },
}


# --- Standard pages (children of the home page) ---------------------------------

_HELP_LIST = {
    "nl": (
        "<ul>"
        """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
        "hulp bij online seksueel misbruik, afpersing en gedeelde beelden. Gratis en anoniem. "
        "Chat op de site of bel 020-261 52 75.</li>"
        """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
        "voor kinderen van 8 tot 18 jaar. Gratis en anoniem. Bel 0800-0432 of chat.</li>"
        """<li><strong><a href="https://www.meldpunt-kinderporno.nl">Meldpunt Kinderporno</a></strong>: """
        "meld anoniem beeldmateriaal van seksueel kindermisbruik op internet.</li>"
        """<li><strong><a href="https://stopitnow.nl">Stop it Now</a></strong>: """
        "voor mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag naar minderjarigen. "
        "Anoniem, via chat of telefoon.</li>"
        """<li><strong><a href="https://www.politie.nl">Politie</a></strong>: """
        "aangifte doen of advies vragen. Bel 0900-8844. Bij direct gevaar: bel 112.</li>"
        """<li><strong><a href="https://www.meldmisdaadanoniem.nl">Meld Misdaad Anoniem</a></strong>: """
        "anoniem een tip geven over een misdaad. Bel 0800-7000.</li>"
        """<li><strong><a href="https://www.veiligthuis.nl">Veilig Thuis</a></strong>: """
        "advies en hulp bij huiselijk geweld en kindermishandeling. Bel 0800-2000.</li>"
        """<li><strong><a href="https://www.113.nl">113 Zelfmoordpreventie</a></strong>: """
        "denk je aan zelfmoord? Bel 113 of gratis 0800-0113, of chat. Dag en nacht.</li>"
        """<li><strong><a href="https://takeitdown.ncmec.org">Take It Down</a></strong>: """
        "voor beelden van vóór je 18e. Het beeld wordt nooit geüpload.</li>"
        """<li><strong><a href="https://stopncii.org">StopNCII</a></strong>: """
        "voor volwassenen, ook bij deepfakes. Het beeld wordt nooit geüpload.</li>"
        "</ul>"
        "<p><em>Gecontroleerd op 1 november 2026.</em></p>"
    ),
    "en": (
        "<ul>"
        """<li><strong><a href="https://www.helpwanted.nl">Helpwanted</a></strong>: """
        "help with online sexual abuse, sextortion and shared images. Free and anonymous. "
        "Chat on the website or call 020-261 52 75.</li>"
        """<li><strong><a href="https://www.kindertelefoon.nl">Kindertelefoon</a></strong>: """
        "for children aged 8 to 18. Free and anonymous. Call 0800-0432 or chat.</li>"
        """<li><strong><a href="https://www.meldpunt-kinderporno.nl">Meldpunt Kinderporno</a></strong>: """
        "report child sexual abuse material on the internet, anonymously.</li>"
        """<li><strong><a href="https://stopitnow.nl">Stop it Now</a></strong>: """
        "for people who worry about their own sexual thoughts or behaviour towards minors. "
        "Anonymous, by chat or phone.</li>"
        """<li><strong><a href="https://www.politie.nl">Politie</a></strong> (police): """
        "report a crime or ask for advice. Call 0900-8844. In an emergency: call 112.</li>"
        """<li><strong><a href="https://www.meldmisdaadanoniem.nl">Meld Misdaad Anoniem</a></strong>: """
        "give an anonymous tip about a crime. Call 0800-7000.</li>"
        """<li><strong><a href="https://www.veiligthuis.nl">Veilig Thuis</a></strong>: """
        "advice and help with domestic violence and child abuse. Call 0800-2000.</li>"
        """<li><strong><a href="https://www.113.nl">113 Zelfmoordpreventie</a></strong>: """
        "thinking about suicide? Call 113 or free 0800-0113, or chat. Day and night.</li>"
        """<li><strong><a href="https://takeitdown.ncmec.org">Take It Down</a></strong>: """
        "for images made before you were 18. The image is never uploaded.</li>"
        """<li><strong><a href="https://stopncii.org">StopNCII</a></strong>: """
        "for adults, also for deepfakes. The image is never uploaded.</li>"
        "</ul>"
        "<p><em>Checked on 1 November 2026.</em></p>"
    ),
}

STANDARD = [
    {
        "key": "over-ons",
        "slug": {"nl": "over-ons", "en": "about"},
        "title": {"nl": "Over ons", "en": "About us"},
        "search_description": {
            "nl": "Waarom Veilig in Beeld bestaat en hoe we schrijven over deepfakes en misbruik.",
            "en": "Why Veilig in Beeld exists and how we write about deepfakes and abuse.",
        },
        "intro": {
            "nl": (
                "Veilig in Beeld is een voorbeeldsite voor publiekscampagnes. "
                "Het gaat over deepfake-naaktbeelden en over veilig foto's delen. "
                "Redacties kunnen deze site gebruiken als voorbeeld."
            ),
            "en": (
                "Veilig in Beeld is a demo site for public awareness campaigns. "
                "It is about deepfake nudes and about sharing photos safely. "
                "Editors can use this site as an example."
            ),
        },
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Waarom deze site?</h2>"
                    "<p>Met AI is een nepnaaktbeeld snel gemaakt. Ook van een kind. "
                    "Op 31 juli 2025 stelde Kamerlid Van Dijk hierover Kamervragen. "
                    "Het Kamerlid vroeg hoe jong en oud zich hier bewuster van kunnen worden. "
                    "En of campagnes kunnen laten zien dat achter nepbeelden echte kinderen zitten.</p>"
                    "<p>Deze site laat zien hoe zo'n campagne eruit kan zien.</p>",
                ),
                (
                    "text",
                    "<h2>Hoe we schrijven</h2>"
                    "<ul>"
                    "<li>We schrijven in eenvoudige taal (B1). Voor jongeren nog eenvoudiger (A2).</li>"
                    "<li>Bij elk feit noemen we de bron.</li>"
                    "<li>We laten nooit beelden van misbruik zien. We tonen ook geen foto's van kinderen.</li>"
                    "<li>We geven slachtoffers nooit de schuld.</li>"
                    "<li>We schrijven ‘beeldmateriaal van seksueel kindermisbruik’. "
                    "Het woord ‘kinderporno’ staat alleen in officiële namen. "
                    "Zo volgen we de Luxemburgse richtlijnen (Luxembourg Guidelines).</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Wij zijn geen hulpdienst",
                        "text": """<p>Heb je hulp nodig? Neem contact op met een hulpdienst, zoals """
                        """<a href="https://www.helpwanted.nl">Helpwanted</a>. """
                        "Bij direct gevaar: bel 112.</p>",
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Een vraag over deze site?",
                        "text": "Op de contactpagina lees je hoe je de redactie bereikt.",
                        "button_label": "Naar contact",
                        "page": "standard:contact",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>Why this site?</h2>"
                    "<p>With AI, a fake nude image is made quickly. Of a child too. "
                    "On 31 July 2025, Dutch MP Van Dijk asked the government questions about this. "
                    "The MP asked how young and old can become more aware of it. "
                    "And whether campaigns can show that there are real children behind fake images.</p>"
                    "<p>This site shows what such a campaign could look like.</p>",
                ),
                (
                    "text",
                    "<h2>How we write</h2>"
                    "<ul>"
                    "<li>We write in plain language (B1). For young people, even simpler (A2).</li>"
                    "<li>We name the source of every fact.</li>"
                    "<li>We never show images of abuse. We show no photos of children either.</li>"
                    "<li>We never blame victims.</li>"
                    "<li>We write ‘child sexual abuse material’. "
                    "The Dutch word ‘kinderporno’ only appears in official names. "
                    "This follows the Luxembourg Guidelines.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "We are not a help service",
                        "text": """<p>Do you need help? Contact a help service, such as """
                        """<a href="https://www.helpwanted.nl">Helpwanted</a>. """
                        "In an emergency: call 112.</p>",
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "A question about this site?",
                        "text": "The contact page tells you how to reach the editors.",
                        "button_label": "Go to contact",
                        "page": "standard:contact",
                    },
                ),
            ],
        },
        "show_in_menus": False,
    },
    {
        "key": "privacy",
        "slug": {"nl": "privacy-en-cookies", "en": "privacy-and-cookies"},
        "title": {"nl": "Privacy en cookies", "en": "Privacy and cookies"},
        "search_description": {
            "nl": "Deze site volgt je niet. Geen trackingcookies, geen analyse, geen diensten van anderen.",
            "en": "This site does not track you. No tracking cookies, no analytics, no third-party services.",
        },
        "intro": {
            "nl": (
                "Je kunt deze site bezoeken zonder dat wij je volgen. "
                "Hier lees je welke cookies we gebruiken en waarom."
            ),
            "en": (
                "You can visit this site without being tracked by us. Here you can read which cookies we use and why."
            ),
        },
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Kort gezegd</h2>"
                    "<ul>"
                    "<li>We gebruiken geen trackingcookies.</li>"
                    "<li>We volgen bezoekers niet. We tellen alleen totalen: hoe vaak een tekst is getoond en hoe vaak "
                    "er op een knop is geklikt.</li>"
                    "<li>De site haalt niets op bij andere partijen.</li>"
                    "<li>We slaan geen persoonsgegevens van bezoekers op.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Functionele cookies</h2>"
                    "<p>We gebruiken alleen functionele cookies. Die zijn nodig om de site goed te laten werken. "
                    "Bijvoorbeeld om je taalkeuze te onthouden. "
                    "We gebruiken ze niet om je te volgen.</p>"
                    "<p>Voor functionele cookies hoeven we geen toestemming te vragen. "
                    "We moeten je er wel over informeren. "
                    "Dat staat in artikel 11.7a van de Telecommunicatiewet. "
                    """Je leest de wet op <a href="https://wetten.overheid.nl">wetten.overheid.nl</a>.</p>""",
                ),
                (
                    "text",
                    "<h2>Welke tekst helpt het best?</h2>"
                    "<p>Soms testen we twee teksten, bijvoorbeeld twee koppen. De ene bezoeker ziet tekst A, "
                    "de andere tekst B. Zo leren we welke tekst mensen beter helpt. "
                    "Daarvoor zet de site een cookie met een willekeurig nummer (vib_visitor), zodat je steeds "
                    "dezelfde tekst ziet. En een cookie (vib_ab) dat onthoudt dat je al geteld bent. "
                    "Ze blijven een half jaar bewaard en bevatten niets over wie je bent.</p>"
                    "<p>We bewaren alleen totalen per tekst, per taal en per dag. Geen IP-adres, geen browser, "
                    "geen nummer van jou. Vraagt je browser om niet gevolgd te worden (Do Not Track of Global "
                    "Privacy Control)? Dan krijg je geen cookie, zie je altijd de gewone tekst en tellen we je niet.</p>",
                ),
                (
                    "text",
                    "<h2>Video's</h2>"
                    "<p>Sommige pagina's hebben een video van YouTube of Vimeo. "
                    "Die video laadt pas als je erop klikt. "
                    "Pas dan krijgt die partij gegevens van je, zoals je IP-adres. "
                    "Vanaf dat moment geldt het privacybeleid van die partij. "
                    "Bij elke video staat ook een uitgeschreven tekst. Die kun je lezen zonder te klikken.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Wil je niet dat anderen zien dat je hier was?",
                        "text": "<p>Deze site kan je browsergeschiedenis niet wissen. Dat kun je zelf doen in je browser. "
                        "Je kunt ook een privévenster gebruiken. "
                        "Dan onthoudt de browser niet welke pagina's je hebt bekeken.</p>",
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Vragen over privacy?",
                        "text": "Neem contact op met de redactie.",
                        "button_label": "Naar contact",
                        "page": "standard:contact",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>In short</h2>"
                    "<ul>"
                    "<li>We use no tracking cookies.</li>"
                    "<li>We do not follow visitors. We only count totals: how often a text was shown and how often "
                    "a button was clicked.</li>"
                    "<li>The site loads nothing from other parties.</li>"
                    "<li>We store no personal data about visitors.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Functional cookies</h2>"
                    "<p>We only use functional cookies. The site needs them to work properly. "
                    "For example, to remember your language choice. "
                    "We do not use them to track you.</p>"
                    "<p>We do not need to ask your consent for functional cookies. "
                    "But we do have to tell you about them. "
                    "This is in article 11.7a of the Dutch Telecommunications Act (Telecommunicatiewet). "
                    """You can read the law on <a href="https://wetten.overheid.nl">wetten.overheid.nl</a>.</p>""",
                ),
                (
                    "text",
                    "<h2>Which text helps most?</h2>"
                    "<p>Sometimes we test two texts, for example two headlines. One visitor sees text A, "
                    "another sees text B. That is how we learn which text helps people more. "
                    "For this the site sets a cookie with a random number (vib_visitor), so you keep seeing "
                    "the same text, and a cookie (vib_ab) that remembers you were already counted. "
                    "They are kept for half a year and contain nothing about who you are.</p>"
                    "<p>We only store totals per text, per language and per day. No IP address, no browser, "
                    "no number of yours. Does your browser ask not to be tracked (Do Not Track or Global "
                    "Privacy Control)? Then you get no cookie, always see the usual text and are not counted.</p>",
                ),
                (
                    "text",
                    "<h2>Videos</h2>"
                    "<p>Some pages have a video from YouTube or Vimeo. "
                    "The video only loads when you click on it. "
                    "Only then does that company receive data from you, such as your IP address. "
                    "From that moment, that company's privacy policy applies. "
                    "Every video also has a written transcript. You can read it without clicking.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Don't want others to see you were here?",
                        "text": "<p>This site cannot delete your browser history. You can do that yourself in your browser. "
                        "You can also use a private window. "
                        "Then the browser does not remember which pages you visited.</p>",
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Questions about privacy?",
                        "text": "Get in touch with the editors.",
                        "button_label": "Go to contact",
                        "page": "standard:contact",
                    },
                ),
            ],
        },
        "show_in_menus": False,
    },
    {
        "key": "toegankelijkheid",
        "slug": {"nl": "toegankelijkheid", "en": "accessibility"},
        "title": {"nl": "Toegankelijkheid", "en": "Accessibility"},
        "search_description": {
            "nl": "Toegankelijkheidsverklaring van Veilig in Beeld. Doel: WCAG 2.1 niveau AA. Nog niet getoetst.",
            "en": "Accessibility statement of Veilig in Beeld. Goal: WCAG 2.1 level AA. Not yet audited.",
        },
        "intro": {
            "nl": (
                "We willen dat iedereen deze site kan gebruiken. Ook mensen met een beperking. "
                "Hier lees je wat we doen en hoe ver we zijn."
            ),
            "en": (
                "We want everyone to be able to use this site. People with a disability too. "
                "Here you can read what we do and how far we are."
            ),
        },
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Ons doel</h2>"
                    "<p>Deze site moet voldoen aan WCAG 2.1 op niveau AA. "
                    "Die eisen staan ook in de Europese norm EN 301 549. "
                    "Voor overheden is dit verplicht.</p>"
                    "<h2>Waar we op letten</h2>"
                    "<ul>"
                    "<li>We schrijven in eenvoudige taal (B1).</li>"
                    "<li>Elke video heeft een uitgeschreven tekst.</li>"
                    "<li>Afbeeldingen hebben een beschrijving, of zijn gemarkeerd als versiering.</li>"
                    "<li>Je moet de site ook met alleen een toetsenbord kunnen gebruiken.</li>"
                    "<li>Koppen staan in een logische volgorde.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Status: nog niet getoetst",
                        "text": "<p>Dit is een demoversie. De site is nog niet getoetst door een onafhankelijke deskundige. "
                        "We weten dus nog niet of alles aan WCAG 2.1 AA voldoet. "
                        "Daarom hebben we nog geen officiële status.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Probleem gevonden?</h2>"
                    "<p>Kun je iets niet lezen of gebruiken? Laat het ons weten. "
                    "Mail naar redacteur@example.org. Dit is een voorbeeldadres. "
                    "Vertel op welke pagina het was en wat er misging.</p>"
                    "<p>Deze verklaring is opgesteld op 1 november 2026.</p>",
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>Our goal</h2>"
                    "<p>This site should meet WCAG 2.1 at level AA. "
                    "These requirements are also part of the European standard EN 301 549. "
                    "For government bodies in the Netherlands, this is the law.</p>"
                    "<h2>What we pay attention to</h2>"
                    "<ul>"
                    "<li>We write in plain language (B1).</li>"
                    "<li>Every video has a written transcript.</li>"
                    "<li>Images have a description, or are marked as decoration.</li>"
                    "<li>You should be able to use the site with only a keyboard.</li>"
                    "<li>Headings are in a logical order.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "heading": "Status: not yet audited",
                        "text": "<p>This is a demo version. The site has not yet been audited by an independent expert. "
                        "So we do not know yet if everything meets WCAG 2.1 AA. "
                        "That is why it has no official status yet.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Found a problem?</h2>"
                    "<p>Is there something you cannot read or use? Please let us know. "
                    "Send an e-mail to redacteur@example.org. This is an example address. "
                    "Tell us which page it was and what went wrong.</p>"
                    "<p>This statement was written on 1 November 2026.</p>",
                ),
            ],
        },
        "show_in_menus": False,
    },
    {
        "key": "contact",
        "slug": {"nl": "contact", "en": "contact"},
        "title": {"nl": "Contact", "en": "Contact"},
        "search_description": {
            "nl": "Contact met de redactie van Veilig in Beeld. Wij zijn geen hulpdienst: hier vind je de hulpdiensten.",
            "en": "Contact the editors of Veilig in Beeld. We are not a help service: find the help services here.",
        },
        "intro": {
            "nl": (
                "Heb je een vraag over deze site? Mail de redactie. "
                "Let op: wij zijn geen hulpdienst. Voor hulp kun je terecht bij de diensten op deze pagina."
            ),
            "en": (
                "Do you have a question about this site? E-mail the editors. "
                "Please note: we are not a help service. For help, go to the services on this page."
            ),
        },
        "body": {
            "nl": [
                (
                    "callout",
                    {
                        "kind": "help",
                        "heading": "Hulp nodig? Ga naar een hulpdienst",
                        "text": "<p>Bij direct gevaar: bel <strong>112</strong>.</p>"
                        "<p>Deze site is geen hulpdienst. We kunnen je niet snel antwoorden. "
                        "De diensten hieronder kunnen je wel helpen.</p>",
                    },
                ),
                ("text", "<h2>Hulpdiensten</h2>" + _HELP_LIST["nl"]),
                (
                    "text",
                    "<h2>Contact met de redactie</h2>"
                    "<p>Heb je een vraag of opmerking over de site? Mail naar redacteur@example.org. "
                    "Dit is een voorbeeldadres.</p>"
                    "<p><strong>Stuur nooit beelden mee.</strong> Ook niet als je iets wilt melden. "
                    "Beeldmateriaal van seksueel kindermisbruik meld je bij Meldpunt Kinderporno. "
                    "Daar heb je alleen de link nodig, niet het beeld.</p>",
                ),
            ],
            "en": [
                (
                    "callout",
                    {
                        "kind": "help",
                        "heading": "Need help? Go to a help service",
                        "text": "<p>In an emergency: call <strong>112</strong>.</p>"
                        "<p>This site is not a help service. We cannot answer you quickly. "
                        "The services below can help you.</p>",
                    },
                ),
                ("text", "<h2>Help services</h2>" + _HELP_LIST["en"]),
                (
                    "text",
                    "<h2>Contact the editors</h2>"
                    "<p>Do you have a question or comment about the site? Send an e-mail to redacteur@example.org. "
                    "This is an example address.</p>"
                    "<p><strong>Never send us images.</strong> Not even to report something. "
                    "Report child sexual abuse material to Meldpunt Kinderporno. "
                    "You only need the link there, not the image.</p>",
                ),
            ],
        },
        "show_in_menus": False,
    },
]
