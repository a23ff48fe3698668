"""StreamField blocks: page content (content.py) and audience modules (modules.py)."""

from .content import *  # noqa: F401,F403
from .content import __all__ as _content_all
from .modules import *  # noqa: F401,F403
from .modules import __all__ as _modules_all

__all__ = _content_all + _modules_all
