// Structural comparison of two parsed JSON values: key order does not matter, everything else does.

/**
 * Returns null when `a` and `b` are the same JSON, otherwise the first difference found (depth first, in
 * the key order of `a`, then keys only `b` has) as {path, a, b}, with `undefined` for a missing value.
 */
export function firstDifference(a, b, path = "$") {
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b)) {
            return { path, a, b };
        }

        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            if (i >= a.length || i >= b.length) {
                return { path: `${path}[${i}]`, a: a[i], b: b[i] };
            }

            const difference = firstDifference(a[i], b[i], `${path}[${i}]`);
            if (difference) {
                return difference;
            }
        }

        return null;
    }

    if (isObject(a) || isObject(b)) {
        if (!isObject(a) || !isObject(b)) {
            return { path, a, b };
        }

        const keys = [...Object.keys(a), ...Object.keys(b).filter(key => !Object.hasOwn(a, key))];
        for (const key of keys) {
            const keyPath = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
            if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) {
                return { path: keyPath, a: a[key], b: b[key] };
            }

            const difference = firstDifference(a[key], b[key], keyPath);
            if (difference) {
                return difference;
            }
        }

        return null;
    }

    // Numbers compare by value (500 and 500.0 are the same JSON number), strings exactly.
    return Object.is(a, b) || (typeof a === "number" && a === b) ? null : { path, a, b };
}

function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
