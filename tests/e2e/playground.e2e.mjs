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
// Journeys: the tenant (team and channels), the welcome card on install and not again on reload, the help
// card and its button, a card submit round trip (settings saved in place, read back from storage), policy
// questions (a paraphrase gets its answer card, an out-of-scope question the honest fallback, a vague one
// "Did you mean…" whose button replaces the card with the answer), and an incident report (one card replaced in place from category to case number, then the case card in the
// owner's channel and the notice in the risk committee's, both posted by the bot's outbox), and the case worked
// from its card (Acknowledge updates the same card in place for the channel and tells the reporter in Personal
// Chat; pressing it again changes nothing and the bot says why in the card's thread), and (i) a training module
// taken to the end (each answer replaces its question card with the feedback, Next brings the next question, a
// score card closes it) and then marked passed in the module list.
//
// Environment:
//   PLAYGROUND_URL     required
//   E2E_ARTIFACTS      where the browser profile and, on failure, the screenshot and page text go
//                      (default: a new temporary folder)
//   CHROMIUM_PATH      default /usr/bin/chromium
//   E2E_STEP_TIMEOUT   milliseconds per step, default 30000
//   E2E_DEBUG=1        also print every message the Playground streams to the page
//   E2E_SCREENSHOTS=1  also save welcome.png, help.png, settings.png, settings-saved.png, faq-*.png, report-*.png,
//                      channel-*.png and reporter-*.png in E2E_ARTIFACTS, to look at the cards
//
// Exit status 0 when every step passed, 1 otherwise.

import { launchChromium } from "../lib/chromium.mjs";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

const playgroundUrl = requiredEnv("PLAYGROUND_URL");
const artifacts = process.env.E2E_ARTIFACTS || mkdtempSync(path.join(tmpdir(), "socialriskbot-e2e-"));
const stepTimeout = Number(process.env.E2E_STEP_TIMEOUT || 30_000);
const debug = process.env.E2E_DEBUG === "1";
const screenshots = process.env.E2E_SCREENSHOTS === "1";

// What the user sees. Texts come from cards/welcome.json, cards/help.json, cards/settings.json,
// cards/settings-saved.json and the bot's default departments (cards/settings.data.json).
const WELCOME_TEXT = "Welcome to SocialRiskBot";
const HELP_TEXT = "Here's what I can do";
const HELP_MENTIONS = ["train", "ask", "report", "my reports"];
const SETTINGS_TEXT = "Your settings";
const SETTINGS_SAVED_TEXT = "Settings saved";
const DEPARTMENT_PLACEHOLDER = "Choose your department";
const DEPARTMENTS = [
    "IT security",
    "Legal & compliance",
    "HR",
    "Communications",
    "Customer care",
    "Marketing",
    "Vendor management",
    "Social-media risk committee",
];
const REMINDERS_LABEL = "Send me short refresher reminders (at most once a day, in working hours)";

// (i) Training: the first module of the list, answered from its own content file (content/training/*.yaml,
// ordered by their order: key), so the test follows the content as it is edited.
const TRAINING_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "content", "training");
const TRAINING_MODULES = readdirSync(TRAINING_DIR).filter(f => f.endsWith(".yaml"))
    .map(f => parseYaml(readFileSync(path.join(TRAINING_DIR, f), "utf8")))
    .sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || a.id.localeCompare(b.id));
const TRAINING_MODULE = TRAINING_MODULES[0];
const TRAINING_TEXT = "Your training";
const TODAY = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

// The mock tenant of tests/e2e/m365agentsplayground.yml. The Playground always adds General (whose id is
// the team's) and accepts only one more channel (see the comment at the top of the yml).
const CONFIG_FILE = "m365agentsplayground.yml";
const TEAM_NAME = "Social Media Risk";
const TEAM_CHANNELS = ["General", "Social-media risk committee"];

// The incident report, as Alex fills it in. Texts come from cards/report-*.json, the bot's default categories
// (cards/report-category.data.json shows them) and its platforms and urgencies (cards/report-details.data.json).
const PERSONAL_CHAT_ID = "personal-chat-alex-wilber"; // personalChat.id in the yml
// (e) The FAQ. The paraphrase shares no full phrasing with its entry; the vague question is
// one word (never answered outright, however close); the out-of-scope one is IT help desk.
const FAQ_PARAPHRASE = "someone got into our company instagram and it's posting spam, what do I do";
const FAQ_ANSWER_TITLE = "What should I do if a company social-media account has been hacked?";
const FAQ_OUT_OF_SCOPE = "how do I connect to the VPN from home?";
const FAQ_FALLBACK_TEXT = "I don't have an answer for that yet";
const FAQ_VAGUE = "linkedin";
const DID_YOU_MEAN_TEXT = "Did you mean";
const NONE_OF_THESE = "None of these";

const REPORT_TEXT = "Report a problem";
const CATEGORIES = [
    "A company account was hacked",
    "Someone is pretending to be us",
    "A scam message or link",
    "Private information was posted",
    "A colleague posted something offensive",
    "Criticism of us is spreading",
    "A customer is complaining publicly",
    "Something was posted by mistake",
    "An agency or vendor got it wrong",
    "Someone is harassed online over work",
    "Something else",
];
const CATEGORY = "A company account was hacked";
const DETAILS_TEXT = "Tell us what happened";
const PLATFORM_PLACEHOLDER = "Choose the app or site";
const PLATFORM = "Instagram";
const LINK_PLACEHOLDER = "https://…";
const LINK = "https://www.instagram.com/contoso/";
const WHAT_HAPPENED_PLACEHOLDER = "e.g. Our account posted things we never wrote";
// Characters that Markdown or HTML would eat, to see that the reporter's words are shown as typed.
const WHAT_HAPPENED = "Our Instagram account is posting crypto giveaways and none of us can log in. " +
    "The bio now says **FREE BTC** for_everyone_ <b>today</b> & [claim](https://example.com).";
const OFFICIAL_ACCOUNT_LABEL = "It involves one of our official company accounts";
const STILL_VISIBLE_LABEL = "It is still online, or still going on";
const URGENCY = "Urgent: within the hour";
const REVIEW_TEXT = "Check your report";
// An official account still in an attacker's hands is critical, whatever the reporter's urgency.
const SEVERITY = "Critical";
const SUBMITTED_TEXT = "Report sent";
const CASE_NUMBER = /^SMR-\d{4}-\d{4,}$/;
// Where the bot's Development settings (appsettings.Development.json) post cases: every department to the
// team's General channel (whose id is the team's), the risk committee to its own channel.
const GENERAL_CHANNEL_ID = "19:social-media-risk@thread.tacv2";
const RISK_COMMITTEE_CHANNEL_ID = "19:risk-committee@thread.tacv2";
// The outbox delivers within its poll interval (2 s by default); a wide margin for a busy machine.
const CHANNEL_POST_TIMEOUT = 15_000;
// To see that something does NOT come, watch the stream for longer than one outbox poll (2 s by default): a
// message the bot stored without waking the outbox would go out on the next poll.
const OUTBOX_QUIET_WINDOW = 3_000;

// Working the case from its card in General. Alex is a member of the team that IT security (the owner of hacked
// accounts) points at, so Alex may act. Texts come from cards/case.json and the bot's case status, history
// and reporter messages.
const OWNER = "IT security";
const ACKNOWLEDGE = "Acknowledge";
const ACKNOWLEDGED_STATUS = `Acknowledged by ${OWNER}`;
const ACKNOWLEDGED_HISTORY = "acknowledged it";
const pickedUp = caseNumber => new RegExp(`picked up your report ${caseNumber}(?!\\d)`);

// Selectors of the Playground 0.2.x UI (see docs/tooling-notes.md).
const COMPOSE_BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const SEND_BUTTON = 'button[aria-label="Send Message"]';
// A bot's message in a chat (card or text) is a bubble; its card is inside.
const BOT_BUBBLE = ".fai-OutputCard";
const BOT_CARD = `${BOT_BUBBLE} .ac-adaptiveCard`;
const cardButton = title => `.ac-actionSet button[aria-label="${title}"]`;
// A Container with a selectAction: the renderer makes the whole row a button.
const TAPPABLE_ROW = ".ac-selectable";
// A channel shows each post (and the new-post box above them) as a Fluent card, not as a chat bubble.
const CHANNEL_POST = '[role="group"].fui-Card';
const CHANNEL_CARD = `${CHANNEL_POST} .ac-adaptiveCard`;

// The whole run is bounded even if something hangs outside a step (browser launch, close).
const watchdog = setTimeout(() => {
    console.error(`\nFAIL: the e2e test did not finish within ${watchdogSeconds()} s`);
    process.exit(1);
}, watchdogSeconds() * 1000);
watchdog.unref();

const started = Date.now();
let passed = 0;
let browser;
let page;
// Every createMessage / updateMessage the Playground streamed to a page, as {action, messageId,
// conversationId, json}, so that a second welcome is caught even if it arrives just before a reload, so that
// an update in place can be told from a new message, and so that a channel post is seen wherever it lands.
const streamEvents = [];
const streamWaiters = new Set();

try {
    browser = await openBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(stepTimeout);
    page.on("websocket", recordBotMessages);

    const welcomeCards = page.locator(BOT_CARD).filter({ hasText: WELCOME_TEXT });
    const helpCards = page.locator(BOT_CARD).filter({ hasText: HELP_TEXT });
    const botCards = page.locator(BOT_CARD);

    await step("the Playground opens and the bot answers its install events with 200", async () => {
        await page.goto(playgroundUrl, { waitUntil: "domcontentloaded" });
        await page.locator(COMPOSE_BOX).waitFor();
        await expectInstallEventsAnswered();
    });

    await step(`the tenant is ${CONFIG_FILE}'s: team "${TEAM_NAME}" with ${TEAM_CHANNELS.join(", ")} under Teams Channel`, async () => {
        // The Playground says in its log panel which file it loaded; without one it silently uses its own
        // built-in tenant ("My Team").
        const loaded = page.getByText(/Configuration file is loaded from/).first();
        await loaded.waitFor().catch(() => {
            throw new Error(`the Playground's log panel does not say that it loaded a configuration file`);
        });
        const loadedText = await loaded.innerText();
        if (!loadedText.includes(CONFIG_FILE)) {
            throw new Error(`the Playground loaded another configuration file: ${loadedText.trim()}`);
        }
        const channels = page.getByRole("tree", { name: "Teams Channel" }).getByRole("treeitem");
        const expected = TEAM_CHANNELS.map(channel => `${TEAM_NAME} - ${channel}`);
        await channels.nth(expected.length - 1).waitFor();
        const shown = await channels.evaluateAll(items => items.map(item => item.getAttribute("aria-label")));
        if (JSON.stringify(shown) !== JSON.stringify(expected)) {
            throw new Error(`Teams Channel lists ${JSON.stringify(shown)} (expected ${JSON.stringify(expected)})`);
        }
        // Each entry shows the channel's name over the team's, as a user reads it.
        for (const [index, channel] of TEAM_CHANNELS.entries()) {
            const lines = (await channels.nth(index).innerText()).split("\n").map(line => line.trim());
            if (!lines.includes(channel) || !lines.includes(TEAM_NAME)) {
                throw new Error(`the Teams Channel entry for "${channel}" reads ${JSON.stringify(lines)}`);
            }
        }
    });

    await step(`(a) exactly one "${WELCOME_TEXT}" card in Personal Chat, greeting Alex by name`, async () => {
        await page.getByRole("treeitem", { name: "Personal Chat", exact: true }).click();
        await welcomeCards.first().waitFor();
        await expectCount(welcomeCards, 1, "welcome cards");
        // The Playground's user is "Alex Wilber"; its install events carry no name, so the bot asks the roster.
        const greeting = await welcomeCards.first().innerText();
        if (!greeting.includes("Hi Alex")) {
            throw new Error(`the welcome card does not greet Alex by name. It reads:\n${greeting}`);
        }
        await keepScreenshot("welcome.png");
    });

    await step("(a) after a reload the install events are answered again and no second welcome comes", async () => {
        await page.reload({ waitUntil: "domcontentloaded" });
        await page.locator(COMPOSE_BOX).waitFor();
        // The Playground keeps no chat history across page loads: the first welcome card is not
        // shown again, so the page must stay free of welcome cards. The help exchange below gives
        // a late duplicate time to arrive; the last step checks the count over the whole run.
        await expectInstallEventsAnswered();
        await expectCount(welcomeCards, 0, "welcome cards after the reload");
    });

    await step(`(b) typing "help" shows "${HELP_TEXT}" with ${HELP_MENTIONS.join(", ")}`, async () => {
        const cardsBefore = await botCards.count();
        await send("help");
        const card = await newCardWith(cardsBefore, HELP_TEXT);
        const text = (await card.innerText()).toLowerCase();
        const missing = HELP_MENTIONS.filter(word => !text.includes(word));
        if (missing.length > 0) {
            throw new Error(`the help card does not mention ${missing.join(", ")}. It reads:\n${text}`);
        }
        await keepScreenshot("help.png");
    });

    await step('(c) the help card\'s "Help" button (Action.Submit) brings another help card', async () => {
        const cardsBefore = await botCards.count();
        await helpCards.last().locator(cardButton("Help")).click();
        await newCardWith(cardsBefore, HELP_TEXT);
    });

    let settingsCard; // the form, by position among the bot's cards
    let settingsCardIndex;
    let settingsMessageId; // its id in the Playground's stream

    await step(`(d) typing "settings" shows "${SETTINGS_TEXT}": a department choice and a reminders toggle, ticked`, async () => {
        settingsCardIndex = await botCards.count();
        const eventsBefore = streamEvents.length;
        await send("settings");
        settingsCard = await newCardWith(settingsCardIndex, SETTINGS_TEXT);
        const department = settingsCard.getByRole("combobox");
        await expectCount(department, 1, "department choices in the settings card");
        const placeholder = await department.getAttribute("placeholder");
        const value = await department.inputValue();
        if (placeholder !== DEPARTMENT_PLACEHOLDER || value !== "") {
            throw new Error(`the department choice shows "${value}" over "${placeholder}" (expected an empty choice over "${DEPARTMENT_PLACEHOLDER}")`);
        }
        const reminders = settingsCard.getByRole("checkbox", { name: REMINDERS_LABEL, exact: true });
        await expectCount(reminders, 1, `"${REMINDERS_LABEL}" toggles`);
        if (!(await reminders.isChecked())) throw new Error("the reminders toggle of a new user is not ticked");
        await expectCount(settingsCard.locator(cardButton("Save")), 1, '"Save" buttons in the settings card');
        const form = await nextStreamEvent(eventsBefore, e => e.action === "createMessage" && e.json.includes(SETTINGS_TEXT),
            `a new message with "${SETTINGS_TEXT}"`);
        settingsMessageId = form.messageId;
        await keepScreenshot("settings.png");
    });

    await step('(d) the department list offers every department; choose "Marketing", untick reminders', async () => {
        await settingsCard.getByRole("combobox").click();
        // The Playground draws Input.ChoiceSet (compact) as a Fluent UI combobox whose list opens outside the card.
        const options = page.getByRole("listbox").getByRole("option");
        await options.first().waitFor();
        const offered = (await options.allInnerTexts()).map(text => text.trim());
        if (JSON.stringify(offered) !== JSON.stringify(DEPARTMENTS)) {
            throw new Error(`the department list offers ${JSON.stringify(offered)} (expected ${JSON.stringify(DEPARTMENTS)})`);
        }
        await options.filter({ hasText: /^\s*Marketing\s*$/ }).click();
        await page.getByRole("listbox").waitFor({ state: "hidden" });
        const value = await settingsCard.getByRole("combobox").inputValue();
        if (value !== "Marketing") throw new Error(`the department choice shows "${value}" after choosing Marketing`);
        await settingsCard.getByRole("checkbox", { name: REMINDERS_LABEL, exact: true }).uncheck();
    });

    await step(`(d) "Save" replaces the same card in place by "${SETTINGS_SAVED_TEXT}": Marketing, reminders Off, no inputs`, async () => {
        const cardsBefore = await botCards.count();
        const eventsBefore = streamEvents.length;
        await settingsCard.locator(cardButton("Save")).click();
        // The bot's answer reaches the Playground as an update of the form's message, not as a new message.
        const answer = await nextStreamEvent(eventsBefore,
            e => e.action === "createMessage" || (e.action === "updateMessage" && e.messageId === settingsMessageId),
            `an update of the settings card's message ${settingsMessageId}`);
        if (answer.action !== "updateMessage") {
            throw new Error(`the bot answered Save with a new message instead of updating the card: ${answer.json.slice(0, 400)}`);
        }
        if (!answer.json.includes(SETTINGS_SAVED_TEXT)) {
            throw new Error(`the settings card was updated without "${SETTINGS_SAVED_TEXT}": ${answer.json.slice(0, 400)}`);
        }
        // ...and the card at the form's position now shows the answered state.
        const sameCard = botCards.nth(settingsCardIndex);
        await sameCard.filter({ hasText: SETTINGS_SAVED_TEXT }).waitFor().catch(async () => {
            const actual = await sameCard.innerText({ timeout: 1000 }).catch(() => "(unreadable)");
            throw new Error(`the settings card was not replaced by "${SETTINGS_SAVED_TEXT}". It reads:\n${actual}`);
        });
        await expectCount(botCards, cardsBefore, "bot cards after Save (the card must be replaced, not added)");
        const creates = streamEvents.slice(eventsBefore).filter(e => e.action === "createMessage").length;
        if (creates !== 0) throw new Error(`the bot sent ${creates} new message(s) on Save (expected only the update)`);
        const facts = await factsOf(sameCard);
        if (facts.Department !== "Marketing" || facts.Reminders !== "Off") {
            throw new Error(`the saved card shows ${JSON.stringify(facts)} (expected Department Marketing, Reminders Off)`);
        }
        await expectCount(sameCard.locator("input, select, textarea"), 0, "inputs in the saved card");
        await expectCount(sameCard.locator(cardButton("Save")), 0, '"Save" buttons in the saved card');
        await keepScreenshot("settings-saved.png");
    });

    await step('(d) typing "settings" again shows a new form with Marketing chosen and reminders off (read back)', async () => {
        const cardsBefore = await botCards.count();
        await send("settings");
        const card = await newCardWith(cardsBefore, SETTINGS_TEXT);
        const department = card.getByRole("combobox");
        const value = await department.inputValue();
        if (value !== "Marketing") throw new Error(`the new form's department choice shows "${value}" (expected Marketing)`);
        await department.click();
        const selected = page.getByRole("listbox").getByRole("option", { selected: true });
        await selected.first().waitFor();
        const selectedTexts = (await selected.allInnerTexts()).map(text => text.trim());
        if (JSON.stringify(selectedTexts) !== JSON.stringify(["Marketing"])) {
            throw new Error(`the department list marks ${JSON.stringify(selectedTexts)} as selected (expected ["Marketing"])`);
        }
        await page.keyboard.press("Escape");
        if (await card.getByRole("checkbox", { name: REMINDERS_LABEL, exact: true }).isChecked()) {
            throw new Error("the new form's reminders toggle is ticked (it was saved as off)");
        }
        // The answered card above stays as it was.
        await botCards.nth(settingsCardIndex).filter({ hasText: SETTINGS_SAVED_TEXT }).waitFor();
    });

    let didYouMeanMessageId; // the "Did you mean…" card, replaced once by the answer chosen

    await step(`(e) a paraphrased question gets the answer card "${FAQ_ANSWER_TITLE}" with its policy and feedback buttons`, async () => {
        const cardsBefore = await botCards.count();
        await send(FAQ_PARAPHRASE);
        const card = await newCardWith(cardsBefore, FAQ_ANSWER_TITLE);
        for (const title of ["Helpful", "Not helpful", "Read the policy"]) {
            await expectCount(card.locator(cardButton(title)), 1, `"${title}" buttons on the answer card`);
        }
        await expectShownAsTyped(card, FAQ_PARAPHRASE, "the question in the answer card");
        await keepScreenshot("faq-answer.png");
    });

    await step(`(e) an out-of-scope question gets the honest fallback: "${FAQ_FALLBACK_TEXT}", browse topics or ask the policy team`, async () => {
        const cardsBefore = await botCards.count();
        await send(FAQ_OUT_OF_SCOPE);
        const card = await newCardWith(cardsBefore, FAQ_FALLBACK_TEXT);
        for (const title of ["Browse topics", "Ask the policy team"]) {
            await expectCount(card.locator(cardButton(title)), 1, `"${title}" buttons on the fallback card`);
        }
        await expectCount(card.locator(cardButton("Helpful")), 0, '"Helpful" buttons on the fallback card');
    });

    await step(`(e) "${FAQ_VAGUE}" gets "${DID_YOU_MEAN_TEXT}…" with up to 3 questions; the first replaces the card with its answer`, async () => {
        const cardIndex = await botCards.count();
        const eventsBefore = streamEvents.length;
        await send(FAQ_VAGUE);
        const card = await newCardWith(cardIndex, DID_YOU_MEAN_TEXT);
        const message = await nextStreamEvent(eventsBefore, e => inPersonalChat(e) && e.action === "createMessage" && e.json.includes(DID_YOU_MEAN_TEXT),
            `a new message with "${DID_YOU_MEAN_TEXT}"`);
        const titles = (await card.locator(".ac-actionSet button").evaluateAll(buttons => buttons.map(b => b.getAttribute("aria-label"))))
            .filter(title => title !== NONE_OF_THESE);
        if (titles.length < 1 || titles.length > 3) {
            throw new Error(`"${DID_YOU_MEAN_TEXT}" offers ${titles.length} questions (expected 1 to 3): ${JSON.stringify(titles)}`);
        }
        await expectCount(card.locator(cardButton(NONE_OF_THESE)), 1, `"${NONE_OF_THESE}" buttons`);
        didYouMeanMessageId = message.messageId;
        await tapExpectingUpdateInPlace(() => card.locator(cardButton(titles[0])).click(), cardIndex, message.messageId, titles[0], `"${titles[0]}"`);
        await expectCount(botCards.nth(cardIndex).locator(cardButton("Helpful")), 1, '"Helpful" buttons on the answer that replaced it');
        await keepScreenshot("faq-did-you-mean.png");
    });

    let reportCard; // the report card, by position among the bot's cards; every step replaces it in place
    let reportCardIndex;
    let reportMessageId; // its id in the Playground's stream
    let reportEventsFrom; // stream index when "report" was typed
    let caseNumber;
    // When "Send report" was tapped, and the stream index just before (the channel posts may beat the update).
    let sent;
    let caseCardMessageId; // the case card's post in General, in the Playground's stream
    let acknowledged; // when Acknowledge was pressed, and the stream index just before
    let acknowledgedCardText; // the case card as it reads once acknowledged

    await step(`(f) typing "report" shows "${REPORT_TEXT}" with one tappable row per category`, async () => {
        reportCardIndex = await botCards.count();
        reportEventsFrom = streamEvents.length;
        await send("report");
        reportCard = await newCardWith(reportCardIndex, REPORT_TEXT);
        // Each row is a Container with a selectAction: its first line is the category, a description follows.
        const rows = await reportCard.locator(TAPPABLE_ROW).evaluateAll(items => items.map(item => ({
            role: item.getAttribute("role"),
            label: item.querySelector(".ac-textBlock")?.innerText.trim(),
        })));
        const labels = rows.map(row => row.label);
        if (JSON.stringify(labels) !== JSON.stringify(CATEGORIES)) {
            throw new Error(`the tappable rows read ${JSON.stringify(labels)} (expected one per category: ${JSON.stringify(CATEGORIES)})`);
        }
        const notButtons = rows.filter(row => row.role !== "button").map(row => row.label);
        if (notButtons.length > 0) throw new Error(`these rows are not buttons: ${JSON.stringify(notButtons)}`);
        const form = await nextStreamEvent(reportEventsFrom,
            e => e.action === "createMessage" && inPersonalChat(e) && e.json.includes(REPORT_TEXT),
            `new message with "${REPORT_TEXT}"`);
        reportMessageId = form.messageId;
        await keepScreenshot("report-category.png");
    });

    await step(`(f) tapping the row "${CATEGORY}" turns the same card into "${DETAILS_TEXT}"`, async () => {
        const row = reportCard.locator(TAPPABLE_ROW).filter({ has: page.getByText(CATEGORY, { exact: true }) });
        await expectCount(row, 1, `rows reading "${CATEGORY}"`);
        await tapExpectingUpdateInPlace(() => row.click(), reportCardIndex, reportMessageId, DETAILS_TEXT, `the row "${CATEGORY}"`);
        const text = await reportCard.innerText();
        if (!text.includes(CATEGORY)) throw new Error(`the details card does not name the category. It reads:\n${text}`);
        await keepScreenshot("report-details.png");
    });

    await step(`(f) fill in the form: ${PLATFORM}, a link, what happened, official account and still online ticked, "${URGENCY}"`, async () => {
        // The platform is an Input.ChoiceSet (compact): a Fluent combobox, as in the settings card.
        const platform = reportCard.getByPlaceholder(PLATFORM_PLACEHOLDER, { exact: true });
        await expectCount(platform, 1, `"${PLATFORM_PLACEHOLDER}" choices in the details card`);
        await platform.click();
        await page.getByRole("listbox").getByRole("option", { name: PLATFORM, exact: true }).click();
        await page.getByRole("listbox").waitFor({ state: "hidden" });
        const chosen = await platform.inputValue();
        if (chosen !== PLATFORM) throw new Error(`the platform choice shows "${chosen}" after choosing ${PLATFORM}`);
        await reportCard.getByPlaceholder(LINK_PLACEHOLDER, { exact: true }).fill(LINK);
        await reportCard.getByPlaceholder(WHAT_HAPPENED_PLACEHOLDER, { exact: true }).fill(WHAT_HAPPENED);
        for (const label of [OFFICIAL_ACCOUNT_LABEL, STILL_VISIBLE_LABEL]) {
            const toggle = reportCard.getByRole("checkbox", { name: label, exact: true });
            await expectCount(toggle, 1, `"${label}" toggles`);
            if (await toggle.isChecked()) throw new Error(`"${label}" is ticked before Alex ticks it`);
            await toggle.check();
        }
        const urgency = reportCard.getByRole("radio", { name: URGENCY, exact: true });
        await expectCount(urgency, 1, `"${URGENCY}" choices`);
        await urgency.check();
        await keepScreenshot("report-filled.png");
    });

    await step(`(f) "Next" turns the same card into "${REVIEW_TEXT}": ${SEVERITY} severity, the report as typed`, async () => {
        await tapExpectingUpdateInPlace(() => reportCard.locator(cardButton("Next")).click(),
            reportCardIndex, reportMessageId, REVIEW_TEXT, '"Next"');
        const lines = (await reportCard.innerText()).split("\n").map(line => line.trim());
        if (!lines.includes(`Severity: ${SEVERITY}`)) {
            throw new Error(`the review card does not say "Severity: ${SEVERITY}". It reads:\n${lines.join("\n")}`);
        }
        await expectShownAsTyped(reportCard, WHAT_HAPPENED, "what happened");
        await expectShownAsTyped(reportCard, LINK, "the link");
        const facts = await factsOf(reportCard);
        const expected = { Where: PLATFORM, "Still visible": "Yes", "Official account": "Yes", Urgency: URGENCY };
        const wrong = Object.keys(expected).filter(title => facts[title] !== expected[title]);
        if (wrong.length > 0) {
            throw new Error(`the review card shows ${JSON.stringify(facts)} (expected ${JSON.stringify(expected)} among them)`);
        }
        await expectCount(reportCard.locator("input, select, textarea"), 0, "inputs in the review card");
        await expectCount(reportCard.locator(cardButton("Send report")), 1, '"Send report" buttons in the review card');
        await keepScreenshot("report-review.png");
    });

    await step(`(f) "Send report" turns the same card into "${SUBMITTED_TEXT}" with a case number SMR-yyyy-nnnn`, async () => {
        sent = { at: Date.now(), eventsFrom: streamEvents.length };
        await tapExpectingUpdateInPlace(() => reportCard.locator(cardButton("Send report")).click(),
            reportCardIndex, reportMessageId, SUBMITTED_TEXT, '"Send report"');
        const lines = (await reportCard.innerText()).split("\n").map(line => line.trim());
        const numbers = lines.filter(line => CASE_NUMBER.test(line));
        if (numbers.length !== 1) {
            throw new Error(`the sent report's card shows ${numbers.length} case numbers like ${CASE_NUMBER} (expected 1). It reads:\n${lines.join("\n")}`);
        }
        caseNumber = numbers[0];
        const facts = await factsOf(reportCard);
        if (facts.Problem !== CATEGORY || facts.Severity !== SEVERITY) {
            throw new Error(`the sent report's card shows ${JSON.stringify(facts)} (expected Problem "${CATEGORY}", Severity ${SEVERITY})`);
        }
        await expectCount(reportCard.locator("input, select, textarea, button"), 0, "inputs and buttons in the sent report's card");
        await keepScreenshot("report-sent.png");
    });

    await step(`(g) in "${TEAM_NAME} - General" the case card is a new post within ${seconds(CHANNEL_POST_TIMEOUT)} s: case number, ${SEVERITY}, the report as typed`, async () => {
        const { post, messageId } = await openChannelAndFindPost("General", GENERAL_CHANNEL_ID, caseNumber, sent);
        caseCardMessageId = messageId;
        const card = post.locator(".ac-adaptiveCard");
        const lines = (await card.innerText()).split("\n").map(line => line.trim());
        if (lines[0] !== `Case ${caseNumber}` || !lines.includes(`${SEVERITY} severity`)) {
            throw new Error(`the case card does not start with "Case ${caseNumber}" and say "${SEVERITY} severity". It reads:\n${lines.join("\n")}`);
        }
        await expectShownAsTyped(card, WHAT_HAPPENED, "what happened");
        await keepScreenshot("channel-general.png");
    });

    await step(`(g) in "${TEAM_NAME} - ${TEAM_CHANNELS[1]}" a notice of the same case is a new post (critical cases)`, async () => {
        const { post } = await openChannelAndFindPost(TEAM_CHANNELS[1], RISK_COMMITTEE_CHANNEL_ID, caseNumber, sent);
        const text = await post.locator(".ac-adaptiveCard").innerText();
        if (!text.includes(SEVERITY)) throw new Error(`the risk committee's notice does not say ${SEVERITY}. It reads:\n${text}`);
        await keepScreenshot("channel-risk-committee.png");
    });

    await step(`(h) in General, "${ACKNOWLEDGE}" on the case card updates that same card within ${seconds(CHANNEL_POST_TIMEOUT)} s: "${ACKNOWLEDGED_STATUS}", history "Alex Wilber · ${ACKNOWLEDGED_HISTORY}"`, async () => {
        const { post, card } = await openCaseCard(caseNumber);
        const before = await factsOf(card);
        const historyBefore = historyLines(await card.innerText());
        if (before.Status === ACKNOWLEDGED_STATUS || historyBefore.some(line => line.endsWith(ACKNOWLEDGED_HISTORY))) {
            throw new Error(`the case card reads as acknowledged before anyone pressed "${ACKNOWLEDGE}": status "${before.Status}", history ${JSON.stringify(historyBefore)}`);
        }
        const postsBefore = await page.locator(CHANNEL_POST).count();
        acknowledged = { at: Date.now(), eventsFrom: streamEvents.length };
        await card.locator(cardButton(ACKNOWLEDGE)).click();
        // The bot answers through the outbox: an update of the case card's message, not a new post.
        const update = await nextStreamEvent(acknowledged.eventsFrom,
            e => e.action === "updateMessage" && e.messageId === caseCardMessageId,
            `update of the case card's message ${caseCardMessageId}`, acknowledged.at + CHANNEL_POST_TIMEOUT - Date.now());
        if (update.conversationId !== GENERAL_CHANNEL_ID) {
            throw new Error(`the case card's message was updated in ${update.conversationId} (expected ${GENERAL_CHANNEL_ID})`);
        }
        if (!update.json.includes(ACKNOWLEDGED_STATUS)) {
            throw new Error(`the case card was updated without "${ACKNOWLEDGED_STATUS}": ${update.json.slice(0, 600)}`);
        }
        console.log(`      updated ${seconds(update.at - acknowledged.at)} s after "${ACKNOWLEDGE}"`);
        await card.filter({ hasText: ACKNOWLEDGED_STATUS }).waitFor().catch(async () => {
            const actual = await card.innerText({ timeout: 1000 }).catch(() => "(unreadable)");
            throw new Error(`the case card in General does not show "${ACKNOWLEDGED_STATUS}" after the update. It reads:\n${actual}`);
        });
        const facts = await factsOf(card);
        if (facts.Status !== ACKNOWLEDGED_STATUS) {
            throw new Error(`the case card's status reads "${facts.Status}" (expected "${ACKNOWLEDGED_STATUS}")`);
        }
        // Everything else on the card stays as it was: same case, category, platform, deadline.
        const changed = Object.keys(before).filter(title => title !== "Status" && facts[title] !== before[title]);
        if (changed.length > 0) {
            throw new Error(`acknowledging also changed ${changed.join(", ")}: ${JSON.stringify(before)} became ${JSON.stringify(facts)}`);
        }
        acknowledgedCardText = await card.innerText();
        const history = historyLines(acknowledgedCardText);
        const expectedHistory = [...historyBefore, `· Alex Wilber · ${ACKNOWLEDGED_HISTORY}`];
        const historyOk = history.length === expectedHistory.length &&
            history.every((line, index) => index < historyBefore.length ? line === historyBefore[index] : line.endsWith(expectedHistory[index]));
        if (!historyOk) {
            throw new Error(`the case card's history reads ${JSON.stringify(history)} (expected ${JSON.stringify(historyBefore)} and then "… ${expectedHistory.at(-1)}")`);
        }
        // Still one post about the case, and no new post or reply anywhere in General.
        await expectCount(post, 1, `posts about ${caseNumber} in General after "${ACKNOWLEDGE}"`);
        await expectCount(page.locator(CHANNEL_POST), postsBefore, `posts in General after "${ACKNOWLEDGE}" (the card must be updated, not posted again)`);
        const creates = streamEvents.slice(acknowledged.eventsFrom).filter(e => e.action === "createMessage" && inGeneral(e));
        if (creates.length !== 0) {
            throw new Error(`the bot sent ${creates.length} new message(s) in General on "${ACKNOWLEDGE}" (expected only the update): ` +
                creates.map(e => `${e.conversationId}: ${e.json.slice(0, 300)}`).join("\n"));
        }
        await keepScreenshot("channel-acknowledged.png");
    });

    await step(`(h) back in Personal Chat, a new message from the bot says ${OWNER} "picked up your report" and names the case`, async () => {
        const told = await nextStreamEvent(acknowledged.eventsFrom,
            e => e.action === "createMessage" && inPersonalChat(e) && pickedUp(caseNumber).test(e.json),
            `new message in Personal Chat with "picked up your report ${caseNumber}"`, acknowledged.at + CHANNEL_POST_TIMEOUT - Date.now());
        console.log(`      sent ${seconds(told.at - acknowledged.at)} s after "${ACKNOWLEDGE}"`);
        await page.getByRole("treeitem", { name: "Personal Chat", exact: true }).click();
        const bubbles = page.locator(BOT_BUBBLE);
        const message = bubbles.filter({ hasText: pickedUp(caseNumber) });
        await message.first().waitFor().catch(async () => {
            const last = await bubbles.last().innerText({ timeout: 1000 }).catch(() => "(none)");
            throw new Error(`Personal Chat shows no message with "picked up your report ${caseNumber}". Its last bot message reads:\n${last}`);
        });
        await expectCount(message, 1, `messages in Personal Chat saying "picked up your report ${caseNumber}"`);
        const text = (await message.innerText()).trim();
        if (!text.includes(OWNER)) throw new Error(`the message does not say who picked the report up (${OWNER}). It reads:\n${text}`);
        // It is the newest message, below the report card, which keeps its "Report sent" state.
        const last = (await bubbles.last().innerText()).trim();
        if (last !== text) throw new Error(`the pick-up message is not the newest in Personal Chat; the newest reads:\n${last}`);
        await botCards.nth(reportCardIndex).filter({ hasText: SUBMITTED_TEXT }).filter({ hasText: caseNumber }).waitFor();
        console.log(`      it reads: ${text}`);
        await keepScreenshot("reporter-picked-up.png");
    });

    await step(`(h) the acknowledged card no longer offers "${ACKNOWLEDGE}" (spent), while "Assign to me" stays`, async () => {
        const { post, card } = await openCaseCard(caseNumber);
        await expectCount(card.locator(cardButton(ACKNOWLEDGE)), 0, `"${ACKNOWLEDGE}" buttons on the acknowledged case card`);
        await expectCount(card.locator(cardButton("Assign to me")), 1, `"Assign to me" buttons on the acknowledged case card`);
        const cardNow = await card.innerText();
        if (cardNow !== acknowledgedCardText) {
            throw new Error(`the case card changed since it was acknowledged. It reads:\n${cardNow}`);
        }
        await expectCount(post, 1, `posts about ${caseNumber} in General`);
        // At-least-once delivery must not show twice: no second update or message follows the first.
        await expectNoStreamEvent(streamEvents.length, e => e.action === "updateMessage" || e.action === "createMessage",
            `the acknowledged card was shown`, OUTBOX_QUIET_WINDOW);
        await keepScreenshot("channel-acknowledged.png");
    });

    await step("over the whole run the bot sent exactly one welcome card, updated the settings card once, the Did-you-mean card once, the report card 3 times and the case card once, and nothing else", async () => {
        // Back in Personal Chat, where the welcome card would show; the report card there keeps its last state.
        await page.getByRole("treeitem", { name: "Personal Chat", exact: true }).click();
        await botCards.nth(reportCardIndex).filter({ hasText: caseNumber }).waitFor();
        await expectCount(welcomeCards, 0, "welcome cards after the reload");
        const welcomes = streamEvents.filter(e => e.action === "createMessage" && e.json.includes(WELCOME_TEXT)).length;
        if (welcomes !== 1) {
            throw new Error(`the bot sent ${welcomes} welcome messages in all (expected 1)`);
        }
        const updated = {};
        for (const e of streamEvents.filter(e => e.action === "updateMessage")) {
            updated[e.messageId] = (updated[e.messageId] ?? 0) + 1;
        }
        const expected = { [settingsMessageId]: 1, [didYouMeanMessageId]: 1, [reportMessageId]: 3, [caseCardMessageId]: 1 };
        const sorted = counts => JSON.stringify(Object.entries(counts).sort());
        if (sorted(updated) !== sorted(expected)) {
            throw new Error(`the bot updated messages ${JSON.stringify(updated)} (expected the settings card ${settingsMessageId} once, the "Did you mean" card ${didYouMeanMessageId} once, ` +
                `the report card ${reportMessageId} 3 times: category, details, review, and the case card ${caseCardMessageId} once: acknowledged)`);
        }
        // The whole report, start to case number, was one message in Personal Chat; the pick-up news is the only other.
        const reportMessages = streamEvents.slice(reportEventsFrom).filter(e => e.action === "createMessage" && inPersonalChat(e));
        const expectedReportMessages = [reportMessageId, streamEvents.find(e => inPersonalChat(e) && pickedUp(caseNumber).test(e.json))?.messageId];
        if (JSON.stringify(reportMessages.map(e => e.messageId)) !== JSON.stringify(expectedReportMessages)) {
            throw new Error(`the bot sent ${reportMessages.length} new messages in Personal Chat from "report" on (expected 2, the card and "picked up your report"):\n` +
                reportMessages.map(e => e.json.slice(0, 300)).join("\n"));
        }
    });

    let trainingListIndex;

    await step(`(i) typing "train" shows "${TRAINING_TEXT}" with all ${TRAINING_MODULES.length} modules not started`, async () => {
        trainingListIndex = await botCards.count();
        await send("train");
        const card = await newCardWith(trainingListIndex, TRAINING_TEXT);
        for (const module of TRAINING_MODULES) {
            await card.filter({ hasText: module.title }).waitFor();
        }
        const notStarted = (await card.innerText()).split("Not started").length - 1;
        if (notStarted !== TRAINING_MODULES.length) {
            throw new Error(`${notStarted} modules read "Not started" (expected ${TRAINING_MODULES.length})`);
        }
        await keepScreenshot("training-list.png");
    });

    await step(`(i) "${TRAINING_MODULE.title}" taken to the end: each answer replaces its card with "Right!" and why, Next brings the next question`, async () => {
        const total = TRAINING_MODULE.questions.length;
        const startedFrom = await botCards.count();
        let questionFrom = streamEvents.length;
        await botCards.nth(trainingListIndex).locator(cardButton("Start")).first().click();
        for (const [index, question] of TRAINING_MODULE.questions.entries()) {
            const progress = `Question ${index + 1} of ${total}`;
            const cardIndex = startedFrom + index;
            const card = await newCardWith(cardIndex, progress);
            const message = await nextStreamEvent(questionFrom, e => inPersonalChat(e) && e.action === "createMessage" && e.json.includes(progress),
                `a new message with "${progress}"`);
            const multiple = question.correct.length > 1;
            for (const choice of question.choices.filter(c => question.correct.includes(c.id))) {
                await card.getByRole(multiple ? "checkbox" : "radio", { name: choice.text, exact: true }).check();
            }
            if (index === 0) await keepScreenshot("training-question.png");
            await tapExpectingUpdateInPlace(() => card.locator(cardButton("Submit")).click(), cardIndex, message.messageId, "Right!", `Submit on question ${index + 1}`);
            if (index === 0) await keepScreenshot("training-feedback.png");
            // Next keeps the feedback, without its button, and brings the next question (or the score) as a new card.
            const next = index + 1 < total ? "Next question" : "See my score";
            questionFrom = streamEvents.length;
            await card.locator(cardButton(next)).click();
            await nextStreamEvent(questionFrom, e => inPersonalChat(e) && e.action === "updateMessage" && e.messageId === message.messageId && !e.json.includes(next),
                `the feedback of question ${index + 1} kept without "${next}"`);
        }
    });

    await step(`(i) the score card says "Passed": ${TRAINING_MODULE.questions.length} of ${TRAINING_MODULE.questions.length} right (100%)`, async () => {
        const scoreIndex = trainingListIndex + 1 + TRAINING_MODULE.questions.length;
        const card = await newCardWith(scoreIndex, "Passed");
        await card.filter({ hasText: `${TRAINING_MODULE.questions.length} of ${TRAINING_MODULE.questions.length} right (100%)` }).waitFor();
        await expectCount(card.locator(cardButton("Review the ones you missed")), 0, '"Review the ones you missed" buttons after a perfect score');
        await keepScreenshot("training-score.png");
    });

    await step(`(i) "train" again lists "${TRAINING_MODULE.title}" as "Passed with 100% on ${TODAY}"`, async () => {
        const listIndex = await botCards.count();
        await send("train");
        const card = await newCardWith(listIndex, TRAINING_TEXT);
        await card.filter({ hasText: `Passed with 100% on ${TODAY}` }).waitFor().catch(async () => {
            throw new Error(`the module list does not show the pass. It reads:\n${await card.innerText()}`);
        });
        const notStarted = (await card.innerText()).split("Not started").length - 1;
        if (notStarted !== TRAINING_MODULES.length - 1) {
            throw new Error(`${notStarted} modules read "Not started" (expected ${TRAINING_MODULES.length - 1})`);
        }
        await keepScreenshot("training-passed.png");
    });

    console.log(`\nEnd-to-end test finished in ${seconds(Date.now() - started)} s`);
    console.log(`e2e: ${passed} passed, 0 failed`);
    await closeBrowser();
    process.exit(0);
} catch (error) {
    console.error(`\nFAIL: ${error.message}`);
    await saveFailureArtifacts();
    console.log(`\ne2e: ${passed} passed, 1 failed`);
    await closeBrowser();
    process.exit(1);
}

async function send(text) {
    const box = page.locator(COMPOSE_BOX);
    await box.click();
    await box.pressSequentially(text);
    await page.locator(SEND_BUTTON).click();
}

async function keepScreenshot(name) {
    if (!screenshots) return;
    const file = path.join(artifacts, name);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`      screenshot: ${file}`);
}

async function step(name, body) {
    const stepStarted = Date.now();
    try {
        await body();
    } catch (error) {
        error.message = `step "${name}" failed after ${seconds(Date.now() - stepStarted)} s: ${error.message}`;
        throw error;
    }
    passed += 1;
    console.log(`  ok  ${name} (${seconds(Date.now() - stepStarted)} s)`);
}

async function openBrowser() {
    // A persistent context gives each run its own fresh --user-data-dir inside the artifacts folder.
    const profile = path.join(artifacts, "chromium-profile");
    mkdirSync(profile, { recursive: true });
    const context = await launchChromium(profile, {
        viewport: { width: 1280, height: 900 },
        timeout: Math.max(stepTimeout, 60_000), // a cold start on a busy CI machine is slow
    });
    // Only the loopback exists here; the Playground's web fonts and animations come from a CDN, and
    // blocking them makes the page fail the same way every time instead of waiting on the network.
    await context.route("**/*", route => {
        const host = new URL(route.request().url()).hostname;
        return ["localhost", "127.0.0.1", "[::1]"].includes(host) ? route.continue() : route.abort();
    });
    return context;
}

// The Playground streams what the bot sends to the page over a WebSocket as
// {action: "createMessage" | "updateMessage" | "typing", actionConversationId, message: {messageId, ...}}.
function recordBotMessages(socket) {
    if (!socket.url().includes("/_ws_conversation/")) return;
    socket.on("framereceived", frame => {
        let event;
        try {
            event = JSON.parse(String(frame.payload));
        } catch {
            return;
        }
        if (debug) console.log(`      [stream] ${String(frame.payload).slice(0, 300)}`);
        if (event.action !== "createMessage" && event.action !== "updateMessage") return;
        const recorded = {
            action: event.action,
            messageId: event.message?.messageId,
            conversationId: event.actionConversationId,
            at: Date.now(),
            json: JSON.stringify(event.message ?? {}),
        };
        streamEvents.push(recorded);
        for (const waiter of streamWaiters) waiter(recorded);
    });
}

function inPersonalChat(event) {
    return event.conversationId === PERSONAL_CHAT_ID;
}

// In the General channel or in one of its threads ("<channel id>;messageid=<post id>").
function inGeneral(event) {
    return event.conversationId === GENERAL_CHANNEL_ID || event.conversationId?.startsWith(`${GENERAL_CHANNEL_ID};`);
}

// The first streamed event from index `from` on that `fits`, waiting up to `timeout` ms (the step timeout
// unless told) for it.
function nextStreamEvent(from, fits, what, timeout = stepTimeout) {
    const seen = streamEvents.slice(from).find(fits);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
        const waiter = event => {
            if (!fits(event)) return;
            clearTimeout(timer);
            streamWaiters.delete(waiter);
            resolve(event);
        };
        const timer = setTimeout(() => {
            streamWaiters.delete(waiter);
            const actions = streamEvents.map(e => `${e.action} ${e.messageId}`).join(", ");
            reject(new Error(`the Playground streamed no ${what} within ${seconds(timeout)} s (it streamed: ${actions})`));
        }, Math.max(0, timeout));
        streamWaiters.add(waiter);
    });
}

// Watches the stream for `window` ms (from index `from` on) and fails as soon as an event that `fits` comes:
// the only way to see that something does not happen.
function expectNoStreamEvent(from, fits, what, window) {
    const describe = event => `${event.action} ${event.messageId} in ${event.conversationId}: ${event.json.slice(0, 300)}`;
    const seen = streamEvents.slice(from).find(fits);
    if (seen) return Promise.reject(new Error(`the Playground streamed more after ${what}: ${describe(seen)}`));
    return new Promise((resolve, reject) => {
        const waiter = event => {
            if (!fits(event)) return;
            clearTimeout(timer);
            streamWaiters.delete(waiter);
            reject(new Error(`the Playground streamed more after ${what}: ${describe(event)}`));
        };
        const timer = setTimeout(() => {
            streamWaiters.delete(waiter);
            resolve();
        }, window);
        streamWaiters.add(waiter);
    });
}

// A FactSet as {title: value}, from the renderer's title and value cells.
async function factsOf(card) {
    const titles = (await card.locator(".ac-fact-title").allInnerTexts()).map(text => text.trim());
    const values = (await card.locator(".ac-fact-value").allInnerTexts()).map(text => text.trim());
    return Object.fromEntries(titles.map((title, index) => [title, values[index]]));
}

// The Playground's log panel lists each activity it sent with the bot's HTTP status, e.g.
// "installationUpdate 200". It re-sends both install events on every page load.
async function expectInstallEventsAnswered() {
    for (const activity of ["installationUpdate", "conversationUpdate"]) {
        const entry = page.getByText(new RegExp(`^\\s*${activity} \\d{3}\\s*$`)).first();
        await entry.waitFor();
        const text = (await entry.innerText()).trim();
        if (text !== `${activity} 200`) {
            throw new Error(`the Playground's log panel shows "${text}" (expected "${activity} 200")`);
        }
    }
}

// The first card to arrive after the `cardsBefore` already shown must contain `text`. Cards are
// counted by position rather than by text because the bot may also update an earlier card in place
// (after a submit it replaces the card with its answered state).
async function newCardWith(cardsBefore, text) {
    const card = page.locator(BOT_CARD).nth(cardsBefore);
    await card.waitFor().catch(() => {
        throw new Error(`no new card from the bot within ${seconds(stepTimeout)} s`);
    });
    try {
        await card.filter({ hasText: text }).waitFor();
    } catch (error) {
        const actual = await card.innerText({ timeout: 1000 }).catch(() => "(unreadable)");
        throw new Error(`the bot's next card does not contain "${text}". It reads:\n${actual}`);
    }
    return card;
}

// Taps something on the card at `cardIndex` (message `messageId`) and checks that the bot answers by updating
// that message in place with a card containing `text`: an updateMessage on the stream and no new message in
// Personal Chat, the same number of bot cards, and the card at that position now reading `text`.
async function tapExpectingUpdateInPlace(tap, cardIndex, messageId, text, what) {
    const cards = page.locator(BOT_CARD);
    const cardsBefore = await cards.count();
    const eventsBefore = streamEvents.length;
    await tap();
    const answer = await nextStreamEvent(eventsBefore,
        e => inPersonalChat(e) && (e.action === "createMessage" || (e.action === "updateMessage" && e.messageId === messageId)),
        `update of the card's message ${messageId}`);
    if (answer.action !== "updateMessage") {
        throw new Error(`the bot answered ${what} with a new message instead of updating the card: ${answer.json.slice(0, 400)}`);
    }
    if (!answer.json.includes(text)) {
        throw new Error(`the card was updated without "${text}": ${answer.json.slice(0, 400)}`);
    }
    const sameCard = cards.nth(cardIndex);
    await sameCard.filter({ hasText: text }).waitFor().catch(async () => {
        const actual = await sameCard.innerText({ timeout: 1000 }).catch(() => "(unreadable)");
        throw new Error(`the card was not replaced by "${text}". It reads:\n${actual}`);
    });
    await expectCount(cards, cardsBefore, `bot cards after ${what} (the card must be replaced, not added)`);
    const creates = streamEvents.slice(eventsBefore).filter(e => e.action === "createMessage" && inPersonalChat(e));
    if (creates.length !== 0) {
        throw new Error(`the bot sent ${creates.length} new message(s) in Personal Chat on ${what} (expected only the update): ` +
            creates.map(e => e.json.slice(0, 300)).join("\n"));
    }
}

// "Case SMR-2026-0001" and not "Case SMR-2026-00010".
function caseNumberPattern(caseNumber) {
    return new RegExp(`Case ${caseNumber}(?!\\d)`);
}

// Opens General and returns the one post there about the case (`post`, a locator matching exactly it) and its
// adaptive card (`card`).
async function openCaseCard(caseNumber) {
    await page.getByRole("treeitem", { name: `${TEAM_NAME} - General`, exact: true }).click();
    const post = page.locator(CHANNEL_POST).filter({ has: page.locator(".ac-adaptiveCard").filter({ hasText: caseNumberPattern(caseNumber) }) });
    await post.first().waitFor();
    await expectCount(post, 1, `posts about ${caseNumber} in General`);
    return { post, card: post.locator(".ac-adaptiveCard") };
}

// The history lines of a case card's text ("<when> · <who> · <what>"), below its "History" heading.
function historyLines(cardText) {
    const lines = cardText.split("\n").map(line => line.trim());
    return lines.slice(lines.indexOf("History") + 1).filter(line => line.includes(" · "));
}

// Opens the team's `channel` and waits, until CHANNEL_POST_TIMEOUT after "Send report" (`sent.at`), for exactly
// one post there whose card names the case. The Playground must have streamed it as a new message (a new post)
// in conversation `channelId`, not as an update of an earlier one. Returns the post and its message id there.
async function openChannelAndFindPost(channel, channelId, caseNumber, sent) {
    const heading = `Case ${caseNumber}`;
    const namesTheCase = caseNumberPattern(caseNumber);
    await page.getByRole("treeitem", { name: `${TEAM_NAME} - ${channel}`, exact: true }).click();
    const posts = page.locator(CHANNEL_POST).filter({ has: page.locator(".ac-adaptiveCard").filter({ hasText: namesTheCase }) });
    // The post may well be there already; the click still needs a moment to show the channel.
    const timeout = Math.max(sent.at + CHANNEL_POST_TIMEOUT - Date.now(), 2_000);
    await posts.first().waitFor({ timeout }).catch(async () => {
        const shown = await page.locator(CHANNEL_CARD).allInnerTexts().catch(() => []);
        const streamed = streamEvents.slice(sent.eventsFrom).map(e => `${e.action} ${e.messageId} in ${e.conversationId}`);
        throw new Error(`no post with "${heading}" in ${channel} within ${seconds(CHANNEL_POST_TIMEOUT)} s of "Send report". ` +
            `The channel shows ${shown.length} card(s): ${JSON.stringify(shown.map(text => text.slice(0, 80)))}; ` +
            `the Playground streamed since then: ${streamed.join(", ") || "nothing"}`);
    });
    await expectCount(posts, 1, `posts about ${caseNumber} in ${channel}`);
    const author = await postAuthor(posts.first());
    if (author !== "SocialRiskBot") throw new Error(`the post about ${caseNumber} in ${channel} is by "${author}" (expected SocialRiskBot)`);
    const streamed = streamEvents.slice(sent.eventsFrom).filter(e => e.conversationId === channelId && namesTheCase.test(e.json));
    const actions = streamed.map(e => e.action);
    if (JSON.stringify(actions) !== JSON.stringify(["createMessage"])) {
        throw new Error(`the Playground streamed ${JSON.stringify(actions)} about ${caseNumber} in ${channelId} (expected one createMessage, a new post)`);
    }
    const after = streamed[0].at - sent.at;
    if (after > CHANNEL_POST_TIMEOUT) {
        throw new Error(`the post about ${caseNumber} reached ${channel} ${seconds(after)} s after "Send report" (allowed ${seconds(CHANNEL_POST_TIMEOUT)} s)`);
    }
    console.log(`      posted ${seconds(after)} s after "Send report"`);
    return { post: posts.first(), messageId: streamed[0].messageId };
}

// A channel post's author, from its header.
async function postAuthor(post) {
    return (await post.locator(".fui-CardHeader").innerText()).split("\n")[0].trim();
}

// The reporter's words, shown exactly as typed: one element of the card reads `text`, so nothing was taken for
// Markdown or HTML.
async function expectShownAsTyped(card, text, what) {
    const shown = card.getByText(text, { exact: true });
    if ((await shown.count()) !== 1) {
        const actual = await card.innerText();
        throw new Error(`the card does not show ${what} exactly as typed (${JSON.stringify(text)}). It reads:\n${actual}`);
    }
}

async function expectCount(locator, expected, what) {
    const actual = await locator.count();
    if (actual !== expected) throw new Error(`found ${actual} ${what} (expected ${expected})`);
}

async function saveFailureArtifacts() {
    if (!page) return;
    try {
        const screenshot = path.join(artifacts, "failure.png");
        const pageText = path.join(artifacts, "page-text.txt");
        await page.screenshot({ path: screenshot, fullPage: true, timeout: 10_000 });
        const text = await page.locator("body").innerText({ timeout: 10_000 });
        writeFileSync(pageText, text);
        writeFileSync(path.join(artifacts, "page.html"), await page.content());
        console.error(`Screenshot: ${screenshot}`);
        console.error(`Page text:  ${pageText}`);
        const updates = streamEvents.filter(e => e.action === "updateMessage").length;
        console.error(`Bot messages streamed to the page: ${streamEvents.length - updates} new, ${updates} updates`);
        // The Playground's log panel: every activity it sent and the bot's HTTP status for it.
        const logLines = text.split("\n").filter(line => /^\[\d{1,2}:\d{2}:\d{2}/.test(line));
        console.error(`Playground log panel (last lines):\n${logLines.slice(-20).join("\n")}`);
    } catch (error) {
        console.error(`(could not save the page: ${error.message})`);
    }
}

async function closeBrowser() {
    if (!browser) return;
    await Promise.race([browser.close().catch(() => {}), new Promise(resolve => setTimeout(resolve, 10_000))]);
}

function requiredEnv(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`${name} is not set (run this through scripts/test.sh)`);
        process.exit(2);
    }
    return value;
}

function watchdogSeconds() {
    return Math.ceil((stepTimeout * 8) / 1000);
}

function seconds(ms) {
    return (ms / 1000).toFixed(1);
}
