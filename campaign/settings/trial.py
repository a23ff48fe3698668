"""The production settings plus the demo app: for loading the demo content on a trial site
(docs/deploy.md) and in the fault tests' set-up. The site itself is served with production.py."""

from .production import *  # noqa: F401,F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
