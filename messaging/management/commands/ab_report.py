"""python manage.py ab_report <slug> [--json]: an experiment's numbers, as on its results page."""

import json

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
            "--language", choices=["nl", "en"], default="en", help="language of the verdicts and alerts in words"
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
        self.stdout.write(result["verdict_text"])
        self.stdout.write(f"Planned per variant: {result['planned_per_arm']}")
        self.stdout.write(
            f"{'variant':<8}{'seen':>8}{'goal':>8}{'rate':>9}{'95% interval':>20}{'p':>9}{'beats ctrl':>12}"
        )
        for v in result["variants"]:
            p = "-" if v["p_value"] is None else f"{v['p_value']:.4f}"
            chance = "-" if v["chance_to_beat_control"] is None else f"{100 * v['chance_to_beat_control']:.1f}%"
            interval = f"{100 * v['ci_low']:.1f}-{100 * v['ci_high']:.1f}%"
            self.stdout.write(
                f"{v['key'].upper():<8}{v['exposures']:>8}{v['conversions']:>8}{100 * v['rate']:>8.1f}%"
                f"{interval:>20}{p:>9}{chance:>12}"
            )
        self.stdout.write("")
        self.stdout.write(result["anytime"]["rule"])
        self.stdout.write(result["anytime"]["text"])
        self.stdout.write(
            f"{'variant':<8}{'difference':>12}{'interval, any time':>22}{'p, any time':>13}{'p, planned':>12}"
        )
        for v in result["variants"][1:]:
            planned_p = "-" if v["p_value"] is None or not result["sample_reached"] else f"{v['p_value']:.4f}"
            interval = f"{100 * v['anytime_diff_low']:+.1f} to {100 * v['anytime_diff_high']:+.1f}"
            self.stdout.write(
                f"{v['key'].upper():<8}{100 * v['difference']:>+9.1f} pt{interval:>22}"
                f"{v['anytime_p_value']:>13.4f}{planned_p:>12}"
            )
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
