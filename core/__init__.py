"""What every app of the site stands on: the request's state, the caches, headers, the edge, health,
counting and the site's languages. It imports no other app of the project (pyproject.toml's
import-linter contracts check it); the apps build on it."""
