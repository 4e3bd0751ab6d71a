#!/usr/bin/env bash
# After the code is deployed: subscribes the Intake function to blob-created events under uploads/
# (the webhook needs the blobs_extension system key, which exists only once the code runs), then,
# with --smoke-test, uploads a sample scan into uploads/PV20/ and waits for the release it causes.
# The smoke test publishes sample data as a release: run it against a test environment only.
# Needs: az (signed in), python3, curl.
#
#   infra/scripts/post-deploy.sh --resource-group rg-regioscan-test --deployment-name <name> \
#       [--smoke-test] [--timeout 900] [--replication-timeout 600]
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
log() { printf '[post-deploy] %s\n' "$*" >&2; }

resource_group='' deployment_name='' smoke=false timeout=900 replication_timeout=600
while [ $# -gt 0 ]; do
  case "$1" in
    --resource-group) resource_group=$2; shift 2 ;;
    --deployment-name) deployment_name=$2; shift 2 ;;
    --smoke-test) smoke=true; shift ;;
    --timeout) timeout=$2; shift 2 ;;
    --replication-timeout) replication_timeout=$2; shift 2 ;;
    -h|--help) usage ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done
if [ -z "$resource_group" ] || [ -z "$deployment_name" ]; then usage; fi
here=$(cd "$(dirname "$0")" && pwd)

output() { az deployment group show --resource-group "$resource_group" --name "$deployment_name" --query "properties.outputs.$1.value" --output tsv; }
app=$(output functionAppName)
host=$(output functionAppHostName)
topic=$(output eventGridSystemTopicName)
data_account=$(output dataStorageAccountName)
public_url=$(output publicReleasesUrl)

# Waits until a command prints something non-empty; prints it. $1 = seconds, rest = command.
wait_for() {
  local limit=$1; shift
  local deadline=$((SECONDS + limit)) value
  while :; do
    value=$("$@" 2>/dev/null || true)
    if [ -n "$value" ]; then printf '%s' "$value"; return 0; fi
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 10
  done
}

# --- 1. The blobs_extension key appears once the host has started with the blob trigger loaded
blobs_key() {
  # A request wakes the host; the key is created when the blob extension starts.
  curl -s -o /dev/null --max-time 30 "https://$host/" || true
  az functionapp keys list --resource-group "$resource_group" --name "$app" --query 'systemKeys.blobs_extension' --output tsv
}
log "waiting for the blobs_extension system key of $app"
key=$(wait_for 600 blobs_key) || { log "no blobs_extension key after 10 minutes: is the code deployed and does the host start? (Application Insights, 'az functionapp log deployment show')"; exit 1; }

# --- 2. Event Grid subscription: blob created under uploads/ -> the Intake function's blob webhook
# A WebHook endpoint: the 'AzureFunction' endpoint type accepts only [EventGridTrigger] functions,
# and Intake is a blob trigger with Source = EventGrid.
endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.Intake&code=$key"
log "subscribing https://$host/runtime/webhooks/blobs?functionName=Host.Functions.Intake&code=*** to $topic"
az eventgrid system-topic event-subscription create \
  --resource-group "$resource_group" \
  --system-topic-name "$topic" \
  --name intake-uploads \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with /blobServices/default/containers/uploads/ \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none
log "event subscription intake-uploads is in place"

[ "$smoke" = true ] || exit 0

# --- 3. Smoke test: upload a sample scan, wait for the release it makes
function_key=$(az functionapp keys list --resource-group "$resource_group" --name "$app" --query 'functionKeys.default' --output tsv)
[ -n "$function_key" ] || { log "no default function key on $app"; exit 1; }
# The key goes to curl in a header file: on the command line it would show in the process list.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
headers="$work/headers"
touch "$headers"
chmod 600 "$headers"
printf 'x-functions-key: %s\n' "$function_key" >"$headers"
api() { curl -sS --fail --max-time 60 -H @"$headers" "https://$host/api/$1"; }
latest_version() { api releases | python3 -c 'import json, sys; print(json.load(sys.stdin).get("latest") or "")'; }

before=$(latest_version)
log "latest release before the smoke test: ${before:-none}"

run_id=$(date -u +%Y%m%dT%H%M%SZ)
sample="$work/PV20-smoke-$run_id.csv"
# The run id goes into the description and the reach, so every run changes the national release.
sed -e "s/__SMOKE_RUN__/$run_id/g" -e "s/__SMOKE_REACH__/$((10#$(date -u +%H%M%S) + 1))/g" \
  "$here/smoke/PV20-smoke.csv" >"$sample"

# A role assignment made by this deployment can take a few minutes to reach the storage service.
upload() {
  az storage blob upload --auth-mode login --account-name "$data_account" --container-name uploads \
    --name "PV20/$(basename "$sample")" --file "$sample" --overwrite --only-show-errors --output none && echo uploaded
}
log "uploading $(basename "$sample") into uploads/PV20/ as the signed-in principal"
wait_for 600 upload >/dev/null || { log "upload refused for 10 minutes: does the signed-in principal have the PV20 uploader grant (provinceUploaders)?"; exit 1; }

new_release() {
  local now
  now=$(latest_version)
  [ -n "$now" ] && [ "$now" != "$before" ] && printf '%s' "$now"
}
log "waiting up to ${timeout}s for a new release (GET /api/releases)"
version=$(wait_for "$timeout" new_release) || { log "FAILED: no new release within ${timeout}s; see quarantine/PV20/ for a report and Application Insights for the Intake and Publisher runs"; exit 1; }
log "new release $version (was ${before:-none})"

# Object replication copies the release to the public account asynchronously; a delay is no failure.
public_version() { curl -sS --fail --max-time 30 "${public_url}latest.json" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("version") or "")'; }
replicated() { [ "$(public_version)" = "$version" ] && echo yes; }
if wait_for "$replication_timeout" replicated >/dev/null; then
  log "public copy is up to date: ${public_url}latest.json names $version"
else
  log "WARNING: ${public_url}latest.json does not name $version after ${replication_timeout}s; object replication is asynchronous, check again later"
fi
log "smoke test passed"
