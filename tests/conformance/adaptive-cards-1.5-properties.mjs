// The properties Adaptive Cards 1.5 allows on each card object, with the version that introduced each one.
//
// Source: the Adaptive Cards 1.5 schema (schemas/1.5.0/adaptive-card.json in microsoft/AdaptiveCards, which
// the schema explorer at https://adaptivecards.io/explorer/ is generated from), read object by object;
// cross-checked against the property definitions of the `adaptivecards` 3.0 typings (lib/*.d.ts).
// Where the two disagree, the schema wins, and the difference is noted on the line:
//   - the JS library accepts lang/isVisible/separator/spacing/height/horizontalAlignment on TextRun and
//     `orientation` on ActionSet; the schema does not, so a card using them is not portable.
//   - the schema spells a Container's and a TableCell's right-to-left flag "rtl?" (a typo in the file);
//     the explorer and the library call it `rtl`, and so do we.
//   - Table: the schema says `firstRowAsHeader`, the JS library reads `firstRowAsHeaders`; we accept the
//     schema's name only.
//
// A property is described as `since` (the version that introduced it) and, when it holds card content,
// `holds`: what the strict walk (strict-walk.mjs) descends into. `required` lists what the schema
// requires, plus the few rules we add (marked "ours").

/** A plain value (string, number, boolean, enum) introduced in `since`. */
const value = since => ({ since });

/** A property holding nested card content of the given kind (see HOLDS in strict-walk.mjs). */
const holds = (since, kind) => ({ since, holds: kind });

// Extendable.Item / Extendable.ToggleableItem / Extendable.Element of the schema.
const TOGGLEABLE = {
    id: value("1.0"),
    isVisible: value("1.2"),
    requires: holds("1.2", "Requires"),
};

const ELEMENT = {
    ...TOGGLEABLE,
    fallback: holds("1.2", "ElementFallback"),
    height: value("1.1"),
    separator: value("1.0"),
    spacing: value("1.0"),
};

// Extendable.Input: an element whose id is required, with label and validation since 1.3.
const INPUT = {
    ...ELEMENT,
    errorMessage: value("1.3"),
    isRequired: value("1.3"),
    label: value("1.3"),
};

// Extendable.Action.
const ACTION = {
    id: value("1.0"),
    requires: holds("1.2", "Requires"),
    title: value("1.0"),
    iconUrl: value("1.1"),
    style: value("1.2"),
    fallback: holds("1.2", "ActionFallback"),
    tooltip: value("1.5"),
    isEnabled: value("1.5"),
    mode: value("1.5"),
};

// The container-like properties shared by Container and TableCell.
const CONTAINER_LIKE = {
    items: holds("1.0", "Element[]"),
    selectAction: holds("1.1", "SelectAction"),
    style: value("1.0"),
    verticalContentAlignment: value("1.1"),
    bleed: value("1.2"),
    backgroundImage: holds("1.2", "BackgroundImage"),
    minHeight: value("1.2"),
    rtl: value("1.5"),
};

/** Card elements: what may appear in `body`, `items`, an element's `fallback`. */
export const ELEMENTS = {
    TextBlock: {
        since: "1.0",
        required: ["text"],
        props: {
            ...ELEMENT,
            text: value("1.0"),
            color: value("1.0"),
            fontType: value("1.2"),
            horizontalAlignment: value("1.0"),
            isSubtle: value("1.0"),
            maxLines: value("1.0"),
            size: value("1.0"),
            weight: value("1.0"),
            wrap: value("1.0"),
            style: value("1.5"),
        },
    },
    RichTextBlock: {
        since: "1.2",
        required: ["inlines"],
        props: {
            ...ELEMENT,
            inlines: holds("1.2", "Inline[]"),
            horizontalAlignment: value("1.2"),
        },
    },
    Image: {
        since: "1.0",
        required: ["url"],
        props: {
            ...ELEMENT,
            url: value("1.0"),
            altText: value("1.0"),
            backgroundColor: value("1.1"),
            height: value("1.1"),
            horizontalAlignment: value("1.0"),
            selectAction: holds("1.1", "SelectAction"),
            size: value("1.0"),
            style: value("1.0"),
            width: value("1.1"),
        },
    },
    ImageSet: {
        since: "1.0",
        required: ["images"],
        props: {
            ...ELEMENT,
            images: holds("1.0", "Image[]"),
            imageSize: value("1.0"),
        },
    },
    Media: {
        since: "1.1",
        required: ["sources"],
        props: {
            ...ELEMENT,
            sources: holds("1.1", "MediaSource[]"),
            poster: value("1.1"),
            altText: value("1.1"),
        },
    },
    FactSet: {
        since: "1.0",
        required: ["facts"],
        props: {
            ...ELEMENT,
            facts: holds("1.0", "Fact[]"),
        },
    },
    Container: {
        since: "1.0",
        required: ["items"],
        props: { ...ELEMENT, ...CONTAINER_LIKE },
    },
    ColumnSet: {
        since: "1.0",
        required: [],
        props: {
            ...ELEMENT,
            columns: holds("1.0", "Column[]"),
            selectAction: holds("1.1", "SelectAction"),
            style: value("1.2"),
            bleed: value("1.2"),
            minHeight: value("1.2"),
            horizontalAlignment: value("1.0"),
        },
    },
    ActionSet: {
        since: "1.2",
        required: ["actions"],
        props: {
            ...ELEMENT,
            actions: holds("1.2", "Action[]"),
        },
    },
    Table: {
        since: "1.5",
        required: [],
        props: {
            ...ELEMENT,
            columns: holds("1.5", "TableColumnDefinition[]"),
            rows: holds("1.5", "TableRow[]"),
            firstRowAsHeader: value("1.5"),
            showGridLines: value("1.5"),
            gridStyle: value("1.5"),
            horizontalCellContentAlignment: value("1.5"),
            verticalCellContentAlignment: value("1.5"),
        },
    },
    "Input.Text": {
        since: "1.0",
        required: ["id"],
        props: {
            ...INPUT,
            isMultiline: value("1.0"),
            maxLength: value("1.0"),
            placeholder: value("1.0"),
            regex: value("1.3"),
            style: value("1.0"),
            inlineAction: holds("1.2", "SelectAction"),
            value: value("1.0"),
        },
    },
    "Input.Number": {
        since: "1.0",
        required: ["id"],
        props: { ...INPUT, max: value("1.0"), min: value("1.0"), placeholder: value("1.0"), value: value("1.0") },
    },
    "Input.Date": {
        since: "1.0",
        required: ["id"],
        props: { ...INPUT, max: value("1.0"), min: value("1.0"), placeholder: value("1.0"), value: value("1.0") },
    },
    "Input.Time": {
        since: "1.0",
        required: ["id"],
        props: { ...INPUT, max: value("1.0"), min: value("1.0"), placeholder: value("1.0"), value: value("1.0") },
    },
    "Input.Toggle": {
        since: "1.0",
        required: ["id", "title"],
        props: {
            ...INPUT,
            title: value("1.0"),
            value: value("1.0"),
            valueOff: value("1.0"),
            valueOn: value("1.0"),
            wrap: value("1.2"),
        },
    },
    "Input.ChoiceSet": {
        since: "1.0",
        // ours: the schema leaves `choices` optional, but a choice set without choices offers nothing
        // (the JS parser reports an empty one as CollectionCantBeEmpty).
        required: ["id", "choices"],
        props: {
            ...INPUT,
            choices: holds("1.0", "Choice[]"),
            isMultiSelect: value("1.0"),
            style: value("1.0"),
            value: value("1.0"),
            placeholder: value("1.0"),
            wrap: value("1.2"),
        },
    },
};

/** Actions: what may appear in `actions`, ActionSet.actions, selectAction, inlineAction, an action's fallback. */
export const ACTIONS = {
    "Action.Submit": {
        since: "1.0",
        required: [],
        props: { ...ACTION, data: holds("1.0", "Opaque"), associatedInputs: value("1.3") },
    },
    "Action.OpenUrl": {
        since: "1.0",
        required: ["url"],
        props: { ...ACTION, url: value("1.0") },
    },
    "Action.ShowCard": {
        since: "1.0",
        // ours: a ShowCard without a card shows nothing (the JS parser reports it as PropertyCantBeNull).
        required: ["card"],
        props: { ...ACTION, card: holds("1.0", "ShowCardCard") },
    },
    "Action.ToggleVisibility": {
        since: "1.2",
        required: ["targetElements"],
        props: { ...ACTION, targetElements: holds("1.2", "TargetElement[]") },
    },
    "Action.Execute": {
        since: "1.4",
        required: [],
        props: { ...ACTION, verb: value("1.4"), data: holds("1.4", "Opaque"), associatedInputs: value("1.4") },
    },
};

/**
 * The objects that only appear inside one property of another (no `type` needed, but `type` with the
 * object's own name is allowed), and the card itself.
 */
export const PARTS = {
    AdaptiveCard: {
        since: "1.0",
        required: ["type", "version"], // `version` only on the top-level card; see strict-walk.mjs
        props: {
            type: value("1.0"),
            $schema: value("1.0"),
            version: value("1.0"),
            body: holds("1.0", "Element[]"),
            actions: holds("1.0", "Action[]"),
            selectAction: holds("1.1", "SelectAction"),
            fallbackText: value("1.0"),
            // A plain URL string since 1.0, the BackgroundImage object since 1.2.
            backgroundImage: holds("1.0", "BackgroundImage"),
            minHeight: value("1.2"),
            rtl: value("1.5"),
            speak: value("1.0"),
            lang: value("1.0"),
            verticalContentAlignment: value("1.1"),
            refresh: holds("1.4", "Refresh"),
            authentication: holds("1.4", "Authentication"),
        },
    },
    TextRun: {
        since: "1.2",
        required: ["text"],
        props: {
            type: value("1.2"),
            text: value("1.2"),
            color: value("1.2"),
            fontType: value("1.2"),
            highlight: value("1.2"),
            isSubtle: value("1.2"),
            italic: value("1.2"),
            selectAction: holds("1.2", "SelectAction"),
            size: value("1.2"),
            strikethrough: value("1.2"),
            underline: value("1.3"),
            weight: value("1.2"),
        },
    },
    Column: {
        since: "1.0",
        required: [],
        props: {
            type: value("1.0"),
            ...TOGGLEABLE,
            items: holds("1.0", "Element[]"),
            backgroundImage: holds("1.2", "BackgroundImage"),
            bleed: value("1.2"),
            fallback: holds("1.2", "ColumnFallback"),
            minHeight: value("1.2"),
            rtl: value("1.5"),
            separator: value("1.0"),
            spacing: value("1.0"),
            selectAction: holds("1.1", "SelectAction"),
            style: value("1.0"),
            verticalContentAlignment: value("1.1"),
            width: value("1.0"),
        },
    },
    Fact: {
        since: "1.0",
        required: ["title", "value"],
        props: { type: value("1.0"), title: value("1.0"), value: value("1.0") },
    },
    "Input.Choice": {
        since: "1.0",
        required: ["title", "value"],
        props: { type: value("1.0"), title: value("1.0"), value: value("1.0") },
    },
    MediaSource: {
        since: "1.1",
        required: ["mimeType", "url"],
        props: { type: value("1.1"), mimeType: value("1.1"), url: value("1.1") },
    },
    BackgroundImage: {
        since: "1.2",
        required: ["url"],
        props: {
            type: value("1.2"),
            url: value("1.2"),
            fillMode: value("1.2"),
            horizontalAlignment: value("1.2"),
            verticalAlignment: value("1.2"),
        },
    },
    TargetElement: {
        since: "1.2",
        required: ["elementId"],
        props: { type: value("1.2"), elementId: value("1.2"), isVisible: value("1.2") },
    },
    TableColumnDefinition: {
        since: "1.5",
        required: [],
        props: {
            type: value("1.5"),
            width: value("1.5"),
            horizontalCellContentAlignment: value("1.5"),
            verticalCellContentAlignment: value("1.5"),
        },
    },
    TableRow: {
        since: "1.5",
        required: [],
        props: {
            type: value("1.5"),
            cells: holds("1.5", "TableCell[]"),
            style: value("1.5"),
            horizontalCellContentAlignment: value("1.5"),
            verticalCellContentAlignment: value("1.5"),
        },
    },
    TableCell: {
        since: "1.5",
        required: ["items"],
        props: { type: value("1.5"), ...CONTAINER_LIKE },
    },
    Refresh: {
        since: "1.4",
        required: [],
        props: { type: value("1.4"), action: holds("1.4", "ExecuteAction"), userIds: value("1.4") },
    },
    Authentication: {
        since: "1.4",
        required: [],
        props: {
            type: value("1.4"),
            text: value("1.4"),
            connectionName: value("1.4"),
            tokenExchangeResource: holds("1.4", "TokenExchangeResource"),
            buttons: holds("1.4", "AuthCardButton[]"),
        },
    },
    TokenExchangeResource: {
        since: "1.4",
        required: ["id", "uri", "providerId"],
        props: { type: value("1.4"), id: value("1.4"), uri: value("1.4"), providerId: value("1.4") },
    },
    AuthCardButton: {
        // Its `type` is the Bot Framework button type ("signin"), not the object's name.
        since: "1.4",
        required: ["type", "value"],
        props: { type: value("1.4"), title: value("1.4"), image: value("1.4"), value: value("1.4") },
    },
};

/**
 * Host extensions outside the Adaptive Cards schema that Microsoft Teams documents and reads. They are
 * accepted only where Teams reads them, and their own keys are checked like the schema's.
 * Source: Teams "Format cards" docs (full-width cards: msteams.width "Full"; mentions: msteams.entities).
 */
export const HOST_EXTENSIONS = {
    AdaptiveCard: {
        msteams: { since: "1.0", keys: ["width", "entities"] },
    },
};

/** The highest version this table describes: the version cards are checked against. */
export const SCHEMA_VERSION = "1.5";
