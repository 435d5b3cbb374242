// (f) An incident report: one card replaced in place from category to case number; (g) the case card in the
// owner's channel and the notice in the risk committee's, both posted by the bot's outbox; (h) the case worked
// from its card: Acknowledge updates the same card in place for the channel and tells the reporter in Personal
// Chat, and the spent button is gone while the card stays as it was.

import { BOT_BUBBLE, CHANNEL_POST, TEAM_CHANNELS, TEAM_NAME, cardButton, expectCount, expectNoStreamEvent, expectShownAsTyped, factsOf, inPersonalChat, keepScreenshot, newCardWith, nextStreamEvent, pickedUp, seconds, send, step, tapExpectingUpdateInPlace, openConversation, CASE_NUMBER, GENERAL_CHANNEL_ID, DELIVERY_TIMEOUT } from "../lib/playground.mjs";

// The incident report, as Alex fills it in. Texts come from cards/report-*.json, the bot's default categories
// (cards/report-category.data.json shows them) and its platforms and urgencies (cards/report-details.data.json).
const REPORT_TEXT = "Report a problem";
const CATEGORIES = [
    "A company account was hacked",
    "Someone threatens violence or harm",
    "Someone is pretending to be us",
    "A fake video or voice of our leaders",
    "A scam message or link",
    "Confidential information was posted",
    "Someone's personal data got out",
    "Market-sensitive news or rumours",
    "A colleague posted something offensive",
    "Someone is harassed online over work",
    "A colleague's private details are out",
    "Criticism of us is spreading",
    "A customer is complaining publicly",
    "Something was posted by mistake",
    "An agency or vendor got it wrong",
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
// The risk committee posts to its own channel (appsettings.Development.json).
const RISK_COMMITTEE_CHANNEL_ID = "19:risk-committee@thread.tacv2";
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

// A Container with a selectAction: the renderer makes the whole row a button.
const TAPPABLE_ROW = ".ac-selectable";
// A channel post's adaptive card.
const CHANNEL_CARD = `${CHANNEL_POST} .ac-adaptiveCard`;

export async function reportAndCase(ctx) {
    const { page, botCards, streamEvents } = ctx;

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
        // The one input left is the choice to send it anonymously, off until the reporter ticks it ((j) does).
        await expectCount(reportCard.locator("input, select, textarea"), 1, "inputs in the review card");
        const anonymous = reportCard.getByRole("checkbox", { name: "Send it anonymously", exact: true });
        await expectCount(anonymous, 1, '"Send it anonymously" toggles in the review card');
        if (await anonymous.isChecked()) throw new Error('"Send it anonymously" is ticked before the reporter chose it');
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
        // Spent: no inputs, and the one button is the next step, "My reports".
        await expectCount(reportCard.locator("input, select, textarea"), 0, "inputs in the sent report's card");
        await expectCount(reportCard.locator("button"), 1, "buttons in the sent report's card");
        await expectCount(reportCard.locator(cardButton("My reports")), 1, '"My reports" buttons in the sent report\'s card');
        await keepScreenshot("report-sent.png");
    });

    await step(`(g) in "${TEAM_NAME} - General" the case card is a new post within ${seconds(DELIVERY_TIMEOUT)} s: case number, ${SEVERITY}, the report as typed`, async () => {
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

    await step(`(h) in General, "${ACKNOWLEDGE}" on the case card updates that same card within ${seconds(DELIVERY_TIMEOUT)} s: "${ACKNOWLEDGED_STATUS}", history "Alex Wilber · ${ACKNOWLEDGED_HISTORY}"`, async () => {
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
            `update of the case card's message ${caseCardMessageId}`, acknowledged.at + DELIVERY_TIMEOUT - Date.now());
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
            `new message in Personal Chat with "picked up your report ${caseNumber}"`, acknowledged.at + DELIVERY_TIMEOUT - Date.now());
        console.log(`      sent ${seconds(told.at - acknowledged.at)} s after "${ACKNOWLEDGE}"`);
        await openConversation("Personal Chat");
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

    Object.assign(ctx, { reportCardIndex, reportMessageId, reportEventsFrom, caseNumber, caseCardMessageId });

    // This journey's helpers, on its page and its record of the stream.

    // In the General channel or in one of its threads ("<channel id>;messageid=<post id>").
    function inGeneral(event) {
        return event.conversationId === GENERAL_CHANNEL_ID || event.conversationId?.startsWith(`${GENERAL_CHANNEL_ID};`);
    }

    // "Case SMR-2026-0001" and not "Case SMR-2026-00010".
    function caseNumberPattern(caseNumber) {
        return new RegExp(`Case ${caseNumber}(?!\\d)`);
    }

    // Opens General and returns the one post there about the case (`post`, a locator matching exactly it) and its
    // adaptive card (`card`).
    async function openCaseCard(caseNumber) {
        await openConversation(`${TEAM_NAME} - General`);
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

    // Opens the team's `channel` and waits, until DELIVERY_TIMEOUT after "Send report" (`sent.at`), for exactly
    // one post there whose card names the case. The Playground must have streamed it as a new message (a new post)
    // in conversation `channelId`, not as an update of an earlier one. Returns the post and its message id there.
    async function openChannelAndFindPost(channel, channelId, caseNumber, sent) {
        const heading = `Case ${caseNumber}`;
        const namesTheCase = caseNumberPattern(caseNumber);
        await openConversation(`${TEAM_NAME} - ${channel}`);
        const posts = page.locator(CHANNEL_POST).filter({ has: page.locator(".ac-adaptiveCard").filter({ hasText: namesTheCase }) });
        // The post may well be there already; the click still needs a moment to show the channel.
        const timeout = Math.max(sent.at + DELIVERY_TIMEOUT - Date.now(), 2_000);
        await posts.first().waitFor({ timeout }).catch(async () => {
            const shown = await page.locator(CHANNEL_CARD).allInnerTexts().catch(() => []);
            const streamed = streamEvents.slice(sent.eventsFrom).map(e => `${e.action} ${e.messageId} in ${e.conversationId}`);
            throw new Error(`no post with "${heading}" in ${channel} within ${seconds(DELIVERY_TIMEOUT)} s of "Send report". ` +
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
        if (after > DELIVERY_TIMEOUT) {
            throw new Error(`the post about ${caseNumber} reached ${channel} ${seconds(after)} s after "Send report" (allowed ${seconds(DELIVERY_TIMEOUT)} s)`);
        }
        console.log(`      posted ${seconds(after)} s after "Send report"`);
        return { post: posts.first(), messageId: streamed[0].messageId };
    }

    // A channel post's author, from its header.
    async function postAuthor(post) {
        return (await post.locator(".fui-CardHeader").innerText()).split("\n")[0].trim();
    }
}
