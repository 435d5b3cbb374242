// Every card of cards/ with its sample data, rendered by the official Adaptive Cards renderer in headless
// Chromium at a phone's width, in a light, a dark and a high-contrast theme: one PNG per card and theme, and
// a list of the text whose colour does not stand out enough from what is behind it (WCAG contrast: 4.5:1, or
// 3:1 for large or bold text).
//
// The Agents Playground has no theme switch, so the themes are host configs written here with the colours of
// Teams' light, dark and high-contrast themes (a card may only name colours and container styles; the host
// picks the values). A card that hard-codes a light background would show here as dark text on dark.
//
//   node scripts/lib/card-themes.mjs OUT_DIR [THEME...]      (themes: playground light dark contrast; default all)
//
// Exit status: 0 when every text passes, 1 when some text is below its contrast minimum, 2 on a failure.
// Run by scripts/screenshots.sh.

import { launchChromium } from "../../tests/lib/chromium.mjs";
import { Templating, adaptiveCardsBrowserBundle } from "../../tests/conformance/official-libraries.mjs";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PHONE_WIDTH = 390;
// A card in a phone's chat: the screen less the chat's margins and the bubble's padding.
const CARD_WIDTH = PHONE_WIDTH - 2 * 16;

const palette = (page, text, subtle, accent, good, warning, attention, emphasis) => ({ page, text, subtle, accent, good, warning, attention, emphasis });
const PALETTES = {
    // The Agents Playground's colours (the renderer's defaults), where the end-to-end test runs.
    playground: palette("#ffffff", "#333333", "#474747", "#2e89fc", "#028a02", "#e69500", "#cc3300", "#f7f7f7"),
    light: palette("#ffffff", "#242424", "#616161", "#5b5fc7", "#0e700e", "#835b00", "#c4314b", "#f5f5f5"),
    dark: palette("#292929", "#ffffff", "#adadad", "#7f85f5", "#92c353", "#f8d22a", "#f1707b", "#1f1f1f"),
    contrast: palette("#000000", "#ffffff", "#ffffff", "#1aebff", "#3ff23f", "#ffff01", "#ff6b6b", "#000000"),
};

const [outDir, ...wanted] = process.argv.slice(2);
if (!outDir) {
    console.error("usage: node scripts/lib/card-themes.mjs OUT_DIR [playground|light|dark|contrast ...]");
    process.exit(2);
}
const themes = wanted.length > 0 ? wanted : Object.keys(PALETTES);
const unknown = themes.filter(theme => !PALETTES[theme]);
if (unknown.length > 0) {
    console.error(`unknown theme(s): ${unknown.join(", ")} (known: ${Object.keys(PALETTES).join(", ")})`);
    process.exit(2);
}

const cards = readdirSync(path.join(ROOT, "cards"))
    .filter(file => file.endsWith(".json") && !file.endsWith(".data.json"))
    .map(file => {
        const name = file.slice(0, -".json".length);
        const template = JSON.parse(readFileSync(path.join(ROOT, "cards", file), "utf8"));
        const data = JSON.parse(readFileSync(path.join(ROOT, "cards", `${name}.data.json`), "utf8"));
        return { name, card: new Templating.Template(template).expand({ $root: data }) };
    });

const profile = mkdtempSync(path.join(tmpdir(), "socialriskbot-card-themes-"));
let context;
let lowContrast = 0;
try {
    context = await launchChromium(profile, { viewport: { width: PHONE_WIDTH, height: 844 } });
    await context.route("**/*", route => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    for (const theme of themes) {
        const folder = path.join(outDir, theme);
        mkdirSync(folder, { recursive: true });
        for (const { name, card } of cards) {
            const problems = await renderCard(page, card, PALETTES[theme], path.join(folder, `${name}.png`));
            lowContrast += problems.length;
            for (const problem of problems) console.log(`  ${theme}/${name}: ${problem}`);
        }
        console.log(`${theme}: ${cards.length} cards in ${folder}`);
    }
    writeFileSync(path.join(outDir, "themes.json"), JSON.stringify(PALETTES, null, 2));
    process.exitCode = lowContrast > 0 ? 1 : 0;
    if (lowContrast > 0) console.log(`${lowContrast} text(s) below their contrast minimum`);
} catch (error) {
    console.error(`card-themes.mjs: ${error?.stack ?? error}`);
    process.exitCode = 2;
} finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
}

async function renderCard(page, card, colors, file) {
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
        body { margin: 0; padding: 16px; background: ${colors.page}; font-family: "Segoe UI", system-ui, sans-serif; }
        #host { width: ${CARD_WIDTH}px; }
        .ac-pushButton { background: transparent; color: ${colors.text}; border: 1px solid ${colors.subtle}; border-radius: 4px; padding: 6px 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .ac-input, select, input, textarea { background: ${colors.page}; color: ${colors.text}; border: 1px solid ${colors.subtle}; }
    </style></head><body><div id="host"></div></body></html>`);
    await page.addScriptTag({ path: adaptiveCardsBrowserBundle });
    return page.evaluate(({ card, colors, hostConfig }) => {
        const adaptive = new AdaptiveCards.AdaptiveCard();
        adaptive.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
        adaptive.parse(card);
        document.getElementById("host").appendChild(adaptive.render());

        const rgb = text => (text.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
        const luminance = ([r, g, b]) => {
            const channel = v => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        const behind = element => {
            for (let node = element; node; node = node.parentElement) {
                const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
                if (a > 0 && getComputedStyle(node).backgroundColor !== "rgba(0, 0, 0, 0)") return [r, g, b];
            }
            return rgb(getComputedStyle(document.body).backgroundColor);
        };
        const problems = [];
        const texts = [...document.querySelectorAll("#host *")].filter(node =>
            [...node.childNodes].some(child => child.nodeType === Node.TEXT_NODE && child.textContent.trim().length > 0));
        for (const node of texts) {
            const style = getComputedStyle(node);
            const [fg, bg] = [luminance(rgb(style.color)), luminance(behind(node))];
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 600);
            const minimum = large ? 3 : 4.5;
            if (ratio < minimum) {
                problems.push(`${ratio.toFixed(2)}:1 (needs ${minimum}:1) for ${JSON.stringify(node.textContent.trim().slice(0, 60))}`);
            }
        }
        return problems;
    }, { card, colors, hostConfig: hostConfigOf(colors) }).then(async problems => {
        await page.locator("#host").screenshot({ path: file });
        return problems;
    });
}

function hostConfigOf(colors) {
    const foreground = (normal, subtle = colors.subtle) => ({ default: normal, subtle });
    const foregrounds = {
        default: foreground(colors.text),
        dark: foreground(colors.text),
        light: foreground(colors.text),
        accent: foreground(colors.accent),
        good: foreground(colors.good),
        warning: foreground(colors.warning),
        attention: foreground(colors.attention),
    };
    return {
        fontFamily: '"Segoe UI", system-ui, sans-serif',
        supportsInteractivity: true,
        containerStyles: {
            default: { backgroundColor: colors.page, foregroundColors: foregrounds },
            emphasis: { backgroundColor: colors.emphasis, foregroundColors: foregrounds },
            good: { backgroundColor: colors.good, foregroundColors: foregrounds },
            attention: { backgroundColor: colors.attention, foregroundColors: foregrounds },
            warning: { backgroundColor: colors.warning, foregroundColors: foregrounds },
            accent: { backgroundColor: colors.accent, foregroundColors: foregrounds },
        },
        actions: { actionsOrientation: "horizontal", actionAlignment: "left", buttonSpacing: 8, maxActions: 6, spacing: "default" },
    };
}
