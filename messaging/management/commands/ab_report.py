"""python manage.py ab_report <slug> [--json]: an experiment's verdict and numbers, as on its results page."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from messaging.models import Experiment
from messaging.results import experiment_results, report_json


class Command(BaseCommand):
    help = "Print an experiment's results (the same numbers as the admin results page)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the experiment's short name")
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
        parser.add_argument(
            "--language",
            # The languages the admin speaks: the verdicts' words are interface strings (locale/).
            choices=[code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES],
            default="en",
            help="language of the verdicts and alerts in words",
        )

    def handle(self, *args, slug, **options):
        with translation.override(options["language"]):
            self.report(slug, options)

    def report(self, slug, options):
        experiment = Experiment.objects.filter(slug=slug).select_related("slot").first()
        if experiment is None:
            known = ", ".join(Experiment.objects.values_list("slug", flat=True)) or "none"
            raise CommandError(f"No experiment with short name {slug!r}. Known: {known}.")
        try:
            result = experiment_results(experiment)
        except ValueError as problem:
            raise CommandError(f"The results of {slug!r} cannot be computed: {problem}") from None
        if options["json"]:
            self.stdout.write(json.dumps(report_json(result), indent=2))
            return
        self.stdout.write(f"{experiment.name} ({experiment.slug}) - {result['status']}")
        for sentence in result["words"].values():
            self.stdout.write(sentence)
        self.stdout.write(f"Planned per variant: {result['planned_per_arm']}")
        mean = result["measure"] == "mean_agreement"
        answers = result["measure"] != "rate"
        self.stdout.write(
            f"{'variant':<8}{'seen':>8}"
            + (f"{'answered':>16}" if answers else "")
            + f"{'goal':>8}{'mean' if mean else 'rate':>9}{'difference':>13}{'range, any time':>22}{'p':>9}"
        )
        for v in result["variants"]:
            if v["difference"] is None:
                difference, interval, p = "-", "-", "-"
            elif mean:
                difference = f"{v['difference']:+.2f}"
                interval = f"{v['anytime_diff_low']:+.2f} to {v['anytime_diff_high']:+.2f}"
                p = f"{v['anytime_p_value']:.4f}"
            else:
                difference = f"{100 * v['difference']:+.1f} pt"
                interval = f"{100 * v['anytime_diff_low']:+.1f} to {100 * v['anytime_diff_high']:+.1f}"
                p = f"{v['anytime_p_value']:.4f}"
            answered = ""
            if answers:
                rate = "-" if v["answer_rate"] is None else f"{100 * v['answer_rate']:.1f}%"
                answered = f"{v['answered']:>8} ({rate})".rjust(16)
            value = "-" if v["rate"] is None else (f"{v['rate']:.2f}" if mean else f"{100 * v['rate']:.1f}%")
            self.stdout.write(
                f"{v['key'].upper():<8}{v['exposures']:>8}{answered}{v['conversions']:>8}{value:>9}"
                f"{difference:>13}{interval:>22}{p:>9}"
            )
        if result["selection_text"]:
            self.stdout.write(self.style.WARNING(result["selection_text"]))
        self.stdout.write("")
        guardrails = result["guardrails"]
        self.stdout.write(_("Guardrails: quick exit and help"))
        self.stdout.write(f"{'variant':<8}{'seen':>8}{'quick exit':>16}{'p worse':>10}{'help':>16}{'p worse':>10}")
        for index, v in enumerate(result["variants"]):
            cells = ""
            for item in guardrails["guardrails"]:
                arm = item["arms"][index]
                share = f"{arm['events']} ({100 * arm['rate']:.1f}%)"
                p = "-" if arm["p_value"] is None else f"{arm['p_value']:.4f}"
                cells += f"{share:>16}{p:>10}"
            self.stdout.write(f"{v['key'].upper():<8}{v['exposures']:>8}{cells}")
        for alert in guardrails["alerts"]:
            self.stdout.write(self.style.WARNING(alert["text"]))
        if not guardrails["alerts"]:
            self.stdout.write(_("No guardrail alert."))
        if result["srm_warning"]:
            self.stdout.write(self.style.WARNING(f"Sample ratio mismatch: p = {result['srm_p_value']:.2g}"))
