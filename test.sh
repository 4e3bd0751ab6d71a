#!/usr/bin/env bash
# Installs what the tests need, starts Azurite on free loopback ports, runs every test and ends with
# one line "N passed, N failed" counted from the test results (TRX files).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

log() { printf '[test.sh] %s\n' "$*" >&2; }

# --- Chromium for the map's end-to-end test (Debian's package; Playwright never downloads a browser) ---
if [ ! -x /usr/bin/chromium ]; then
  log "installing chromium (apt)"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# --- pandas and geopandas for the consumer guide's Python snippets (Debian's packages, run with /usr/bin/python3;
# a pyenv python3 earlier on PATH does not have them) ---
if ! /usr/bin/python3 -c 'import pandas, geopandas' 2>/dev/null; then
  log "installing python3-pandas python3-geopandas (apt)"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends python3-pandas python3-geopandas >/dev/null
fi

# --- Azurite (the Blob and Queue Storage emulator), pinned in tools/azurite/package-lock.json -----
if [ ! -x tools/azurite/node_modules/.bin/azurite ]; then
  log "installing azurite (npm ci, pinned)"
  (cd tools/azurite && npm ci --no-audit --no-fund --loglevel=error)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
blob_port=$(free_port); queue_port=$(free_port); table_port=$(free_port)
# Azurite exits at once if --location is combined with --inMemoryPersistence: it runs in a private
# working folder instead, which catches any stray file.
azurite_dir=$(mktemp -d)
(cd "$azurite_dir" && exec "$root/tools/azurite/node_modules/.bin/azurite" --silent --inMemoryPersistence --skipApiVersionCheck \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port") >"$results/azurite.log" 2>&1 &
azurite_pid=$!
# Azurite may ignore SIGTERM: stop it by process id with SIGKILL.
cleanup() { kill -9 "$azurite_pid" 2>/dev/null || true; rm -rf "$azurite_dir"; }
trap cleanup EXIT
azurite_up=0
for _ in $(seq 1 150); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$queue_port") 2>/dev/null; then
    azurite_up=1; break
  fi
  kill -0 "$azurite_pid" 2>/dev/null || break
  sleep 0.2
done
if [ "$azurite_up" != 1 ]; then
  log "azurite did not start:"; cat "$results/azurite.log" >&2
  exit 1
fi
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export REGIOSCAN_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;"
log "azurite on blob :$blob_port, queue :$queue_port (pid $azurite_pid)"

# --- Infrastructure: bicep build and lint with the compiler from NuGet (fails on any warning) ---------
infra/build.sh

# --- Build and test -------------------------------------------------------------------------------
dotnet build RegioscanPipeline.sln -c Release -warnaserror --nologo -v q
set +e
dotnet test RegioscanPipeline.sln -c Release --no-build --nologo \
  --logger "trx;LogFilePrefix=tests" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?
set -e

# --- Count from the TRX files ---------------------------------------------------------------------
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
