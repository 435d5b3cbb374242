#!/usr/bin/env bash
# Offline checks of the deployment files: infra/ (Bicep), m365agents.yml and m365agents.local.yml, env/, and the
# Teams app package the toolkit uploads. Nothing here talks to Azure or Microsoft 365.
#   1. Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64, version in Directory.Packages.props):
#      `bicep build` and `bicep lint` of infra/main.bicep and its modules, with every linter rule of
#      infra/bicepconfig.json; any warning fails, like an error.
#   2. Microsoft 365 Agents Toolkit CLI (npm @microsoft/m365agentstoolkit-cli, installed on first use into a
#      cache folder, not into the repository: it cannot be a devDependency, see below):
#      - the two project files against the toolkit's own schema, their ${{VARIABLES}} and the files they name,
#        the parameters file against the compiled template, no secret in env/ (scripts/lib/infra-check.mjs);
#      - `atk validate --manifest-file` on the manifest that the manifest tool's `pack` fills with deployment-like values:
#        the toolkit's offline schema check of what `atk provision` uploads.
# Idempotent; safe on a fresh machine with the .NET SDK and Node (the first run downloads about 120 MB from
# NuGet and 450 MB from npm, cached for the next runs). Prints each check, then
# "infra-check: N passed, N failed", and exits non-zero if any check failed.
# Usage: scripts/lib/infra-check.sh     (from anywhere)
#   SRB_MANIFEST_DLL=path   the built manifest tool (tools/manifest) to pack with (default: its Debug build; built when missing)
#   SRB_TOOLS_CACHE    where the toolkit CLI is installed (default: ~/.cache/socialriskbot)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"

# The toolkit CLI: not a devDependency because its dependency keytar builds a native module against
# libsecret when installed, which fails on a machine without libsecret-1-dev (and npm ci with it).
# Installed with --ignore-scripts, keytar stays unbuilt; the commands used here never load it.
ATK_VERSION=1.1.17
ATK_PREFIX="${SRB_TOOLS_CACHE:-$HOME/.cache/socialriskbot}/m365agentstoolkit-cli-$ATK_VERSION"
ATK_PACKAGE="$ATK_PREFIX/node_modules/@microsoft/m365agentstoolkit-cli"
MANIFEST_DLL="${SRB_MANIFEST_DLL:-tools/manifest/bin/Debug/net10.0/SocialRiskBot.Manifest.dll}"

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/socialriskbot-infra.XXXXXX")"
trap 'rm -rf "$WORK_DIR"' EXIT

passed=0 failed=0
pass() { passed=$((passed + 1)); printf 'PASS %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; [[ -z "${2:-}" ]] || sed 's/^/  /' "$2"; }
finish() {
    echo "infra-check: $passed passed, $failed failed"
    if ((failed == 0)); then exit 0; else exit 1; fi
}

# --- 1. Bicep --------------------------------------------------------------------------------------------------
echo "== Bicep: build and lint infra/main.bicep (all rules in infra/bicepconfig.json; warnings fail)"
if dotnet restore infra/tools/BicepCli.csproj --nologo -v quiet >"$WORK_DIR/restore.log" 2>&1 &&
    BICEP="$(dotnet msbuild infra/tools/BicepCli.csproj -nologo -getProperty:BicepPath 2>"$WORK_DIR/msbuild.log")" &&
    [[ -f "$BICEP" ]]; then
    # NuGet extracts files without their execute bit on some machines.
    [[ -x "$BICEP" ]] || chmod +x "$BICEP"
    echo "   $("$BICEP" --version) ($BICEP)"
    pass "Bicep CLI restored from NuGet"
else
    cat "$WORK_DIR/restore.log" "$WORK_DIR/msbuild.log" >"$WORK_DIR/bicep-cli.log" 2>/dev/null || true
    fail "Bicep CLI restored from NuGet" "$WORK_DIR/bicep-cli.log"
    finish
fi

# bicep_clean NAME LOG COMMAND...: passes only when the command succeeds and prints no diagnostic at all.
bicep_clean() {
    local name=$1 log=$2 status=0
    shift 2
    "$@" >"$log" 2>&1 || status=$?
    if ((status == 0)) && ! grep -qE ': (Warning|Error|Info) ' "$log"; then
        pass "$name"
    else
        echo "exit status $status" >>"$log"
        fail "$name" "$log"
    fi
}
bicep_clean "bicep build infra/main.bicep: no error, no warning" "$WORK_DIR/build.log" \
    "$BICEP" build infra/main.bicep --outfile "$WORK_DIR/main.json"
bicep_clean "bicep lint infra/main.bicep and its modules: no error, no warning" "$WORK_DIR/lint.log" \
    "$BICEP" lint infra/main.bicep
[[ -f "$WORK_DIR/main.json" ]] || finish

# --- 2. Microsoft 365 Agents Toolkit ------------------------------------------------------------------------------
echo "== Microsoft 365 Agents Toolkit CLI $ATK_VERSION (offline checks)"
if [[ ! -f "$ATK_PACKAGE/package.json" ]]; then
    echo "   installing @microsoft/m365agentstoolkit-cli@$ATK_VERSION into $ATK_PREFIX (first use, about 2 minutes)"
    mkdir -p "$ATK_PREFIX"
    [[ -f "$ATK_PREFIX/package.json" ]] || echo '{ "private": true }' >"$ATK_PREFIX/package.json"
    if ! npm install --prefix "$ATK_PREFIX" --no-audit --no-fund --ignore-scripts --loglevel=error \
        "@microsoft/m365agentstoolkit-cli@$ATK_VERSION" >"$WORK_DIR/atk-install.log" 2>&1; then
        fail "toolkit CLI installed" "$WORK_DIR/atk-install.log"
        finish
    fi
fi
pass "toolkit CLI $(node -p "require('$ATK_PACKAGE/package.json').version") in $ATK_PREFIX"

status=0
node scripts/lib/infra-check.mjs "$WORK_DIR/main.json" "$ATK_PACKAGE" >"$WORK_DIR/files.log" 2>&1 || status=$?
sed -n 's/^/   /p' "$WORK_DIR/files.log"
files_counts="$(sed -nE 's/^infra-check\.mjs: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$WORK_DIR/files.log")"
if [[ -n "$files_counts" ]]; then
    read -r files_passed files_failed <<<"$files_counts"
    passed=$((passed + files_passed)) failed=$((failed + files_failed))
    ((status == 0 || files_failed > 0)) || fail "infra-check.mjs exited with $status" "$WORK_DIR/files.log"
else
    fail "infra-check.mjs ran" "$WORK_DIR/files.log"
fi

# unzip is not on every fresh machine; Python's zipfile module is the fallback.
unpack() {
    mkdir -p "$2"
    if command -v unzip >/dev/null 2>&1; then unzip -q "$1" -d "$2"; else python3 -m zipfile -e "$1" "$2"; fi
}

# The package `atk provision` uploads, filled with values shaped like provisioning's outputs.
if [[ ! -f "$MANIFEST_DLL" ]]; then
    echo "   building the manifest tool ($MANIFEST_DLL is missing)"
    dotnet build tools/manifest -c Debug --nologo -v quiet >"$WORK_DIR/build-tool.log" 2>&1 || true
fi
if Bot__AppId=00000000-0000-4000-8000-000000000001 Manifest__AppId=00000000-0000-4000-8000-000000000002 \
    Manifest__Domain=app-srbcheck-abc123.azurewebsites.net \
    dotnet "$MANIFEST_DLL" pack --out "$WORK_DIR/appPackage.check.zip" >"$WORK_DIR/pack.log" 2>&1 &&
    unpack "$WORK_DIR/appPackage.check.zip" "$WORK_DIR/package"; then
    pass "manifest pack with deployment values"
    # The toolkit sends telemetry unless told not to, and would try to open a browser if a command wanted a sign-in.
    if (cd "$WORK_DIR/package" && BROWSER=none timeout 120 node "$ATK_PACKAGE/cli.js" validate \
        --manifest-file ./manifest.json --interactive false --telemetry false) >"$WORK_DIR/atk-validate.log" 2>&1 &&
        grep -q "All passed" "$WORK_DIR/atk-validate.log"; then
        pass "atk validate --manifest-file (the toolkit's schema check of the packed manifest)"
    else
        fail "atk validate --manifest-file (the toolkit's schema check of the packed manifest)" "$WORK_DIR/atk-validate.log"
    fi
else
    cat "$WORK_DIR/build-tool.log" >>"$WORK_DIR/pack.log" 2>/dev/null || true
    fail "manifest pack with deployment values" "$WORK_DIR/pack.log"
fi

finish
