// Debian's headless Chromium as every browser test here starts it: a fresh
// profile folder, and the flags that keep it off the network this machine does not have.
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const ARGS = [
    "--headless",
    "--no-sandbox", // CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking", // otherwise it keeps dialling Google's hosts, refused here
    "--disable-component-update",
    "--disable-sync",
];

/** A persistent context in `profile`; `options` adds to or overrides the launch options (viewport, timeout). */
export function launchChromium(profile, options = {}) {
    return chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        timeout: 60_000,
        ...options,
        args: ARGS,
    });
}
