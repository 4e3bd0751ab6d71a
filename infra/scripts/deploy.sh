#!/usr/bin/env bash
# Deploys one environment end to end: compiles the Bicep (infra/build.sh, the same compiler as CI),
# deploys the template into the resource group, deploys the function app package, then runs
# infra/scripts/post-deploy.sh (Event Grid subscription, optional smoke test).
# Needs: az (signed in), the .NET SDK, python3, curl.
#
#   infra/scripts/deploy.sh --resource-group rg-regioscan-test --location westeurope \
#       --parameters infra/environments/test.bicepparam [--package functions.zip] [--smoke-test]
#
# Without --package the app is published from src/Regioscan.Functions first.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
log() { printf '[deploy] %s\n' "$*" >&2; }

resource_group='' location='' params='' package='' smoke=() deployment_name=''
while [ $# -gt 0 ]; do
  case "$1" in
    --resource-group) resource_group=$2; shift 2 ;;
    --location) location=$2; shift 2 ;;
    --parameters) params=$2; shift 2 ;;
    --package) package=$2; shift 2 ;;
    --deployment-name) deployment_name=$2; shift 2 ;;
    --smoke-test) smoke=(--smoke-test); shift ;;
    -h|--help) usage ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done
if [ -z "$resource_group" ] || [ -z "$params" ]; then usage; fi
[ -f "$params" ] || { log "no parameter file $params"; exit 2; }
[ -z "$package" ] || [ -f "$package" ] || { log "no package $package"; exit 2; }

repo=$(cd "$(dirname "$0")/../.." && pwd)
params=$(cd "$(dirname "$params")" && pwd)/$(basename "$params")
deployment_name=${deployment_name:-regioscan-$(date -u +%Y%m%d%H%M%S)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The smoke test uploads as the signed-in principal: the test parameters grant it PV20 (see
# infra/environments/test.bicepparam). Its object id is the token's oid claim, which needs no
# directory permission to read.
if [ ${#smoke[@]} -gt 0 ] && [ -z "${SMOKE_UPLOADER_PRINCIPAL_ID:-}" ]; then
  SMOKE_UPLOADER_PRINCIPAL_ID=$(az account get-access-token --query accessToken -o tsv | python3 -c '
import base64, json, sys
payload = sys.stdin.read().strip().split(".")[1]
print(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["oid"])')
  export SMOKE_UPLOADER_PRINCIPAL_ID
  log "smoke-test uploader: the signed-in principal $SMOKE_UPLOADER_PRINCIPAL_ID"
fi

# --- 1. Compile and lint; build-params evaluates readEnvironmentVariable() in the parameter file
log "compiling infra/main.bicep and $(basename "$params")"
BICEP_OUT="$work/arm" "$repo/infra/build.sh"
# build-params keeps the folder layout: infra/environments/test.bicepparam -> parameters/environments/test.json
relative=${params#"$repo/infra/"}
compiled_params="$work/arm/parameters/${relative%.bicepparam}.json"
[ -f "$compiled_params" ] || { log "$params is not one of the parameter files infra/build.sh compiles"; exit 2; }

# --- 2. Infrastructure
if [ "$(az group exists --name "$resource_group")" != true ]; then
  [ -n "$location" ] || { log "resource group $resource_group does not exist: pass --location to create it"; exit 2; }
  log "creating resource group $resource_group in $location"
  az group create --name "$resource_group" --location "$location" --output none
fi
log "deploying the template as deployment $deployment_name"
az deployment group create --resource-group "$resource_group" --name "$deployment_name" \
  --template-file "$work/arm/main.json" --parameters "@$compiled_params" --output none
output() { az deployment group show --resource-group "$resource_group" --name "$deployment_name" --query "properties.outputs.$1.value" --output tsv; }
app=$(output functionAppName)
log "function app: $app"

# --- 3. The app package
if [ -z "$package" ]; then
  log "publishing src/Regioscan.Functions"
  dotnet publish "$repo/src/Regioscan.Functions" -c Release -o "$work/app" --nologo -v q
  package="$work/functions.zip"
  # Hidden folders (.azurefunctions) belong in the package too.
  python3 - "$work/app" "$package" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, root))
PY
fi
log "deploying the package to $app (Flex Consumption one deploy)"
az functionapp deployment source config-zip --resource-group "$resource_group" --name "$app" --src "$package" --output none

# --- 4. Event Grid subscription and smoke test
"$repo/infra/scripts/post-deploy.sh" --resource-group "$resource_group" --deployment-name "$deployment_name" "${smoke[@]}"
log "done: $(output functionAppHostName), public releases at $(output publicReleasesUrl)"
