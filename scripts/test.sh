#!/usr/bin/env bash
# Installs what the tests need, then runs every test. CI runs exactly this (see .ci/run and the README).
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests need the .NET SDK pinned in global.json, and the article in ../shared/source (CI puts shared/ beside
# the clone). Browser tests will add their installs (Debian's chromium, axe-core from npm) here.
if ! command -v dotnet >/dev/null 2>&1; then
  echo "scripts/test.sh: the .NET SDK is not installed; install the version pinned in global.json" >&2
  exit 1
fi
if [ ! -f ../shared/source/flask-vs-django-article.txt ]; then
  echo "scripts/test.sh: ../shared/source/flask-vs-django-article.txt is missing; the content tests compare against it" >&2
  exit 1
fi

mkdir -p artifacts
set +e
dotnet test FrameworkAdvisor.sln --configuration Release 2>&1 | tee artifacts/test-output.log
status=${PIPESTATUS[0]}
set -e

# One closing line that counts every project's results.
awk '/(Passed|Failed)! +-/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") failed += $(i+1); if ($i == "Passed:") passed += $(i+1); if ($i == "Skipped:") skipped += $(i+1) }
     }
     END { gsub(",", "", failed); printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' artifacts/test-output.log
exit "$status"
