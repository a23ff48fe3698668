from .base import TranslatedPageMixin
from .campaigns import CampaignIndexPage, CampaignPage
from .documents import DocumentDownloadCount, SiteDocument
from .guidance import GuidanceIndexPage, GuidancePage
from .help import HelpPage, HelpService
from .hubs import AudienceHubPage
from .images import SiteImage, SiteRendition
from .lessons import LessonDownload, LessonIndexPage, LessonPage, LessonPhase
from .modules import AudienceModule, CampaignModule, GuidanceModule
from .offline import ImagesOfflinePage
from .platforms import Platform
from .prevention import BystanderPage, SelfHelpPage
from .standard import StandardPage
from .topics import Topic
from .warning import PartnerWarningPage, WarningPartner

__all__ = [
    "AudienceHubPage",
    "AudienceModule",
    "BystanderPage",
    "CampaignModule",
    "GuidanceModule",
    "HelpPage",
    "HelpService",
    "ImagesOfflinePage",
    "CampaignIndexPage",
    "DocumentDownloadCount",
    "LessonDownload",
    "LessonIndexPage",
    "LessonPage",
    "LessonPhase",
    "PartnerWarningPage",
    "Platform",
    "SelfHelpPage",
    "SiteDocument",
    "CampaignPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "Topic",
    "TranslatedPageMixin",
    "WarningPartner",
]
