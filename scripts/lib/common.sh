# shellcheck shell=bash
# Shared by scripts/run.sh and scripts/test.sh: output, installs on first use, ports, background processes.
# Sourced, not executed; the caller has already set -euo pipefail.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PLAYGROUND_CLI="$REPO_ROOT/node_modules/@microsoft/m365agentsplayground/cli.js"
# The Playground's mock tenant (user, chats, team and channels), the same for run.sh and the e2e test.
PLAYGROUND_CONFIG="$REPO_ROOT/tests/e2e/m365agentsplayground.yml"

section() { printf '\n===== %s =====\n' "$*"; }
info() { printf '  %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

require_command() {
    command -v "$1" >/dev/null 2>&1 || die "'$1' is not on PATH. $2"
}

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root and sudo is not installed."
    fi
}

# npm ci only when needed: it deletes node_modules first, so running it every time would cost ~40 s.
# npm writes node_modules/.package-lock.json on every install; a lock file newer than it means the
# dependencies changed since the last install.
ensure_node_modules() {
    local marker="$REPO_ROOT/node_modules/.package-lock.json"
    if [[ -f "$marker" && ! "$REPO_ROOT/package-lock.json" -nt "$marker" ]]; then
        info "Node tools: up to date (node_modules)"
        return 0
    fi
    info "Node tools: running npm ci (first use or package-lock.json changed)..."
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
}

# ensure_debian_packages PACKAGE:PATH...: installs with apt-get (one update, one install) those packages whose
# PATH is missing. Debian's chromium, because Playwright's own browser download cannot reach its CDN from
# here; faketime (libfaketime) for the test pass's date sweep.
ensure_debian_packages() {
    local item missing=()
    for item in "$@"; do
        [[ -x "${item#*:}" ]] || missing+=("${item%%:*}")
    done
    ((${#missing[@]} > 0)) || return 0
    info "Installing Debian's ${missing[*]} with apt-get (one time)..."
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    for item in "$@"; do
        [[ -x "${item#*:}" ]] || die "apt-get finished but ${item#*:} is still missing."
    done
}

# Node is always there (the Playground needs it) while curl or ss may not be on a fresh machine,
# so the small network probes below are Node one-liners.

# Exit status 0 when something already listens on the port. Binding the wildcard address conflicts
# with a listener on any address, including 127.0.0.1 only.
port_in_use() {
    node -e '
        const server = require("net").createServer();
        server.once("error", () => process.exit(0));
        server.listen(Number(process.argv[1]), () => server.close(() => process.exit(1)));
    ' "$1"
}

# Prints a port that is free right now (the kernel picks it).
free_port() {
    node -e '
        const server = require("net").createServer();
        server.listen(0, "127.0.0.1", () => { console.log(server.address().port); server.close(); });
    '
}

# Exit status 0 when GET url answers 200 within 2 s.
http_ok() {
    node -e '
        fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
            .then(r => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));
    ' "$1"
}

# wait_http_ok URL PID SECONDS WHAT [COMMAND...]: waits for URL to answer 200; fails early if PID exits.
# On failure it runs COMMAND first (to show why) when one is given.
wait_http_ok() {
    local url=$1 pid=$2 seconds=$3 what=$4
    shift 4
    local deadline=$((SECONDS + seconds)) status=0
    until http_ok "$url"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" || status=$?
            (($# == 0)) || "$@" >&2
            die "$what exited with status $status before $url answered."
        fi
        if ((SECONDS >= deadline)); then
            (($# == 0)) || "$@" >&2
            die "$what did not answer 200 on $url within ${seconds} s."
        fi
        sleep 0.5
    done
}

# Background processes, each in a session (and so a process group) of its own: killing the group also
# ends whatever it spawned (dotnet run starts the app as a child), and Ctrl-C in the terminal reaches
# only this script, which then stops them in order.
BACKGROUND_GROUPS=()

# start_background LOGFILE|- DIR COMMAND...: prints nothing, sets LAST_PID. "-" keeps the output on
# the terminal.
start_background() {
    local log=$1 dir=$2
    shift 2
    if [[ "$log" == "-" ]]; then
        (cd "$dir" && exec setsid "$@") </dev/null &
    else
        (cd "$dir" && exec setsid "$@") </dev/null >"$log" 2>&1 &
    fi
    # From a non-interactive script the subshell is not a group leader, so setsid does not fork:
    # the pid is also the id of the new process group.
    LAST_PID=$!
    BACKGROUND_GROUPS+=("$LAST_PID")
}

# Exit status 0 while a process of group PGID still runs. Zombies do not count: the group leader is our
# child and stays a zombie until we reap it, and `kill -0 -PGID` would still find it.
group_running() {
    local stat_file stat state _ppid pgrp
    for stat_file in /proc/[0-9]*/stat; do
        # A process may end between the glob and the read: skip it.
        { read -r stat <"$stat_file"; } 2>/dev/null || continue
        read -r state _ppid pgrp _ <<<"${stat##*) }"
        [[ "$pgrp" == "$1" && "$state" != Z ]] && return 0
    done
    return 1
}

# Stops every background group: TERM first (dotnet shuts down cleanly), KILL what is left after 10 s.
stop_background() {
    local pgid deadline
    ((${#BACKGROUND_GROUPS[@]} > 0)) || return 0
    for pgid in "${BACKGROUND_GROUPS[@]}"; do
        kill -TERM -- "-$pgid" 2>/dev/null || true
    done
    deadline=$((SECONDS + 10))
    for pgid in "${BACKGROUND_GROUPS[@]}"; do
        while group_running "$pgid" && ((SECONDS < deadline)); do
            sleep 0.2
        done
        kill -KILL -- "-$pgid" 2>/dev/null || true
        wait "$pgid" 2>/dev/null || true
    done
    BACKGROUND_GROUPS=()
}

# Environment that keeps the Agents Playground offline and quiet:
# --disable-telemetry alone still sends Application Insights heartbeats.
PLAYGROUND_ENV=(
    TEAMSAPPTESTER_BROWSER=none
    APPLICATION_INSIGHTS_NO_STATSBEAT=true
    'APPLICATIONINSIGHTS_CONFIGURATION_CONTENT={"enableAutoCollectHeartbeat":false,"disableStatsbeat":true}'
)

# start_playground LOGFILE|- DIR PORT BOT_ENDPOINT: node directly, never through npx (killing an npx
# wrapper leaves node holding the port). Its devTools/ logs land in DIR. It loads PLAYGROUND_CONFIG; a
# missing file would make it fall back silently to its built-in tenant, so that is an error here.
# It has no option for its listening address; loopback-only.cjs keeps it off every interface but loopback.
start_playground() {
    local log=$1 dir=$2 port=$3 endpoint=$4
    [[ -f "$PLAYGROUND_CONFIG" ]] || die "The Agents Playground's configuration $PLAYGROUND_CONFIG is missing."
    start_background "$log" "$dir" env "${PLAYGROUND_ENV[@]}" M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
        node --require "$REPO_ROOT/scripts/lib/loopback-only.cjs" "$PLAYGROUND_CLI" \
        -e "$endpoint" -c msteams --disable-telemetry -p "$port"
}

# playground_errors DIR: the error lines of the Playground's own log in DIR/devTools. It writes why it
# stopped there, not to its output (e.g. a configuration it refuses: "YAML path ...: must NOT have ...").
playground_errors() {
    local file="$1/devTools/m365agentsplayground.log"
    [[ -f "$file" ]] || return 0
    grep -E '^error ' "$file" | tail -n 20 || true
}
