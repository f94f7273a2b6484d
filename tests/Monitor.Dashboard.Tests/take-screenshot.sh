#!/usr/bin/env bash
# Takes docs/dashboard-story.png: serves the seeds, waits until they are replayed, and screenshots
# the story page with the chromium the browser tests use. Run from the repository root after
# `dotnet build tests/Monitor.Dashboard.Tests` (it borrows Playwright's driver from that build).
set -euo pipefail

port="${PORT:-5099}"
out="${1:-docs/dashboard-story.png}"
driver="tests/Monitor.Dashboard.Tests/bin/Debug/net10.0/.playwright"
bash tests/install-prerequisites.sh
mkdir -p "$(dirname "$out")"

dotnet build src/Monitor.Cli -v q -nologo >/dev/null
# Its own process group, so stopping it stops the server dotnet run starts too.
setsid dotnet run --no-build --project src/Monitor.Cli -- serve --port "$port" --speed 20 --data "" >/dev/null 2>&1 &
server=$!
trap 'kill -- -"$server" 2>/dev/null || true' EXIT

cat > "${TMPDIR:-/tmp}/monitor-screenshot.cjs" <<JS
const { chromium } = require(process.env.PLAYWRIGHT_CORE);
(async () => {
  const base = "http://127.0.0.1:$port";
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // The server starts in the background: retry until it answers and the seeds are in.
  let story;
  for (let i = 0; i < 240 && !story; i++) {
    try {
      const stories = (await (await fetch(base + "/api/stories?sort=articles&pageSize=1")).json()).items;
      story = stories.find(s => s.articles >= 4);
    } catch { /* not up yet */ }
    if (!story) await new Promise(r => setTimeout(r, 500));
  }
  if (!story) throw new Error("the seeds were not replayed");
  await page.goto(base + "/#/story/" + encodeURIComponent(story.id));
  await page.locator("#connection[data-state='connected']").waitFor();
  await page.locator("main li.article").first().waitFor();
  await page.screenshot({ path: "$out", fullPage: true });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
JS
PLAYWRIGHT_CORE="$PWD/$driver/package" "$driver/node/linux-x64/node" "${TMPDIR:-/tmp}/monitor-screenshot.cjs"
echo "$out"
