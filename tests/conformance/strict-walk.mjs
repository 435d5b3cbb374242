// The strict walk: checks a card against the Adaptive Cards 1.5 property table, object by object.
//
// The official JS parser is lenient on purpose (hosts must accept newer cards): it ignores properties it
// does not know, and does not insist on `text`, `url` and other required properties. This walk is the
// opposite: every property must be one the schema defines for that object, every required property must
// be present, and nothing may need a newer version than the card declares (or than 1.5).
//
// walkCard(card) returns
//   problems: ["<json path>: <what is wrong>", ...]      empty when the card conforms
//   items:    [{path, kind: "element"|"inline"|"action", type, since}, ...]  every typed object, in order
//   declaredVersion, maxVersionUsed

import { ACTIONS, ELEMENTS, HOST_EXTENSIONS, PARTS, SCHEMA_VERSION } from "./adaptive-cards-1.5-properties.mjs";

export function walkCard(card) {
    const walk = new Walk(card);
    walk.topLevelCard(card, "$");
    return {
        problems: walk.problems,
        items: walk.items,
        declaredVersion: walk.declaredVersion,
        maxVersionUsed: walk.maxVersionUsed,
    };
}

class Walk {
    constructor(card) {
        this.problems = [];
        this.items = [];
        this.maxVersionUsed = "1.0";
        const declared = isObject(card) ? card.version : undefined;
        this.declaredVersion = typeof declared === "string" && /^\d+\.\d+$/.test(declared) ? declared : undefined;
        // Without a usable declared version, features are still checked against 1.5.
        this.ceiling = this.declaredVersion && compareVersions(this.declaredVersion, SCHEMA_VERSION) < 0
            ? this.declaredVersion
            : SCHEMA_VERSION;
    }

    problem(path, text) {
        this.problems.push(`${path}: ${text}`);
    }

    topLevelCard(card, path) {
        if (!isObject(card)) {
            this.problem(path, "the card is not a JSON object");
            return;
        }

        if (card.type !== "AdaptiveCard") {
            this.problem(path, `"type" must be "AdaptiveCard" (found ${describe(card.type)})`);
        }

        if (card.version === undefined) {
            this.problem(path, 'the top-level card has no "version"');
        } else if (!this.declaredVersion) {
            this.problem(`${path}.version`, `not a version like "1.2" (found ${describe(card.version)})`);
        } else if (compareVersions(this.declaredVersion, SCHEMA_VERSION) > 0) {
            this.problem(`${path}.version`, `declares ${this.declaredVersion}, above Adaptive Cards ${SCHEMA_VERSION}`);
        }

        this.object(card, path, "AdaptiveCard", PARTS.AdaptiveCard, { required: ["type", "version"] });
    }

    /** Checks one object's properties against its table entry, then descends into what it holds. */
    object(node, path, typeName, spec, { required = spec.required, kind } = {}) {
        this.needs(spec.since, path, typeName);
        if (kind) {
            this.items.push({ path, kind, type: typeName, since: spec.since });
        }

        for (const name of required) {
            if (node[name] === undefined || node[name] === null) {
                this.problem(path, `${typeName} is missing required "${name}"`);
            }
        }

        const extensions = HOST_EXTENSIONS[typeName] ?? {};
        for (const [name, propertyValue] of Object.entries(node)) {
            const propertyPath = `${path}.${name}`;
            const property = spec.props[name];
            if (property) {
                this.needs(property.since, propertyPath, `${typeName}.${name}`);
                if (property.holds) {
                    this.content(property.holds, propertyValue, propertyPath);
                }
            } else if (extensions[name]) {
                this.hostExtension(propertyValue, propertyPath, name, extensions[name]);
            } else {
                this.problem(propertyPath, `unknown property "${name}" on ${typeName}`);
            }
        }
    }

    /** Something that needs version `since`: it must not exceed what the card declares (nor 1.5). */
    needs(since, path, what) {
        if (compareVersions(since, this.maxVersionUsed) > 0) {
            this.maxVersionUsed = since;
        }

        if (compareVersions(since, this.ceiling) > 0) {
            const declared = this.ceiling === SCHEMA_VERSION ? `Adaptive Cards ${SCHEMA_VERSION}` : `the card's version ${this.ceiling}`;
            this.problem(path, `${what} needs Adaptive Cards ${since}, above ${declared}`);
        }
    }

    hostExtension(node, path, name, extension) {
        if (!isObject(node)) {
            this.problem(path, `"${name}" must be an object`);
            return;
        }

        for (const key of Object.keys(node)) {
            if (!extension.keys.includes(key)) {
                this.problem(`${path}.${key}`, `unknown property "${key}" in the host extension "${name}"`);
            }
        }
    }

    /** Descends into the value of a property that holds card content of the given kind. */
    content(kind, node, path) {
        const list = kind.endsWith("[]");
        if (list) {
            if (!Array.isArray(node)) {
                this.problem(path, `must be an array (found ${describe(node)})`);
                return;
            }

            const itemKind = kind.slice(0, -2);
            node.forEach((item, index) => this.content(itemKind, item, `${path}[${index}]`));
            return;
        }

        const handler = HOLDS[kind];
        if (!handler) {
            throw new Error(`strict walk: no handler for "${kind}"`);
        }

        handler.call(this, node, path);
    }

    element(node, path) {
        if (!isObject(node)) {
            this.problem(path, `an element must be an object (found ${describe(node)})`);
            return;
        }

        const spec = ELEMENTS[node.type];
        if (!spec) {
            this.problem(path, node.type === undefined ? "element without a type" : `unknown element type ${describe(node.type)}`);
            return;
        }

        this.object(node, path, node.type, withType(spec), { kind: "element" });
    }

    action(node, path, { allowShowCard = true, only } = {}) {
        if (!isObject(node)) {
            this.problem(path, `an action must be an object (found ${describe(node)})`);
            return;
        }

        const spec = ACTIONS[node.type];
        if (!spec) {
            this.problem(path, node.type === undefined ? "action without a type" : `unknown action type ${describe(node.type)}`);
            return;
        }

        if (!allowShowCard && node.type === "Action.ShowCard") {
            this.problem(path, "Action.ShowCard cannot be a selectAction or inlineAction");
        }

        if (only && node.type !== only) {
            this.problem(path, `must be ${only} (found ${node.type})`);
        }

        this.object(node, path, node.type, withType(spec), { kind: "action" });
    }

    /** An object whose `type`, when present, must be its own name. */
    part(node, path, typeName, { kind } = {}) {
        if (!isObject(node)) {
            this.problem(path, `${typeName} must be an object (found ${describe(node)})`);
            return;
        }

        if (node.type !== undefined && node.type !== typeName) {
            this.problem(`${path}.type`, `must be "${typeName}" here (found ${describe(node.type)})`);
            return;
        }

        this.object(node, path, typeName, PARTS[typeName], { kind });
    }

    fallback(node, path, kindOfItem) {
        if (typeof node === "string" && node.toLowerCase() === "drop") {
            return; // the schema's FallbackOption, matched without regard to case
        }

        if (typeof node === "string") {
            this.problem(path, `fallback must be "drop" or an object (found ${describe(node)})`);
            return;
        }

        kindOfItem.call(this, node, path);
    }
}

// What a property may hold, by the kind named in the property table.
const HOLDS = {
    "Element": Walk.prototype.element,
    "Action": Walk.prototype.action,
    SelectAction(node, path) {
        this.action(node, path, { allowShowCard: false });
    },
    ExecuteAction(node, path) {
        this.action(node, path, { only: "Action.Execute" });
    },
    ElementFallback(node, path) {
        this.fallback(node, path, Walk.prototype.element);
    },
    ActionFallback(node, path) {
        this.fallback(node, path, Walk.prototype.action);
    },
    ColumnFallback(node, path) {
        this.fallback(node, path, function column(item, itemPath) {
            this.part(item, itemPath, "Column", { kind: "element" });
        });
    },
    Inline(node, path) {
        // A bare string is a TextRun without formatting.
        if (typeof node === "string") {
            this.needs("1.2", path, "TextRun");
            this.items.push({ path, kind: "inline", type: "TextRun", since: "1.2" });
            return;
        }

        if (isObject(node) && node.type !== "TextRun") {
            this.problem(path, node.type === undefined ? "inline without a type" : `unknown inline type ${describe(node.type)}`);
            return;
        }

        this.part(node, path, "TextRun", { kind: "inline" });
    },
    Image(node, path) {
        // ImageSet.images: Image elements whose `type` may be left out.
        if (isObject(node) && node.type === undefined) {
            this.object(node, path, "Image", ELEMENTS.Image, { kind: "element" });
            return;
        }

        this.element(node, path);
        if (isObject(node) && node.type !== "Image" && ELEMENTS[node.type]) {
            this.problem(path, `an ImageSet holds Image elements only (found ${node.type})`);
        }
    },
    ShowCardCard(node, path) {
        // The card of an Action.ShowCard: its version comes from the top-level card.
        if (!isObject(node)) {
            this.problem(path, `must be an AdaptiveCard object (found ${describe(node)})`);
            return;
        }

        if (node.type !== undefined && node.type !== "AdaptiveCard") {
            this.problem(`${path}.type`, `must be "AdaptiveCard" (found ${describe(node.type)})`);
        }

        this.object(node, path, "AdaptiveCard", PARTS.AdaptiveCard, { required: [] });
    },
    BackgroundImage(node, path) {
        if (typeof node === "string") {
            return; // the URL form
        }

        this.part(node, path, "BackgroundImage");
    },
    TargetElement(node, path) {
        if (typeof node === "string") {
            return; // the element id form
        }

        this.part(node, path, "TargetElement");
    },
    Requires(node, path) {
        if (!isObject(node) || Object.values(node).some(v => typeof v !== "string")) {
            this.problem(path, "requires must map feature names to version strings");
        }
    },
    Opaque() {
        // Action data: the bot's own payload, not card content.
    },
};

// Objects that only appear inside one property of another.
for (const [kind, typeName, itemKind] of [
    ["Column", "Column", "element"],
    ["TableCell", "TableCell", "element"],
    ["TableRow", "TableRow"],
    ["TableColumnDefinition", "TableColumnDefinition"],
    ["Fact", "Fact"],
    ["Choice", "Input.Choice"],
    ["MediaSource", "MediaSource"],
    ["Refresh", "Refresh"],
    ["Authentication", "Authentication"],
    ["TokenExchangeResource", "TokenExchangeResource"],
]) {
    HOLDS[kind] = function part(node, path) {
        this.part(node, path, typeName, { kind: itemKind });
    };
}

HOLDS.AuthCardButton = function authCardButton(node, path) {
    // Its `type` is a Bot Framework button type ("signin"), not the object's name.
    if (!isObject(node)) {
        this.problem(path, `AuthCardButton must be an object (found ${describe(node)})`);
        return;
    }

    this.object(node, path, "AuthCardButton", PARTS.AuthCardButton);
};

/** An element or action's table entry, with `type` itself allowed. */
function withType(spec) {
    return { ...spec, required: ["type", ...spec.required], props: { type: { since: "1.0" }, ...spec.props } };
}

function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value) {
    return value === undefined ? "nothing" : JSON.stringify(value);
}

/** Compares "major.minor" strings numerically. */
export function compareVersions(a, b) {
    const [aMajor, aMinor] = a.split(".").map(Number);
    const [bMajor, bMinor] = b.split(".").map(Number);
    return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}
