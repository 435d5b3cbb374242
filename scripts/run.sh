#!/usr/bin/env bash
# Runs the bot locally and Microsoft's Agents Playground (a local Teams client) in front of it.
# Usage: ./scripts/run.sh      (from anywhere; Ctrl-C stops both)
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

BOT_PORT=3978          # the bot's default (src/SocialRiskBot/Hosting/HostDefaults.cs)
PLAYGROUND_PORT=56150  # the Playground's default
DATA_DIR="$REPO_ROOT/.data"

trap stop_background EXIT
# Turn Ctrl-C and TERM into a normal exit so that the EXIT trap stops the children.
trap 'printf "\nStopping...\n"; exit 130' INT
trap 'exit 143' TERM

section "Checking prerequisites"
require_command dotnet "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
require_command node "Install Node.js 20 (the version the Node tools here are pinned for; newer works too)."
require_command npm "Install Node.js 20 (npm comes with it)."
require_command setsid "Install util-linux."
# Fail before building anything if something else holds our ports (often a previous run.sh).
if port_in_use "$BOT_PORT"; then
    die "Port $BOT_PORT is already in use (another copy of the bot?). Stop that process and try again."
fi
if port_in_use "$PLAYGROUND_PORT"; then
    die "Port $PLAYGROUND_PORT is already in use (another Agents Playground?). Stop that process and try again."
fi
ensure_node_modules

section "Starting the bot on http://localhost:$BOT_PORT (Development)"
info "The first run restores and builds the solution: this can take a minute or two."
# The bot's own output stays on this terminal: it is what a developer wants to watch.
# Its data goes to .data/ at the repository root (dotnet run would put relative paths under src/SocialRiskBot).
start_background - "$REPO_ROOT" env ASPNETCORE_ENVIRONMENT=Development \
    Storage__Sqlite__Path="$DATA_DIR/socialriskbot.db" Storage__Blobs__Root="$DATA_DIR/blobs" \
    dotnet run --project src/SocialRiskBot
BOT_PID=$LAST_PID
wait_http_ok "http://localhost:$BOT_PORT/healthz" "$BOT_PID" 600 "The bot"
info "The bot is up: http://localhost:$BOT_PORT/healthz answers 200."

section "Starting the Microsoft 365 Agents Playground on port $PLAYGROUND_PORT"
mkdir -p "$DATA_DIR/playground"
PLAYGROUND_LOG="$DATA_DIR/playground/playground.log"
# Its own devTools/ logs go to .data/playground (ignored by git), not to the repository root.
start_playground "$PLAYGROUND_LOG" "$DATA_DIR/playground" "$PLAYGROUND_PORT" \
    "http://127.0.0.1:$BOT_PORT/api/messages"
PLAYGROUND_PID=$LAST_PID
wait_http_ok "http://localhost:$PLAYGROUND_PORT/" "$PLAYGROUND_PID" 60 \
    "The Agents Playground (log: $PLAYGROUND_LOG and $DATA_DIR/playground/devTools)" \
    playground_errors "$DATA_DIR/playground"

cat <<EOF

  ============================================================
    Open http://localhost:$PLAYGROUND_PORT in your browser
  ============================================================
  You are "Alex Wilber" in Personal Chat with the bot; under Teams Channel is
  the team "Social Media Risk" (tests/e2e/m365agentsplayground.yml). The
  personal chat keeps its id across starts, as in Teams, so the welcome card
  comes the first time only (delete .data/ to see it again). Type "help" to
  see what the bot can do, "settings" to choose your department.
  Playground log: $PLAYGROUND_LOG
  Press Ctrl-C to stop the bot and the Playground.

EOF

# Stay until Ctrl-C, or until either process ends on its own (then stop the other one too).
set +e
wait -n "$BOT_PID" "$PLAYGROUND_PID"
status=$?
set -e
if ! kill -0 "$BOT_PID" 2>/dev/null; then
    die "The bot stopped (exit status $status); stopping the Playground."
fi
die "The Agents Playground stopped (exit status $status; log: $PLAYGROUND_LOG); stopping the bot."
