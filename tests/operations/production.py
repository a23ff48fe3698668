"""The environment the production settings need, for tests that start them in a fresh process."""

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "campaign.settings.production",
    "SECRET_KEY": "k9-test-only-Qm3v8Zr1xW7pL2sT5yB0nH4jF6dC9gA-e1uR8oI3",
    "ALLOWED_HOSTS": "example.org",
    "DATABASE_URL": "sqlite:////tmp/veilig-in-beeld-unused.sqlite3",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "TRUSTED_PROXY_COUNT": "1",
}
