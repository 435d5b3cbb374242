// Checks a Teams app manifest against the official JSON schema named by its "$schema", offline: the schemas
// bundled with npm @microsoft/app-manifest are used, nothing is downloaded.
//
//   node tools/manifest/validate-schema.cjs < manifest.json
//
// Prints a JSON array of problems, [{ "path": "$.bots[0].botId", "message": "..." }], empty when the manifest
// is valid, and exits 0 either way. Exit 2: the npm package is not installed; exit 3: the input is not JSON or
// its "$schema" is not one the package knows.
"use strict";

let AppManifestUtils;
try {
  ({ AppManifestUtils } = require("@microsoft/app-manifest"));
} catch {
  process.stderr.write("@microsoft/app-manifest is not installed: run npm ci at the repository root.\n");
  process.exit(2);
}

const GUID_PATTERN = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

/** "/bots/0/botId" -> "$.bots[0].botId" */
function toJsonPath(pointer) {
  let path = "$";
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path += /^\d+$/.test(key) ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

function child(path, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

// The package reports each problem as "<instancePath> <message>. Details: <params as JSON>".
function toProblem(line) {
  const match = /^(\S*) (.*?)(?:\. Details: (.*))?$/s.exec(line);
  if (!match) {
    return { path: "$", message: line };
  }
  const [, pointer, message, details] = match;
  let params = {};
  try {
    params = details ? JSON.parse(details) : {};
  } catch {
    // keep the message as the package wrote it
  }
  const path = toJsonPath(pointer);
  if (params.missingProperty) {
    return { path: child(path, params.missingProperty), message: "is required but missing" };
  }
  if (params.additionalProperty) {
    return { path: child(path, params.additionalProperty), message: "is not a property the schema allows" };
  }
  if (params.pattern === GUID_PATTERN) {
    return { path, message: "must be a GUID" };
  }
  if (params.allowedValues) {
    return { path, message: `${message}: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
  }
  return { path, message };
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  let manifest;
  try {
    manifest = JSON.parse(Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    process.stderr.write(`the manifest is not JSON: ${error.message}\n`);
    process.exit(3);
  }
  if (typeof manifest.$schema !== "string" || !manifest.$schema.startsWith("https://developer.microsoft.com/json-schemas/teams/")) {
    process.stdout.write(JSON.stringify([{ path: "$.$schema", message: "must name a Teams manifest schema (https://developer.microsoft.com/json-schemas/teams/v1.N/MicrosoftTeams.schema.json)" }]));
    return;
  }
  // Unknown versions would make the package download the schema; refuse rather than go online.
  const version = /\/teams\/(v[\d.]+|vDevPreview)\//.exec(manifest.$schema)?.[1];
  const bundled = require("node:path").join(require.resolve("@microsoft/app-manifest"), "..", "json-schemas", "teams", version ?? "none", "MicrosoftTeams.schema.json");
  if (!require("node:fs").existsSync(bundled)) {
    process.stdout.write(JSON.stringify([{ path: "$.$schema", message: `names a schema version that @microsoft/app-manifest does not bundle (${version ?? manifest.$schema})` }]));
    return;
  }
  const problems = await AppManifestUtils.validateAgainstSchema(manifest);
  process.stdout.write(JSON.stringify(problems.map(toProblem)));
}

main().catch((error) => {
  process.stderr.write(`schema validation failed: ${error.message}\n`);
  process.exit(3);
});
