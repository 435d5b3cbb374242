#!/usr/bin/env bash
# The one test command (CI runs it through .ci/run): installs what it needs, runs every .NET test,
# then the end-to-end test in Microsoft's Agents Playground with headless Chromium.
# Usage: ./scripts/test.sh      (from anywhere)
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

# The e2e test reuses the Debug build that dotnet test has just made.
BOT_CONFIGURATION=Debug
BOT_DLL="src/SocialRiskBot/bin/$BOT_CONFIGURATION/net10.0/SocialRiskBot.dll"

DOTNET_TEST_LOG="$(mktemp "${TMPDIR:-/tmp}/socialriskbot-dotnet-test.XXXXXX")"
E2E_DIR=""
E2E_OK=false
cleanup() {
    stop_background # first, so that their logs are complete
    rm -f "$DOTNET_TEST_LOG"
    if [[ -n "$E2E_DIR" && "$E2E_OK" == true ]]; then
        rm -rf "$E2E_DIR"
    elif [[ -n "$E2E_DIR" ]]; then
        # The e2e part failed (or was interrupted): show why, and keep the folder to look at.
        printf '\n----- bot log (%s) -----\n' "$E2E_DIR/bot.log"
        cat "$E2E_DIR/bot.log" 2>/dev/null || true
        printf '\n----- Agents Playground log (%s) -----\n' "$E2E_DIR/playground.log"
        cat "$E2E_DIR/playground.log" 2>/dev/null || true
        playground_errors "$E2E_DIR/playground"
        printf '\nThe Playground'"'"'s request logs are in %s/playground/devTools.\n' "$E2E_DIR"
        printf 'Everything from this e2e run is kept in %s\n' "$E2E_DIR"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

section "Prerequisites"
require_command dotnet "Install the .NET 10 SDK."
require_command node "Install Node.js 20 or newer."
require_command npm "Install Node.js 20 or newer (npm comes with it)."
require_command setsid "Install util-linux."
info "dotnet $(dotnet --version), node $(node --version), npm $(npm --version)"
ensure_node_modules
ensure_chromium

section "dotnet test SocialRiskBot.sln"
dotnet test SocialRiskBot.sln 2>&1 | tee "$DOTNET_TEST_LOG"

section "End-to-end: the bot in the Microsoft 365 Agents Playground (headless Chromium)"
e2e_started=$SECONDS
# No-op when dotnet test has built it; makes sure the app itself is built even if no test references it.
dotnet build src/SocialRiskBot -c "$BOT_CONFIGURATION" --nologo -v quiet
[[ -f "$BOT_DLL" ]] || die "The build did not produce $BOT_DLL."

E2E_DIR="$(mktemp -d "${TMPDIR:-/tmp}/socialriskbot-e2e.XXXXXX")"
mkdir -p "$E2E_DIR/playground"
BOT_PORT="$(free_port)"
PLAYGROUND_PORT="$(free_port)"
info "bot on 127.0.0.1:$BOT_PORT, Playground on :$PLAYGROUND_PORT, files in $E2E_DIR"

# Fresh storage in the temporary folder, so that the bot has never welcomed this user. No app id:
# local development mode accepts the Playground's unsigned requests.
start_background "$E2E_DIR/bot.log" "$REPO_ROOT" env \
    ASPNETCORE_ENVIRONMENT=Development \
    Storage__Sqlite__Path="$E2E_DIR/bot.db" \
    Storage__Blobs__Root="$E2E_DIR/blobs" \
    dotnet "$BOT_DLL" --urls "http://127.0.0.1:$BOT_PORT"
BOT_PID=$LAST_PID
wait_http_ok "http://127.0.0.1:$BOT_PORT/healthz" "$BOT_PID" 60 "The bot (log below)"
info "bot: /healthz answers 200"

# The Playground runs in the temporary folder: it writes devTools/ logs into its working directory. Its
# tenant (Alex Wilber, team "Social Media Risk") comes from tests/e2e/m365agentsplayground.yml.
start_playground "$E2E_DIR/playground.log" "$E2E_DIR/playground" "$PLAYGROUND_PORT" \
    "http://127.0.0.1:$BOT_PORT/api/messages"
PLAYGROUND_PID=$LAST_PID
wait_http_ok "http://127.0.0.1:$PLAYGROUND_PORT/" "$PLAYGROUND_PID" 60 "The Agents Playground (log below)"
info "Playground: UI answers 200"

PLAYGROUND_URL="http://localhost:$PLAYGROUND_PORT" E2E_ARTIFACTS="$E2E_DIR" CHROMIUM_PATH=/usr/bin/chromium \
    node tests/e2e/playground.e2e.mjs 2>&1 | tee "$E2E_DIR/e2e.log" ||
    die "The end-to-end test failed (the bot's and the Playground's logs follow)."
E2E_OK=true
info "End-to-end part took $((SECONDS - e2e_started)) s (build check, bot and Playground start-up, browser)."

# Sums the per-assembly lines of dotnet test ("Passed!  - Failed: 0, Passed: 168, Skipped: 0, ...").
# Prints "passed failed skipped", or nothing if the format is not found.
dotnet_counts() {
    awk 'match($0, /Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+/) {
             counts = substr($0, RSTART, RLENGTH); gsub(/[^0-9,]/, "", counts); split(counts, n, ",")
             failed += n[1]; passed += n[2]; skipped += n[3]; found = 1
         }
         END { if (found) print passed, failed, skipped }' "$1"
}

section "All tests passed"
# One closing line with every count, for people and for CI's log reader.
e2e_passed="$(sed -nE 's/^e2e: ([0-9]+) passed, 0 failed$/\1/p' "$E2E_DIR/e2e.log")"
read -r dotnet_passed dotnet_failed dotnet_skipped <<<"$(dotnet_counts "$DOTNET_TEST_LOG")" || true
if [[ -n "${dotnet_passed:-}" && -n "$e2e_passed" ]]; then
    echo "dotnet test: $dotnet_passed passed, $dotnet_failed failed, $dotnet_skipped skipped"
    echo "end-to-end: $e2e_passed passed, 0 failed"
    echo "total: $((dotnet_passed + e2e_passed)) passed, $dotnet_failed failed, $dotnet_skipped skipped"
fi
