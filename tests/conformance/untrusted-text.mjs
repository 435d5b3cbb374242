// Untrusted text in cards, as the official Adaptive Cards JS renderer shows it in headless Chromium.
//
// Input (stdin): a JSON array of {name, card, text}: cards our engine rendered with `text` (what a user
// typed) in their data. The FIRST entry is the baseline: the same card with harmless sample text.
//
// Each card is rendered by `adaptivecards` (the browser bundle) into its own host element of a blank page
// with no network. The page has a deliberately permissive markdown processor: markdown links and emphasis
// become <a>/<strong>/<em>, and inline HTML passes through untouched. So if untrusted text ever reached a
// markdown-rendered property (a TextBlock, a Fact) it would show up here as elements; in a TextRun it must
// stay plain characters.
//
// A card passes when:
//   - one TextRun of the card shows exactly `text` (the same code points) as plain text, with no child elements;
//   - its elements (tag names in document order) are exactly those of the baseline card: the text added
//     no <a>, <strong>, <b>, <em>, <script>, <at>… and removed nothing;
//   - no element of it exists outside its host element, and no <script> was added to the page;
//   - the page made no request, opened no dialog, raised no error and did not navigate.
//
// Output (stdout): one JSON line per card: {name, problems: [...], textRuns: [...], tags: [...]}.
// Exit status: 0 when every card passes, 1 when some card fails, 2 on bad input or a browser failure.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium).
// Run by tests/SocialRiskBot.IntegrationTests/Cards/UntrustedTextTests.cs; by hand:
//   node tests/conformance/untrusted-text.mjs < cards.json

import { launchChromium } from "../lib/chromium.mjs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { adaptiveCardsBrowserBundle } from "./official-libraries.mjs";


let input;
try {
    input = JSON.parse(await readStdin());
    if (!Array.isArray(input) || input.length < 2) {
        throw new Error("expected a JSON array: the baseline card, then at least one card to check");
    }
} catch (error) {
    console.error(`untrusted-text.mjs: cannot read the input: ${error.message}`);
    process.exit(2);
}

const profile = mkdtempSync(path.join(tmpdir(), "socialriskbot-untrusted-text-"));
let context;
try {
    context = await launchChromium(profile);
    const results = await renderAll(context, input);
    let failed = false;
    for (const result of results) {
        failed ||= result.problems.length > 0;
        process.stdout.write(JSON.stringify(result) + "\n");
    }

    process.exitCode = failed ? 1 : 0;
} catch (error) {
    console.error(`untrusted-text.mjs: ${error?.stack ?? error}`);
    process.exitCode = 2;
} finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
}

async function renderAll(browserContext, cards) {
    const page = browserContext.pages()[0] ?? (await browserContext.newPage());
    const pageEvents = [];
    // Nothing may leave the page: the renderer needs no network, so any request is the card's doing.
    await browserContext.route("**/*", route => {
        pageEvents.push(`request to ${route.request().url()}`);
        return route.abort();
    });
    page.on("dialog", dialog => {
        pageEvents.push(`dialog: ${dialog.type()} ${JSON.stringify(dialog.message())}`);
        return dialog.dismiss();
    });
    page.on("pageerror", error => pageEvents.push(`page error: ${error.message}`));

    await page.setContent('<!doctype html><html><head><meta charset="utf-8"><title>cards</title></head><body></body></html>');
    await page.addScriptTag({ path: adaptiveCardsBrowserBundle });
    const startUrl = page.url();

    const results = [];
    for (const entry of cards) {
        const eventsBefore = pageEvents.length;
        const facts = await page.evaluate(renderInPage, entry);
        // Let anything the card started (an image load, a script) surface before judging it.
        await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 0)));
        const problems = [...facts.problems, ...pageEvents.slice(eventsBefore)];
        if (page.url() !== startUrl) {
            problems.push(`the page navigated to ${page.url()}`);
        }

        results.push({ name: entry.name, problems, textRuns: facts.textRuns, tags: facts.tags });
    }

    // Every card must have exactly the baseline's elements.
    const baseline = results[0];
    for (const result of results.slice(1)) {
        const difference = firstTagDifference(baseline.tags, result.tags);
        if (difference) {
            result.problems.push(`its elements differ from the baseline card's: ${difference}`);
        }
    }

    return results;
}

/** Runs in the page: renders one card into a fresh host element and reports what it became. */
function renderInPage({ card, text }) {
    const AC = window.AdaptiveCards;
    // Deliberately permissive (see the header): a worst case for text that reaches markdown.
    AC.AdaptiveCard.onProcessMarkdown = (markdown, result) => {
        result.outputHtml = markdown
            .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '<a href="$2">$1</a>')
            .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
            .replace(/__([^_]+)__/g, "<b>$1</b>")
            .replace(/(^|[^*])\*([^*]+)\*/g, "$1<em>$2</em>");
        result.didProcess = true;
    };

    const problems = [];
    const scriptsBefore = document.scripts.length;
    const host = document.createElement("div");
    host.id = "card-host";
    document.body.appendChild(host);
    try {
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.parse(card);
        const rendered = adaptiveCard.render();
        if (!rendered) {
            return { problems: ["the renderer produced nothing"], textRuns: [], tags: [] };
        }

        host.appendChild(rendered);
        const runs = [...host.querySelectorAll(".ac-textRun")];
        const textRuns = runs.map(run => run.textContent);
        const exact = runs.filter(run => run.textContent === text);
        if (exact.length === 0) {
            const closest = textRuns.find(run => run.length > 0 && (text.startsWith(run) || run.includes(text.slice(0, 8))));
            problems.push(`no TextRun shows the text exactly${closest === undefined ? "" : ` (closest: ${JSON.stringify(closest.slice(0, 200))})`}`);
        } else if (exact.some(run => run.children.length > 0)) {
            problems.push("the TextRun showing the text contains elements");
        }

        if (!host.textContent.includes(text)) {
            problems.push("the card's text does not contain the text literally");
        }

        const outside = [...document.body.querySelectorAll("*")].filter(element => element !== host && !host.contains(element));
        if (outside.length > 0) {
            problems.push(`elements outside the card: ${outside.map(element => element.tagName.toLowerCase()).join(", ")}`);
        }

        if (document.scripts.length !== scriptsBefore) {
            problems.push(`the page has ${document.scripts.length - scriptsBefore} more <script> element(s)`);
        }

        const tags = [...host.querySelectorAll("*")].map(element => element.tagName.toLowerCase());
        return { problems, textRuns, tags };
    } catch (error) {
        return { problems: [`rendering threw: ${error?.message ?? error}`], textRuns: [], tags: [] };
    } finally {
        host.remove();
    }
}

/** Null when both tag lists are equal, otherwise a short description of the first difference. */
function firstTagDifference(expected, actual) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
        if (expected[i] !== actual[i]) {
            return `element #${i + 1} is <${actual[i] ?? "nothing"}> where the baseline has <${expected[i] ?? "nothing"}>`
                + ` (${actual.length} elements, baseline ${expected.length}; extra tags: ${extraTags(expected, actual) || "none"})`;
        }
    }

    return null;
}

function extraTags(expected, actual) {
    const counts = new Map();
    expected.forEach(tag => counts.set(tag, (counts.get(tag) ?? 0) - 1));
    actual.forEach(tag => counts.set(tag, (counts.get(tag) ?? 0) + 1));
    return [...counts].filter(([, count]) => count > 0).map(([tag, count]) => `${count} <${tag}>`).join(", ");
}

async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin) {
        chunks.push(chunk);
    }

    return Buffer.concat(chunks).toString("utf8");
}
