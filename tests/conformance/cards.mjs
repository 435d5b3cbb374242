// Card conformance: our template engine against the official one, and every card against the official
// parser and the strict walk of the Adaptive Cards 1.5 schema.
//
// Input (stdin): a JSON array of
//   {name, template, data, ourRendering, ourError?, alsoParseAt?: ["1.2", ...]}
// where `template` is the template JSON, `data` its sample data, `ourRendering` what our C# engine made of
// them (null with `ourError` when it refused), `alsoParseAt` extra versions to run the official parser at
// (employee cards are parsed at 1.2 too, as Teams mobile would read them).
//
// Output (stdout): one JSON line per card, in input order:
//   {name, officialError, sameAsOfficial, difference: {path, ours, official} | null,
//    (ours/official left out when that side has nothing at the path),
//    parserErrors: {"1.5": [...], "1.2": [...]}, strict: {problems, items, declaredVersion, maxVersionUsed}}
// Exit status: 0 when every card passes, 1 when some card fails, 2 when the input cannot be read.
//
// Run by tests/SocialRiskBot.IntegrationTests/Cards/TemplateConformanceTests.cs; by hand:
//   node tests/conformance/cards.mjs < cards.json

import { AdaptiveCards as AC, Templating } from "./official-libraries.mjs";
import { firstDifference } from "./json-difference.mjs";
import { walkCard } from "./strict-walk.mjs";

const PARSER_VERSION = "1.5";

let input;
try {
    input = JSON.parse(await readStdin());
    if (!Array.isArray(input)) {
        throw new Error("expected a JSON array of cards");
    }
} catch (error) {
    console.error(`cards.mjs: cannot read the input: ${error.message}`);
    process.exit(2);
}

let failed = false;
for (const entry of input) {
    const result = checkCard(entry);
    failed ||= !passes(result);
    process.stdout.write(JSON.stringify(result) + "\n");
}

process.exitCode = failed ? 1 : 0;

function checkCard({ name, template, data, ourRendering, ourError, alsoParseAt = [] }) {
    let official = null;
    let officialError = null;
    try {
        official = new Templating.Template(structuredClone(template)).expand({ $root: data });
    } catch (error) {
        officialError = String(error?.message ?? error);
    }

    let difference = null;
    if (ourRendering == null) {
        difference = { path: "$", ours: `our engine refused: ${ourError ?? "no rendering"}`, official };
    } else if (official !== null) {
        const found = firstDifference(ourRendering, official);
        // A side that has no value at that path is left out of the difference.
        difference = found && { path: found.path, ours: found.a, official: found.b };
    }

    // What the checks look at is the official rendering; ours when the official engine failed.
    const card = official ?? ourRendering;
    const parserErrors = {};
    for (const version of [PARSER_VERSION, ...alsoParseAt]) {
        parserErrors[version] = card ? officialParserErrors(card, version) : ["nothing to parse"];
    }

    return {
        name,
        officialError,
        sameAsOfficial: officialError === null && difference === null,
        difference,
        parserErrors,
        strict: card ? walkCard(card) : { problems: ["nothing to walk"], items: [], declaredVersion: null, maxVersionUsed: null },
    };
}

/** Every event of the official parser and of its property validation, at the given target version. */
function officialParserErrors(json, version) {
    const target = AC.Version.parse(version, new AC.SerializationContext());
    const card = new AC.AdaptiveCard();
    card.maxVersion = target;
    const context = new AC.SerializationContext(target);
    const errors = [];
    try {
        card.parse(structuredClone(json), context);
    } catch (error) {
        return [`the parser threw: ${error?.message ?? error}`];
    }

    for (let i = 0; i < context.eventCount; i++) {
        errors.push(describeEvent(context.getEventAt(i)));
    }

    for (const event of card.validateProperties().validationEvents) {
        errors.push(describeEvent(event));
    }

    return errors;
}

function describeEvent(event) {
    const source = event.source?.getJsonTypeName?.();
    const id = event.source?.id ? ` "${event.source.id}"` : "";
    const where = source ? ` (on ${source}${id})` : "";
    return `${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}${where}`;
}

function passes(result) {
    return result.sameAsOfficial
        && Object.values(result.parserErrors).every(errors => errors.length === 0)
        && result.strict.problems.length === 0;
}

async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin) {
        chunks.push(chunk);
    }

    return Buffer.concat(chunks).toString("utf8");
}
