"""Alerts and publications: subscriptions, the outbox, delivery through apprise, quarterly reports."""
