#!/usr/bin/env bash
# Asks the deployed app for a new release (POST /api/releases) and waits until the publish request is
# completed or failed (GET /api/releases/requests/{id}). The function key comes from the environment,
# never from the command line (it would show in process lists and logs).
#
#   REGIOSCAN_FUNCTION_KEY=… pipelines/scripts/republish.sh --url https://<app host> --reason "code lists updated"
#       [--timeout 1800] [--interval 15]
#
# --reason may also come from REGIOSCAN_REPUBLISH_REASON. Exit 0 completed (a new release, or nothing
# had changed), 1 failed, 2 usage or HTTP error, 3 timed out. Needs curl and python3.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
log() { printf '[republish] %s\n' "$*" >&2; }

url='' reason=${REGIOSCAN_REPUBLISH_REASON:-} timeout=1800 interval=15
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=${2%/}; shift 2 ;;
    --reason) reason=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --interval) interval=$2; shift 2 ;;
    -h|--help) usage ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done
if [ -z "$url" ] || [ -z "$reason" ]; then usage; fi
if [ -z "${REGIOSCAN_FUNCTION_KEY:-}" ]; then log "REGIOSCAN_FUNCTION_KEY is not set"; exit 2; fi

# The key goes to curl in a header file: on the command line it would show in the process list.
headers=$(mktemp)
trap 'rm -f "$headers"' EXIT
chmod 600 "$headers"
printf 'x-functions-key: %s\n' "$REGIOSCAN_FUNCTION_KEY" >"$headers"

# Reads one field of the JSON on stdin.
field() { python3 -c 'import json, sys; v = json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"; }

body=$(python3 -c 'import json, sys; print(json.dumps({"reason": sys.argv[1]}))' "$reason")
if ! answer=$(curl -sS --fail-with-body --max-time 60 -X POST \
    -H @"$headers" -H 'Content-Type: application/json' \
    --data "$body" "$url/api/releases"); then
  log "POST $url/api/releases failed: $answer"
  exit 2
fi
request_id=$(field request_id <<<"$answer")
status_url=$(field status_url <<<"$answer")
[ -n "$request_id" ] || { log "unexpected answer: $answer"; exit 2; }
log "publish request $request_id accepted; polling $status_url"

deadline=$((SECONDS + timeout))
while :; do
  if status=$(curl -sS --fail-with-body --max-time 60 -H @"$headers" "$url$status_url"); then
    state=$(field state <<<"$status")
    case "$state" in
      completed)
        log "completed: published=$(field published <<<"$status"), version=$(field version <<<"$status"). $(field message <<<"$status")"
        exit 0 ;;
      failed)
        log "failed: $(field message <<<"$status")"
        exit 1 ;;
      *) log "state: $state" ;;
    esac
  else
    # A cold start or a restart can fail one poll; the deadline bounds the retries.
    log "GET $status_url failed, retrying: $status"
  fi
  [ "$SECONDS" -lt "$deadline" ] || { log "timed out after ${timeout}s waiting for request $request_id"; exit 3; }
  sleep "$interval"
done
