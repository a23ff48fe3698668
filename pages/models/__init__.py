from .base import TranslatedPageMixin
from .campaigns import CampaignIndexPage, CampaignPage
from .guidance import GuidanceIndexPage, GuidancePage
from .images import SiteImage, SiteRendition
from .standard import StandardPage
from .topics import Topic

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "Topic",
    "TranslatedPageMixin",
]
