// The shared driver of the end-to-end test: the browser and the Playground's page, the record of what the
// Playground streams to it, the step runner, and the helpers and selectors that several journeys use.

import { launchChromium } from "../../lib/chromium.mjs";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const playgroundUrl = requiredEnv("PLAYGROUND_URL");
export const artifacts = process.env.E2E_ARTIFACTS || mkdtempSync(path.join(tmpdir(), "socialriskbot-e2e-"));
export const stepTimeout = Number(process.env.E2E_STEP_TIMEOUT || 30_000);
const debug = process.env.E2E_DEBUG === "1";
const screenshots = process.env.E2E_SCREENSHOTS === "1";

// Texts from cards/welcome.json and cards/help.json: the welcome card is looked for by the install journey
// and counted over the whole run.
export const WELCOME_TEXT = "Welcome to SocialRiskBot";
export const HELP_TEXT = "Here's what I can do";

// The mock tenant of tests/e2e/m365agentsplayground.yml. The Playground always adds General (whose id is
// the team's) and accepts only one more channel (see the comment at the top of the yml).
export const TEAM_NAME = "Social Media Risk";
export const TEAM_CHANNELS = ["General", "Social-media risk committee"];
export const PERSONAL_CHAT_ID = "personal-chat-alex-wilber"; // personalChat.id in the yml

// A case number as the bot shows it.
export const CASE_NUMBER = /^SMR-\d{4}-\d{4,}$/;
// Where the bot's Development settings (appsettings.Development.json) post cases: every department to the
// team's General channel, whose id is the team's.
export const GENERAL_CHANNEL_ID = "19:social-media-risk@thread.tacv2";
// The outbox delivers within its poll interval (2 s by default); a wide margin for a busy machine.
export const DELIVERY_TIMEOUT = 15_000;

// The reporter's news once the case owner acknowledges the case (the bot's reporter messages).
export const pickedUp = caseNumber => new RegExp(`picked up your report ${caseNumber}(?!\\d)`);

// Selectors of the Playground 0.2.x UI.
export const COMPOSE_BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const SEND_BUTTON = 'button[aria-label="Send Message"]';
const DRAWER_TOGGLE = 'button[title="Toggle app bar and conversation window"]';
const CLEAR_LOGS = 'button[title="Clear logs"]';
// A bot's message in a chat (card or text) is a bubble; its card is inside.
export const BOT_BUBBLE = ".fai-OutputCard";
export const BOT_CARD = `${BOT_BUBBLE} .ac-adaptiveCard`;
// A card's action: a button of an ActionSet, or an element whose selectAction makes it one (a question
// offered in full as a tappable row).
export const cardButton = title => `:is(.ac-actionSet button, .ac-selectable[role="button"])[aria-label="${title}"]`;
// The phone the journeys run on (a common 6.1-inch screen, CSS pixels).
export const PHONE_VIEWPORT = { width: 390, height: 844 };
// A channel shows each post (and the new-post box above them) as a Fluent card, not as a chat bubble.
export const CHANNEL_POST = '[role="group"].fui-Card';

let passed = 0;
let browser;
let page;
// Every createMessage / updateMessage the Playground streamed to a page, as {action, messageId,
// conversationId, json}, so that a second welcome is caught even if it arrives just before a reload, so that
// an update in place can be told from a new message, and so that a channel post is seen wherever it lands.
export const streamEvents = [];
const streamWaiters = new Set();

// Opens the browser on a fresh profile and returns its page, recording what the Playground streams to it.
export async function openPlayground() {
    browser = await openBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(stepTimeout);
    page.on("websocket", recordBotMessages);
    return page;
}

// How many steps have passed so far.
export function passedSteps() {
    return passed;
}

export async function send(text) {
    const box = page.locator(COMPOSE_BOX);
    await box.click();
    await box.pressSequentially(text);
    await page.locator(SEND_BUTTON).click();
}

export async function keepScreenshot(name) {
    if (!screenshots) return;
    const file = path.join(artifacts, name);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`      screenshot: ${file}`);
}

// With E2E_SCREENSHOTS=1, each card the journeys wait for is also saved on its own, numbered in the order it
// came: cards/NN-<what it reads>.png.
let cardShots = 0;
async function keepCardScreenshot(card, what) {
    if (!screenshots) return;
    const folder = path.join(artifacts, "cards");
    mkdirSync(folder, { recursive: true });
    cardShots += 1;
    const slug = what.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
    await card.screenshot({ path: path.join(folder, `${String(cardShots).padStart(2, "0")}-${slug}.png`) });
}

export async function step(name, body) {
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
        viewport: PHONE_VIEWPORT,
        timeout: Math.max(stepTimeout, 60_000), // a cold start on a busy CI machine is slow
    });
    await context.addInitScript(fitChatToViewport);
    // Only the loopback exists here; the Playground's web fonts and animations come from a CDN, and
    // blocking them makes the page fail the same way every time instead of waiting on the network.
    await context.route("**/*", route => {
        const host = new URL(route.request().url()).hostname;
        return ["localhost", "127.0.0.1", "[::1]"].includes(host) ? route.continue() : route.abort();
    });
    return context;
}

// The Playground is a desktop page: its chat pane keeps a minimum width (600 px) and each card a fixed width
// (450 px, as on Teams desktop), so at 390 px its cards would be laid out wider than the screen. This lets every
// minimum width larger than the viewport go, and narrows every fixed width larger than the viewport to what
// the page has beside the bot's avatar (90 px: the avatar's column and the margins); the Playground's styles
// are inserted as it renders, hence the repeat. The cards themselves are rendered untouched, 300 px wide:
// a little narrower than on Teams mobile, which gives a card the whole width of the chat.
function fitChatToViewport() {
    const relax = () => {
        for (const sheet of document.styleSheets) {
            let rules;
            try {
                rules = sheet.cssRules;
            } catch {
                continue;
            }
            for (const rule of rules) {
                const minWidth = /^(\d+)px$/.exec(rule.style?.minWidth ?? "");
                if (minWidth && Number(minWidth[1]) > window.innerWidth) rule.style.minWidth = "0px";
                const width = /^(\d+)px$/.exec(rule.style?.width ?? "");
                if (width && Number(width[1]) > window.innerWidth) rule.style.width = "calc(100vw - 90px)";
            }
        }
    };
    setInterval(relax, 200);
}

// Opens a conversation of the Playground's list (Personal Chat, or "<team> - <channel>"). On a phone-sized
// page the list is a drawer over the chat: its button opens it, and a tap beside it (the bottom-right corner of
// the page, where nothing is tappable) closes it again so that the chat is in view.
export async function openConversation(name) {
    const item = page.getByRole("treeitem", { name, exact: true });
    const inView = async () => ((await item.boundingBox())?.x ?? -1) >= 0;
    const drawer = !(await inView());
    if (drawer) await page.locator(DRAWER_TOGGLE).click();
    await item.click();
    if (!drawer) return;
    const viewport = page.viewportSize();
    const corner = { x: viewport.width - 4, y: viewport.height - 4 };
    const tappable = await page.evaluate(({ x, y }) =>
        Boolean(document.elementFromPoint(x, y)?.closest('button, a, input, select, textarea, [role="button"], [contenteditable], .ac-adaptiveCard')), corner);
    if (tappable) throw new Error(`something tappable is in the page's bottom-right corner: the Playground's drawer cannot be closed there`);
    await page.mouse.click(corner.x, corner.y);
    for (let waited = 0; waited < 3000 && (await inView()); waited += 100) await page.waitForTimeout(100);
    if (await inView()) throw new Error(`the Playground's conversation list stays open over the chat after opening "${name}"`);
}

// The Playground's log panel covers the chat on a phone-sized page; it is closed once what the test reads from
// it was read (it lists the activities only while open).
export async function closeLogPanel() {
    const close = page.locator(`${CLEAR_LOGS} + button`);
    if (await close.isVisible()) await close.click();
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

export function inPersonalChat(event) {
    return event.conversationId === PERSONAL_CHAT_ID;
}

// The first streamed event from index `from` on that `fits`, waiting up to `timeout` ms (the step timeout
// unless told) for it.
export function nextStreamEvent(from, fits, what, timeout = stepTimeout) {
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
export function expectNoStreamEvent(from, fits, what, window) {
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
export async function factsOf(card) {
    const titles = (await card.locator(".ac-fact-title").allInnerTexts()).map(text => text.trim());
    const values = (await card.locator(".ac-fact-value").allInnerTexts()).map(text => text.trim());
    return Object.fromEntries(titles.map((title, index) => [title, values[index]]));
}

// The Playground's log panel lists each activity it sent with the bot's HTTP status, e.g.
// "installationUpdate 200". It re-sends both install events on every page load.
export async function expectInstallEventsAnswered() {
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
export async function newCardWith(cardsBefore, text) {
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
    await expectLabelsInFull(card, `the card with "${text}"`);
    await keepCardScreenshot(card, text);
    return card;
}

// Taps something on the card at `cardIndex` (message `messageId`) and checks that the bot answers by updating
// that message in place with a card containing `text`: an updateMessage on the stream and no new message in
// Personal Chat, the same number of bot cards, and the card at that position now reading `text`.
export async function tapExpectingUpdateInPlace(tap, cardIndex, messageId, text, what) {
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
    await expectLabelsInFull(sameCard, `the card updated on ${what}`);
    await keepCardScreenshot(sameCard, `${text} after ${what}`);
    const creates = streamEvents.slice(eventsBefore).filter(e => e.action === "createMessage" && inPersonalChat(e));
    if (creates.length !== 0) {
        throw new Error(`the bot sent ${creates.length} new message(s) in Personal Chat on ${what} (expected only the update): ` +
            creates.map(e => e.json.slice(0, 300)).join("\n"));
    }
}

// The reporter's words, shown exactly as typed: one element of the card reads `text`, so nothing was taken for
// Markdown or HTML.
export async function expectShownAsTyped(card, text, what) {
    const shown = card.getByText(text, { exact: true });
    if ((await shown.count()) !== 1) {
        const actual = await card.innerText();
        throw new Error(`the card does not show ${what} exactly as typed (${JSON.stringify(text)}). It reads:\n${actual}`);
    }
}

// Fails when a label a person taps on `card` is cut off: a button's title, a tappable row, a choice of a
// ChoiceSet. Measured in the browser: a label (or anything inside it that clips, such as the renderer's
// ellipsis span) whose content is wider than its box while it hides the overflow or ends in an ellipsis, or
// that is clamped to fewer lines than it has; or a label, or its text, reaching past the edge of the card or of
// anything between them that hides what overflows (a button too wide for its row is clipped, not ellipsized),
// or past the edge of the screen.
export async function expectLabelsInFull(card, what) {
    const cut = await card.evaluate(root => {
        const labels = root.querySelectorAll('button, [role="button"], .ac-input label, .ac-choiceSetInput-expanded label');
        const clips = node => {
            const style = getComputedStyle(node);
            if (style.display === "inline" || style.display === "none") return false;
            const hidesOverflow = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
            const wider = node.scrollWidth > node.clientWidth + 1;
            const clamped = style.webkitLineClamp && style.webkitLineClamp !== "none" && node.scrollHeight > node.clientHeight + 1;
            return (hidesOverflow && wider) || clamped;
        };
        const visibleSpan = label => {
            const box = root.getBoundingClientRect();
            let [left, right] = [Math.max(box.left, 0), Math.min(box.right, window.innerWidth)];
            for (let node = label.parentElement; node && node !== root; node = node.parentElement) {
                if (getComputedStyle(node).overflowX === "visible") continue;
                const clip = node.getBoundingClientRect();
                [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
            }
            return { left, right };
        };
        const pastAnEdge = label => {
            const { left, right } = visibleSpan(label);
            const text = document.createRange();
            text.selectNodeContents(label);
            return [label.getBoundingClientRect(), text.getBoundingClientRect()]
                .some(box => box.width > 0 && (box.left < left - 1 || box.right > right + 1));
        };
        return [...labels]
            .filter(label => label.getClientRects().length > 0)
            .filter(label => pastAnEdge(label) || [label, ...label.querySelectorAll("*")].some(clips))
            .map(label => (label.getAttribute("aria-label") || label.innerText || "").trim());
    });
    if (cut.length > 0) {
        const width = await card.evaluate(node => Math.round(node.getBoundingClientRect().width));
        throw new Error(`${what} cuts off ${cut.length} label(s) at ${PHONE_VIEWPORT.width} px (card ${width} px wide): ${JSON.stringify(cut)}`);
    }
}

export async function expectCount(locator, expected, what) {
    const actual = await locator.count();
    if (actual !== expected) throw new Error(`found ${actual} ${what} (expected ${expected})`);
}

export async function saveFailureArtifacts() {
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

export async function closeBrowser() {
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

export function seconds(ms) {
    return (ms / 1000).toFixed(1);
}
