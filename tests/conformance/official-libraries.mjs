// The official Adaptive Cards libraries, loaded the way that works in Node 20
// (the `adaptivecards` package's ESM entry fails to resolve, its CommonJS bundle works and needs no DOM).

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The `adaptivecards` parser/renderer (3.0.x). */
export const AdaptiveCards = require("adaptivecards/dist/adaptivecards.js");

/** The `adaptivecards-templating` engine (2.3.x). */
export const Templating = require("adaptivecards-templating");

/** Path of the minified browser bundle of `adaptivecards`, to load into a page. */
export const adaptiveCardsBrowserBundle = require.resolve("adaptivecards/dist/adaptivecards.min.js");
