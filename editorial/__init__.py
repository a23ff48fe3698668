"""Editor tools: plain-language (B1) check, translation status, review reminders, link checks,
accessibility hints."""
