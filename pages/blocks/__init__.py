"""StreamField blocks: page content (content.py), audience modules (modules.py), links (links.py)."""

from .content import *  # noqa: F401,F403
from .content import __all__ as _content_all
from .links import *  # noqa: F401,F403
from .links import __all__ as _links_all
from .modules import *  # noqa: F401,F403
from .modules import __all__ as _modules_all

__all__ = _content_all + _links_all + _modules_all
