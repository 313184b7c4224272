#!/usr/bin/env bash
# Runs schemathesis (`--checks all`) against the reference backend's own OpenAPI document.
# Installs schemathesis into a venv under target/, starts the reference server on a free
# loopback port with a fresh in-memory database, and stops it afterwards.
# Exit status: non-zero if schemathesis finds a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=target/schemathesis-venv
if [ ! -x "$VENV/bin/schemathesis" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet "schemathesis>=4,<5"
fi

# The API validates beyond what a schema can say (insurer check digits, password policy,
# email syntax, katakana names: 422), and tokens in schema-valid requests are random, so
# they are unknown (404), expired (410) or locked out (423). Those answers are correct for
# schema-valid data and are documented in the OpenAPI document.
CONFIG=target/schemathesis.toml
cat >"$CONFIG" <<'TOML'
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "401", "403", "404", "409", "410", "422", "423", "429"]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "410", "415", "422", "428", "429"]
TOML

cargo build --quiet -p kenpos-reference --example serve
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
OUT=$(mktemp)
target/debug/examples/serve --listen "127.0.0.1:$PORT" --issue-device-token --dev-endpoints --insecure-fast-hashing >"$OUT" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -f "$OUT"' EXIT

for _ in $(seq 1 100); do
    if [ -s "$OUT" ] && curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1; then break; fi
    sleep 0.1
done
TOKEN=$(head -n1 "$OUT")

# Run from target/ so schemathesis's cache directory stays out of the work tree.
cd target
"schemathesis-venv/bin/schemathesis" --config-file schemathesis.toml run "http://127.0.0.1:$PORT/openapi.json" \
    --checks all \
    --header "Authorization: Bearer $TOKEN" \
    --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-50}" \
    --seed "${SCHEMATHESIS_SEED:-1}" \
    "$@"
