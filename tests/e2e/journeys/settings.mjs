// (d) A card submit round trip: the settings form saved in place, then read back from storage.

import { cardButton, expectCount, factsOf, keepScreenshot, newCardWith, nextStreamEvent, send, step } from "../lib/playground.mjs";

// Texts come from cards/settings.json, cards/settings-saved.json and the bot's default departments
// (cards/settings.data.json).
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
    "Corporate security",
    "Privacy & data protection",
    "Investor relations",
    "Social-media risk committee",
];
const REMINDERS_LABEL = "Send me short refresher reminders (at most once a day, in working hours)";

export async function settings(ctx) {
    const { page, botCards, streamEvents } = ctx;

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

    ctx.settingsMessageId = settingsMessageId;
}
