"""Demo tested messages: one message slot in a campaign hero, and one running experiment.

The control (A) is the campaign's own hero text; variant B asks a question the
parent can answer in a minute. Both lead to the photo checklist. Nothing is
counted in advance: the results page starts empty, as a real test would.
"""

MESSAGE_SLOTS = [
    {
        "key": "hero-denk-na-voor-je-deelt",
        "name": "Campagne-hero – Denk na voor je deelt",
        "default_variant": "a",
        "variants": [
            {
                "key": "a",
                "headline": {
                    "nl": "Kun je nog veilig foto's van je kind delen?",
                    "en": "Is it still safe to post photos of your child?",
                },
                "body": {
                    "nl": "Een foto van je kind delen voelt heel gewoon. Maar met AI kan iemand van een gewone "
                    "foto een nepnaaktbeeld maken. Je hoeft niet te stoppen met delen. Denk wel eerst even na.",
                    "en": "Posting a photo of your child feels normal. But with AI, someone can turn an ordinary "
                    "photo into a fake nude image. You do not have to stop sharing. But think first.",
                },
                "cta_label": {"nl": "Bekijk de checklist", "en": "See the checklist"},
                "cta_page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
            },
            {
                "key": "b",
                "headline": {
                    "nl": "Wie kan de foto van je kind zien?",
                    "en": "Who can see the photo of your child?",
                },
                "body": {
                    "nl": "Je deelt een foto om je blij te zijn. Met een paar korte vragen weet je of die "
                    "foto alleen bij de mensen komt voor wie hij bedoeld is.",
                    "en": "You share a photo because you are happy. A few short questions tell you whether "
                    "it only reaches the people it is meant for.",
                },
                "cta_label": {"nl": "Doe de check van 1 minuut", "en": "Take the 1-minute check"},
                "cta_page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
            },
        ],
    },
]

#: Which campaign hero shows which slot.
HERO_MESSAGES = {"campaign:denk-na-voor-je-deelt": "hero-denk-na-voor-je-deelt"}

EXPERIMENTS = [
    {
        "slug": "hero-ouders-vraag",
        "name": "Hero 'Denk na voor je deelt': vraag als kop",
        "slot": "hero-denk-na-voor-je-deelt",
        "hypothesis": "Een concrete vraag als kop (wie kan de foto zien?) laat meer ouders de checklist "
        "openen dan de algemene vraag of delen nog veilig is, omdat ze hem meteen op hun eigen foto's toepassen.",
        "weights": "50/50",
        "primary_goal": "cta",
        "secondary_goals": ["page"],
        "goal_page": "guidance:voordat-je-een-foto-van-je-kind-deelt",
        "baseline_rate": 8.0,
        "minimum_detectable_effect": 3.0,
        "running": True,
    },
]
