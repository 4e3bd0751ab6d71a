#!/usr/bin/env bash
# Compiles and lints the Bicep templates with the Bicep compiler from NuGet and fails on any warning
# or error; then checks that the compiled template declares every resource infra/README.md promises.
# Needs only the .NET SDK, python3 and access to NuGet. Called by test.sh.
#   infra/build.sh                 build into a temporary folder
#   BICEP_OUT=dir infra/build.sh   also keep dir/main.json and dir/parameters/**/*.json
set -euo pipefail
cd "$(dirname "$0")"

bicep_version=0.49.2
log() { printf '[infra/build.sh] %s\n' "$*" >&2; }

# --- The compiler: Azure.Bicep.CommandLine.linux-x64 from NuGet, restored into the global packages folder
packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
packages=${packages%/}
bicep="$packages/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [ ! -f "$bicep" ]; then
  log "restoring Azure.Bicep.CommandLine.linux-x64 $bicep_version from NuGet"
  # The repository's Directory.*.props (central package management, analyzers) do not apply to this helper.
  dotnet restore tools/bicep/bicep-tool.csproj --nologo -v q \
    -p:BicepVersion="$bicep_version" -p:ImportDirectoryBuildProps=false -p:ImportDirectoryPackagesProps=false >&2
fi
[ -f "$bicep" ] || { log "no bicep binary at $bicep after the restore"; exit 1; }
chmod +x "$bicep"
"$bicep" --version >&2

# --- Build and lint; collect every diagnostic
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${BICEP_OUT:-$work/out}
mkdir -p "$out"
diagnostics="$work/diagnostics.txt"
: >"$diagnostics"
status=0
run() {
  printf '$ bicep %s\n' "$*" >>"$diagnostics"
  "$bicep" "$@" >>"$diagnostics" 2>&1 || status=1
}

run build main.bicep --outfile "$out/main.json"
run lint --pattern '**/*.bicep'
# Parameter files compile to $out/parameters/ in their folder layout (main.json, environments/test.json,
# environments/prod.json); building them checks them against main.bicep's parameter types.
run build-params --pattern '**/*.bicepparam' --outdir "$out/parameters"
run lint --pattern '**/*.bicepparam'

cat "$diagnostics" >&2
if [ "$status" -ne 0 ] || grep -Eiq 'warning|error' <(grep -v '^\$ bicep ' "$diagnostics"); then
  log "FAILED: bicep reported warnings or errors (above)"
  exit 1
fi

# --- The compiled template must declare every resource the design needs
python3 - "$out/main.json" <<'PY'
import json, sys

def resources(template):
    found = template.get("resources", [])
    # languageVersion 2.0 templates hold resources in an object keyed by symbolic name.
    for resource in (found.values() if isinstance(found, dict) else found):
        yield resource["type"]
        inner = resource.get("properties", {}).get("template")
        if resource["type"] == "Microsoft.Resources/deployments" and inner:
            yield from resources(inner)

types = list(resources(json.load(open(sys.argv[1]))))
required = {
    "Microsoft.ManagedIdentity/userAssignedIdentities": 1,
    "Microsoft.Web/serverfarms": 1,
    "Microsoft.Web/sites": 1,
    "Microsoft.Storage/storageAccounts": 3,
    "Microsoft.Storage/storageAccounts/blobServices/containers": 3,
    "Microsoft.Storage/storageAccounts/queueServices/queues": 1,
    "Microsoft.Storage/storageAccounts/objectReplicationPolicies": 2,
    "Microsoft.Storage/storageAccounts/managementPolicies": 2,
    "Microsoft.OperationalInsights/workspaces": 1,
    "Microsoft.Insights/components": 1,
    "Microsoft.EventGrid/systemTopics": 1,
    "Microsoft.Insights/diagnosticSettings": 2,
    "Microsoft.Insights/scheduledQueryRules": 1,
    "Microsoft.Authorization/roleAssignments": 4,
}
missing = [f"{t} (want {n}, found {types.count(t)})" for t, n in required.items() if types.count(t) < n]
if missing:
    print("[infra/build.sh] the compiled template lacks: " + "; ".join(missing), file=sys.stderr)
    sys.exit(1)
print(f"[infra/build.sh] compiled template: {len(types)} resource declarations, all required types present", file=sys.stderr)
PY

log "OK: bicep build and lint clean (0 warnings, 0 errors)"
