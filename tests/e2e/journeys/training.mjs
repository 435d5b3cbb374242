// (i) A training module taken to the end (each answer replaces its question card with the feedback, Next
// brings the next question, a score card closes it) and then marked passed in the module list.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { cardButton, expectCount, inPersonalChat, keepScreenshot, newCardWith, nextStreamEvent, send, step, tapExpectingUpdateInPlace } from "../lib/playground.mjs";

// (i) Training: the first module of the list, answered from its own content file (content/training/*.yaml,
// ordered by their order: key), so the test follows the content as it is edited.
const TRAINING_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "content", "training");
const TRAINING_MODULES = readdirSync(TRAINING_DIR).filter(f => f.endsWith(".yaml"))
    .map(f => parseYaml(readFileSync(path.join(TRAINING_DIR, f), "utf8")))
    .sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || a.id.localeCompare(b.id));
const TRAINING_MODULE = TRAINING_MODULES[0];

// Choices name departments, categories and commands by placeholder ({department:hr}); the bot shows them as
// plain text with the configured words in quotes or as they are. The words come from the Development
// configuration the bot runs with (departments) and the default categories (cards/report-category.data.json).
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const DEPARTMENTS = Object.fromEntries(JSON.parse(readFileSync(path.join(ROOT, "appsettings.Development.json"), "utf8").replace(/^\s*\/\/.*$/gm, ""))
    .Departments.map(d => [d.Id, d.Name]));
const CATEGORIES = Object.fromEntries(JSON.parse(readFileSync(path.join(ROOT, "cards", "report-category.data.json"), "utf8")).categories.map(c => [c.id, c.label]));
const shownAs = text => text.replace(/\{(category|command|department):([a-z0-9-]+)\}/g, (_, kind, id) =>
    kind === "department" ? DEPARTMENTS[id] : `"${kind === "category" ? CATEGORIES[id] : id.replaceAll("-", " ")}"`);
const TRAINING_TEXT = "Your training";
const TODAY = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export async function training({ botCards, streamEvents }) {
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
        await takeModule(TRAINING_MODULE, trainingListIndex, [], true);
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

    const REVIEW = "Review the ones you missed";
    const SECOND_MODULE = TRAINING_MODULES[1];
    await step(`(i) "${SECOND_MODULE.title}" with its first answer wrong: "Not quite" and why, then a score card offering "${REVIEW}"`, async () => {
        const scoreIndex = await takeModule(SECOND_MODULE, await botCards.count() - 1, [0], false);
        const score = await newCardWith(scoreIndex, `${SECOND_MODULE.questions.length - 1} of ${SECOND_MODULE.questions.length} right`);
        await expectCount(score.locator(cardButton(REVIEW)), 1, `"${REVIEW}" buttons on the score card`);
        const reviewIndex = await botCards.count();
        await score.locator(cardButton(REVIEW)).click();
        const review = await newCardWith(reviewIndex, "the ones you missed");
        await review.filter({ hasText: "Right answer" }).waitFor();
        await keepScreenshot("training-review.png");
    });

    // Refreshers come due days after a module, so right after one "refresh" has nothing to ask yet: it says so,
    // when the next questions come, and leads back to the modules (no dead end).
    const NOTHING_DUE = "Nothing to refresh right now";
    await step(`(i) "refresh" right after the modules says "${NOTHING_DUE}" and offers "All modules"`, async () => {
        const index = await botCards.count();
        await send("refresh");
        const card = await newCardWith(index, NOTHING_DUE);
        await expectCount(card.locator(cardButton("All modules")), 1, '"All modules" buttons on the refresh card');
        await keepScreenshot("training-refresh.png");
    });

    // Answers every question of `module`, started from the list card at `listIndex`: right, except the questions
    // whose index is in `wrong`. Each answer replaces its question card with the verdict ("Right!" or "Not quite")
    // and Next keeps that feedback without its button and brings the next question (or the score) as a new card.
    async function takeModule(module, listIndex, wrong, screenshots) {
        const total = module.questions.length;
        const startedFrom = await botCards.count();
        let questionFrom = streamEvents.length;
        await botCards.nth(listIndex).locator(cardButton("Start")).first().click();
        for (const [index, question] of module.questions.entries()) {
            const progress = `Question ${index + 1} of ${total}`;
            const cardIndex = startedFrom + index;
            const card = await newCardWith(cardIndex, progress);
            const message = await nextStreamEvent(questionFrom, e => inPersonalChat(e) && e.action === "createMessage" && e.json.includes(progress),
                `a new message with "${progress}"`);
            const multiple = question.correct.length > 1;
            const missIt = wrong.includes(index);
            const picked = missIt ? [question.choices.find(c => !question.correct.includes(c.id))] : question.choices.filter(c => question.correct.includes(c.id));
            for (const choice of picked) {
                await card.getByRole(multiple ? "checkbox" : "radio", { name: shownAs(choice.text), exact: true }).check();
            }
            if (screenshots && index === 0) await keepScreenshot("training-question.png");
            await tapExpectingUpdateInPlace(() => card.locator(cardButton("Submit")).click(), cardIndex, message.messageId, missIt ? "Not quite" : "Right!",
                `Submit on question ${index + 1}`);
            if (screenshots && index === 0) await keepScreenshot("training-feedback.png");
            const next = index + 1 < total ? "Next question" : "See my score";
            questionFrom = streamEvents.length;
            await card.locator(cardButton(next)).click();
            await nextStreamEvent(questionFrom, e => inPersonalChat(e) && e.action === "updateMessage" && e.messageId === message.messageId && !e.json.includes(next),
                `the feedback of question ${index + 1} kept without "${next}"`);
        }
        return startedFrom + total; // where the score card comes
    }
}
