"""Parses OpenMetrics text from stdin with prometheus_client's parsers and prints the
samples as JSON lines: {"name": ..., "labels": {...}, "value": ...}.

Both parsers must accept the text: the strict OpenMetrics one (what Prometheus scrapes
with `application/openmetrics-text`) and the classic text-format one (closest to what
node-exporter's textfile collector reads). Exits non-zero with the parser's message if
either refuses it. Used by tests/funnel.rs; the venv comes from
packaging/dev/openmetrics-venv.sh.
"""
import json
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families as om
from prometheus_client.parser import text_string_to_metric_families as classic

text = sys.stdin.read()
try:
    families = list(om(text))
    # The classic format has no "# EOF" line: it is a comment there.
    classic_families = list(classic(text))
except Exception as error:  # noqa: BLE001 - any refusal is the answer
    print(f"refused: {error}", file=sys.stderr)
    sys.exit(1)
if not families or not classic_families:
    print("refused: no metric families", file=sys.stderr)
    sys.exit(1)
for family in families:
    for sample in family.samples:
        print(json.dumps({
            "family": family.name,
            "type": family.type,
            "name": sample.name,
            "labels": sample.labels,
            "value": sample.value,
        }, sort_keys=True))
