// (e) Policy questions: a paraphrase gets its answer card, an out-of-scope question the honest fallback, a
// vague one "Did you mean…" whose button replaces the card with the answer.

import { cardButton, expectCount, expectShownAsTyped, inPersonalChat, keepScreenshot, newCardWith, nextStreamEvent, send, step, tapExpectingUpdateInPlace } from "../lib/playground.mjs";

// (e) The FAQ. The paraphrase shares no full phrasing with its entry; the vague question is
// one word (never answered outright, however close); the out-of-scope one is IT help desk.
const FAQ_PARAPHRASE = "someone got into our company instagram and it's posting spam, what do I do";
const FAQ_ANSWER_TITLE = "What should I do if a company social-media account has been hacked?";
const FAQ_OUT_OF_SCOPE = "how do I connect to the VPN from home?";
const FAQ_FALLBACK_TEXT = "I don't have an answer for that yet";
const FAQ_VAGUE = "linkedin";
const DID_YOU_MEAN_TEXT = "Did you mean";
const NONE_OF_THESE = "None of these";

export async function faq(ctx) {
    const { botCards, streamEvents } = ctx;

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
        // Each question is offered in full on a tappable row; "None of these" is the card's button.
        const titles = await card.locator('.ac-selectable[role="button"]').evaluateAll(rows => rows.map(row => row.getAttribute("aria-label")));
        if (titles.length < 1 || titles.length > 3) {
            throw new Error(`"${DID_YOU_MEAN_TEXT}" offers ${titles.length} questions (expected 1 to 3): ${JSON.stringify(titles)}`);
        }
        await expectCount(card.locator(cardButton(NONE_OF_THESE)), 1, `"${NONE_OF_THESE}" buttons`);
        didYouMeanMessageId = message.messageId;
        await tapExpectingUpdateInPlace(() => card.locator(cardButton(titles[0])).click(), cardIndex, message.messageId, titles[0], `"${titles[0]}"`);
        await expectCount(botCards.nth(cardIndex).locator(cardButton("Helpful")), 1, '"Helpful" buttons on the answer that replaced it');
        await keepScreenshot("faq-did-you-mean.png");
    });

    ctx.didYouMeanMessageId = didYouMeanMessageId;
}
