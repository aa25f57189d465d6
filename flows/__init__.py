"""Prefect flows, the `vigia` command line and the demo: thin layers over the domain steps."""
