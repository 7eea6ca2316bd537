#!/usr/bin/env sh
# The hostile-input suite (issue 16) at the sizes that used to hurt: 200k nested share bars, 31 MB
# of <p>a</p>, and the rest of the tests tagged "hostile" (server, ingest API, ingest, disk full on
# a tmpfs when run as root, Chromium under the CSP when /usr/bin/chromium is there).
# CI runs the same tests at small sizes as part of `mvn -B test`; alone: mvn -B test -Dgroups=hostile
# Usage: scripts/hostile-suite.sh [more maven options, e.g. -o]
set -e
cd "$(dirname "$0")/.."
exec mvn -B test -Dgroups=hostile -Dnewsgraph.hostile.long=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
