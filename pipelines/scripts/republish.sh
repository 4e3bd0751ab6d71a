#!/usr/bin/env bash
# Asks the deployed app for a new release (POST /api/releases) and waits until the publish request has its outcome
# (GET /api/releases/requests/{id}). The function key comes from the environment, never from the command line (it
# would show in process lists and logs).
#
#   REGIOSCAN_FUNCTION_KEY=… pipelines/scripts/republish.sh --url https://<app host> --reason "deployed from main (3f2c1ab)"
#       [--force] [--timeout 1800] [--interval 15] [--retry-delay 5]
#
# A republish publishes the provinces' current scans as they were validated and harmonised at ingest. It makes a
# release when a current scan is in no release yet; when all are in the latest release it makes none, whatever the
# deployment changed. --force makes one anyway (a PATCH version), to publish a change of code or metadata: catalogue
# settings, datapackage.json texts, the map. It never harmonises the scans again: a code-list change reaches scans
# ingested earlier only when the provinces upload their files again (pipelines/README.md, docs/operators.md).
#
# --reason may also come from REGIOSCAN_REPUBLISH_REASON, --force from REGIOSCAN_REPUBLISH_FORCE=true. The API takes
# a reason of at most 500 characters: a longer one is shortened here, keeping a trailing "(<commit sha>)", and stderr
# says so; a blank one is a usage error. --timeout, --interval and --retry-delay are whole seconds. The POST is sent
# again up to 3 times (after --retry-delay seconds, doubling) when the connection fails or the app answers 5xx (it is
# starting), never after a 4xx; sending it twice is harmless. A poll that fails or does not answer the request's status
# (a cold start) is retried until --timeout. A failed attempt that the queue retries ("final": false) is waited for.
#
# Exit 0 completed (a new release, or nothing had changed), 1 failed for good, 2 usage or HTTP error (also an answer
# that is not the API's), 3 timed out. Needs curl and python3.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
log() { printf '[republish] %s\n' "$*" >&2; }
usage_error() { log "$*"; log "run $0 --help for the options"; exit 2; }

# An option's value: present, not empty and not the next option.
value() {
  if [ "$#" -lt 2 ] || [ -z "$2" ] || [[ $2 == --* ]]; then usage_error "$1 needs a value"; fi
}
seconds() {
  [[ $2 =~ ^[0-9]{1,9}$ ]] || usage_error "$1 takes whole seconds (e.g. $3), not '$2'"
}
# REGIOSCAN_REPUBLISH_FORCE as pipelines pass a boolean: true/True/1, or false/False/0/empty.
case "${REGIOSCAN_REPUBLISH_FORCE:-}" in
  true|True|TRUE|1) force=true ;;
  false|False|FALSE|0|'') force=false ;;
  *) usage_error "REGIOSCAN_REPUBLISH_FORCE must be true or false, not '$REGIOSCAN_REPUBLISH_FORCE'" ;;
esac

url='' reason=${REGIOSCAN_REPUBLISH_REASON:-} timeout=1800 interval=15 retry_delay=5 post_retries=3
while [ $# -gt 0 ]; do
  case "$1" in
    --url) value "$@"; url=${2%/}; shift 2 ;;
    --reason) value "$@"; reason=$2; shift 2 ;;
    --timeout) value "$@"; seconds "$1" "$2" 1800; timeout=$((10#$2)); shift 2 ;;
    --interval) value "$@"; seconds "$1" "$2" 15; interval=$((10#$2)); shift 2 ;;
    --retry-delay) value "$@"; seconds "$1" "$2" 5; retry_delay=$((10#$2)); shift 2 ;;
    --force) force=true; shift ;;
    -h|--help) usage ;;
    *) usage_error "unknown argument: $1" ;;
  esac
done
[ -n "$url" ] || usage_error "--url is required (https://<function app host>)"
[[ $url =~ ^https?://[^/]+ ]] || usage_error "--url must start with https:// (or http://), not '$url'"
[ -n "${REGIOSCAN_FUNCTION_KEY:-}" ] || { log "REGIOSCAN_FUNCTION_KEY is not set"; exit 2; }
for tool in curl python3; do
  command -v "$tool" >/dev/null || { log "$tool is needed but not found"; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# JSON in and out: the request body, and fields of an answer, one per line (true/false in lowercase, null as an
# empty line, line breaks as spaces). Exit 1 when the answer is not a JSON object holding the first field.
py_program=$(cat <<'PY'
import json, re, sys

def units(text):
    # The API counts UTF-16 code units (.NET string length).
    return len(text.encode("utf-16-le")) // 2

command = sys.argv[1]
if command == "body":
    reason, force = sys.argv[2].strip(), sys.argv[3] == "true"
    limit = 500
    if not reason:
        sys.exit(3)
    if units(reason) > limit:
        # Pipelines append the commit: keep it, shorten the text before it.
        sha = re.search(r"\s*\([0-9a-fA-F]{7,40}\)$", reason)
        suffix = " " + sha.group(0).strip() if sha else ""
        head = reason[: sha.start()] if sha else reason
        while head and units(head) + 1 + units(suffix) > limit:
            head = head[:-1]
        shortened = head.rstrip() + "…" + suffix
        print(f"the reason has {units(reason)} characters and the API takes at most {limit}: sent shortened to {units(shortened)}"
              + (", keeping the commit " + suffix.strip() if suffix else ""), file=sys.stderr)
        reason = shortened
    body = {"reason": reason}
    if force:
        body["force"] = True
    print(json.dumps(body))
else:
    try:
        answer = json.loads(sys.stdin.read())
    except ValueError:
        sys.exit(1)
    if not isinstance(answer, dict) or answer.get(sys.argv[2]) in (None, ""):
        sys.exit(1)
    for path in sys.argv[2:]:
        value = answer
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, bool):
            value = "true" if value else "false"
        print("" if value is None else " ".join(str(value).split()))
PY
)
py() { python3 -c "$py_program" "$@"; }

# The first 300 characters of an answer, on one line.
excerpt() { tr -s '\r\n\t' '   ' <"$1" | cut -c1-300; }

if ! py body "$reason" "$force" >"$work/body" 2>"$work/note"; then
  usage_error "a reason is required: --reason \"why\" or REGIOSCAN_REPUBLISH_REASON (it is empty or blank)"
fi
[ ! -s "$work/note" ] || log "$(cat "$work/note")"

# The key goes to curl in a header file: on the command line it would show in the process list.
headers="$work/headers"
(umask 077 && printf 'x-functions-key: %s\n' "$REGIOSCAN_FUNCTION_KEY" >"$headers")

# curl's exit code and the HTTP status (000 without an answer); the answer in $work/answer, curl's complaint in $work/curl.
request() {
  rc=0
  code=$(curl -sS --max-time 60 -o "$work/answer" -w '%{http_code}' -H @"$headers" "$@" 2>"$work/curl") || rc=$?
  [ -f "$work/answer" ] || : >"$work/answer"
}
what_failed() {
  if [ "$rc" -ne 0 ]; then printf '%s' "$(tr '\n' ' ' <"$work/curl")"; else printf 'HTTP %s: %s' "$code" "$(excerpt "$work/answer")"; fi
  if [ "$rc" -eq 0 ] && [[ $code == 40[13] ]]; then printf ' (check REGIOSCAN_FUNCTION_KEY: a function key of this app)'; fi
}

post_url="$url/api/releases"
wait=$retry_delay
for try in $(seq 1 $((post_retries + 1))); do
  request -X POST -H 'Content-Type: application/json' --data-binary @"$work/body" "$post_url"
  if [ "$rc" -eq 0 ] && [[ $code == 2?? ]]; then break; fi
  # A 4xx (bad key, bad body) or a redirect comes back the same every time.
  if [ "$rc" -eq 0 ] && [[ $code != 5?? ]]; then log "POST $post_url failed: $(what_failed)"; exit 2; fi
  if [ "$try" -gt "$post_retries" ]; then log "POST $post_url failed $try times, the last: $(what_failed)"; exit 2; fi
  log "POST $post_url failed ($(what_failed)); sending it again in ${wait}s"
  sleep "$wait"
  wait=$((wait * 2))
done
mapfile -t accepted < <(py fields request_id status_url <"$work/answer")
if [ "${#accepted[@]}" -ne 2 ] || [[ ${accepted[1]} != /* ]]; then
  log "POST $post_url answered HTTP $code with something else than a publish request: $(excerpt "$work/answer")"
  exit 2
fi
request_id=${accepted[0]} status_url=${accepted[1]}
log "publish request $request_id accepted$([ "$force" = true ] && printf ' (force)'); polling $status_url"

deadline=$((SECONDS + timeout))
while :; do
  request "$url$status_url"
  status=()
  if [ "$rc" -eq 0 ] && [ "$code" = 200 ]; then
    mapfile -t status < <(py fields state final attempt max_attempts published version message request.force <"$work/answer")
  fi
  if [ "${#status[@]}" -eq 8 ]; then
    state=${status[0]} final=${status[1]} attempt=${status[2]} max_attempts=${status[3]} message=${status[6]}
    case "$state" in
      completed)
        log "completed: published=${status[4]}, version=${status[5]}. $message"
        if [ "$force" = true ] && [ "${status[7]}" != true ]; then
          log "warning: the app did not take \"force\" (a version from before it existed?); nothing was forced"
        fi
        exit 0 ;;
      failed)
        # "final": false: the queue runs the request again. Absent (an app from before the field): final.
        if [ "$final" = false ]; then
          log "attempt ${attempt:-?} of ${max_attempts:-?} failed: $message; the queue tries again, waiting"
        else
          log "failed${attempt:+ (attempt $attempt of ${max_attempts:-?}, the last)}: $message"
          exit 1
        fi ;;
      *) log "state: $state${attempt:+ (attempt $attempt of ${max_attempts:-?})}" ;;
    esac
  else
    # A cold start or a restart can fail a poll or answer with a page of its own; the deadline bounds the retries.
    log "GET $status_url failed, retrying: $(what_failed)"
  fi
  [ "$SECONDS" -lt "$deadline" ] || { log "timed out after ${timeout}s waiting for request $request_id"; exit 3; }
  sleep "$interval"
done
