#!/bin/sh
# Renders the HTML reports that `warden demo` writes in a real headless browser at 1280 px and saves PNG screenshots,
# for a person to look at (not part of `mvn verify`). Needs Chromium (Debian: apt-get install -y chromium).
#
#   mvn -B -q package -DskipTests && scripts/screenshot-reports.sh [OUT_DIR]
#
# OUT_DIR (default target/report-screenshots, ignored by git) receives the demo's folder and one PNG per report.
set -eu
out=${1:-target/report-screenshots}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "screenshot-reports: no Chromium found; install it (Debian: apt-get install -y chromium)" >&2
    exit 2
fi
rm -rf "$out"
mkdir -p "$out"
java -jar samples/target/warden.jar demo --dir "$out/demo" --quiet > "$out/demo.txt"
for report in compliance-report posture-report posture-production job-report; do
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2000 \
        --screenshot="$out/$report.png" "file://$(cd "$out/demo" && pwd)/$report.html" 2>/dev/null
    echo "$out/$report.png"
done
