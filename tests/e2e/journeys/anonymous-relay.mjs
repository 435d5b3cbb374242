// (j) An anonymous report and the two-way relay: Alex reports a fake account anonymously; in General the case
// card says "Anonymous reporter" and never Alex's name; a responder's "Ask reporter" question reaches Alex in
// Personal Chat; Alex's answer replaces that card in place and appears in the case thread, still anonymous.

import { CHANNEL_POST, TEAM_NAME, cardButton, expectCount, inPersonalChat, keepScreenshot, newCardWith, nextStreamEvent, send, seconds, step, tapExpectingUpdateInPlace, openConversation, CASE_NUMBER, GENERAL_CHANNEL_ID, DELIVERY_TIMEOUT } from "../lib/playground.mjs";

// Texts from cards/report-*.json, cards/case.json and cards/relay-*.json.
const CATEGORY = "Someone is pretending to be us";
const WHAT_HAPPENED_PLACEHOLDER = "e.g. Our account posted things we never wrote";
const WHAT_HAPPENED = "A fake 'Contoso Careers' page is offering jobs and asking for bank details.";
const ANONYMOUS_TOGGLE = "Send it anonymously";
const SUBMITTED_TEXT = "Report sent";
const ANONYMOUS_NOTE = "You sent it anonymously";
const ANONYMOUS = "Anonymous reporter";
const ALEX = "Alex Wilber";
const QUESTION_PLACEHOLDER = "e.g. Did you take a screenshot before it was deleted?";
const QUESTION = "Did the fake page link to a website? If so, which one?";
const QUESTION_TEXT = "A question about your report";
const ANSWER_PLACEHOLDER = "Your answer";
const ANSWER = "Yes: contoso-careers-hiring.example, in its bio.";
const ANSWERED_TEXT = "Your answer, sent to IT security";

export async function anonymousRelay({ page, botCards, streamEvents }) {
    let caseNumber;
    let questionCardIndex;
    let questionMessageId;

    await step(`(j) a report sent with "${ANONYMOUS_TOGGLE}" ticked: "${SUBMITTED_TEXT}", a case number, and "${ANONYMOUS_NOTE}"`, async () => {
        const index = await botCards.count();
        const from = streamEvents.length;
        await send("report");
        const card = await newCardWith(index, "Report a problem");
        const form = await nextStreamEvent(from, e => e.action === "createMessage" && inPersonalChat(e), "the report card");
        const row = card.locator(".ac-selectable").filter({ has: page.getByText(CATEGORY, { exact: true }) });
        await expectCount(row, 1, `rows reading "${CATEGORY}"`);
        await tapExpectingUpdateInPlace(() => row.click(), index, form.messageId, "Tell us what happened", `the row "${CATEGORY}"`);
        await card.getByPlaceholder(WHAT_HAPPENED_PLACEHOLDER, { exact: true }).fill(WHAT_HAPPENED);
        await tapExpectingUpdateInPlace(() => card.locator(cardButton("Next")).click(), index, form.messageId, "Check your report", '"Next"');
        const toggle = card.getByRole("checkbox", { name: ANONYMOUS_TOGGLE, exact: true });
        await expectCount(toggle, 1, `"${ANONYMOUS_TOGGLE}" toggles on the review card`);
        if (await toggle.isChecked()) throw new Error(`"${ANONYMOUS_TOGGLE}" is ticked before Alex ticks it`);
        await toggle.check();
        await tapExpectingUpdateInPlace(() => card.locator(cardButton("Send report")).click(), index, form.messageId, SUBMITTED_TEXT, '"Send report"');
        const lines = (await card.innerText()).split("\n").map(line => line.trim());
        caseNumber = lines.find(line => CASE_NUMBER.test(line));
        if (!caseNumber) throw new Error(`the sent report shows no case number. It reads:\n${lines.join("\n")}`);
        if (!lines.some(line => line.startsWith(ANONYMOUS_NOTE))) throw new Error(`the sent report does not say "${ANONYMOUS_NOTE}". It reads:\n${lines.join("\n")}`);
        await keepScreenshot("anonymous-sent.png");
    });

    await step(`(j) in General the case card says "${ANONYMOUS}" and nowhere "${ALEX}"`, async () => {
        const card = await openCaseCard();
        const text = await card.innerText();
        if (!text.includes(`Reported by ${ANONYMOUS}`)) throw new Error(`the case card does not say "Reported by ${ANONYMOUS}". It reads:\n${text}`);
        if (text.includes(ALEX) || text.includes("Alex")) throw new Error(`the anonymous case card names Alex. It reads:\n${text}`);
        await keepScreenshot("anonymous-case.png");
    });

    await step(`(j) "Ask reporter" in General sends the question to Alex's Personal Chat as "${QUESTION_TEXT}" within ${seconds(DELIVERY_TIMEOUT)} s`, async () => {
        const card = await openCaseCard();
        await card.locator(cardButton("Ask reporter")).click();
        await card.getByPlaceholder(QUESTION_PLACEHOLDER, { exact: true }).fill(QUESTION);
        const asked = { at: Date.now(), from: streamEvents.length };
        await card.locator(cardButton("Send question")).click();
        const question = await nextStreamEvent(asked.from,
            e => e.action === "createMessage" && inPersonalChat(e) && e.json.includes(QUESTION_TEXT) && e.json.includes(caseNumber),
            `new message in Personal Chat with "${QUESTION_TEXT}"`, DELIVERY_TIMEOUT);
        console.log(`      sent ${seconds(question.at - asked.at)} s after "Send question"`);
        // The case card is updated too (its history: "asked the reporter"); a late update re-renders the chat list,
        // which would clear what Alex types next.
        await nextStreamEvent(asked.from, e => e.action === "updateMessage" && e.json.includes("asked the reporter"),
            "update of the case card with the question in its history", DELIVERY_TIMEOUT);
        questionMessageId = question.messageId;
        await openConversation("Personal Chat");
        const shown = botCards.filter({ hasText: QUESTION_TEXT }).filter({ hasText: caseNumber });
        await shown.first().waitFor();
        await expectCount(shown, 1, `"${QUESTION_TEXT}" cards for ${caseNumber}`);
        if (!(await shown.innerText()).includes(QUESTION)) throw new Error(`the question card does not show the question as asked`);
        questionCardIndex = (await botCards.count()) - 1;
        await keepScreenshot("relay-question.png");
    });

    await step(`(j) Alex's answer replaces the question card with "${ANSWERED_TEXT}" and appears in the case thread under "${ANONYMOUS}"`, async () => {
        const card = botCards.nth(questionCardIndex);
        const input = card.getByPlaceholder(ANSWER_PLACEHOLDER, { exact: true });
        // Typed key by key: the Playground's card reads what is typed, not a value set all at once.
        await input.click();
        await input.pressSequentially(ANSWER);
        if ((await input.inputValue()) !== ANSWER) throw new Error(`the answer box reads "${await input.inputValue()}" after typing the answer`);
        const answered = { at: Date.now(), from: streamEvents.length };
        await tapExpectingUpdateInPlace(() => card.locator(cardButton("Send answer")).click(), questionCardIndex, questionMessageId, ANSWERED_TEXT, '"Send answer"');
        const reply = await nextStreamEvent(answered.from,
            e => e.action === "createMessage" && e.conversationId?.startsWith(`${GENERAL_CHANNEL_ID};`) && e.json.includes(ANSWER),
            `new message in the case thread in General with the answer`, DELIVERY_TIMEOUT);
        console.log(`      posted in the thread ${seconds(reply.at - answered.at)} s after "Send answer"`);
        // Alex plays the responder too (the Playground has one user), so Alex's name may appear as the asker;
        // the one who answered must be the anonymous reporter.
        const answeredBy = linesOf(reply).find(line => line.includes(" answered: "));
        if (answeredBy !== `${ANONYMOUS} answered: ${ANSWER}`) {
            throw new Error(`the answer in the thread reads "${answeredBy}" (expected "${ANONYMOUS} answered: ${ANSWER}")`);
        }
        const update = await nextStreamEvent(answered.from,
            e => e.action === "updateMessage" && !inPersonalChat(e) && e.json.includes(ANSWER),
            `update of the case card with the answer in its history`, DELIVERY_TIMEOUT);
        const history = linesOf(update).find(line => line.includes(ANSWER));
        if (!history?.includes(`${ANONYMOUS} · answered`)) {
            throw new Error(`the case card's history line with the answer reads "${history}" (expected "${ANONYMOUS} · answered …")`);
        }
        await keepScreenshot("relay-answered.png");
    });

    // The lines of a streamed card: each RichTextBlock's runs joined, each TextBlock's text.
    function linesOf(event) {
        const lines = [];
        const walk = node => {
            if (Array.isArray(node)) return node.forEach(walk);
            if (!node || typeof node !== "object") return;
            if (node.type === "RichTextBlock") lines.push(node.inlines.map(run => run.text).join(""));
            else if (node.type === "TextBlock") lines.push(node.text);
            else Object.values(node).forEach(walk);
        };
        walk(JSON.parse(event.json).attachments);
        return lines;
    }

    // Opens General and returns the card of the one post there about this case.
    async function openCaseCard() {
        await openConversation(`${TEAM_NAME} - General`);
        const post = page.locator(CHANNEL_POST).filter({ has: page.locator(".ac-adaptiveCard").filter({ hasText: new RegExp(`Case ${caseNumber}(?!\\d)`) }) });
        await post.first().waitFor({ timeout: DELIVERY_TIMEOUT });
        await expectCount(post, 1, `posts about ${caseNumber} in General`);
        return post.locator(".ac-adaptiveCard").first();
    }
}
