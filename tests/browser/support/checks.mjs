// The checks every page gets, each problem named by locale, page and rule:
//   overflow   nothing runs past a 360-px screen (document.documentElement.scrollWidth <= 360;
//              a table scrolling inside its own box is fine) — the widest culprits are named
//   direction  lang and dir on <html>; Arabic and Urdu laid out right to left (the header's
//              brand at the right edge), every other locale left to right
//   keys       no Fluent message key (`review-heading`) or unfilled variable (`{$count}`) in
//              the text or in attributes a person hears or reads
//   script     no <script> but the drafts script (issue 18) on the two forms and their "sent"
//              pages (the pages must work without it)
//   axe        axe-core (WCAG 2.x A and AA, best practices): 0 serious or critical violations
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { RTL } from "./suite.mjs";

const locales = resolve(import.meta.dirname, "..", "..", "..", "locales");
/** Every message key of the source locale. */
export const KEYS = new Set(readdirSync(join(locales, "en"))
  .filter((f) => f.endsWith(".ftl"))
  .flatMap((f) => readFileSync(join(locales, "en", f), "utf8").split("\n"))
  .map((line) => /^([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\s*=/.exec(line)?.[1])
  .filter(Boolean));

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Runs every check on the page as loaded; returns problems as "locale page rule: detail". */
export async function checkPage(page, { locale, name, width = 360, axe = true }) {
  const problems = [];
  const say = (rule, detail) => problems.push(`${locale} ${name} ${rule}: ${detail}`);

  const facts = await page.evaluate(() => {
    const root = document.documentElement;
    const brand = document.querySelector(".brand")?.getBoundingClientRect();
    const viewport = window.innerWidth;
    // Elements sticking out of the screen that are not inside a box that scrolls by itself.
    const scrolls = (e) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (p !== document.body && p !== root && /(auto|scroll|hidden)/.test(s.overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > viewport + 1 || r.left < -1) && !scrolls(e)
          && getComputedStyle(e).position !== "absolute";
      })
      .slice(-3)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : ""}`);
    const attributes = [...document.querySelectorAll("[placeholder],[aria-label],[title],[alt],input[type=submit],input[type=button]")]
      .flatMap((e) => ["placeholder", "aria-label", "title", "alt", "value"].map((a) => e.getAttribute(a) ?? ""));
    return {
      lang: root.getAttribute("lang"),
      dir: root.getAttribute("dir"),
      direction: getComputedStyle(document.body).direction,
      scrollWidth: root.scrollWidth,
      viewport,
      brandLeft: brand?.left,
      brandRight: brand?.right,
      wide,
      text: `${document.title}\n${document.body.innerText}\n${attributes.join("\n")}`,
      scripts: [...document.querySelectorAll("script")]
        .filter((s) => !/^\/static\/drafts-\d+\.js$/.test(s.getAttribute("src") ?? "") || !s.defer).length,
    };
  });

  if (facts.scrollWidth > width) {
    say("overflow", `scrollWidth ${facts.scrollWidth} > ${width}; sticking out: ${facts.wide.join(", ") || "?"}`);
  }
  if (facts.lang !== locale) say("lang", `<html lang="${facts.lang}">`);
  const rtl = RTL.has(locale);
  if (facts.dir !== (rtl ? "rtl" : "ltr") || facts.direction !== facts.dir) {
    say("direction", `dir="${facts.dir}", body direction ${facts.direction}`);
  } else if (facts.brandLeft !== undefined) {
    const atStart = rtl ? facts.brandRight > facts.viewport * 0.75 : facts.brandLeft < facts.viewport * 0.25;
    if (!atStart) say("direction", `the header's brand is at ${Math.round(facts.brandLeft)}–${Math.round(facts.brandRight)} px, not at the ${rtl ? "right" : "left"}`);
  }
  const keys = [...new Set(facts.text.split(/[\s"'“”«»()[\]{},.:;!?·…]+/).filter((w) => KEYS.has(w)))];
  if (keys.length) say("untranslated-key", keys.join(", "));
  if (facts.text.includes("{$") || facts.text.includes("{ $")) say("unfilled-variable", "a `{$…}` is shown");
  if (facts.scripts) say("script", `${facts.scripts} <script> element(s)`);

  if (axe) {
    // One axe.run in the page (legacy mode: the pages have no frames) reporting violations
    // only: about a third of the default's time, which is what makes 19 locales affordable.
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS)
      .options({ resultTypes: ["violations"] }).setLegacyMode(true).analyze();
    for (const v of result.violations) {
      if (v.impact !== "serious" && v.impact !== "critical") continue;
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
      say(`axe ${v.id} (${v.impact})`, `${v.help}; ${v.nodes.length} node(s): ${where}`);
    }
  }
  return problems;
}
