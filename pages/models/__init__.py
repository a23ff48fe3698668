from .base import TranslatedPageMixin
from .campaigns import CampaignIndexPage, CampaignPage
from .guidance import GuidanceIndexPage, GuidancePage
from .help import HelpPage, HelpService
from .hubs import AudienceHubPage
from .images import SiteImage, SiteRendition
from .modules import AudienceModule, CampaignModule, GuidanceModule
from .standard import StandardPage
from .topics import Topic

__all__ = [
    "AudienceHubPage",
    "AudienceModule",
    "CampaignModule",
    "GuidanceModule",
    "HelpPage",
    "HelpService",
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
