"""Whether a beacon may be counted under the limit per sender, and the count of those that may not.

Every beacon asks this once it would otherwise count (reach/api.py here, messaging/api.py and
messaging/guardrail_api.py for the A/B tests): within the limit it counts as always; over it, the
beacon is still answered 204 and only the day's number of refused beacons of its kind goes up
(RefusedBeaconCount), so the dashboard can say how many were left out. The limit itself and why it
keeps nothing about the sender: core/sender_limit.py.
"""

from core.sender_limit import within_limit

from .models import RefusedBeaconCount


def may_count(request, kind):
    """True to count this beacon; False (and +1 refused of ``kind``) when its sender is over the limit."""
    if within_limit(request):
        return True
    RefusedBeaconCount.add_one(kind)
    return False
