#!/usr/bin/env python3
"""Reads an OpenMetrics 1.0.0 exposition on standard input and parses it with the strict parser of
the Prometheus Python client (Debian's python3-prometheus-client), an implementation independent
of ours. Exits 1 with the parser's complaint when it is not valid; prints the families otherwise.
"""
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families

text = sys.stdin.read()
try:
    families = list(text_string_to_metric_families(text))
except Exception as error:  # the parser raises ValueError and others for invalid input
    sys.exit(f"not valid OpenMetrics: {error}")
for family in families:
    print(family.name, family.type, family.unit, len(family.samples))
