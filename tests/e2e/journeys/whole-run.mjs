// Over the whole run: one welcome card, and exactly the updates in place the journeys before asked for.

import { WELCOME_TEXT, expectCount, inPersonalChat, pickedUp, step, openConversation } from "../lib/playground.mjs";

export async function wholeRun({ page, botCards, welcomeCards, streamEvents, settingsMessageId, didYouMeanMessageId, reportCardIndex, reportMessageId, reportEventsFrom, caseNumber, caseCardMessageId }) {
    await step("over the whole run the bot sent exactly one welcome card, updated the settings card once, the Did-you-mean card once, the report card 3 times and the case card once, and nothing else", async () => {
        // Back in Personal Chat, where the welcome card would show; the report card there keeps its last state.
        await openConversation("Personal Chat");
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
}
