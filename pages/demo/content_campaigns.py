"""Demo content: the two campaigns.

Pure data, read by the demo loader. Facts come from the content guide, each with
its source named in the text. Quote blocks only hold the campaign's own key lines.
"""

CAMPAIGNS = [
    # ------------------------------------------------------------------ 1
    {
        "key": "echt-of-nep",
        "slug": {"nl": "echt-of-nep", "en": "real-or-fake"},
        "title": {"nl": "Echt of nep?", "en": "Real or fake?"},
        "search_description": {
            "nl": "Nepnaaktbeelden die met AI zijn gemaakt, doen echte mensen pijn. Lees wat je kunt doen en waar je hulp vindt.",
            "en": "Fake nude images made with AI hurt real people. Read what you can do and where to find help.",
        },
        "hero_headline": {
            "nl": "Het beeld is nep. De persoon is echt.",
            "en": "The image is fake. The person is real.",
        },
        "hero_intro": {
            "nl": (
                "Met AI-apps maken mensen van gewone foto's nepnaaktbeelden. "
                "Ook van kinderen, met foto's van sociale media. "
                "Zo'n beeld is nep, maar de schade is echt. Het is misbruik, en het is strafbaar."
            ),
            "en": (
                "People use AI apps to turn ordinary photos into fake nude images. "
                "Of children too, using photos from social media. "
                "The image is fake, but the harm is real. It is abuse, and it is a crime."
            ),
        },
        "key_message": {
            "nl": "Achter elk nepnaaktbeeld zit een echt mens, soms een kind. Deel het nooit.",
            "en": "Behind every fake nude image is a real person, sometimes a child. Never share it.",
        },
        "cta_label": {"nl": "Wat kun je doen?", "en": "What can you do?"},
        "cta_page": "guidance:het-is-jou-overkomen",
        "start_date": "2026-09-01",
        "end_date": None,
        "topic": "deepfakes",
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Waarom deze campagne?</h2>"
                    "<p>Vroeger kon je een nepfoto vaak herkennen. Bijvoorbeeld aan zes tenen of een extra voet. "
                    "Nu lukt dat bijna niet meer, zelfs niet voor experts (Offlimits, augustus 2025).</p>"
                    "<p>Uit onderzoek van Thorn blijkt: van ongeveer 1 op de 17 tieners is een nepnaaktbeeld gemaakt (Thorn). "
                    "Op 24 procent van de scholen pesten leerlingen elkaar met AI-naaktbeelden "
                    "(Pointer, KRO-NCRV, april 2025).</p>",
                ),
                (
                    "quote",
                    {"quote": "Het beeld is nep. De pijn is echt.", "attribution": "Veilig in Beeld"},
                ),
                (
                    "text",
                    "<h2>Nep is ook misbruik</h2>"
                    "<p>Een naaktbeeld van iemand maken of delen zonder toestemming is strafbaar. "
                    "Dat staat in artikel 139h van het Wetboek van Strafrecht. "
                    "In 2023 paste de rechtbank Amsterdam dit artikel toe op een deepfake (ECLI:NL:RBAMS:2023:6923).</p>"
                    "<p>Gaat het om een kind? Dan geldt ook artikel 240b. "
                    "Dat artikel gaat ook over realistische nepbeelden van seksueel kindermisbruik. "
                    """Je leest de wet op <a href="https://wetten.overheid.nl">wetten.overheid.nl</a>.</p>""",
                ),
                (
                    "text",
                    "<h2>Wat kun je doen?</h2>"
                    "<ul>"
                    "<li><strong>Deel het beeld niet.</strong> Stuur het niet door en download het niet. "
                    "Ook niet om het te melden.</li>"
                    "<li><strong>Bewaar bewijs, maar niet het beeld.</strong> "
                    "Schrijf gebruikersnamen, links, berichten en datums op.</li>"
                    "<li><strong>Zoek hulp.</strong> Je hoeft dit niet alleen te doen.</li>"
                    "</ul>"
                    "<p>Het belangrijkste is dat het beeld zo snel mogelijk offline gaat (Offlimits, augustus 2025). "
                    "Helpwanted kan daarbij helpen.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Vragen",
                        "items": [
                            {
                                "question": "Het beeld is nep. Is het dan wel erg?",
                                "answer": "<p>Ja. Ook een nepbeeld kan veel schaamte, angst en verdriet geven. "
                                "Anderen weten vaak niet dat het nep is. "
                                "Het is misbruik, ook als het beeld niet echt is.</p>",
                            },
                            {
                                "question": "Het is mij overkomen. Is het mijn schuld?",
                                "answer": "<p>Nee. Het is niet jouw schuld. "
                                "Ook niet als je de foto zelf online hebt gezet. "
                                "De schuld ligt bij wie het beeld maakt of deelt.</p>",
                            },
                            {
                                "question": "Iemand stuurde mij zo'n beeld. Wat moet ik doen?",
                                "answer": "<p>Stuur het niet door en sla het niet op. "
                                "Vertel het aan iemand die je vertrouwt. "
                                "Gaat het om een kind? Meld de link dan anoniem bij "
                                """<a href="https://www.meldpunt-kinderporno.nl">Meldpunt Kinderporno</a>. """
                                "Zoek nooit zelf naar zulke beelden. Ook dat is strafbaar.</p>",
                            },
                            {
                                "question": "Ik maak me zorgen over mijn eigen gedachten. Waar kan ik heen?",
                                "answer": "<p>Maak je je zorgen over je eigen seksuele gedachten of gedrag naar minderjarigen? "
                                """<a href="https://stopitnow.nl">Stop it Now</a> helpt je anoniem. """
                                "Via chat of telefoon.</p>",
                            },
                        ],
                    },
                ),
                (
                    "related_guidance",
                    {
                        "heading": "Lees meer",
                        "pages": [
                            "guidance:wat-is-een-deepfake-naaktbeeld",
                            "guidance:het-is-jou-overkomen",
                            "guidance:afpersing-met-naaktbeelden",
                            "guidance:praten-met-je-kind",
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Hulp nodig?",
                        "text": "Helpwanted helpt gratis en anoniem bij online seksueel misbruik. Ook als het beeld nep is.",
                        "button_label": "Naar Helpwanted",
                        "url": "https://www.helpwanted.nl",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>Why this campaign?</h2>"
                    "<p>In the past, you could often spot a fake photo. For example, by six toes or an extra foot. "
                    "Now that is almost impossible, even for experts (Offlimits, August 2025).</p>"
                    "<p>Research by Thorn shows: about 1 in 17 teenagers had a fake nude image made of them (Thorn). "
                    "At 24 percent of schools, pupils bully each other with AI nude images "
                    "(Pointer, KRO-NCRV, April 2025).</p>",
                ),
                (
                    "quote",
                    {"quote": "The image is fake. The pain is real.", "attribution": "Veilig in Beeld"},
                ),
                (
                    "text",
                    "<h2>Fake is abuse too</h2>"
                    "<p>Making or sharing a nude image of someone without consent is a crime in the Netherlands. "
                    "This is in article 139h of the Dutch Criminal Code. "
                    "In 2023, the Amsterdam court applied this article to a deepfake (ECLI:NL:RBAMS:2023:6923).</p>"
                    "<p>Is it about a child? Then article 240b also applies. "
                    "That article also covers realistic fake images of child sexual abuse. "
                    """You can read the law on <a href="https://wetten.overheid.nl">wetten.overheid.nl</a> (in Dutch).</p>""",
                ),
                (
                    "text",
                    "<h2>What can you do?</h2>"
                    "<ul>"
                    "<li><strong>Do not share the image.</strong> Do not forward it or download it. "
                    "Not even to report it.</li>"
                    "<li><strong>Keep evidence, but not the image.</strong> "
                    "Write down usernames, links, messages and dates.</li>"
                    "<li><strong>Get help.</strong> You do not have to do this alone.</li>"
                    "</ul>"
                    "<p>The most important thing is that the image goes offline as fast as possible "
                    "(Offlimits, August 2025). Helpwanted can help with that.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Questions",
                        "items": [
                            {
                                "question": "The image is fake. Is it really that bad?",
                                "answer": "<p>Yes. A fake image can also cause a lot of shame, fear and sadness. "
                                "Other people often do not know it is fake. "
                                "It is abuse, even if the image is not real.</p>",
                            },
                            {
                                "question": "It happened to me. Is it my fault?",
                                "answer": "<p>No. It is not your fault. "
                                "Not even if you put the photo online yourself. "
                                "The blame lies with whoever makes or shares the image.</p>",
                            },
                            {
                                "question": "Someone sent me an image like this. What should I do?",
                                "answer": "<p>Do not forward it and do not save it. "
                                "Tell someone you trust. "
                                "Is it about a child? Then report the link anonymously to "
                                """<a href="https://www.meldpunt-kinderporno.nl">Meldpunt Kinderporno</a>. """
                                "Never search for such images yourself. That is a crime too.</p>",
                            },
                            {
                                "question": "I am worried about my own thoughts. Where can I go?",
                                "answer": "<p>Are you worried about your own sexual thoughts or behaviour towards minors? "
                                """<a href="https://stopitnow.nl">Stop it Now</a> helps you anonymously. """
                                "By chat or phone.</p>",
                            },
                        ],
                    },
                ),
                (
                    "related_guidance",
                    {
                        "heading": "Read more",
                        "pages": [
                            "guidance:wat-is-een-deepfake-naaktbeeld",
                            "guidance:het-is-jou-overkomen",
                            "guidance:afpersing-met-naaktbeelden",
                            "guidance:praten-met-je-kind",
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Need help?",
                        "text": "Helpwanted helps with online sexual abuse, for free and anonymously. Also if the image is fake.",
                        "button_label": "Go to Helpwanted",
                        "url": "https://www.helpwanted.nl",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2
    {
        "key": "denk-na-voor-je-deelt",
        "slug": {"nl": "denk-na-voor-je-deelt", "en": "think-before-you-post"},
        "title": {"nl": "Denk na voor je deelt", "en": "Think before you post"},
        "search_description": {
            "nl": "Kun je nog veilig foto's van je kind delen? Waar je op let voordat je een foto online zet.",
            "en": "Is it still safe to post photos of your child? What to check before you put a photo online.",
        },
        "hero_headline": {
            "nl": "Kun je nog veilig foto's van je kind delen?",
            "en": "Is it still safe to post photos of your child?",
        },
        "hero_intro": {
            "nl": (
                "Een foto van je kind delen voelt heel gewoon. "
                "Maar met AI kan iemand van een gewone foto een nepnaaktbeeld maken. "
                "Je hoeft niet te stoppen met delen. Denk wel eerst even na."
            ),
            "en": (
                "Posting a photo of your child feels normal. "
                "But with AI, someone can turn an ordinary photo into a fake nude image. "
                "You do not have to stop sharing. But think first."
            ),
        },
        "key_message": {
            "nl": "Een foto is snel gedeeld. Vraag jezelf eerst: wie kan dit zien?",
            "en": "A photo is quickly shared. First ask yourself: who can see this?",
        },
        "cta_label": {"nl": "Bekijk de checklist", "en": "See the checklist"},
        "cta_page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
        "start_date": "2026-10-01",
        "end_date": "2027-03-31",
        "topic": "photo-safety",
        "body": {
            "nl": [
                (
                    "text",
                    "<h2>Waarom dit belangrijk is</h2>"
                    "<p>AI-apps maken van gewone foto's nepnaaktbeelden. "
                    "Ook van foto's van kinderen op sociale media. "
                    "Experts kunnen zulke beelden bijna niet meer van echt onderscheiden (Offlimits, augustus 2025).</p>"
                    "<p>18 procent van de ouders zet herkenbare foto's van hun kind online "
                    "(EenVandaag Opiniepanel, februari 2026).</p>"
                    "<p>Een foto online is nooit helemaal veilig. Maar je kunt de kans op misbruik wel kleiner maken.</p>",
                ),
                (
                    "quote",
                    {"quote": "Een foto is snel gedeeld, maar niet snel weer weg.", "attribution": "Veilig in Beeld"},
                ),
                (
                    "text",
                    "<h2>Vijf vragen voor je deelt</h2>"
                    "<ol>"
                    "<li>Wie kan deze foto zien? Alleen mensen die ik ken, of iedereen?</li>"
                    "<li>Is mijn kind goed herkenbaar?</li>"
                    "<li>Is te zien waar we wonen, of naar welke school mijn kind gaat?</li>"
                    "<li>Is mijn kind in bad of in zwemkleding? Deel de foto dan niet.</li>"
                    "<li>Vindt mijn kind het goed dat ik deze foto deel?</li>"
                    "</ol>",
                ),
                (
                    "text",
                    "<h2>Een emoji is geen bescherming</h2>"
                    "<p>Zet je een emoji over het gezicht van je kind? "
                    "Dat beschermt de foto niet tegen bewerking met AI "
                    "(politiespecialist in Metro, januari 2026).</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Vragen van ouders",
                        "items": [
                            {
                                "question": "Moet ik helemaal stoppen met foto's delen?",
                                "answer": "<p>Nee, dat is jouw keuze. "
                                "Deel foto's liever met een kleine groep mensen die je kent. "
                                "En denk na over wie de foto kan zien.</p>",
                            },
                            {
                                "question": "Mijn account is privé. Is dat genoeg?",
                                "answer": "<p>Een privéaccount helpt. "
                                "Maar volgers kunnen een foto nog steeds opslaan of doorsturen. "
                                "Kies dus ook goed wie je volgers zijn.</p>",
                            },
                            {
                                "question": "Moet ik mijn kind om toestemming vragen?",
                                "answer": "<p>Vraag het oudere kinderen altijd. "
                                "Zo leert je kind dat het zelf mag beslissen over foto's van zichzelf. "
                                "Zegt je kind nee? Deel de foto dan niet.</p>",
                            },
                            {
                                "question": "Wat als er toch iets misgaat?",
                                "answer": "<p>Dan is dat niet jouw schuld. De schuld ligt bij wie het beeld maakt. "
                                "Deel het beeld niet, ook niet om het te melden. "
                                """Zoek hulp bij <a href="https://www.helpwanted.nl">Helpwanted</a> """
                                "of de politie.</p>",
                            },
                        ],
                    },
                ),
                (
                    "related_guidance",
                    {
                        "heading": "Lees meer",
                        "pages": [
                            "guidance:voordat-je-een-foto-van-je-kind-deelt",
                            "guidance:praten-met-je-kind",
                            "guidance:uitleg-voor-grootouders",
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Praat er thuis over",
                        "text": "Praat met je kind over foto's en nepbeelden. Wij geven je tips voor het gesprek.",
                        "button_label": "Tips voor het gesprek",
                        "page": "guidance:praten-met-je-kind",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<h2>Why this matters</h2>"
                    "<p>AI apps turn ordinary photos into fake nude images. "
                    "Photos of children on social media too. "
                    "Experts can barely tell such images from real ones any more (Offlimits, August 2025).</p>"
                    "<p>18 percent of parents post recognisable photos of their child online "
                    "(EenVandaag opinion panel, February 2026).</p>"
                    "<p>A photo online is never completely safe. But you can make the risk of abuse smaller.</p>",
                ),
                (
                    "quote",
                    {"quote": "A photo is quickly shared, but not quickly gone.", "attribution": "Veilig in Beeld"},
                ),
                (
                    "text",
                    "<h2>Five questions before you post</h2>"
                    "<ol>"
                    "<li>Who can see this photo? Only people I know, or everyone?</li>"
                    "<li>Can people easily recognise my child?</li>"
                    "<li>Does it show where we live, or which school my child goes to?</li>"
                    "<li>Is my child in the bath or in swimwear? Then do not post the photo.</li>"
                    "<li>Is my child happy for me to share this photo?</li>"
                    "</ol>",
                ),
                (
                    "text",
                    "<h2>An emoji is no protection</h2>"
                    "<p>Do you put an emoji over your child's face? "
                    "That does not protect the photo from being changed with AI "
                    "(police specialist in Metro, January 2026).</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Questions from parents",
                        "items": [
                            {
                                "question": "Do I have to stop posting photos completely?",
                                "answer": "<p>No, that is your choice. "
                                "It is better to share photos with a small group of people you know. "
                                "And think about who can see the photo.</p>",
                            },
                            {
                                "question": "My account is private. Is that enough?",
                                "answer": "<p>A private account helps. "
                                "But followers can still save or forward a photo. "
                                "So choose your followers carefully too.</p>",
                            },
                            {
                                "question": "Should I ask my child for permission?",
                                "answer": "<p>Always ask older children. "
                                "This teaches your child that they can decide about photos of themselves. "
                                "Does your child say no? Then do not post the photo.</p>",
                            },
                            {
                                "question": "What if something goes wrong anyway?",
                                "answer": "<p>Then it is not your fault. The blame lies with whoever makes the image. "
                                "Do not share the image, not even to report it. "
                                """Get help from <a href="https://www.helpwanted.nl">Helpwanted</a> """
                                "or the police.</p>",
                            },
                        ],
                    },
                ),
                (
                    "related_guidance",
                    {
                        "heading": "Read more",
                        "pages": [
                            "guidance:voordat-je-een-foto-van-je-kind-deelt",
                            "guidance:praten-met-je-kind",
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Talk about it at home",
                        "text": "Talk with your child about photos and fake images. We give you tips for the conversation.",
                        "button_label": "Tips for the conversation",
                        "page": "guidance:praten-met-je-kind",
                    },
                ),
            ],
        },
    },
]
