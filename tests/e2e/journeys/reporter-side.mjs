// (k) The reporter's side on the phone: Alex starts a report and types the story as a chat message instead of
// into the form; the same form is updated in place with the story word for word and still asks where and how
// urgent; sent, the case is resolved in General; "my reports" shows how it was resolved; "This is not fixed"
// reopens it, the list is updated in place, and the responders read it in the case thread.

import { CHANNEL_POST, TEAM_NAME, cardButton, expectCount, inPersonalChat, keepScreenshot, newCardWith, nextStreamEvent, send, seconds, step, tapExpectingUpdateInPlace, openConversation, CASE_NUMBER, GENERAL_CHANNEL_ID, DELIVERY_TIMEOUT } from "../lib/playground.mjs";

// Texts from cards/report-*.json, cards/case.json, cards/my-reports.json and cards/case-reporter-update.json.
const CATEGORY = "Someone is pretending to be us";
const STORY = "A fake 'Contoso Support' account on X is DMing customers for their card numbers!";
const STORY_TAKEN = "your story is in the report form above";
const STILL_NEEDED = "Your story is in. Still needed";
const PLATFORM_PLACEHOLDER = "Choose the app or site";
const PLATFORM = "X (Twitter)";
const URGENCY = "Today, please";
const REVIEW_TEXT = "Check your report";
const SUBMITTED_TEXT = "Report sent";
const RESOLUTION_PLACEHOLDER = "e.g. Account recovered, password and 2FA reset, fake story removed";
const RESOLUTION = "X suspended the fake account; customers were warned on our channels.";
const RESOLVED_HEADING = "How it was resolved";
const NOT_FIXED = "This is not fixed";
const REOPENED = "is open again";
const NOT_FIXED_POST = "The reporter says this is not fixed";

export async function reporterSide({ page, botCards, streamEvents }) {
    let caseNumber;
    let formIndex;
    let formMessageId;

    await step(`(k) a story typed in chat while the form is open fills that same form in place, word for word, and still asks where and how urgent`, async () => {
        formIndex = await botCards.count();
        const from = streamEvents.length;
        await send("report");
        const card = await newCardWith(formIndex, "Report a problem");
        formMessageId = (await nextStreamEvent(from, e => e.action === "createMessage" && inPersonalChat(e), "the report card")).messageId;
        const row = card.locator(".ac-selectable").filter({ has: page.getByText(CATEGORY, { exact: true }) });
        await tapExpectingUpdateInPlace(() => row.click(), formIndex, formMessageId, "Tell us what happened", `the row "${CATEGORY}"`);

        const typed = streamEvents.length;
        await send(STORY);
        const update = await nextStreamEvent(typed, e => e.action === "updateMessage" && e.messageId === formMessageId, "update of the report form with the story");
        if (!update.json.includes(STILL_NEEDED)) throw new Error(`the updated form does not say what is still needed: ${update.json.slice(0, 400)}`);
        await nextStreamEvent(typed, e => e.action === "createMessage" && inPersonalChat(e) && e.json.includes(STORY_TAKEN), `a word that the story is in the form`);
        const formCards = streamEvents.slice(typed).filter(e => e.action === "createMessage" && inPersonalChat(e) && e.json.includes("report.details"));
        if (formCards.length !== 0) throw new Error(`the bot sent ${formCards.length} new form(s) instead of updating the one in progress`);
        const story = card.locator("textarea");
        await card.filter({ hasText: STILL_NEEDED }).waitFor();
        if ((await story.inputValue()) !== STORY) throw new Error(`the form's story reads "${await story.inputValue()}" (expected it word for word: "${STORY}")`);
        const urgency = card.getByRole("radio", { name: URGENCY, exact: true });
        if (await urgency.isChecked()) throw new Error(`"${URGENCY}" is chosen before Alex chose it`);
        await keepScreenshot("story-typed.png");
    });

    await step(`(k) Alex chooses ${PLATFORM} and "${URGENCY}" on that form and sends it: "${SUBMITTED_TEXT}" with a case number`, async () => {
        const card = botCards.nth(formIndex);
        const platform = card.getByPlaceholder(PLATFORM_PLACEHOLDER, { exact: true });
        await platform.click();
        // By the option's name alone: the compose box's typeahead menus are listboxes too, once something was typed there.
        const option = page.getByRole("option", { name: PLATFORM, exact: true });
        await option.click();
        await option.waitFor({ state: "hidden" });
        if ((await platform.inputValue()) !== PLATFORM) throw new Error(`the platform choice shows "${await platform.inputValue()}" after choosing ${PLATFORM}`);
        await card.getByRole("radio", { name: URGENCY, exact: true }).check();
        await tapExpectingUpdateInPlace(() => card.locator(cardButton("Next")).click(), formIndex, formMessageId, REVIEW_TEXT, '"Next"');
        if (!(await card.innerText()).includes(STORY)) throw new Error(`the review does not show the story as typed`);
        await tapExpectingUpdateInPlace(() => card.locator(cardButton("Send report")).click(), formIndex, formMessageId, SUBMITTED_TEXT, '"Send report"');
        caseNumber = (await card.innerText()).split("\n").map(line => line.trim()).find(line => CASE_NUMBER.test(line));
        if (!caseNumber) throw new Error(`the sent report shows no case number`);
    });

    await step(`(k) resolved in General, the case shows in "my reports" with "${RESOLVED_HEADING}" and the resolution`, async () => {
        const caseCard = await openCaseCard();
        await caseCard.locator(cardButton("Resolve")).click();
        const summary = caseCard.getByPlaceholder(RESOLUTION_PLACEHOLDER, { exact: true });
        await summary.click();
        await summary.pressSequentially(RESOLUTION);
        const from = streamEvents.length;
        await caseCard.locator(cardButton("Resolve case")).click();
        await nextStreamEvent(from, e => e.action === "createMessage" && inPersonalChat(e) && e.json.includes(`${caseNumber} was resolved`),
            "the reporter told of the resolution", DELIVERY_TIMEOUT);
        await openConversation("Personal Chat");
        const index = await botCards.count();
        await send("my reports");
        const list = await newCardWith(index, "Your reports");
        const text = await list.innerText();
        if (!text.includes(RESOLVED_HEADING) || !text.includes(RESOLUTION)) throw new Error(`"my reports" does not show the resolution. It reads:\n${text}`);
        await expectCount(list.locator(cardButton(NOT_FIXED)), 1, `"${NOT_FIXED}" buttons`);
        await keepScreenshot("my-reports-resolved.png");
    });

    await step(`(k) "${NOT_FIXED}" reopens the case: the list is updated in place and the responders read it in the case thread`, async () => {
        const index = (await botCards.count()) - 1;
        const list = botCards.nth(index);
        const from = streamEvents.length;
        await list.locator(cardButton(NOT_FIXED)).click();
        const update = await nextStreamEvent(from, e => e.action === "updateMessage" && inPersonalChat(e) && e.json.includes(REOPENED), `the list updated with "${REOPENED}"`);
        await list.filter({ hasText: REOPENED }).waitFor();
        const created = streamEvents.slice(from, streamEvents.indexOf(update) + 1).filter(e => e.action === "createMessage" && inPersonalChat(e));
        if (created.length !== 0) throw new Error(`the bot sent a new message instead of updating the list`);
        const posted = { at: Date.now() };
        const post = await nextStreamEvent(from, e => e.action === "createMessage" && e.conversationId?.startsWith(`${GENERAL_CHANNEL_ID};`) && e.json.includes(NOT_FIXED_POST),
            `"${NOT_FIXED_POST}" in the case thread`, DELIVERY_TIMEOUT);
        console.log(`      posted in the thread ${seconds(post.at - posted.at)} s after "${NOT_FIXED}"`);
        await nextStreamEvent(from, e => e.action === "updateMessage" && !inPersonalChat(e) && e.json.includes("said it is not fixed"),
            "update of the case card with the reopening in its history", DELIVERY_TIMEOUT);
        await keepScreenshot("my-reports-not-fixed.png");
    });

    // Opens General and returns the card of the one post there about this case.
    async function openCaseCard() {
        await openConversation(`${TEAM_NAME} - General`);
        const post = page.locator(CHANNEL_POST).filter({ has: page.locator(".ac-adaptiveCard").filter({ hasText: new RegExp(`Case ${caseNumber}(?!\\d)`) }) });
        await post.first().waitFor({ timeout: DELIVERY_TIMEOUT });
        await expectCount(post, 1, `posts about ${caseNumber} in General`);
        return post.locator(".ac-adaptiveCard").first();
    }
}
