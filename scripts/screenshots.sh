#!/usr/bin/env bash
# Pictures of every card at a phone's size, for a reviewer to look at. Nothing here is committed.
#
#   ./scripts/screenshots.sh [OUT_DIR]      (default: a new folder under ${TMPDIR:-/tmp}; it prints where)
#
# 1. playground/: the end-to-end journeys walked in the Agents Playground at 390x844, as a Teams user sees
#    them: each card the journeys wait for (cards/NN-*.png, in the order they came) and the page at each
#    named step (*.png). The Playground has one, light, theme.
# 2. themes/<theme>/<card>.png: every template of cards/ with its sample data, rendered by the official
#    Adaptive Cards renderer 358 px wide in the Playground's colours and in Teams' light, dark and
#    high-contrast colours; it lists any text below its contrast minimum (scripts/lib/card-themes.mjs).
#
# Builds the solution (Debug) first, and starts its own bot (fresh storage) and Playground on free ports.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

OUT="${1:-$(mktemp -d "${TMPDIR:-/tmp}/socialriskbot-screenshots.XXXXXX")}"
mkdir -p "$OUT/playground" "$OUT/themes"
OUT="$(cd "$OUT" && pwd)"
case "$OUT/" in
    "$REPO_ROOT"/*) die "Write the screenshots outside the repository (got $OUT)." ;;
esac
RUN="$(mktemp -d "${TMPDIR:-/tmp}/socialriskbot-screenshots-run.XXXXXX")"
trap 'stop_background; rm -rf "$RUN"' EXIT

require_command dotnet "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
require_command node "Install Node.js 20."
[[ -d node_modules/@microsoft/m365agentsplayground && -d node_modules/adaptivecards ]] ||
    die "The Node tools are missing: run npm ci (or ./scripts/test.sh once) first."

section "Building (Debug)"
dotnet build SocialRiskBot.sln -c Debug --nologo -v quiet

section "Every card in four themes"
themes_status=0
node scripts/lib/card-themes.mjs "$OUT/themes" || themes_status=$?

section "The journeys in the Agents Playground at 390x844"
BOT_PORT="$(free_port)"
PLAYGROUND_PORT="$(free_port)"
mkdir -p "$RUN/playground"
start_background "$RUN/bot.log" "$REPO_ROOT" env ASPNETCORE_ENVIRONMENT=Development \
    Storage__Sqlite__Path="$RUN/bot.db" Storage__Blobs__Root="$RUN/blobs" \
    dotnet src/SocialRiskBot/bin/Debug/net10.0/SocialRiskBot.dll --urls "http://127.0.0.1:$BOT_PORT"
wait_http_ok "http://127.0.0.1:$BOT_PORT/healthz" "$LAST_PID" 60 "bot"
start_playground "$RUN/playground.log" "$RUN/playground" "$PLAYGROUND_PORT" "http://127.0.0.1:$BOT_PORT/api/messages"
wait_http_ok "http://127.0.0.1:$PLAYGROUND_PORT/" "$LAST_PID" 60 "Agents Playground"
journeys_status=0
PLAYGROUND_URL="http://localhost:$PLAYGROUND_PORT" E2E_ARTIFACTS="$OUT/playground" E2E_SCREENSHOTS=1 \
    CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}" node tests/e2e/playground.e2e.mjs || journeys_status=$?
rm -rf "$OUT/playground/chromium-profile"

section "Screenshots"
info "Cards as the Playground shows them: $OUT/playground/cards"
info "Every card by theme:               $OUT/themes/{playground,light,dark,contrast}"
[[ $themes_status -eq 0 ]] || info "Some text is below its contrast minimum (listed above)."
[[ $journeys_status -eq 0 ]] || info "A journey failed: its pictures stop there (see $OUT/playground/failure.png)."
echo "$OUT"
