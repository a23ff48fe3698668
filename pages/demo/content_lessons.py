"""Demo content: lesson materials (the lesson overview and three lessons).

Pure data, read by the demo loader; no Django imports. LESSON_INDEX is the
overview page /nl/lesmateriaal/ (/en/lesson-materials/); LESSONS holds one
lesson each for PO groep 7-8, VO onderbouw and MBO, every one with learning
objectives, ground rules, a content warning and timed phases whose minutes add
up to duration_minutes.

Downloads are not stored as files: each download's "pdf" dict (title,
subtitle, sections with paragraphs and empty answer lines) is turned into a
PDF by pages/demo/pdfs.py when the demo is loaded, once per language. A
paragraph starting with "• " is printed as a bullet.

Facts come from the shared content guide, with their source named in the
text. No lesson shows, describes or asks pupils to look up images. Help
services were last checked on 1 November 2026; editors verify them again
before the site goes live.
"""


def _help(audience, lang):
    """The closing "Hulp nodig? / Need help?" section of every PDF.

    audience: "po" (pupils 10-12), "vo" (pupils 12-15), "mbo" (students
    16-20, also used in the teacher's slides outline) or "parents".
    """
    nl = {
        "po": [
            "Zit iets je niet lekker? Je mag het altijd vertellen. "
            "Het is nooit jouw schuld als iemand een nare foto van jou maakt of deelt.",
            "• Kindertelefoon: bel gratis 0800-0432 of chat op kindertelefoon.nl. "
            "Voor kinderen van 8 tot 18 jaar. Je hoeft je naam niet te zeggen.",
            "• Helpwanted: hulp als er een foto van jou online staat die daar niet hoort. "
            "Chat op helpwanted.nl of bel 020-261 52 75.",
            "Stuur een nare foto nooit door, ook niet om hem te laten zien.",
        ],
        "vo": [
            "Is er een naaktbeeld van jou gemaakt of gedeeld, echt of nep? Het is niet jouw schuld. "
            "Je kunt hulp krijgen.",
            "• Helpwanted: gratis en anoniem. Helpwanted kan ook helpen om een beeld offline te halen. "
            "Chat op helpwanted.nl of bel 020-261 52 75.",
            "• Kindertelefoon: voor kinderen van 8 tot 18 jaar, gratis en anoniem. "
            "Bel 0800-0432 of chat op kindertelefoon.nl.",
            "Stuur een beeld nooit door en download het niet, ook niet om het te melden.",
        ],
        "mbo": [
            "Word je afgeperst, of is er een naaktbeeld van jou gedeeld, echt of nep? Het is niet jouw schuld. "
            "Betaal niet, stop het contact en zoek hulp.",
            "• Helpwanted: gratis en anoniem, voor jongeren en volwassenen. "
            "Helpwanted kan helpen om beelden offline te halen. Chat op helpwanted.nl of bel 020-261 52 75.",
            "• Kindertelefoon: ben je jonger dan 18? Bel gratis 0800-0432 of chat op kindertelefoon.nl.",
            "• Politie: aangifte doen of advies vragen via 0900-8844. Bij direct gevaar: bel 112.",
            "• 113 Zelfmoordpreventie: denk je aan zelfmoord? Bel 113 of gratis 0800-0113, "
            "of chat op 113.nl. Dag en nacht.",
        ],
        "parents": [
            "• Helpwanted: gratis en anoniem hulp bij online seksueel misbruik, afpersing en gedeelde beelden. "
            "Chat op helpwanted.nl of bel 020-261 52 75.",
            "• Kindertelefoon: voor kinderen van 8 tot 18 jaar, gratis en anoniem. "
            "Bel 0800-0432 of chat op kindertelefoon.nl.",
            "• Veilig Thuis: advies en hulp bij huiselijk geweld en kindermishandeling. Bel 0800-2000.",
            "Bij direct gevaar: bel 112.",
        ],
    }
    en = {
        "po": [
            "Is something bothering you? You can always tell someone. "
            "It is never your fault if someone makes or shares a nasty photo of you.",
            "• Kindertelefoon (the Dutch helpline for children): call 0800-0432 for free or chat on "
            "kindertelefoon.nl. For children aged 8 to 18. You do not have to give your name.",
            "• Helpwanted: help if there is a photo of you online that should not be there. "
            "Chat on helpwanted.nl or call 020-261 52 75.",
            "Never forward a nasty photo, not even to show someone.",
        ],
        "vo": [
            "Has someone made or shared a nude image of you, real or fake? It is not your fault. You can get help.",
            "• Helpwanted: free and anonymous. Helpwanted can also help to get an image taken offline. "
            "Chat on helpwanted.nl or call 020-261 52 75.",
            "• Kindertelefoon (the Dutch helpline for children): for children aged 8 to 18, free and anonymous. "
            "Call 0800-0432 or chat on kindertelefoon.nl.",
            "Never forward or download an image, not even to report it.",
        ],
        "mbo": [
            "Is someone blackmailing you, or has a nude image of you been shared, real or fake? It is not your fault. "
            "Do not pay, stop contact and get help.",
            "• Helpwanted: free and anonymous, for young people and adults. "
            "Helpwanted can help to get images taken offline. Chat on helpwanted.nl or call 020-261 52 75.",
            "• Kindertelefoon (the Dutch helpline for children): are you under 18? "
            "Call 0800-0432 for free or chat on kindertelefoon.nl.",
            "• Police: report a crime or ask for advice on 0900-8844. In an emergency: call 112.",
            "• 113 Zelfmoordpreventie (suicide prevention): are you thinking about suicide? "
            "Call 113 or 0800-0113 for free, or chat on 113.nl. Day and night.",
        ],
        "parents": [
            "• Helpwanted: free and anonymous help with online sexual abuse, sextortion and shared images. "
            "Chat on helpwanted.nl or call 020-261 52 75.",
            "• Kindertelefoon (the Dutch helpline for children): for children aged 8 to 18, free and anonymous. "
            "Call 0800-0432 or chat on kindertelefoon.nl.",
            "• Veilig Thuis: advice and help with domestic violence and child abuse. Call 0800-2000.",
            "In an emergency: call 112.",
        ],
    }
    heading = {"nl": "Hulp nodig?", "en": "Need help?"}[lang]
    paragraphs = {"nl": nl, "en": en}[lang][audience]
    return {"heading": heading, "paragraphs": list(paragraphs), "answer_lines": 0}


LESSON_INDEX = {
    "slug": {"nl": "lesmateriaal", "en": "lesson-materials"},
    "title": {"nl": "Lesmateriaal", "en": "Lesson materials"},
    "search_description": {
        "nl": "Gratis lessen over deepfakes, nepnaaktbeelden en veilig omgaan met foto's, voor po, vo en mbo.",
        "en": "Free lessons about deepfakes, fake nude images and staying safe with photos, "
        "for primary, secondary and vocational education.",
    },
    "intro": {
        "nl": (
            "<p>Zoek een les die past bij je klas. Filter op schoolniveau, leeftijd en duur.</p>"
            "<p>Elke les heeft leerdoelen, afspraken voor in de klas, een lesopbouw met tijden "
            "en werkbladen in het Nederlands en het Engels. In geen enkele les worden beelden getoond.</p>"
            "<p>Je mag alle lessen gratis gebruiken en aanpassen onder de licentie <b>CC BY 4.0</b>. "
            "Vermeld dan wel de bron: Veilig in Beeld.</p>"
        ),
        "en": (
            "<p>Find a lesson that fits your class. Filter by school level, age and duration.</p>"
            "<p>Every lesson has learning objectives, ground rules for the class, a timed lesson plan "
            "and worksheets in Dutch and English. No lesson shows any images.</p>"
            "<p>You may use and adapt all lessons for free under the <b>CC BY 4.0</b> licence. "
            "Please credit the source: Veilig in Beeld.</p>"
        ),
    },
}


LESSONS = [
    # ------------------------------------------------------------------ a. PO groep 7-8
    {
        "key": "po-echt-of-nep",
        "slug": {"nl": "echt-of-nep-groep-7-8", "en": "real-or-fake-groups-7-8"},
        "title": {"nl": "Echt of nep? Foto's, AI en toestemming", "en": "Real or fake? Photos, AI and permission"},
        "search_description": {
            "nl": "Een les voor groep 7 en 8 over foto's die met AI zijn veranderd, toestemming vragen "
            "en wie je om hulp vraagt.",
            "en": "A lesson for groups 7 and 8 about photos changed with AI, asking permission "
            "and who to ask for help.",
        },
        "summary": {
            "nl": (
                "Leerlingen praten over foto's die met AI zijn veranderd en doen een stellingenspel over foto's delen. "
                "Ze leren dat je eerst toestemming vraagt, dat een nepfoto nooit de schuld is van wie erop staat "
                "en aan wie ze het vertellen als iets online niet fijn voelt."
            ),
            "en": (
                "Pupils talk about photos that have been changed with AI and play a statements game about sharing photos. "
                "They learn that you ask permission first, that a fake photo is never the fault of the person in it "
                "and who to tell when something online does not feel right."
            ),
        },
        "levels": ["po-7", "po-8"],
        "min_age": 10,
        "max_age": 12,
        "duration_minutes": 45,
        "subjects": ["mediawijsheid", "burgerschap"],
        "objectives_knowledge": {
            "nl": (
                "Leerlingen weten dat je met AI een foto kunt veranderen of maken, zodat iets echt lijkt terwijl het nep is.\n"
                "Leerlingen weten dat je eerst toestemming vraagt voordat je een foto van een ander deelt.\n"
                "Leerlingen weten dat het nooit de schuld is van wie op een nepfoto staat.\n"
                "Leerlingen weten bij wie ze terechtkunnen als iets online hen dwarszit: "
                "een volwassene die ze vertrouwen of de Kindertelefoon."
            ),
            "en": (
                "Pupils know that AI can change or make a photo, so that something looks real while it is fake.\n"
                "Pupils know that you ask permission before you share a photo of someone else.\n"
                "Pupils know that it is never the fault of the person in a fake photo.\n"
                "Pupils know who they can go to when something online bothers them: "
                "an adult they trust or the Kindertelefoon."
            ),
        },
        "objectives_skills": {
            "nl": (
                "Leerlingen kunnen bedenken wie een foto kan zien en wat ermee kan gebeuren, voordat ze hem online zetten.\n"
                "Leerlingen kunnen toestemming vragen voor een foto, en nee zeggen als ze zelf geen toestemming geven.\n"
                "Leerlingen kunnen twee volwassenen noemen die ze vertrouwen en aan wie ze kunnen vertellen wat er online gebeurt."
            ),
            "en": (
                "Pupils can think about who can see a photo and what can happen to it, before they put it online.\n"
                "Pupils can ask permission for a photo, and say no when they do not give permission themselves.\n"
                "Pupils can name two adults they trust and can tell about what happens online."
            ),
        },
        "materials_needed": {
            "nl": (
                "Werkblad ‘Echt of nep?’ (één per tweetal)\n"
                "Bord of flip-over\n"
                "Twee vellen papier met ‘eens’ en ‘oneens’ voor het stellingenspel\n"
                "Brief voor ouders en verzorgers (om mee te geven na de les)\n"
                "Het nummer van de Kindertelefoon op het bord: 0800-0432"
            ),
            "en": (
                "Worksheet ‘Real or fake?’ (one per pair)\n"
                "Board or flip chart\n"
                "Two sheets of paper saying ‘agree’ and ‘disagree’ for the statements game\n"
                "Letter to parents and carers (to hand out after the lesson)\n"
                "The Kindertelefoon number on the board: 0800-0432"
            ),
        },
        "teacher_background": {
            "nl": (
                "<p>Met AI-apps kun je foto's veranderen of nieuwe foto's maken die echt lijken. "
                "Daar worden ook nare nepbeelden mee gemaakt, ook nepnaaktbeelden van kinderen, "
                "met gewone foto's van sociale media. Vroeger zag je vaak dat een beeld nep was, "
                "bijvoorbeeld aan zes tenen. Nu kunnen zelfs experts het bijna niet meer zien "
                "(Offlimits, in een Nederlands nieuwsbericht, augustus 2025). Onderzoek van Pointer "
                "(KRO-NCRV, april 2025) laat zien dat 24% van de scholen meldt dat leerlingen elkaar "
                "pesten met naaktbeelden die met AI zijn gemaakt.</p>"
                "<p>Deze les gaat over foto's in het algemeen. U hoeft het woord naaktbeeld niet te gebruiken. "
                "Vraagt een leerling ernaar, antwoord dan kort en rustig: ‘Sommige mensen maken nepfoto's "
                "waarop iemand bloot lijkt te zijn. Dat is heel gemeen en het mag niet. Wie op de foto staat, "
                "heeft nooit schuld.’ Laat geen voorbeelden zien en zoek niets op, ook niet om te laten zien "
                "hoe echt het lijkt.</p>"
                "<p>Een emoji over het gezicht van een kind beschermt een foto niet tegen AI "
                "(een politiespecialist in Metro, januari 2026). Daarom leren de leerlingen om vóór het delen "
                "na te denken: wie kan de foto zien, en is iemand te herkennen?</p>"
                "<p><b>Als een leerling iets vertelt.</b> Blijf rustig en luister. Zeg dat het goed is dat de "
                "leerling het vertelt en dat het niet zijn of haar schuld is. Beloof geen geheimhouding: zeg "
                "eerlijk dat u hulp gaat vragen. Vraag niet om een beeld te zien en stuur niets door. Volg het "
                "protocol van uw school en schakel de aandachtsfunctionaris in. Voor advies kunt u Veilig Thuis "
                "bellen: 0800-2000.</p>"
            ),
            "en": (
                "<p>AI apps can change photos or make new photos that look real. They are also used to make "
                "nasty fake images, including fake nude images of children, made from ordinary photos on social "
                "media. In the past you could often see that an image was fake, for example by six toes. Now even "
                "experts can barely tell (Offlimits, in a Dutch news item, August 2025). Research by Pointer "
                "(KRO-NCRV, April 2025) shows that 24% of schools report pupils bullying each other with nude "
                "images made with AI.</p>"
                "<p>This lesson is about photos in general. You do not need to use the words ‘nude image’. "
                "If a pupil asks about it, answer briefly and calmly: ‘Some people make fake photos in which "
                "someone seems to be naked. That is very mean and it is not allowed. The person in the photo is "
                "never to blame.’ Do not show any examples and do not look anything up, not even to show how "
                "real it looks.</p>"
                "<p>An emoji over a child's face does not protect a photo from AI (a police specialist in Metro, "
                "January 2026). That is why pupils learn to think before they share: who can see the photo, and "
                "can someone be recognised?</p>"
                "<p><b>If a pupil tells you something.</b> Stay calm and listen. Say that it is good that the "
                "pupil is telling you and that it is not their fault. Do not promise to keep it secret: say "
                "honestly that you will ask for help. Do not ask to see an image and do not forward anything. "
                "Follow your school's protocol and involve the safeguarding officer (aandachtsfunctionaris). "
                "For advice, you can call Veilig Thuis: 0800-2000.</p>"
            ),
        },
        "content_warning": {
            "nl": (
                "Deze les gaat over nepfoto's en nare dingen die online gebeuren. "
                "Een leerling kan zelf iets naars hebben meegemaakt: let op stille of onrustige leerlingen "
                "en bied na de les een gesprek aan."
            ),
            "en": (
                "This lesson is about fake photos and nasty things that happen online. "
                "A pupil may have had a bad experience themselves: watch for pupils who are quiet or restless "
                "and offer a talk after the lesson."
            ),
        },
        "ground_rules": {
            "nl": (
                "We luisteren naar elkaar en lachen niemand uit.\n"
                "We noemen geen namen van echte mensen. We zeggen ‘iemand’.\n"
                "We laten geen foto's of filmpjes zien en we zoeken niets op.\n"
                "Je hoeft niets over jezelf te vertellen. Je mag ook ‘pas’ zeggen.\n"
                "Voel je je niet fijn? Je mag altijd stoppen en praten met de juf, de meester "
                "of een andere volwassene die je vertrouwt."
            ),
            "en": (
                "We listen to each other and we laugh at no one.\n"
                "We do not name real people. We say ‘someone’.\n"
                "We do not show photos or videos and we do not look anything up.\n"
                "You do not have to say anything about yourself. You may also say ‘pass’.\n"
                "Do you not feel okay? You may always stop and talk to your teacher "
                "or another adult you trust."
            ),
        },
        "phases": [
            {
                "name": {"nl": "Afspraken", "en": "Ground rules"},
                "minutes": 5,
                "activity": {
                    "nl": (
                        "Vertel dat de les gaat over foto's, AI en wat je doet als iets online niet fijn voelt. "
                        "Bespreek de afspraken en schrijf ze op het bord. Zeg erbij: je mag altijd stoppen en met mij "
                        "of een andere volwassene praten, ook na de les. Schrijf het nummer van de Kindertelefoon "
                        "op het bord: 0800-0432."
                    ),
                    "en": (
                        "Explain that the lesson is about photos, AI and what you do when something online does not "
                        "feel right. Go through the ground rules and write them on the board. Add: you may always stop "
                        "and talk to me or another adult, also after the lesson. Write the Kindertelefoon number "
                        "on the board: 0800-0432."
                    ),
                },
            },
            {
                "name": {"nl": "Echt of nep?", "en": "Real or fake?"},
                "minutes": 10,
                "activity": {
                    "nl": (
                        "Vraag: op welke manieren kun je een foto veranderen? Denk aan filters, stickers en "
                        "bewerk-apps. Leg uit dat AI nog meer kan: een heel nieuwe foto maken die echt lijkt, of het "
                        "laten lijken alsof iemand iets doet wat hij of zij nooit heeft gedaan. Vertel dat zelfs "
                        "experts vaak niet meer kunnen zien of een foto echt is. Laat geen voorbeelden zien. "
                        "Sluit af met: een nepfoto kan iemand echt pijn doen."
                    ),
                    "en": (
                        "Ask: in what ways can you change a photo? Think of filters, stickers and editing apps. "
                        "Explain that AI can do even more: make a completely new photo that looks real, or make it "
                        "look as if someone is doing something they never did. Tell the class that even experts often "
                        "cannot tell any more whether a photo is real. Do not show any examples. "
                        "End with: a fake photo can really hurt someone."
                    ),
                },
            },
            {
                "name": {"nl": "Stellingenspel", "en": "Statements game"},
                "minutes": 10,
                "activity": {
                    "nl": (
                        "Leg twee vellen neer: ‘eens’ en ‘oneens’. Lees een stelling voor; leerlingen kiezen een kant. "
                        "Vraag een paar leerlingen waarom. Bespreek na elke stelling het antwoord.\n"
                        "1. Als een foto echt lijkt, is hij ook echt. (Oneens: AI maakt foto's die echt lijken.)\n"
                        "2. Ik mag een foto van een vriend online zetten zonder het te vragen. (Oneens: eerst vragen.)\n"
                        "3. Een emoji over je gezicht beschermt je foto helemaal. (Oneens: volgens een politiespecialist "
                        "beschermt een emoji niet tegen AI.)\n"
                        "4. Je mag nee zeggen als iemand een foto van je wil maken of delen. (Eens.)\n"
                        "5. Als iemand een nepfoto van jou maakt, is dat je eigen schuld. (Oneens: de schuld ligt bij "
                        "wie de foto maakt of deelt.)"
                    ),
                    "en": (
                        "Put down two sheets: ‘agree’ and ‘disagree’. Read out a statement; pupils choose a side. "
                        "Ask a few pupils why. Discuss the answer after each statement.\n"
                        "1. If a photo looks real, it is real. (Disagree: AI makes photos that look real.)\n"
                        "2. I may put a photo of a friend online without asking. (Disagree: ask first.)\n"
                        "3. An emoji over your face fully protects your photo. (Disagree: according to a police "
                        "specialist, an emoji does not protect against AI.)\n"
                        "4. You may say no when someone wants to take or share a photo of you. (Agree.)\n"
                        "5. If someone makes a fake photo of you, it is your own fault. (Disagree: the blame lies with "
                        "whoever makes or shares the photo.)"
                    ),
                },
            },
            {
                "name": {"nl": "Werkblad in tweetallen", "en": "Worksheet in pairs"},
                "minutes": 12,
                "activity": {
                    "nl": (
                        "Leerlingen maken vraag 1 tot en met 5 van het werkblad in tweetallen. Loop rond en help. "
                        "Bespreak vraag 5 (iemand maakt een nepfoto) daarna kort met de hele klas: stuur niets door, "
                        "vertel het aan een volwassene en laat het kind merken dat het niet zijn of haar schuld is."
                    ),
                    "en": (
                        "Pupils do questions 1 to 5 of the worksheet in pairs. Walk around and help. "
                        "Then briefly discuss question 5 (someone makes a fake photo) with the whole class: do not "
                        "forward anything, tell an adult and let the child know that it is not their fault."
                    ),
                },
            },
            {
                "name": {"nl": "Afsluiting: waar vind je hulp?", "en": "Closing: where to find help"},
                "minutes": 8,
                "activity": {
                    "nl": (
                        "Leerlingen maken vraag 6: twee volwassenen die ze vertrouwen, zonder namen. Maak samen een lijst "
                        "op het bord, bijvoorbeeld: ouder, juf of meester, opa of oma, trainer. Noem de Kindertelefoon: "
                        "0800-0432, gratis en anoniem, voor kinderen van 8 tot 18 jaar. Zeg: het is nooit te laat om "
                        "iets te vertellen. Geef de brief voor ouders mee en zeg dat leerlingen na de les bij u "
                        "terechtkunnen."
                    ),
                    "en": (
                        "Pupils do question 6: two adults they trust, without names. Make a list on the board together, "
                        "for example: parent, teacher, grandparent, sports coach. Mention the Kindertelefoon: 0800-0432, "
                        "free and anonymous, for children aged 8 to 18. Say: it is never too late to tell someone. "
                        "Hand out the letter to parents and say that pupils can come to you after the lesson."
                    ),
                },
            },
        ],
        "downloads": [
            {
                "kind": "worksheet",
                "language": "nl",
                "filename": "werkblad-echt-of-nep.pdf",
                "label": "Werkblad: echt of nep?",
                "pdf": {
                    "title": "Echt of nep?",
                    "subtitle": "Werkblad – groep 7 en 8",
                    "sections": [
                        {
                            "heading": "Zo werk je",
                            "paragraphs": [
                                "Maak dit werkblad samen met je buurman of buurvrouw.",
                                "Je hoeft niets over jezelf te vertellen. Schrijf geen namen van echte mensen op.",
                                "Voel je je niet fijn? Stop dan en praat met je juf, je meester "
                                "of een andere volwassene die je vertrouwt.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "1. Foto's veranderen",
                            "paragraphs": [
                                "Je kunt een foto veranderen met een filter of een app. Met AI kan nog meer: "
                                "een computer maakt dan een foto die echt lijkt, maar nep is.",
                                "Noem twee manieren om een foto te veranderen.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "2. Kun je het zien?",
                            "paragraphs": [
                                "Zelfs experts zien vaak niet meer of een foto echt of nep is.",
                                "Wat betekent dat als je een foto online ziet? Schrijf op wat je kunt doen.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "3. Eerst vragen",
                            "paragraphs": [
                                "Je wilt een grappige foto van je vriend in de groepsapp zetten.",
                                "Wat doe je eerst? En wat doe je als je vriend ‘nee’ zegt?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "4. Denk na voor je deelt",
                            "paragraphs": [
                                "Je wilt een foto van jezelf online zetten. Denk na: wie kan de foto zien? "
                                "Kan iemand zien waar je woont of op welke school je zit?",
                                "Schrijf twee dingen op waar je op let.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "5. Iemand maakt een nepfoto",
                            "paragraphs": [
                                "In een groepsapp gaat een nare nepfoto rond van een kind uit een andere klas. "
                                "Het kind op de foto heeft niets fout gedaan.",
                                "Wat doe jij? En hoe kun je het kind helpen?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "6. Wie kun je het vertellen?",
                            "paragraphs": [
                                "Schrijf twee volwassenen op die je vertrouwt. Schrijf niet hun naam, maar wie het zijn. "
                                "Bijvoorbeeld: ‘mijn moeder’, ‘mijn juf’ of ‘mijn opa’. "
                                "Je mag ook ‘de Kindertelefoon’ opschrijven.",
                            ],
                            "answer_lines": 2,
                        },
                        _help("po", "nl"),
                    ],
                },
            },
            {
                "kind": "worksheet",
                "language": "en",
                "filename": "worksheet-real-or-fake.pdf",
                "label": "Worksheet: real or fake?",
                "pdf": {
                    "title": "Real or fake?",
                    "subtitle": "Worksheet – groups 7 and 8",
                    "sections": [
                        {
                            "heading": "How to work",
                            "paragraphs": [
                                "Do this worksheet together with the pupil next to you.",
                                "You do not have to say anything about yourself. Do not write down names of real people.",
                                "Do you not feel okay? Then stop and talk to your teacher or another adult you trust.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "1. Changing photos",
                            "paragraphs": [
                                "You can change a photo with a filter or an app. With AI you can do even more: "
                                "a computer makes a photo that looks real, but is fake.",
                                "Name two ways to change a photo.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "2. Can you tell?",
                            "paragraphs": [
                                "Even experts often cannot tell any more whether a photo is real or fake.",
                                "What does that mean when you see a photo online? Write down what you can do.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "3. Ask first",
                            "paragraphs": [
                                "You want to post a funny photo of your friend in the group chat.",
                                "What do you do first? And what do you do if your friend says ‘no’?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "4. Think before you share",
                            "paragraphs": [
                                "You want to put a photo of yourself online. Think: who can see the photo? "
                                "Can someone see where you live or which school you go to?",
                                "Write down two things you pay attention to.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "5. Someone makes a fake photo",
                            "paragraphs": [
                                "A nasty fake photo of a child from another class is going round in a group chat. "
                                "The child in the photo did nothing wrong.",
                                "What do you do? And how can you help the child?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "6. Who can you tell?",
                            "paragraphs": [
                                "Write down two adults you trust. Do not write their names, but who they are. "
                                "For example: ‘my mum’, ‘my teacher’ or ‘my grandad’. "
                                "You may also write ‘the Kindertelefoon’.",
                            ],
                            "answer_lines": 2,
                        },
                        _help("po", "en"),
                    ],
                },
            },
            {
                "kind": "letter-to-parents",
                "language": "nl",
                "filename": "brief-ouders-echt-of-nep.pdf",
                "label": "Brief voor ouders en verzorgers",
                "pdf": {
                    "title": "Brief aan ouders en verzorgers",
                    "subtitle": "Les ‘Echt of nep?’ – groep 7 en 8",
                    "sections": [
                        {
                            "heading": "Beste ouder of verzorger,",
                            "paragraphs": [
                                "Vandaag had uw kind op school een les over foto's en AI. We hebben gepraat over foto's "
                                "die met AI zijn veranderd, over toestemming vragen voordat je een foto deelt, en over "
                                "wie je om hulp vraagt als iets online niet fijn voelt.",
                                "We hebben in de les geen beelden laten zien en niets opgezocht.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Waarom deze les?",
                            "paragraphs": [
                                "Met AI-apps kun je van een gewone foto een nepfoto maken die echt lijkt. Zulke apps "
                                "worden ook gebruikt om nepnaaktbeelden te maken, ook van kinderen, met foto's van "
                                "sociale media. Zelfs experts zien vaak niet meer dat zo'n beeld nep is "
                                "(Offlimits, augustus 2025).",
                                "Onderzoek van Pointer (KRO-NCRV, april 2025) laat zien: 24% van de scholen meldt dat "
                                "leerlingen elkaar pesten met naaktbeelden die met AI zijn gemaakt. "
                                "Het beeld is nep, maar de schade is echt.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Wat kunt u thuis doen?",
                            "paragraphs": [
                                "• Vraag uw kind wat het van de les vond. Luister vooral.",
                                "• Zeg tegen uw kind: je mag altijd bij mij komen, ook als er online iets is gebeurd "
                                "waar je je voor schaamt. Het is nooit jouw schuld als iemand een nare foto van jou "
                                "maakt of deelt.",
                                "• Denk na voordat u een foto van uw kind online zet. Wie kan de foto zien? Is uw kind "
                                "te herkennen, bijvoorbeeld aan de plek of een schooluniform? Zet geen foto's in bad "
                                "of in zwemkleding online.",
                                "• Maak uw accounts privé en vraag uw kind om toestemming voordat u een foto deelt.",
                                "• Een emoji over het gezicht beschermt een foto niet tegen AI (een politiespecialist "
                                "in Metro, januari 2026). Uit een peiling van EenVandaag (februari 2026) blijkt dat 18% "
                                "van de ouders herkenbare foto's van hun kind online zet.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Als er iets is gebeurd",
                            "paragraphs": [
                                "• Blijf rustig en zeg tegen uw kind dat het niet zijn of haar schuld is.",
                                "• Download het beeld niet en stuur het niet door, ook niet om het te melden. "
                                "Zoeken naar zulke beelden is zelf ook strafbaar.",
                                "• Bewaar wel bewijs: gebruikersnamen, links (URL's), berichten en data. "
                                "Niet het beeld zelf.",
                                "• Vraag hulp bij Helpwanted. Helpwanted kan ook helpen om het beeld offline te halen.",
                                "• Laat het de school weten, zodat wij kunnen helpen.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Vragen?",
                            "paragraphs": [
                                "Heeft u vragen over de les? Neem dan contact op met de leerkracht van uw kind.",
                                "Met vriendelijke groet,",
                            ],
                            "answer_lines": 1,
                        },
                        _help("parents", "nl"),
                    ],
                },
            },
            {
                "kind": "letter-to-parents",
                "language": "en",
                "filename": "letter-to-parents-real-or-fake.pdf",
                "label": "Letter to parents and carers",
                "pdf": {
                    "title": "Letter to parents and carers",
                    "subtitle": "Lesson ‘Real or fake?’ – groups 7 and 8",
                    "sections": [
                        {
                            "heading": "Dear parent or carer,",
                            "paragraphs": [
                                "Today your child had a lesson at school about photos and AI. We talked about photos "
                                "that have been changed with AI, about asking permission before you share a photo, and "
                                "about who to ask for help when something online does not feel right.",
                                "We did not show any images in the lesson and we did not look anything up.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Why this lesson?",
                            "paragraphs": [
                                "With AI apps you can turn an ordinary photo into a fake photo that looks real. Such apps "
                                "are also used to make fake nude images, of children too, using photos from social "
                                "media. Even experts often cannot tell any more that such an image is fake "
                                "(Offlimits, August 2025).",
                                "Research by Pointer (KRO-NCRV, April 2025) shows: 24% of schools report that pupils "
                                "bully each other with nude images made with AI. "
                                "The image is fake, but the harm is real.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "What can you do at home?",
                            "paragraphs": [
                                "• Ask your child what they thought of the lesson. Above all, listen.",
                                "• Tell your child: you can always come to me, even if something happened online that "
                                "you feel ashamed about. It is never your fault if someone makes or shares a nasty "
                                "photo of you.",
                                "• Think before you put a photo of your child online. Who can see the photo? Can your "
                                "child be recognised, for example by the location or a school uniform? Do not post "
                                "photos of your child in the bath or in swimwear.",
                                "• Make your accounts private and ask your child for permission before you share a photo.",
                                "• An emoji over the face does not protect a photo from AI (a police specialist in "
                                "Metro, January 2026). A poll by EenVandaag (February 2026) shows that 18% of parents "
                                "post recognisable photos of their child.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "If something has happened",
                            "paragraphs": [
                                "• Stay calm and tell your child that it is not their fault.",
                                "• Do not download or forward the image, not even to report it. "
                                "Searching for such images is a crime in itself.",
                                "• Do keep evidence: usernames, links (URLs), messages and dates. "
                                "Not the image itself.",
                                "• Ask Helpwanted for help. Helpwanted can also help to get the image taken offline.",
                                "• Let the school know, so that we can help.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Questions?",
                            "paragraphs": [
                                "Do you have questions about the lesson? Please contact your child's teacher.",
                                "Kind regards,",
                            ],
                            "answer_lines": 1,
                        },
                        _help("parents", "en"),
                    ],
                },
            },
        ],
        "campaign": "campaign:echt-of-nep",
        "hub": "hub:schools",
        "last_reviewed": "2026-11-01",
    },
    # ------------------------------------------------------------------ b. VO onderbouw
    {
        "key": "vo-nepnaaktbeelden",
        "slug": {"nl": "uitkleed-apps-en-nepnaaktbeelden", "en": "nudify-apps-and-fake-nudes"},
        "title": {
            "nl": "Uitkleed-apps en nepnaaktbeelden: wat doe jij?",
            "en": "Nudify apps and fake nude images: what do you do?",
        },
        "search_description": {
            "nl": "Een mentorles voor de onderbouw over nepnaaktbeelden die met AI zijn gemaakt: waarom het "
            "schadelijk en strafbaar is, en wat je als omstander kunt doen.",
            "en": "A mentor lesson for lower secondary about fake nude images made with AI: why it is harmful "
            "and a crime, and what you can do as a bystander.",
        },
        "summary": {
            "nl": (
                "Leerlingen bespreken in groepjes een verzonnen verhaal over een nepnaaktbeeld in een klassenapp, "
                "zonder beelden te zien. Ze leren dat zo'n beeld maken of delen strafbaar is, dat het nooit de "
                "schuld van het slachtoffer is en wat ze als omstander kunnen doen."
            ),
            "en": (
                "In small groups, pupils discuss a made-up story about a fake nude image in a class group chat, "
                "without seeing any images. They learn that making or sharing such an image is a crime, that it is "
                "never the victim's fault and what they can do as a bystander."
            ),
        },
        "levels": ["vo-1", "vo-2", "vo-3"],
        "min_age": 12,
        "max_age": 15,
        "duration_minutes": 45,
        "subjects": ["mentorles", "mediawijsheid", "burgerschap"],
        "objectives_knowledge": {
            "nl": (
                "Leerlingen weten dat uitkleed-apps met AI van een gewone foto een nepnaaktbeeld maken, "
                "en dat je vaak niet kunt zien dat het nep is.\n"
                "Leerlingen weten dat het maken en verspreiden van zo'n beeld zonder toestemming strafbaar is "
                "(artikel 139h Wetboek van Strafrecht), ook als het beeld nep is, en dat doorsturen ook verspreiden is.\n"
                "Leerlingen weten dat het nooit de schuld is van degene die op het beeld staat.\n"
                "Leerlingen weten waar ze hulp vinden: bij een volwassene die ze vertrouwen, Helpwanted en de Kindertelefoon."
            ),
            "en": (
                "Pupils know that nudify apps use AI to turn an ordinary photo into a fake nude image, "
                "and that you often cannot see that it is fake.\n"
                "Pupils know that making and spreading such an image without consent is a crime "
                "(article 139h of the Dutch Criminal Code), even if the image is fake, and that forwarding it is spreading it too.\n"
                "Pupils know that it is never the fault of the person in the image.\n"
                "Pupils know where to find help: an adult they trust, Helpwanted and the Kindertelefoon."
            ),
        },
        "objectives_skills": {
            "nl": (
                "Leerlingen kunnen uitleggen wat een omstander kan doen: niet doorsturen, steunen, "
                "het vertellen aan een volwassene en melden.\n"
                "Leerlingen kunnen bewijs bewaren zonder het beeld te bewaren: gebruikersnamen, links en data.\n"
                "Leerlingen kunnen iemand die het overkomt laten merken dat het niet zijn of haar schuld is."
            ),
            "en": (
                "Pupils can explain what a bystander can do: not forward it, give support, "
                "tell an adult and report it.\n"
                "Pupils can keep evidence without keeping the image: usernames, links and dates.\n"
                "Pupils can show someone it happens to that it is not their fault."
            ),
        },
        "materials_needed": {
            "nl": (
                "Werkblad ‘Nepnaaktbeelden: wat doe jij?’ (één per leerling)\n"
                "Bord of digibord met de vier stappen voor omstanders (alleen tekst)\n"
                "De naam van de vertrouwenspersoon en de aandachtsfunctionaris van de school\n"
                "Hulpnummers op het bord: Helpwanted 020-261 52 75, Kindertelefoon 0800-0432"
            ),
            "en": (
                "Worksheet ‘Fake nude images: what do you do?’ (one per pupil)\n"
                "Board or interactive whiteboard with the four steps for bystanders (text only)\n"
                "The name of the school's counsellor (vertrouwenspersoon) and safeguarding officer (aandachtsfunctionaris)\n"
                "Help numbers on the board: Helpwanted 020-261 52 75, Kindertelefoon 0800-0432"
            ),
        },
        "teacher_background": {
            "nl": (
                "<p>Uitkleed-apps maken met AI van een gewone foto een nepnaaktbeeld. Dat gebeurt ook met foto's van "
                "kinderen van sociale media. Zelfs experts zien bijna niet meer dat zo'n beeld nep is (Offlimits, in "
                "een Nederlands nieuwsbericht, augustus 2025). Volgens onderzoek van Thorn had ongeveer 1 op de 17 "
                "tieners te maken met een nepnaaktbeeld van zichzelf. Pointer (KRO-NCRV) meldde in april 2025 dat 24% "
                "van de scholen ziet dat leerlingen elkaar pesten met naaktbeelden die met AI zijn gemaakt.</p>"
                "<p><b>De wet.</b> Artikel 139h van het Wetboek van Strafrecht (sinds 2020) maakt het maken of "
                "verspreiden van seksueel beeldmateriaal zonder toestemming strafbaar. In 2023 paste de rechtbank "
                "Amsterdam dit toe op een deepfake (ECLI:NL:RBAMS:2023:6923). Artikel 240b gaat over beeldmateriaal "
                "van seksueel kindermisbruik; ook realistische nepbeelden vallen daaronder. Gebruik in de les de term "
                "‘beeldmateriaal van seksueel kindermisbruik’.</p>"
                "<p><b>Wat u zegt en niet doet.</b> Laat geen voorbeelden zien en zoek niets op. Zeg duidelijk: zo'n "
                "beeld downloaden of doorsturen mag niet, ook niet om het te melden. Bewijs bewaren mag wel: "
                "gebruikersnamen, links, berichten en data, maar niet het beeld. Offlimits zegt: het belangrijkste "
                "is dat beelden zo snel mogelijk offline gaan. Helpwanted kan daarbij helpen.</p>"
                "<p><b>Als een leerling iets vertelt.</b> Blijf rustig en luister. Zeg dat het goed is dat de leerling "
                "het vertelt en dat het niet zijn of haar schuld is. Beloof geen geheimhouding, maar leg uit wat u "
                "gaat doen en wie u erbij haalt. Vraag niet om het beeld te zien. Volg het protocol van de school en "
                "schakel de aandachtsfunctionaris in. Voor advies kunt u Veilig Thuis bellen: 0800-2000.</p>"
            ),
            "en": (
                "<p>Nudify apps use AI to turn an ordinary photo into a fake nude image. This also happens with photos "
                "of children taken from social media. Even experts can barely tell that such an image is fake "
                "(Offlimits, in a Dutch news item, August 2025). According to research by Thorn, about 1 in 17 "
                "teenagers had a fake nude image made of them. Pointer (KRO-NCRV) reported in April 2025 that 24% of "
                "schools see pupils bullying each other with nude images made with AI.</p>"
                "<p><b>The law.</b> Article 139h of the Dutch Criminal Code (since 2020) makes it a crime to make or "
                "spread sexual images of someone without consent. In 2023 the Amsterdam court applied this to a "
                "deepfake (ECLI:NL:RBAMS:2023:6923). Article 240b covers child sexual abuse material; realistic fake "
                "images are included. In the lesson, use the term ‘child sexual abuse material’.</p>"
                "<p><b>What you say and do not do.</b> Do not show any examples and do not look anything up. Say "
                "clearly: downloading or forwarding such an image is not allowed, not even to report it. Keeping "
                "evidence is allowed: usernames, links, messages and dates, but not the image. Offlimits says: the "
                "most important thing is that images go offline as fast as possible. Helpwanted can help with "
                "this.</p>"
                "<p><b>If a pupil tells you something.</b> Stay calm and listen. Say that it is good that the pupil "
                "is telling you and that it is not their fault. Do not promise to keep it secret, but explain what "
                "you are going to do and who you will involve. Do not ask to see the image. Follow the school's "
                "protocol and involve the safeguarding officer (aandachtsfunctionaris). For advice, you can call "
                "Veilig Thuis: 0800-2000.</p>"
            ),
        },
        "content_warning": {
            "nl": (
                "Deze les gaat over nepnaaktbeelden en online misbruik. Sommige leerlingen hebben dit zelf of in hun "
                "omgeving meegemaakt: zorg dat zij de klas even kunnen verlaten en weet vooraf wie de "
                "aandachtsfunctionaris is."
            ),
            "en": (
                "This lesson is about fake nude images and online abuse. Some pupils may have experienced this "
                "themselves or around them: make sure they can leave the room for a while and know beforehand who "
                "the safeguarding officer is."
            ),
        },
        "ground_rules": {
            "nl": (
                "We luisteren naar elkaar en oordelen niet.\n"
                "We noemen geen namen van echte mensen, ook niet van mensen die iets is overkomen.\n"
                "We laten geen beelden zien en we zoeken niets op, ook niet op onze telefoon.\n"
                "Je hoeft niets over jezelf te vertellen. ‘Pas’ zeggen mag altijd.\n"
                "Voel je je niet goed? Je mag op elk moment stoppen, even de klas uit gaan en praten met de docent "
                "of een andere volwassene die je vertrouwt."
            ),
            "en": (
                "We listen to each other and we do not judge.\n"
                "We do not name real people, not even people something has happened to.\n"
                "We do not show images and we do not look anything up, not on our phones either.\n"
                "You do not have to say anything about yourself. Saying ‘pass’ is always fine.\n"
                "Do you not feel well? You may stop at any moment, leave the room for a while and talk to the teacher "
                "or another adult you trust."
            ),
        },
        "phases": [
            {
                "name": {"nl": "Afspraken", "en": "Ground rules"},
                "minutes": 5,
                "activity": {
                    "nl": (
                        "Vertel waar de les over gaat: nepnaaktbeelden die met AI zijn gemaakt, en wat je kunt doen. "
                        "Bespreek de afspraken. Zeg: je mag op elk moment stoppen en met mij of een andere volwassene "
                        "praten; na de les ben ik er ook. Noem de vertrouwenspersoon van de school. Schrijf Helpwanted "
                        "en de Kindertelefoon op het bord."
                    ),
                    "en": (
                        "Explain what the lesson is about: fake nude images made with AI, and what you can do. "
                        "Go through the ground rules. Say: you may stop at any moment and talk to me or another adult; "
                        "I am also here after the lesson. Name the school's counsellor. Write Helpwanted and the "
                        "Kindertelefoon on the board."
                    ),
                },
            },
            {
                "name": {"nl": "Wat is een uitkleed-app?", "en": "What is a nudify app?"},
                "minutes": 8,
                "activity": {
                    "nl": (
                        "Leg zonder beelden uit wat een uitkleed-app doet: AI maakt van een gewone foto een "
                        "nepnaaktbeeld. Vertel dat je vaak niet meer kunt zien dat het nep is, en dat het vaak "
                        "voorkomt: ongeveer 1 op de 17 tieners (Thorn), en op 24% van de scholen pesten leerlingen "
                        "elkaar ermee (Pointer, 2025). Zeg: het beeld is nep, maar de schade is echt. Vraag: waarom "
                        "doet zo'n beeld pijn, ook als iedereen weet dat het nep is?"
                    ),
                    "en": (
                        "Explain without images what a nudify app does: AI turns an ordinary photo into a fake nude "
                        "image. Tell the class that you often cannot see any more that it is fake, and that it happens "
                        "often: about 1 in 17 teenagers (Thorn), and at 24% of schools pupils bully each other with it "
                        "(Pointer, 2025). Say: the image is fake, but the harm is real. Ask: why does such an image "
                        "hurt, even if everyone knows it is fake?"
                    ),
                },
            },
            {
                "name": {"nl": "Het verhaal van Kim", "en": "Kim's story"},
                "minutes": 15,
                "activity": {
                    "nl": (
                        "Lees het verhaal op het werkblad voor. Kim is verzonnen; kies een andere naam als er een "
                        "leerling met die naam in de klas zit. Leerlingen maken in groepjes van drie of vier vraag 1 "
                        "tot en met 3. Bespreek daarna met de klas: hoe voelt Kim zich? Wiens schuld is het? Maak "
                        "duidelijk: nooit die van Kim. De schuld ligt bij wie het beeld maakt of deelt."
                    ),
                    "en": (
                        "Read out the story on the worksheet. Kim is made up; choose another name if there is a pupil "
                        "with that name in the class. In groups of three or four, pupils do questions 1 to 3. Then "
                        "discuss with the class: how does Kim feel? Whose fault is it? Make it clear: never Kim's. "
                        "The blame lies with whoever makes or shares the image."
                    ),
                },
            },
            {
                "name": {"nl": "Wat zegt de wet?", "en": "What does the law say?"},
                "minutes": 7,
                "activity": {
                    "nl": (
                        "Leg uit: een naaktbeeld van iemand maken of verspreiden zonder toestemming is strafbaar "
                        "(artikel 139h Wetboek van Strafrecht). Ook als het beeld nep is: in 2023 paste een rechter dat "
                        "toe op een deepfake. Doorsturen is ook verspreiden. Gaat het om iemand onder de 18, dan gaat het "
                        "ook om beeldmateriaal van seksueel kindermisbruik (artikel 240b). Heb je zo'n beeld gekregen "
                        "zonder erom te vragen? Stuur het niet door, sla het niet op en vertel het aan een volwassene. "
                        "Leerlingen maken vraag 4."
                    ),
                    "en": (
                        "Explain: making or spreading a nude image of someone without consent is a crime "
                        "(article 139h of the Dutch Criminal Code). Even if the image is fake: in 2023 a court applied "
                        "this to a deepfake. Forwarding is spreading too. If the person is under 18, it is also child "
                        "sexual abuse material (article 240b). Did you get such an image without asking for it? Do not "
                        "forward it, do not save it and tell an adult. Pupils do question 4."
                    ),
                },
            },
            {
                "name": {"nl": "Wat kun je doen als omstander?", "en": "What can you do as a bystander?"},
                "minutes": 5,
                "activity": {
                    "nl": (
                        "Zet de vier stappen op het bord:\n"
                        "1. Stuur het niet door, ook niet om het te laten zien of te melden.\n"
                        "2. Steun degene die het overkomt: zeg dat het niet zijn of haar schuld is.\n"
                        "3. Vertel het aan een volwassene die je vertrouwt.\n"
                        "4. Meld het bij het platform, of samen met een volwassene bij Helpwanted.\n"
                        "Zeg erbij: bewaar bewijs, zoals gebruikersnamen, links en data, maar niet het beeld. "
                        "Leerlingen maken vraag 5."
                    ),
                    "en": (
                        "Put the four steps on the board:\n"
                        "1. Do not forward it, not even to show someone or to report it.\n"
                        "2. Support the person it happens to: say that it is not their fault.\n"
                        "3. Tell an adult you trust.\n"
                        "4. Report it to the platform, or together with an adult to Helpwanted.\n"
                        "Add: keep evidence, such as usernames, links and dates, but not the image. "
                        "Pupils do question 5."
                    ),
                },
            },
            {
                "name": {"nl": "Afsluiting: waar vind je hulp?", "en": "Closing: where to find help"},
                "minutes": 5,
                "activity": {
                    "nl": (
                        "Vat samen: het is nooit de schuld van wie op het beeld staat. Noem Helpwanted (chat op "
                        "helpwanted.nl of bel 020-261 52 75) en de Kindertelefoon (0800-0432). Leerlingen schrijven bij "
                        "vraag 6 één ding op dat ze onthouden. Zeg dat ze na de les bij u of bij de vertrouwenspersoon "
                        "terechtkunnen, en let op leerlingen die stil zijn."
                    ),
                    "en": (
                        "Sum up: it is never the fault of the person in the image. Mention Helpwanted (chat on "
                        "helpwanted.nl or call 020-261 52 75) and the Kindertelefoon (0800-0432). For question 6, pupils "
                        "write down one thing they will remember. Say that they can come to you or to the school's "
                        "counsellor after the lesson, and watch for pupils who are quiet."
                    ),
                },
            },
        ],
        "downloads": [
            {
                "kind": "worksheet",
                "language": "nl",
                "filename": "werkblad-nepnaaktbeelden-wat-doe-jij.pdf",
                "label": "Werkblad: nepnaaktbeelden, wat doe jij?",
                "pdf": {
                    "title": "Nepnaaktbeelden: wat doe jij?",
                    "subtitle": "Werkblad – mentorles, leerjaar 1 tot en met 3",
                    "sections": [
                        {
                            "heading": "Voor je begint",
                            "paragraphs": [
                                "Op dit werkblad staan geen beelden. Zoek ook zelf niets op.",
                                "Je hoeft niets over jezelf te vertellen. Schrijf geen namen van echte mensen op.",
                                "Voel je je niet goed? Je mag altijd stoppen en praten met je docent "
                                "of een andere volwassene die je vertrouwt.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Het verhaal van Kim",
                            "paragraphs": [
                                "Kim zit in de tweede klas. Op een ochtend gaat er in de klassenapp een nepnaaktbeeld "
                                "van Kim rond. Iemand heeft het met een uitkleed-app gemaakt, van een gewone foto van "
                                "Kims account.",
                                "Kim heeft niets fout gedaan. Veel klasgenoten hebben het gezien. Sommigen sturen het "
                                "door. Kim wil niet meer naar school.",
                                "Dit verhaal is verzonnen.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "1. Hoe voelt Kim zich, denk je?",
                            "paragraphs": ["Schrijf drie woorden op."],
                            "answer_lines": 2,
                        },
                        {
                            "heading": "2. Wiens schuld is het?",
                            "paragraphs": ["Kim zet weleens foto's online. Is het daarom Kims schuld? Leg uit."],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "3. De klasgenoten",
                            "paragraphs": [
                                "Sommige klasgenoten sturen het beeld door. Wat doet dat met Kim? "
                                "En waarom is doorsturen ook fout?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "4. Wat zegt de wet?",
                            "paragraphs": [
                                "Een naaktbeeld van iemand maken of verspreiden zonder toestemming is strafbaar. "
                                "Ook als het beeld nep is. Dat staat in artikel 139h van het Wetboek van Strafrecht.",
                                "Doorsturen is ook verspreiden. Wat betekent dat voor de klasgenoten die het beeld "
                                "doorsturen?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "5. Wat kun jij doen?",
                            "paragraphs": [
                                "Jij ziet het beeld in de klassenapp. Schrijf op wat je doet. Denk aan: doorsturen of "
                                "niet? Kim steunen? Wie vertel je het? Waar meld je het?",
                                "Tip: bewaar bewijs zonder het beeld te bewaren. Schrijf gebruikersnamen, links en data op.",
                            ],
                            "answer_lines": 4,
                        },
                        {
                            "heading": "6. Wat onthoud je?",
                            "paragraphs": ["Schrijf één ding op dat je na deze les onthoudt."],
                            "answer_lines": 2,
                        },
                        _help("vo", "nl"),
                    ],
                },
            },
            {
                "kind": "worksheet",
                "language": "en",
                "filename": "worksheet-fake-nudes-what-do-you-do.pdf",
                "label": "Worksheet: fake nude images, what do you do?",
                "pdf": {
                    "title": "Fake nude images: what do you do?",
                    "subtitle": "Worksheet – mentor lesson, years 1 to 3",
                    "sections": [
                        {
                            "heading": "Before you start",
                            "paragraphs": [
                                "There are no images on this worksheet. Do not look anything up yourself either.",
                                "You do not have to say anything about yourself. Do not write down names of real people.",
                                "Do you not feel well? You may always stop and talk to your teacher "
                                "or another adult you trust.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Kim's story",
                            "paragraphs": [
                                "Kim is in year 2. One morning, a fake nude image of Kim is going round in the class "
                                "group chat. Someone made it with a nudify app, from an ordinary photo on Kim's account.",
                                "Kim did nothing wrong. Many classmates have seen it. Some of them forward it. "
                                "Kim does not want to go to school any more.",
                                "This story is made up.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "1. How do you think Kim feels?",
                            "paragraphs": ["Write down three words."],
                            "answer_lines": 2,
                        },
                        {
                            "heading": "2. Whose fault is it?",
                            "paragraphs": [
                                "Kim sometimes posts photos online. Does that make it Kim's fault? Explain."
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "3. The classmates",
                            "paragraphs": [
                                "Some classmates forward the image. What does that do to Kim? "
                                "And why is forwarding wrong too?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "4. What does the law say?",
                            "paragraphs": [
                                "Making or spreading a nude image of someone without consent is a crime. "
                                "Even if the image is fake. This is in article 139h of the Dutch Criminal Code.",
                                "Forwarding is spreading too. What does that mean for the classmates who forward "
                                "the image?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "5. What can you do?",
                            "paragraphs": [
                                "You see the image in the class group chat. Write down what you do. Think about: forward "
                                "it or not? Support Kim? Who do you tell? Where do you report it?",
                                "Tip: keep evidence without keeping the image. Write down usernames, links and dates.",
                            ],
                            "answer_lines": 4,
                        },
                        {
                            "heading": "6. What will you remember?",
                            "paragraphs": ["Write down one thing you will remember after this lesson."],
                            "answer_lines": 2,
                        },
                        _help("vo", "en"),
                    ],
                },
            },
        ],
        "campaign": "campaign:echt-of-nep",
        "hub": "hub:schools",
        "last_reviewed": "2026-11-01",
    },
    # ------------------------------------------------------------------ c. MBO
    {
        "key": "mbo-toestemming-en-afpersing",
        "slug": {"nl": "toestemming-beelden-en-afpersing", "en": "consent-images-and-sextortion"},
        "title": {"nl": "Toestemming, beelden en afpersing", "en": "Consent, images and sextortion"},
        "search_description": {
            "nl": "Een les voor het mbo over toestemming bij beelden, deepfakes, afpersing met naaktbeelden "
            "en wat de wet zegt.",
            "en": "A lesson for MBO students about consent and images, deepfakes, sextortion and what the law says.",
        },
        "summary": {
            "nl": (
                "Studenten bespreken wat toestemming betekent bij foto's en werken in groepjes een verzonnen geval "
                "van afpersing met een nepnaaktbeeld uit. Ze leren wat de wet zegt over echte en nepnaaktbeelden, "
                "wat je doet bij afpersing en welke hulp er is, zoals Helpwanted, Take It Down en StopNCII."
            ),
            "en": (
                "Students discuss what consent means for photos and work in groups on a made-up case of sextortion "
                "with a fake nude image. They learn what the law says about real and fake nude images, what to do "
                "about sextortion and what help there is, such as Helpwanted, Take It Down and StopNCII."
            ),
        },
        "levels": ["mbo-1", "mbo-2", "mbo-3", "mbo-4"],
        "min_age": 16,
        "max_age": 20,
        "duration_minutes": 90,
        "subjects": ["burgerschap", "relaties-seksualiteit"],
        "objectives_knowledge": {
            "nl": (
                "Studenten weten dat toestemming voor een foto geen toestemming is om die foto te delen of te "
                "bewerken, en dat je toestemming altijd mag intrekken.\n"
                "Studenten weten dat seksuele beelden van iemand maken of verspreiden zonder toestemming strafbaar is, "
                "ook als het een deepfake is (artikel 139h Sr), en dat artikel 240b Sr ook over realistische "
                "nepbeelden van kinderen gaat.\n"
                "Studenten weten dat je vanaf 2 augustus 2026 moet melden dat een deepfake met AI is gemaakt "
                "(AI-verordening, artikel 50 lid 4), en dat zo'n melding een beeld zonder toestemming niet toegestaan maakt.\n"
                "Studenten weten wat je doet bij afpersing met naaktbeelden: niet betalen, het contact stoppen, "
                "bewijs bewaren en hulp zoeken."
            ),
            "en": (
                "Students know that consent to a photo is not consent to share or edit that photo, "
                "and that you can always withdraw consent.\n"
                "Students know that making or spreading sexual images of someone without consent is a crime, "
                "even if it is a deepfake (article 139h of the Dutch Criminal Code), and that article 240b also "
                "covers realistic fake images of children.\n"
                "Students know that from 2 August 2026 you must disclose that a deepfake was made with AI "
                "(AI Act, article 50(4)), and that such a label does not make an image without consent acceptable.\n"
                "Students know what to do about sextortion: do not pay, stop contact, "
                "keep evidence and get help."
            ),
        },
        "objectives_skills": {
            "nl": (
                "Studenten kunnen in een verzonnen geval van afpersing de stappen noemen: niet betalen, contact "
                "stoppen, bewijs bewaren zonder het beeld, hulp vragen bij Helpwanted of de politie.\n"
                "Studenten kunnen uitleggen hoe Take It Down en StopNCII werken en voor wie ze zijn.\n"
                "Studenten kunnen reageren op iemand die het overkomt, zonder die persoon de schuld te geven."
            ),
            "en": (
                "Students can name the steps in a made-up case of sextortion: do not pay, stop contact, "
                "keep evidence without the image, ask Helpwanted or the police for help.\n"
                "Students can explain how Take It Down and StopNCII work and who they are for.\n"
                "Students can respond to someone it happens to, without blaming that person."
            ),
        },
        "materials_needed": {
            "nl": (
                "Werkblad ‘Toestemming, beelden en afpersing’ (één per student)\n"
                "Dia's volgens de opzet bij deze les (alleen tekst, geen beelden)\n"
                "Bord of digibord\n"
                "De naam van de vertrouwenspersoon of SLB'er van de school\n"
                "Hulpnummers op het bord: Helpwanted 020-261 52 75, politie 0900-8844, Kindertelefoon 0800-0432 "
                "(tot 18 jaar), 113 Zelfmoordpreventie 0800-0113"
            ),
            "en": (
                "Worksheet ‘Consent, images and sextortion’ (one per student)\n"
                "Slides based on the outline for this lesson (text only, no images)\n"
                "Board or interactive whiteboard\n"
                "The name of the school's counsellor or study coach (SLB'er)\n"
                "Help numbers on the board: Helpwanted 020-261 52 75, police 0900-8844, Kindertelefoon 0800-0432 "
                "(under 18), 113 Zelfmoordpreventie 0800-0113"
            ),
        },
        "teacher_background": {
            "nl": (
                "<p><b>Deepfakes en cijfers.</b> AI-apps maken van gewone foto's nepnaaktbeelden die bijna niet van "
                "echt te onderscheiden zijn (Offlimits, in een Nederlands nieuwsbericht, augustus 2025). Volgens "
                "onderzoek van Thorn had ongeveer 1 op de 17 tieners te maken met een nepnaaktbeeld van zichzelf. "
                "Meld Misdaad Anoniem kreeg in 2024 153 meldingen over beeldmateriaal van seksueel kindermisbruik, "
                "tegen 82 in 2023; of AI daarbij een rol speelt, is niet duidelijk.</p>"
                "<p><b>De wet.</b> Artikel 139h Sr (sinds 2020): seksueel beeldmateriaal van iemand maken of "
                "verspreiden zonder toestemming is strafbaar. In 2023 paste de rechtbank Amsterdam dit toe op een "
                "deepfake (ECLI:NL:RBAMS:2023:6923). Artikel 240b Sr gaat over beeldmateriaal van seksueel "
                "kindermisbruik, ook als het om realistische nepbeelden gaat. De Europese AI-verordening (artikel 50 "
                "lid 4) verplicht vanaf 2 augustus 2026 om te melden dat een deepfake met AI is gemaakt. Die meldplicht "
                "staat los van de strafwet: een label ‘gemaakt met AI’ maakt een nepnaaktbeeld zonder toestemming "
                "niet toegestaan.</p>"
                "<p><b>Afpersing en hulp.</b> Bij afpersing met naaktbeelden (sextortion) is het advies: niet betalen "
                "en niet toegeven, het contact stoppen, bewijs bewaren (gebruikersnamen, links, berichten en data, "
                "niet het beeld) en hulp zoeken bij Helpwanted of de politie. Take It Down (voor beelden van vóór je "
                "18e) en StopNCII (voor volwassenen, ook voor deepfakes) maken op het eigen apparaat een hash, een "
                "soort vingerafdruk; het beeld wordt nooit geüpload. Zeg erbij: download of zoek nooit een beeld, "
                "ook niet om het te melden.</p>"
                "<p><b>Als een student iets vertelt.</b> Blijf rustig, luister en zeg dat het niet zijn of haar schuld "
                "is. Beloof geen geheimhouding, maar vertel wat u gaat doen. Vraag niet om het beeld te zien. Volg het "
                "protocol van de school en schakel de aandachtsfunctionaris in. Voor advies kunt u Veilig Thuis bellen "
                "(0800-2000). Denkt iemand aan zelfmoord? Verwijs naar 113 Zelfmoordpreventie (113 of 0800-0113).</p>"
            ),
            "en": (
                "<p><b>Deepfakes and figures.</b> AI apps turn ordinary photos into fake nude images that can barely "
                "be told apart from real ones (Offlimits, in a Dutch news item, August 2025). According to research by "
                "Thorn, about 1 in 17 teenagers had a fake nude image made of them. In 2024, Meld Misdaad Anoniem "
                "received 153 reports about child sexual abuse material, against 82 in 2023; whether AI plays a part "
                "is unclear.</p>"
                "<p><b>The law.</b> Article 139h of the Dutch Criminal Code (since 2020): making or spreading sexual "
                "images of someone without consent is a crime. In 2023 the Amsterdam court applied this to a deepfake "
                "(ECLI:NL:RBAMS:2023:6923). Article 240b covers child sexual abuse material, including realistic fake "
                "images. From 2 August 2026, the EU AI Act (article 50(4)) requires disclosure that a deepfake was made "
                "with AI. That duty is separate from criminal law: a ‘made with AI’ label does not make a fake nude "
                "image without consent acceptable.</p>"
                "<p><b>Sextortion and help.</b> The advice for sextortion is: do not pay or give in, stop contact, keep "
                "evidence (usernames, links, messages and dates, not the image) and get help from Helpwanted or the "
                "police. Take It Down (for images from before you turned 18) and StopNCII (for adults, deepfakes "
                "included) make a hash, a kind of fingerprint, on your own device; the image is never uploaded. Add: "
                "never download or search for an image, not even to report it.</p>"
                "<p><b>If a student tells you something.</b> Stay calm, listen and say that it is not their fault. "
                "Do not promise to keep it secret, but tell them what you are going to do. Do not ask to see the image. "
                "Follow the school's protocol and involve the safeguarding officer (aandachtsfunctionaris). For advice, "
                "you can call Veilig Thuis (0800-2000). Is someone thinking about suicide? Refer them to 113 "
                "Zelfmoordpreventie (113 or 0800-0113).</p>"
            ),
        },
        "content_warning": {
            "nl": (
                "Deze les gaat over naaktbeelden, afpersing en misbruik; studenten kunnen dit zelf hebben meegemaakt "
                "of er nu middenin zitten. Afpersing kan mensen wanhopig maken: weet vooraf wie de "
                "aandachtsfunctionaris is en noem ook 113 Zelfmoordpreventie."
            ),
            "en": (
                "This lesson is about nude images, sextortion and abuse; students may have experienced this "
                "themselves or be going through it right now. Sextortion can make people desperate: know beforehand "
                "who the safeguarding officer is and also mention 113 Zelfmoordpreventie."
            ),
        },
        "ground_rules": {
            "nl": (
                "We luisteren naar elkaar en oordelen niet over mensen die iets is overkomen.\n"
                "We noemen geen namen van echte mensen.\n"
                "We laten geen beelden zien en we zoeken niets op, ook niet op onze telefoon.\n"
                "Je hoeft niets over jezelf te vertellen. ‘Pas’ zeggen mag altijd.\n"
                "Wat iemand in de les vertelt, vertellen we niet verder.\n"
                "Voel je je niet goed? Je mag op elk moment stoppen, even naar buiten gaan en praten met de docent "
                "of een andere volwassene die je vertrouwt."
            ),
            "en": (
                "We listen to each other and we do not judge people something has happened to.\n"
                "We do not name real people.\n"
                "We do not show images and we do not look anything up, not on our phones either.\n"
                "You do not have to say anything about yourself. Saying ‘pass’ is always fine.\n"
                "What someone says in the lesson, we do not pass on.\n"
                "Do you not feel well? You may stop at any moment, step outside for a while and talk to the teacher "
                "or another adult you trust."
            ),
        },
        "phases": [
            {
                "name": {"nl": "Afspraken", "en": "Ground rules"},
                "minutes": 10,
                "activity": {
                    "nl": (
                        "Dia 1 en 2. Vertel waar de les over gaat. Bespreek de afspraken en zeg dat studenten op elk "
                        "moment mogen stoppen en met u of een andere volwassene mogen praten. Noem de vertrouwenspersoon "
                        "of SLB'er. Zet de hulpnummers op het bord en laat ze de hele les staan."
                    ),
                    "en": (
                        "Slides 1 and 2. Explain what the lesson is about. Go through the ground rules and say that "
                        "students may stop at any moment and talk to you or another adult. Name the school's counsellor "
                        "or study coach. Put the help numbers on the board and leave them there for the whole lesson."
                    ),
                },
            },
            {
                "name": {"nl": "Toestemming en beelden", "en": "Consent and images"},
                "minutes": 15,
                "activity": {
                    "nl": (
                        "Dia 3. Lees stellingen voor; studenten steken hun hand op bij ‘eens’:\n"
                        "‘Als iemand een foto naar mij stuurt, mag ik hem doorsturen.’\n"
                        "‘Wie een foto van zichzelf online zet, geeft toestemming om die te gebruiken.’\n"
                        "‘Toestemming kun je altijd intrekken.’\n"
                        "‘Een nepnaaktbeeld is minder erg dan een echt beeld, want het is nep.’\n"
                        "Bespreek: toestemming voor een foto is geen toestemming om te delen of te bewerken. "
                        "Het beeld is nep, maar de schade is echt. Studenten maken vraag 1 en 2 van het werkblad."
                    ),
                    "en": (
                        "Slide 3. Read out statements; students raise their hand for ‘agree’:\n"
                        "‘If someone sends me a photo, I may forward it.’\n"
                        "‘Whoever puts a photo of themselves online gives consent for it to be used.’\n"
                        "‘You can always withdraw consent.’\n"
                        "‘A fake nude image is less bad than a real one, because it is fake.’\n"
                        "Discuss: consent to a photo is not consent to share or edit it. "
                        "The image is fake, but the harm is real. Students do questions 1 and 2 of the worksheet."
                    ),
                },
            },
            {
                "name": {"nl": "Deepfakes en de wet", "en": "Deepfakes and the law"},
                "minutes": 15,
                "activity": {
                    "nl": (
                        "Dia 4 tot en met 6. Leg zonder voorbeelden uit wat deepfakes en uitkleed-apps zijn. Bespreek "
                        "artikel 139h Sr en de uitspraak uit 2023, artikel 240b Sr en de meldplicht uit de "
                        "AI-verordening (vanaf 2 augustus 2026). Maak duidelijk dat een label ‘gemaakt met AI’ een "
                        "nepnaaktbeeld zonder toestemming niet toegestaan maakt. Studenten maken vraag 3."
                    ),
                    "en": (
                        "Slides 4 to 6. Explain without examples what deepfakes and nudify apps are. Discuss article 139h "
                        "and the 2023 judgment, article 240b and the disclosure duty in the AI Act (from 2 August 2026). "
                        "Make it clear that a ‘made with AI’ label does not make a fake nude image without consent "
                        "acceptable. Students do question 3."
                    ),
                },
            },
            {
                "name": {"nl": "Casus: afpersing", "en": "Case: sextortion"},
                "minutes": 25,
                "activity": {
                    "nl": (
                        "Lees de casus van Sam op het werkblad voor; kies een andere naam als er een student met die naam "
                        "in de klas zit. Studenten werken in groepjes van drie of vier vraag 4 tot en met 6 uit. Bespreek "
                        "daarna met dia 7 en 8 de stappen: niet betalen en niet toegeven, contact stoppen, bewijs bewaren "
                        "(gebruikersnamen, links, berichten en data, niet het beeld), hulp zoeken bij Helpwanted en "
                        "eventueel aangifte doen bij de politie. Leg uit hoe Take It Down en StopNCII werken. "
                        "Benadruk: het is niet de schuld van wie wordt afgeperst."
                    ),
                    "en": (
                        "Read out Sam's case on the worksheet; choose another name if there is a student with that name "
                        "in the class. In groups of three or four, students work on questions 4 to 6. Then use slides 7 "
                        "and 8 to discuss the steps: do not pay or give in, stop contact, keep evidence (usernames, "
                        "links, messages and dates, not the image), get help from Helpwanted and, if they want, report "
                        "it to the police. Explain how Take It Down and StopNCII work. "
                        "Stress: it is not the fault of the person being blackmailed."
                    ),
                },
            },
            {
                "name": {"nl": "Wat doe jij?", "en": "What would you do?"},
                "minutes": 15,
                "activity": {
                    "nl": (
                        "Studenten maken alleen vraag 7 en 8: hoe reageer je als een vriend je vertelt dat hij of zij "
                        "wordt afgeperst, en wat neem je mee uit de les? Wie wil, leest een antwoord voor. "
                        "Vul aan: luister, zeg dat het niet zijn of haar schuld is en help om hulp te zoeken."
                    ),
                    "en": (
                        "On their own, students do questions 7 and 8: how do you respond when a friend tells you they are "
                        "being blackmailed, and what do you take away from the lesson? Whoever wants to reads out an "
                        "answer. Add: listen, say that it is not their fault and help them to find help."
                    ),
                },
            },
            {
                "name": {"nl": "Afsluiting: waar vind je hulp?", "en": "Closing: where to find help"},
                "minutes": 10,
                "activity": {
                    "nl": (
                        "Dia 9. Vat samen: toestemming geldt per foto en per keer delen; deepfakes maken en delen is "
                        "strafbaar; bij afpersing betaal je niet en zoek je hulp; het is nooit de schuld van het "
                        "slachtoffer. Loop de hulpnummers op het bord langs: Helpwanted, politie, Kindertelefoon "
                        "(tot 18 jaar) en 113 Zelfmoordpreventie. Zeg dat studenten na de les bij u of de "
                        "vertrouwenspersoon terechtkunnen."
                    ),
                    "en": (
                        "Slide 9. Sum up: consent applies to each photo and each time it is shared; making and sharing "
                        "deepfakes is a crime; in case of sextortion you do not pay and you get help; it is never the "
                        "victim's fault. Go through the help numbers on the board: Helpwanted, police, Kindertelefoon "
                        "(under 18) and 113 Zelfmoordpreventie. Say that students can come to you or the school's "
                        "counsellor after the lesson."
                    ),
                },
            },
        ],
        "downloads": [
            {
                "kind": "worksheet",
                "language": "nl",
                "filename": "werkblad-toestemming-en-afpersing.pdf",
                "label": "Werkblad: toestemming, beelden en afpersing",
                "pdf": {
                    "title": "Toestemming, beelden en afpersing",
                    "subtitle": "Werkblad – mbo niveau 1 tot en met 4",
                    "sections": [
                        {
                            "heading": "Voor je begint",
                            "paragraphs": [
                                "Op dit werkblad staan geen beelden. Zoek ook zelf niets op.",
                                "Je hoeft niets over jezelf te vertellen. Schrijf geen namen van echte mensen op.",
                                "Voel je je niet goed? Je mag altijd stoppen en praten met je docent "
                                "of een andere volwassene die je vertrouwt.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "1. Toestemming",
                            "paragraphs": [
                                "Een vriend stuurt jou een foto van zichzelf. Mag je die foto doorsturen naar anderen? "
                                "Leg uit.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "2. Toestemming intrekken",
                            "paragraphs": [
                                "Iemand vond het eerst goed dat je een foto van hem of haar online zette. Nu wil die "
                                "persoon dat de foto weggaat. Wat doe je, en waarom?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "3. Wat zegt de wet?",
                            "paragraphs": [
                                "• Artikel 139h Wetboek van Strafrecht: seksuele beelden van iemand maken of verspreiden "
                                "zonder toestemming is strafbaar. In 2023 paste een rechter dit toe op een deepfake.",
                                "• Artikel 240b Wetboek van Strafrecht: dit gaat over beeldmateriaal van seksueel "
                                "kindermisbruik. Ook realistische nepbeelden vallen hieronder.",
                                "• Europese AI-verordening, artikel 50 lid 4: vanaf 2 augustus 2026 moet je melden dat "
                                "een deepfake met AI is gemaakt.",
                                "Iemand zegt: ‘Het is nep, dus het is niet erg.’ Wat antwoord jij? "
                                "Gebruik de wet in je antwoord.",
                            ],
                            "answer_lines": 4,
                        },
                        {
                            "heading": "Casus: Sam",
                            "paragraphs": [
                                "Sam is 19 en leert via een online game iemand kennen. Ze chatten een paar weken. Dan "
                                "stuurt de ander een bericht: ‘Ik heb een naaktbeeld van je. Betaal 200 euro, anders "
                                "stuur ik het naar al je vrienden.’",
                                "Sam heeft nooit zo'n beeld gestuurd. De ander heeft het met AI gemaakt van een foto van "
                                "Sams profiel. Sam schaamt zich en weet niet wat te doen.",
                                "Deze casus is verzonnen.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "4. Wat moet Sam doen?",
                            "paragraphs": ["Noem minstens drie stappen. Wat moet Sam juist niet doen?"],
                            "answer_lines": 4,
                        },
                        {
                            "heading": "5. Bewijs bewaren",
                            "paragraphs": [
                                "Welk bewijs kan Sam bewaren? Let op: Sam bewaart het beeld zelf niet en stuurt het "
                                "niet door.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "6. Zorgen dat een beeld niet verder gaat",
                            "paragraphs": [
                                "Take It Down is voor beelden die zijn gemaakt toen je jonger was dan 18. StopNCII is "
                                "voor volwassenen vanaf 18 jaar, ook voor deepfakes. Beide maken op je eigen telefoon "
                                "of computer een hash: een soort vingerafdruk van het beeld. Het beeld zelf wordt nooit "
                                "geüpload. Download een beeld hiervoor niet.",
                                "Welke dienst past bij Sam? En wat verandert er als Sam 16 jaar is? "
                                "Denk ook aan de wet en de Kindertelefoon.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "7. Een vriend vertelt het je",
                            "paragraphs": [
                                "Een vriend vertelt jou dat hij of zij wordt afgeperst met een naaktbeeld. "
                                "Wat zeg je? Schrijf twee zinnen op.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "8. Wat neem je mee?",
                            "paragraphs": ["Schrijf één ding op dat je na deze les onthoudt."],
                            "answer_lines": 2,
                        },
                        _help("mbo", "nl"),
                    ],
                },
            },
            {
                "kind": "worksheet",
                "language": "en",
                "filename": "worksheet-consent-and-sextortion.pdf",
                "label": "Worksheet: consent, images and sextortion",
                "pdf": {
                    "title": "Consent, images and sextortion",
                    "subtitle": "Worksheet – MBO levels 1 to 4",
                    "sections": [
                        {
                            "heading": "Before you start",
                            "paragraphs": [
                                "There are no images on this worksheet. Do not look anything up yourself either.",
                                "You do not have to say anything about yourself. Do not write down names of real people.",
                                "Do you not feel well? You may always stop and talk to your teacher "
                                "or another adult you trust.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "1. Consent",
                            "paragraphs": [
                                "A friend sends you a photo of themselves. May you forward that photo to others? "
                                "Explain.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "2. Withdrawing consent",
                            "paragraphs": [
                                "At first, someone was fine with you posting a photo of them online. Now that person "
                                "wants the photo to be removed. What do you do, and why?",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "3. What does the law say?",
                            "paragraphs": [
                                "• Article 139h of the Dutch Criminal Code: making or spreading sexual images of someone "
                                "without consent is a crime. In 2023 a court applied this to a deepfake.",
                                "• Article 240b of the Dutch Criminal Code: this is about child sexual abuse material. "
                                "Realistic fake images are included too.",
                                "• EU AI Act, article 50(4): from 2 August 2026, you must disclose that a deepfake was "
                                "made with AI.",
                                "Someone says: ‘It is fake, so it is no big deal.’ What do you answer? "
                                "Use the law in your answer.",
                            ],
                            "answer_lines": 4,
                        },
                        {
                            "heading": "Case: Sam",
                            "paragraphs": [
                                "Sam is 19 and meets someone through an online game. They chat for a few weeks. Then "
                                "the other person sends a message: ‘I have a nude image of you. Pay 200 euros, or I "
                                "will send it to all your friends.’",
                                "Sam never sent such an image. The other person made it with AI from a photo on Sam's "
                                "profile. Sam feels ashamed and does not know what to do.",
                                "This case is made up.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "4. What should Sam do?",
                            "paragraphs": ["Name at least three steps. What should Sam not do?"],
                            "answer_lines": 4,
                        },
                        {
                            "heading": "5. Keeping evidence",
                            "paragraphs": [
                                "What evidence can Sam keep? Note: Sam does not keep the image itself and does not "
                                "forward it.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "6. Stopping an image from spreading",
                            "paragraphs": [
                                "Take It Down is for images made when you were under 18. StopNCII is for adults aged "
                                "18 and over, deepfakes included. Both make a hash on your own phone or computer: a "
                                "kind of fingerprint of the image. The image itself is never uploaded. Do not download "
                                "an image for this.",
                                "Which service fits Sam? And what changes if Sam is 16? "
                                "Think about the law and the Kindertelefoon too.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "7. A friend tells you",
                            "paragraphs": [
                                "A friend tells you that they are being blackmailed with a nude image. "
                                "What do you say? Write down two sentences.",
                            ],
                            "answer_lines": 3,
                        },
                        {
                            "heading": "8. What do you take away?",
                            "paragraphs": ["Write down one thing you will remember after this lesson."],
                            "answer_lines": 2,
                        },
                        _help("mbo", "en"),
                    ],
                },
            },
            {
                "kind": "slides",
                "language": "nl",
                "filename": "dia-opzet-toestemming-en-afpersing.pdf",
                "label": "Opzet dia's (voor de docent)",
                "pdf": {
                    "title": "Opzet dia's: toestemming, beelden en afpersing",
                    "subtitle": "Voor de docent – mbo, 90 minuten",
                    "sections": [
                        {
                            "heading": "Zo gebruikt u deze opzet",
                            "paragraphs": [
                                "Dit is een opzet voor negen dia's. Maak de dia's zelf, met alleen tekst. Gebruik geen "
                                "foto's van mensen en geen voorbeeldbeelden, ook geen nepbeelden.",
                                "Zet onderaan elke dia: ‘Hulp nodig? Helpwanted 020-261 52 75’.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 1 – Titel",
                            "paragraphs": [
                                "Op de dia: Toestemming, beelden en afpersing.",
                                "Docent: vertel waar de les over gaat en hoe lang hij duurt.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 2 – Afspraken",
                            "paragraphs": [
                                "Op de dia: de afspraken van de les, één per regel.",
                                "Docent: zeg dat studenten op elk moment mogen stoppen en met u of een andere "
                                "volwassene mogen praten. Noem de vertrouwenspersoon.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 3 – Toestemming",
                            "paragraphs": [
                                "Op de dia: Toestemming voor een foto is geen toestemming om te delen. "
                                "Toestemming kun je altijd intrekken.",
                                "Docent: gebruik de stellingen uit de fase ‘Toestemming en beelden’.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 4 – Deepfakes",
                            "paragraphs": [
                                "Op de dia: AI-apps maken van een gewone foto een nepnaaktbeeld. Zelfs experts zien bijna "
                                "niet meer dat het nep is (Offlimits, augustus 2025). Het beeld is nep. De schade is echt.",
                                "Docent: laat geen voorbeelden zien.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 5 – Hoe vaak?",
                            "paragraphs": [
                                "Op de dia: Ongeveer 1 op de 17 tieners had een nepnaaktbeeld van zichzelf (Thorn). "
                                "24% van de scholen meldt dat leerlingen elkaar pesten met naaktbeelden die met AI zijn "
                                "gemaakt (Pointer, KRO-NCRV, april 2025).",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 6 – De wet",
                            "paragraphs": [
                                "Op de dia: Artikel 139h Sr: seksuele beelden maken of verspreiden zonder toestemming is "
                                "strafbaar, ook een deepfake (rechtbank Amsterdam, 2023). Artikel 240b Sr: beeldmateriaal "
                                "van seksueel kindermisbruik, ook realistische nepbeelden. AI-verordening, artikel 50 "
                                "lid 4: vanaf 2 augustus 2026 moet je melden dat een deepfake met AI is gemaakt.",
                                "Docent: een label ‘gemaakt met AI’ maakt een nepnaaktbeeld zonder toestemming niet "
                                "toegestaan.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 7 – Afpersing: wat doe je?",
                            "paragraphs": [
                                "Op de dia: 1. Betaal niet en geef niet toe. 2. Stop het contact. 3. Bewaar bewijs: "
                                "gebruikersnamen, links, berichten en data. Niet het beeld. 4. Zoek hulp: Helpwanted "
                                "of de politie.",
                                "Docent: zeg erbij dat het nooit de schuld is van wie wordt afgeperst.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 8 – Zorgen dat een beeld niet verder gaat",
                            "paragraphs": [
                                "Op de dia: Take It Down: voor beelden van toen je jonger was dan 18. StopNCII: voor "
                                "volwassenen, ook voor deepfakes. De hash wordt op je eigen apparaat gemaakt. Het beeld "
                                "wordt nooit geüpload.",
                                "Docent: download of zoek nooit een beeld, ook niet om het te melden.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Dia 9 – Onthoud dit",
                            "paragraphs": [
                                "Op de dia: Het is nooit jouw schuld. Stuur niets door. Praat erover met iemand die je "
                                "vertrouwt. Hulp: Helpwanted, politie, Kindertelefoon (tot 18 jaar), 113.",
                            ],
                            "answer_lines": 0,
                        },
                        _help("mbo", "nl"),
                    ],
                },
            },
            {
                "kind": "slides",
                "language": "en",
                "filename": "slides-outline-consent-and-sextortion.pdf",
                "label": "Slides outline (for the teacher)",
                "pdf": {
                    "title": "Slides outline: consent, images and sextortion",
                    "subtitle": "For the teacher – MBO, 90 minutes",
                    "sections": [
                        {
                            "heading": "How to use this outline",
                            "paragraphs": [
                                "This is an outline for nine slides. Make the slides yourself, with text only. Do not use "
                                "photos of people or example images, not even fake ones.",
                                "Put at the bottom of every slide: ‘Need help? Helpwanted 020-261 52 75’.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 1 – Title",
                            "paragraphs": [
                                "On the slide: Consent, images and sextortion.",
                                "Teacher: explain what the lesson is about and how long it takes.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 2 – Ground rules",
                            "paragraphs": [
                                "On the slide: the ground rules of the lesson, one per line.",
                                "Teacher: say that students may stop at any moment and talk to you or another adult. "
                                "Name the school's counsellor.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 3 – Consent",
                            "paragraphs": [
                                "On the slide: Consent to a photo is not consent to share it. "
                                "You can always withdraw consent.",
                                "Teacher: use the statements from the phase ‘Consent and images’.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 4 – Deepfakes",
                            "paragraphs": [
                                "On the slide: AI apps turn an ordinary photo into a fake nude image. Even experts can "
                                "barely tell it is fake (Offlimits, August 2025). The image is fake. The harm is real.",
                                "Teacher: do not show any examples.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 5 – How often?",
                            "paragraphs": [
                                "On the slide: About 1 in 17 teenagers had a fake nude image made of them (Thorn). "
                                "24% of schools report that pupils bully each other with nude images made with AI "
                                "(Pointer, KRO-NCRV, April 2025).",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 6 – The law",
                            "paragraphs": [
                                "On the slide: Article 139h of the Dutch Criminal Code: making or spreading sexual images "
                                "without consent is a crime, a deepfake too (Amsterdam court, 2023). Article 240b: child "
                                "sexual abuse material, realistic fake images included. AI Act, article 50(4): from "
                                "2 August 2026, you must disclose that a deepfake was made with AI.",
                                "Teacher: a ‘made with AI’ label does not make a fake nude image without consent "
                                "acceptable.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 7 – Sextortion: what do you do?",
                            "paragraphs": [
                                "On the slide: 1. Do not pay or give in. 2. Stop contact. 3. Keep evidence: usernames, "
                                "links, messages and dates. Not the image. 4. Get help: Helpwanted or the police.",
                                "Teacher: add that it is never the fault of the person being blackmailed.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 8 – Stopping an image from spreading",
                            "paragraphs": [
                                "On the slide: Take It Down: for images from when you were under 18. StopNCII: for "
                                "adults, deepfakes included. The hash is made on your own device. The image is never "
                                "uploaded.",
                                "Teacher: never download or search for an image, not even to report it.",
                            ],
                            "answer_lines": 0,
                        },
                        {
                            "heading": "Slide 9 – Remember this",
                            "paragraphs": [
                                "On the slide: It is never your fault. Do not forward anything. Talk about it with "
                                "someone you trust. Help: Helpwanted, police, Kindertelefoon (under 18), 113.",
                            ],
                            "answer_lines": 0,
                        },
                        _help("mbo", "en"),
                    ],
                },
            },
        ],
        "campaign": "campaign:denk-na-voor-je-deelt",
        "hub": "hub:schools",
        "last_reviewed": "2026-11-01",
    },
]
