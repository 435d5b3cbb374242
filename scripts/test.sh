#!/usr/bin/env bash
# The one test command (CI runs it through .ci/run): installs what it needs, builds once, then runs every
# part even when an earlier one failed:
#   1. dotnet test of each test assembly (unit and conversation tests; integration tests);
#   2. the date sweep: the unit and conversation tests again, under faketime, at dates far from today;
#   3. the deployment files: Bicep build and lint, the Agents Toolkit project;
#   4. the end-to-end test in Microsoft's Agents Playground with headless Chromium.
# It ends with one block naming each part with its counts and PASSED/FAILED, and exits non-zero if any failed.
# Usage: ./scripts/test.sh      (from anywhere)
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

# Everything runs from this one Debug build.
BOT_CONFIGURATION=Debug
BOT_DLL="src/SocialRiskBot/bin/$BOT_CONFIGURATION/net10.0/SocialRiskBot.dll"
MANIFEST_DLL="tools/manifest/bin/$BOT_CONFIGURATION/net10.0/SocialRiskBot.Manifest.dll"
UNIT_TESTS=tests/SocialRiskBot.Tests
# Dates far from any day the pass runs on: the clock starts there and runs on, so the first one crosses a
# leap-day midnight into March during the run. The second is 400 days after today.
SWEEP_DATES=("2028-02-29 23:59:30" "$(date -u -d '+400 days' '+%Y-%m-%d %H:%M:%S')")

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/socialriskbot-test.XXXXXX")"
E2E_DIR=""
E2E_OK=false
cleanup() {
    stop_background
    # A failed end-to-end run keeps its folder to look at.
    [[ -z "$E2E_DIR" || "$E2E_OK" != true ]] || rm -rf "$E2E_DIR"
    rm -rf "$WORK_DIR"
}

# Why the end-to-end part failed: the bot's and the Playground's logs.
show_e2e_logs() {
    printf '\n----- bot log (%s) -----\n' "$E2E_DIR/bot.log"
    cat "$E2E_DIR/bot.log" 2>/dev/null || true
    printf '\n----- Agents Playground log (%s) -----\n' "$E2E_DIR/playground.log"
    cat "$E2E_DIR/playground.log" 2>/dev/null || true
    playground_errors "$E2E_DIR/playground"
    printf '\nThe Playground'"'"'s request logs are in %s/playground/devTools.\n' "$E2E_DIR"
    printf 'Everything from this e2e run is kept in %s\n' "$E2E_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One row per part: name, PASSED/FAILED, passed, failed, skipped, and a note.
PART_NAMES=()
PART_RESULTS=()
PART_COUNTS=()
PART_NOTES=()
record() {
    PART_NAMES+=("$1")
    PART_RESULTS+=("$2")
    PART_COUNTS+=("$3 $4 $5")
    PART_NOTES+=("${6:-}")
}

# The result line of each assembly in a dotnet test log ("Passed!  - Failed: 0, Passed: 168, Skipped: 0,
# Total: 168, Duration: 1 m - X.dll (net10.0)"): prints "failed passed skipped" for ASSEMBLY, or nothing.
assembly_counts() {
    awk -v dll="$2.dll" 'index($0, dll) && match($0, /Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+/) {
             counts = substr($0, RSTART, RLENGTH); gsub(/[^0-9,]/, "", counts); split(counts, n, ",")
             print n[1], n[2], n[3]; exit
         }' "$1"
}

# record_assembly PART LOG ASSEMBLY STATUS [NOTE]: a part that ran dotnet test on one assembly. It fails when
# dotnet test did, when a test failed, or when the assembly printed no result line (its test host crashed).
record_assembly() {
    local part=$1 log=$2 assembly=$3 status=$4 note=${5:-} failed passed skipped
    read -r failed passed skipped <<<"$(assembly_counts "$log" "$assembly")" || true
    if [[ -z "${failed:-}" ]]; then
        record "$part" FAILED 0 0 0 "no result from $assembly${note:+; $note}"
    elif ((status != 0 || failed > 0)); then
        record "$part" FAILED "$passed" "$failed" "$skipped" "$note"
    else
        record "$part" PASSED "$passed" "$failed" "$skipped" "$note"
    fi
}

section "Prerequisites"
require_command dotnet "Install the .NET 10 SDK."
require_command node "Install Node.js 20 (the version the Node tools here are pinned for; newer works too)."
require_command npm "Install Node.js 20 (npm comes with it)."
require_command setsid "Install util-linux."
info "dotnet $(dotnet --version), node $(node --version), npm $(npm --version)"
ensure_node_modules
ensure_debian_packages chromium:/usr/bin/chromium faketime:/usr/bin/faketime
info "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present); faketime: $(command -v faketime)"

section "Build (dotnet build SocialRiskBot.sln, $BOT_CONFIGURATION)"
BUILD_OK=true
dotnet build SocialRiskBot.sln -c "$BOT_CONFIGURATION" --nologo -v quiet || BUILD_OK=false
[[ -f "$BOT_DLL" ]] || BUILD_OK=false
if [[ "$BUILD_OK" == true ]]; then
    record "build" PASSED 0 0 0
else
    record "build" FAILED 0 0 0 "nothing else could run"
fi

# run_parallel NAME LOG COMMAND... : starts a test run in the background, its output in LOG; wait_parallel
# then waits for all of them, shows each log in turn and leaves each exit status in PARALLEL_STATUS.
PARALLEL_PIDS=()
PARALLEL_LOGS=()
PARALLEL_STATUS=()
run_parallel() {
    local name=$1 log=$2
    shift 2
    info "started: $name"
    "$@" >"$log" 2>&1 &
    PARALLEL_PIDS+=($!)
    PARALLEL_LOGS+=("$log")
}
wait_parallel() {
    local i status
    PARALLEL_STATUS=()
    for i in "${!PARALLEL_PIDS[@]}"; do
        status=0
        wait "${PARALLEL_PIDS[$i]}" || status=$?
        PARALLEL_STATUS+=("$status")
        printf '\n----- %s (exit status %d) -----\n' "${PARALLEL_LOGS[$i]##*/}" "$status"
        cat "${PARALLEL_LOGS[$i]}"
    done
    PARALLEL_PIDS=()
    PARALLEL_LOGS=()
}

if [[ "$BUILD_OK" == true ]]; then
    # The test assemblies run side by side, each in a dotnet test of its own (so each has its own result).
    section "dotnet test, one run per test assembly"
    ASSEMBLIES=()
    for project in tests/*/*.csproj; do
        ASSEMBLIES+=("$(basename "$project" .csproj)")
        run_parallel "dotnet test $project" "$WORK_DIR/${ASSEMBLIES[-1]}.log" \
            dotnet test "$project" -c "$BOT_CONFIGURATION" --no-build --nologo
    done
    wait_parallel
    for i in "${!ASSEMBLIES[@]}"; do
        record_assembly "dotnet test ${ASSEMBLIES[$i]}" "$WORK_DIR/${ASSEMBLIES[$i]}.log" "${ASSEMBLIES[$i]}" "${PARALLEL_STATUS[$i]}"
    done

    # The unit and conversation tests again, with the machine's clock moved (faketime), both dates at once.
    section "Date sweep: $UNIT_TESTS under faketime, the clock starting at $(printf "'%s' " "${SWEEP_DATES[@]}")"
    for i in "${!SWEEP_DATES[@]}"; do
        run_parallel "faketime '${SWEEP_DATES[$i]}'" "$WORK_DIR/sweep-$i.log" \
            faketime "${SWEEP_DATES[$i]}" dotnet test "$UNIT_TESTS" -c "$BOT_CONFIGURATION" --no-build --nologo \
            --results-directory "$WORK_DIR/sweep-$i" --logger "trx;LogFileName=sweep.trx"
    done
    wait_parallel
    for i in "${!SWEEP_DATES[@]}"; do
        when="${SWEEP_DATES[$i]}"
        # Proof that the tests saw the fake date: the test host stamps each result with its own clock, and
        # the run may cross midnight.
        seen="$(grep -o -m1 'startTime="[0-9-]*' "$WORK_DIR/sweep-$i/sweep.trx" 2>/dev/null | cut -d'"' -f2 || true)"
        if [[ "$seen" == "${when%% *}" || "$seen" == "$(date -u -d "${when%% *} + 1 day" +%F)" ]]; then
            record_assembly "date sweep $when" "$WORK_DIR/sweep-$i.log" "$(basename "$UNIT_TESTS")" "${PARALLEL_STATUS[$i]}" "ran on $seen"
        else
            record "date sweep $when" FAILED 0 0 0 "the tests did not run on the fake date (saw '${seen:-nothing}')"
        fi
    done

    # The infrastructure and the Teams project: Bicep build and lint (zero warnings), the Agents Toolkit project
    # against the toolkit's schema and CLI, as far as they run offline.
    section "Deployment files: Bicep build and lint, Agents Toolkit project (scripts/lib/infra-check.sh)"
    status=0
    SRB_MANIFEST_DLL="$MANIFEST_DLL" ./scripts/lib/infra-check.sh 2>&1 | tee "$WORK_DIR/infra.log" || status=$?
    infra_counts="$(sed -nE 's/^infra-check: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$WORK_DIR/infra.log")"
    read -r infra_passed infra_failed <<<"${infra_counts:-0 1}"
    if ((status == 0 && infra_failed == 0)) && [[ -n "$infra_counts" ]]; then
        record "deployment files" PASSED "$infra_passed" 0 0
    else
        record "deployment files" FAILED "$infra_passed" "$infra_failed" 0 "see the section above"
    fi

    section "End-to-end: the bot in the Microsoft 365 Agents Playground (headless Chromium)"
    e2e_started=$SECONDS
    E2E_DIR="$(mktemp -d "${TMPDIR:-/tmp}/socialriskbot-e2e.XXXXXX")"
    # In a subshell, so that a failure (die) ends this part only; its background processes are stopped here.
    status=0
    (
        trap stop_background EXIT
        mkdir -p "$E2E_DIR/playground"
        BOT_PORT="$(free_port)"
        PLAYGROUND_PORT="$(free_port)"
        info "bot on 127.0.0.1:$BOT_PORT, Playground on 127.0.0.1:$PLAYGROUND_PORT, files in $E2E_DIR"

        # Fresh storage in the temporary folder, so that the bot has never welcomed this user. No app id:
        # local development mode accepts the Playground's unsigned requests.
        start_background "$E2E_DIR/bot.log" "$REPO_ROOT" env \
            ASPNETCORE_ENVIRONMENT=Development \
            Storage__Sqlite__Path="$E2E_DIR/bot.db" \
            Storage__Blobs__Root="$E2E_DIR/blobs" \
            dotnet "$BOT_DLL" --urls "http://127.0.0.1:$BOT_PORT"
        wait_http_ok "http://127.0.0.1:$BOT_PORT/healthz" "$LAST_PID" 60 "The bot (log below)"
        info "bot: /healthz answers 200"

        # The Playground runs in the temporary folder: it writes devTools/ logs into its working directory.
        # Its tenant (Alex Wilber, team "Social Media Risk") comes from tests/e2e/m365agentsplayground.yml.
        start_playground "$E2E_DIR/playground.log" "$E2E_DIR/playground" "$PLAYGROUND_PORT" \
            "http://127.0.0.1:$BOT_PORT/api/messages"
        wait_http_ok "http://127.0.0.1:$PLAYGROUND_PORT/" "$LAST_PID" 60 "The Agents Playground (log below)"
        info "Playground: UI answers 200"

        PLAYGROUND_URL="http://localhost:$PLAYGROUND_PORT" E2E_ARTIFACTS="$E2E_DIR" CHROMIUM_PATH=/usr/bin/chromium \
            node tests/e2e/playground.e2e.mjs 2>&1 | tee "$E2E_DIR/e2e.log"
    ) || status=$?
    e2e_counts="$(sed -nE 's/^e2e: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$E2E_DIR/e2e.log" 2>/dev/null || true)"
    read -r e2e_passed e2e_failed <<<"${e2e_counts:-0 0}"
    note="$((SECONDS - e2e_started)) s with bot and Playground start-up"
    if ((status == 0)) && [[ -n "$e2e_counts" ]] && ((e2e_failed == 0)); then
        E2E_OK=true
        record "end-to-end" PASSED "$e2e_passed" 0 0 "$note"
    else
        show_e2e_logs
        record "end-to-end" FAILED "$e2e_passed" "$((e2e_failed > 0 ? e2e_failed : 1))" 0 "$note; logs above, kept in $E2E_DIR"
    fi
else
    record "dotnet test" FAILED 0 0 0 "not run: the build failed"
    record "date sweep" FAILED 0 0 0 "not run: the build failed"
    record "deployment files" FAILED 0 0 0 "not run: the build failed"
    record "end-to-end" FAILED 0 0 0 "not run: the build failed"
fi

# One closing block: every part with its counts, then the line CI's log reader takes ("N passed, N failed").
# The total counts every test run, so the date sweep's runs of the unit tests count again.
any_failed=false
total_passed=0 total_failed=0 total_skipped=0
for i in "${!PART_NAMES[@]}"; do
    read -r passed failed skipped <<<"${PART_COUNTS[$i]}"
    total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed)) total_skipped=$((total_skipped + skipped))
    [[ "${PART_RESULTS[$i]}" == PASSED ]] || any_failed=true
done
if [[ "$any_failed" == true ]]; then section "FAILED"; else section "All tests passed"; fi
for i in "${!PART_NAMES[@]}"; do
    read -r passed failed skipped <<<"${PART_COUNTS[$i]}"
    if [[ "${PART_NAMES[$i]}" == build ]]; then
        printf '  %-6s  %-52s %s\n' "${PART_RESULTS[$i]}" "${PART_NAMES[$i]}" "${PART_NOTES[$i]}"
    else
        printf '  %-6s  %-52s %5d passed, %d failed, %d skipped%s\n' "${PART_RESULTS[$i]}" "${PART_NAMES[$i]}" \
            "$passed" "$failed" "$skipped" "${PART_NOTES[$i]:+  (${PART_NOTES[$i]})}"
    fi
done
if [[ "$any_failed" == true && "$total_failed" -eq 0 ]]; then
    total_failed=1 # a part that failed without a failing test (a build error, a crash) still fails the pass
fi
echo "total: $total_passed passed, $total_failed failed, $total_skipped skipped"
[[ "$any_failed" == false ]]
