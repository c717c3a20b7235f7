#!/usr/bin/env bash
# Lighthouse (mobile defaults: slow 4G, 4x CPU slowdown, simulated) on the public pages of a running
# Ventanilla, RUNS times each; prints one line per run: page, performance, accessibility, first
# contentful paint, bytes transferred. Usage: ops/lighthouse/measure.sh [base-url] [runs]
# (default http://localhost:8080/ and 3). Needs `npm ci --prefix ops/lighthouse` and Chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="${1:-http://localhost:8080/}"
runs="${2:-3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$(mktemp -d)"
for page in radicar consulta login; do
  for run in $(seq 1 "$runs"); do
    node "$here/node_modules/lighthouse/cli/index.js" "${base%/}/$page.xhtml" --quiet \
      --output=json --output-path="$out/$page-$run.json" \
      --only-categories=performance,accessibility \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
    node -e '
      const r = require(process.argv[1]);
      const a = r.audits;
      console.log([process.argv[2], process.argv[3], r.categories.performance.score,
        r.categories.accessibility.score, a["first-contentful-paint"].displayValue,
        a["total-byte-weight"].numericValue].join("\t"));' "$out/$page-$run.json" "$page" "$run"
  done
done
echo "reports in $out" >&2
