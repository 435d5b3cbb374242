// End-to-end test: a user in Microsoft's Agents Playground (a local Teams client) talks to the bot.
// Drives the Playground's own web UI in headless Debian Chromium, so the cards are rendered by
// Microsoft's Adaptive Cards renderer exactly as a Teams user would see them.
//
// It starts nothing but the browser: scripts/test.sh builds and starts the bot and the Playground (with the
// mock tenant of tests/e2e/m365agentsplayground.yml), then runs
//   PLAYGROUND_URL=http://localhost:<port> node tests/e2e/playground.e2e.mjs
// The same works against ./scripts/run.sh (PLAYGROUND_URL=http://localhost:56150), but the welcome and
// settings steps need a bot that has never seen this user (fresh storage: delete .data/ first).
//
// Every journey runs on a phone's screen (390x844): after each card the bot sends or updates in Personal Chat,
// every label a person taps on it (buttons, tappable rows, choices) is measured in the browser and the step
// fails if one is cut off (lib/playground.mjs, expectLabelsInFull).
//
// Journeys: the tenant (team and channels), the welcome card on install and not again on reload, the help
// card and its button, a card submit round trip (settings saved in place, read back from storage), policy
// questions (a paraphrase gets its answer card, an out-of-scope question the honest fallback, a vague one
// "Did you mean…" whose button replaces the card with the answer), and an incident report (one card replaced in place from category to case number, then the case card in the
// owner's channel and the notice in the risk committee's, both posted by the bot's outbox), and the case worked
// from its card (Acknowledge updates the same card in place for the channel and tells the reporter in Personal
// Chat; pressing it again changes nothing and the bot says why in the card's thread), and (i) a training module
// taken to the end (each answer replaces its question card with the feedback, Next brings the next question, a
// score card closes it) and then marked passed in the module list, a second module with a wrong answer and its
// review, and "refresh" with nothing due yet leading back to the modules, and (j) an anonymous report whose case card
// never names the reporter, a responder's question relayed to the reporter and their answer in the case thread, and
// (k) the reporter's side: a story typed in chat fills the form in progress, the case resolved, "my reports" with
// the resolution, and "This is not fixed" reopening the case.
//
// Environment:
//   PLAYGROUND_URL     required
//   E2E_ARTIFACTS      where the browser profile and, on failure, the screenshot and page text go
//                      (default: a new temporary folder)
//   CHROMIUM_PATH      default /usr/bin/chromium
//   E2E_STEP_TIMEOUT   milliseconds per step, default 30000
//   E2E_DEBUG=1        also print every message the Playground streams to the page
//   E2E_SCREENSHOTS=1  also save welcome.png, help.png, settings.png, settings-saved.png, faq-*.png, report-*.png,
//                      channel-*.png, reporter-*.png and my-reports.png in E2E_ARTIFACTS, and each card the
//                      journeys wait for as cards/NN-*.png (scripts/screenshots.sh runs it so)
//
// Exit status 0 when every step passed, 1 otherwise.
//
// This file is the table of contents: the journeys run in this order, each in its own file under journeys/,
// sharing one page and one context (the state later steps read); lib/playground.mjs is the shared driver.

import { BOT_CARD, HELP_TEXT, WELCOME_TEXT, closeBrowser, openPlayground, passedSteps, saveFailureArtifacts, seconds, stepTimeout, streamEvents } from "./lib/playground.mjs";
import { installAndHelp } from "./journeys/install-and-help.mjs";
import { settings } from "./journeys/settings.mjs";
import { faq } from "./journeys/faq.mjs";
import { reportAndCase } from "./journeys/report-and-case.mjs";
import { wholeRun } from "./journeys/whole-run.mjs";
import { training } from "./journeys/training.mjs";
import { anonymousRelay } from "./journeys/anonymous-relay.mjs";
import { myReports } from "./journeys/my-reports.mjs";
import { reporterSide } from "./journeys/reporter-side.mjs";

// The whole run is bounded even if something hangs outside a step (browser launch, close).
const watchdog = setTimeout(() => {
    console.error(`\nFAIL: the e2e test did not finish within ${watchdogSeconds()} s`);
    process.exit(1);
}, watchdogSeconds() * 1000);
watchdog.unref();

const started = Date.now();

try {
    const page = await openPlayground();
    const context = {
        page,
        botCards: page.locator(BOT_CARD),
        welcomeCards: page.locator(BOT_CARD).filter({ hasText: WELCOME_TEXT }),
        helpCards: page.locator(BOT_CARD).filter({ hasText: HELP_TEXT }),
        streamEvents,
    };

    await installAndHelp(context); // the tenant, (a) welcome, (b) help, (c) its button
    await settings(context); // (d)
    await faq(context); // (e)
    await reportAndCase(context); // (f) report, (g) channel posts, (h) the case acknowledged
    await wholeRun(context); // what the bot sent over the whole run
    await myReports(context); // the case in "my reports", in the reader's own time
    await training(context); // (i)
    await anonymousRelay(context); // (j)
    await reporterSide(context); // (k)

    console.log(`\nEnd-to-end test finished in ${seconds(Date.now() - started)} s`);
    console.log(`e2e: ${passedSteps()} passed, 0 failed`);
    await closeBrowser();
    process.exit(0);
} catch (error) {
    console.error(`\nFAIL: ${error.message}`);
    await saveFailureArtifacts();
    console.log(`\ne2e: ${passedSteps()} passed, 1 failed`);
    await closeBrowser();
    process.exit(1);
}

function watchdogSeconds() {
    return Math.ceil((stepTimeout * 10) / 1000);
}
