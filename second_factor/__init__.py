"""A second factor for every editor: allauth's sign-in (password, then a code), enforced on the admin."""
