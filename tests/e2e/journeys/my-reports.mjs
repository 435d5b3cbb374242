// "my reports" after the report: the case, where it stands, and when it was reported in the reader's own time
// (the card carries a UTC stamp in {{DATE()}}/{{TIME()}}, which the renderer formats on the device).

import { factsOf, keepScreenshot, newCardWith, send, step } from "../lib/playground.mjs";

const MY_REPORTS_TEXT = "Your reports";

export async function myReports({ botCards, caseNumber }) {
    await step(`typing "my reports" lists ${caseNumber} as acknowledged, reported today in the reader's own time`, async () => {
        const cardsBefore = await botCards.count();
        await send("my reports");
        const card = await newCardWith(cardsBefore, caseNumber);
        const text = await card.innerText();
        if (!text.includes(MY_REPORTS_TEXT) || !text.includes("Acknowledged by")) {
            throw new Error(`the reports card does not show ${caseNumber} as acknowledged. It reads:\n${text}`);
        }
        const reported = (await factsOf(card)).Reported ?? "";
        // Formatted by the renderer in the browser's zone and language, e.g. "Thu, Dec 3, 2026 at 4:57 PM".
        const year = String(new Date().getFullYear());
        if (/\{\{|\}\}|UTC|\dT\d/.test(reported) || !reported.includes(year)) {
            throw new Error(`"Reported" is not a local date and time: ${JSON.stringify(reported)}`);
        }
        await keepScreenshot("my-reports.png");
    });
}
