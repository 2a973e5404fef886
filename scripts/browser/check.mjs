// Checks web pages written by APIToS in a real browser, Debian's
// Chromium driven headless: each page is checked by axe-core for
// accessibility (WCAG 2.2 A and AA and axe's best practices) in the light
// and the dark colour scheme, must load nothing but itself, and is
// captured: light and dark at 1280x900 (the top of the page and the
// start of the text), on a 390-pixel-wide phone, and
// printed to PDF through its print style sheet.
//
// Usage: node check.mjs OUTDIR PAGE.html...
// Prints one line per page and scheme, with the count of violations by
// impact, then the detail of each serious or critical one; exits 1 if
// there is any, or if a page requested anything.
import { readFileSync, mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error("usage: node check.mjs OUTDIR PAGE.html...");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

// The flags a root user needs to run Chromium headless on a machine
// without a GPU, and those that keep it from calling Google's servers
// (which this machine's network refuses).
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

let failed = false;
const blocking = new Set(["serious", "critical"]);
for (const page of pages) {
  const url = pathToFileURL(resolve(page)).href;
  const name = basename(page, ".html");
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const tab = await context.newPage();
    const requests = [];
    tab.on("request", (r) => { if (r.url() !== url) requests.push(r.url()); });
    await tab.goto(url, { waitUntil: "load" });
    await tab.screenshot({ path: `${outDir}/${name}.${scheme}.png` });
    // Past the contents: the first clauses (the API terms' summary and
    // its pictograms).
    await tab.evaluate(() => document.getElementById("_text")?.scrollIntoView());
    await tab.screenshot({ path: `${outDir}/${name}.${scheme}.text.png` });
    await tab.evaluate(() => window.scrollTo(0, 0));
    await tab.evaluate(axeSource);
    const result = await tab.evaluate(() => axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }));
    const counts = {};
    for (const v of result.violations) counts[v.impact] = (counts[v.impact] || 0) + v.nodes.length;
    const summary = ["critical", "serious", "moderate", "minor"].map((i) => `${i} ${counts[i] || 0}`).join(", ");
    console.log(`${name} (${scheme}): ${result.passes.length} rules passed; violations: ${summary}; requests: ${requests.length}`);
    for (const v of result.violations) {
      const detail = `  ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`;
      if (blocking.has(v.impact)) {
        failed = true;
        console.log(detail);
      } else {
        console.log(detail.replace(/^  /, "  (not blocking) "));
      }
    }
    for (const r of requests) {
      failed = true;
      console.log(`  the page requested ${r}`);
    }
    if (scheme === "light") {
      await tab.setViewportSize({ width: 390, height: 844 });
      await tab.screenshot({ path: `${outDir}/${name}.phone.png` });
      await tab.emulateMedia({ media: "print" });
      await tab.pdf({ path: `${outDir}/${name}.print.pdf`, format: "A4", printBackground: false });
    }
    await context.close();
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
