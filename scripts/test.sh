#!/usr/bin/env bash
# Installs what the tests need, then runs every test. CI runs exactly this (see .ci/run and the README).
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests need the .NET SDK pinned in global.json. The browser tests also need Debian's chromium, and three test
# folders need tools from npm; all are installed below when missing, and the tests fail (never skip) without them.
if ! command -v dotnet >/dev/null 2>&1; then
  echo "scripts/test.sh: the .NET SDK is not installed; install the version pinned in global.json" >&2
  exit 1
fi

browser_tests=tests/FrameworkAdvisor.Web.BrowserTests
if [ ! -x /usr/bin/chromium ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "scripts/test.sh: /usr/bin/chromium is missing and apt-get is not available to install it; install Chromium at /usr/bin/chromium" >&2
    exit 1
  fi
  echo "scripts/test.sh: installing Debian's chromium for the browser tests"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }; then
    echo "scripts/test.sh: apt-get could not install chromium (it needs root and Debian's package registry)" >&2
    exit 1
  fi
fi
# npm ci installs exactly the committed package-lock.json: axe-core for the browser tests, and the OpenAPI tools
# (Redocly, Spectral, openapi-typescript, TypeScript) that check the served API document in tests/openapi-tools, and
# markdownlint-cli2 with MADR's settings for the decision records.
npm_install() {
  local folder=$1 marker=$2 what=$3
  if [ -e "$folder/node_modules/$marker" ]; then
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "scripts/test.sh: $what is missing and npm is not available to install it; install Node.js with npm, then run npm ci in $folder" >&2
    exit 1
  fi
  echo "scripts/test.sh: installing $what (npm ci) in $folder"
  if ! (cd "$folder" && npm ci --no-audit --no-fund); then
    echo "scripts/test.sh: npm ci in $folder could not install $what" >&2
    exit 1
  fi
}
npm_install "$browser_tests" axe-core/axe.min.js axe-core
npm_install tests/openapi-tools .bin/tsc "the OpenAPI tools"
npm_install tests/FrameworkAdvisor.Web.Tests/Markdownlint markdownlint-cli2/markdownlint-cli2-bin.mjs markdownlint-cli2

mkdir -p artifacts

# Build the whole solution first: dotnet test alone skips projects no test references (the bench timers), and
# they must not rot unnoticed.
dotnet build FrameworkAdvisor.sln --configuration Release --nologo -v quiet

set +e
# One test project at a time (-m:1): on a 2-core machine the browser suite and the hostile-input test otherwise
# fight over the cores, and real-browser timeouts turn that contention into failures that say nothing.
dotnet test FrameworkAdvisor.sln --configuration Release --no-build -m:1 2>&1 | tee artifacts/test-output.log
status=${PIPESTATUS[0]}
set -e

# The content tests check content/ against the article's committed fingerprints, and against the article itself too
# when ../shared/source holds it (CI puts shared/ beside the clone); say which, by the tests' own rule.
fingerprints=tests/FrameworkAdvisor.Content.Tests/fixtures/article-fingerprints.txt
articles=(../shared/source/*-article.txt)
if [ -f "${articles[0]}" ]; then
  echo "article: checked against ${articles[*]} and the fingerprints in $fingerprints"
else
  echo "article: no *-article.txt in ../shared/source; checked against the fingerprints in $fingerprints"
fi

# One closing line that counts every project's results.
awk '/(Passed|Failed)! +-/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") failed += $(i+1); if ($i == "Passed:") passed += $(i+1); if ($i == "Skipped:") skipped += $(i+1) }
     }
     END { gsub(",", "", failed); printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' artifacts/test-output.log
exit "$status"
