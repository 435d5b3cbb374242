// The offline checks of the deployment files that Bicep and the toolkit do not make themselves; run by
// scripts/lib/infra-check.sh, which passes the compiled template and the toolkit's install folder:
//   node scripts/lib/infra-check.mjs <compiled main.json> <toolkit CLI package folder>
// Prints one line per check ("PASS name" / "FAIL name: problem") and "infra-check.mjs: N passed, N failed".
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const [compiledTemplatePath, toolkitFolder] = process.argv.slice(2);
if (!compiledTemplatePath || !toolkitFolder) {
    console.error("usage: node scripts/lib/infra-check.mjs <compiled main.json> <toolkit CLI package folder>");
    process.exit(2);
}

// The YAML parser and JSON schema validator the toolkit itself installs, so this check needs nothing else.
const toolkitRequire = createRequire(path.join(toolkitFolder, "package.json"));
const yaml = toolkitRequire("js-yaml");
const Ajv = toolkitRequire("ajv");

/**
 * A step is checked against every action's definition (anyOf); keep the errors of the definition whose `uses`
 * matched, not those of the thirty that did not.
 */
function relevantErrors(errors) {
    const definition = (e) => /^#\/definitions\/([^/]+)/.exec(e.schemaPath)?.[1] ?? "";
    const wrongAction = new Set(errors.filter((e) => e.instancePath.endsWith("/uses") && e.keyword === "const").map(definition));
    const kept = errors.filter((e) => !wrongAction.has(definition(e)) && e.keyword !== "anyOf" && e.keyword !== "oneOf");
    return (kept.length > 0 ? kept : errors).slice(0, 20);
}

const results = [];
function check(name, run) {
    let problems;
    try {
        problems = run();
    } catch (error) {
        problems = [String(error?.message ?? error)];
    }
    results.push({ name, problems });
    console.log(problems.length === 0 ? `PASS ${name}` : `FAIL ${name}:\n  ${problems.join("\n  ")}`);
}

const read = (file) => readFileSync(path.join(root, file), "utf8");
const template = JSON.parse(readFileSync(compiledTemplatePath, "utf8"));
const placeholders = (text) => [...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]);

/** KEY=VALUE lines of a toolkit .env file. */
function readEnvFile(file) {
    const values = new Map();
    for (const line of read(file).split(/\r?\n/)) {
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
        if (match && !line.trimStart().startsWith("#")) {
            values.set(match[1], match[2].trim());
        }
    }
    return values;
}

// --- infra/main.parameters.json against the template it feeds ---------------------------------------------
check("infra/main.parameters.json names only parameters of infra/main.bicep and gives every required one", () => {
    const given = JSON.parse(read("infra/main.parameters.json")).parameters;
    const declared = template.parameters ?? {};
    const problems = Object.keys(given).filter((n) => !(n in declared)).map((n) => `'${n}' is not a parameter of main.bicep`);
    for (const [name, definition] of Object.entries(declared)) {
        if (!("defaultValue" in definition) && !(name in given)) {
            problems.push(`required parameter '${name}' has no value`);
        }
    }
    return problems;
});

check("infra/main.parameters.json uses only variables that env/.env.dev defines", () => {
    const env = readEnvFile("env/.env.dev");
    return placeholders(read("infra/main.parameters.json"))
        .filter((v) => !env.has(v))
        .map((v) => `\${{${v}}} is not in env/.env.dev`);
});

// --- the committed environment files hold no secrets -------------------------------------------------------
for (const file of ["env/.env.dev", "env/.env.local"]) {
    check(`${file} holds no secret`, () => {
        const problems = [];
        for (const [key, value] of readEnvFile(file)) {
            if (value === "") continue;
            if (/SECRET|PASSWORD|KEY$/i.test(key)) problems.push(`${key} has a value: secrets go in ${file}.user or Key Vault`);
            if (/^[A-Za-z0-9+/]{40,}={0,2}$/.test(value)) problems.push(`${key} looks like a key (long base64)`);
        }
        return problems;
    });
}

// --- the toolkit project files ------------------------------------------------------------------------------
const toolkitProjects = [
    { file: "m365agents.yml", env: "env/.env.dev" },
    { file: "m365agents.local.yml", env: "env/.env.local" },
];

for (const { file, env } of toolkitProjects) {
    const project = yaml.load(read(file));

    check(`${file} is valid against the toolkit's own schema for ${project?.version}`, () => {
        const schemaPath = path.join(toolkitFolder, "resource", "yaml-schema", String(project.version), "yaml.schema.json");
        if (!existsSync(schemaPath)) return [`the toolkit has no schema for version '${project.version}'`];
        const ajv = new Ajv({ allErrors: true, strict: false });
        const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
        return validate(project) ? [] : relevantErrors(validate.errors).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
    });

    check(`${file}: every \${{VARIABLE}} is in ${env} or written by an earlier step`, () => {
        // Provision writes its results into the environment file, so deploy and publish (later runs) see them.
        const afterProvision = new Set(readEnvFile(env).keys());
        const problems = [];
        for (const stage of ["provision", "deploy", "publish"]) {
            const known = stage === "provision" ? afterProvision : new Set(afterProvision);
            for (const [index, action] of (project[stage] ?? []).entries()) {
                for (const name of placeholders(JSON.stringify({ with: action.with, env: action.env }))) {
                    if (!known.has(name)) problems.push(`${stage}[${index}] ${action.uses} uses \${{${name}}}, which nothing defines before it`);
                }
                Object.values(action.writeToEnvironmentFile ?? {}).forEach((v) => known.add(v));
                if (action.uses === "arm/deploy") Object.keys(template.outputs ?? {}).forEach((o) => known.add(o));
            }
        }
        return problems;
    });

    check(`${file}: the files its steps name exist`, () => {
        const problems = [];
        for (const stage of ["provision", "deploy", "publish"]) {
            for (const action of project[stage] ?? []) {
                for (const t of action.with?.templates ?? []) {
                    for (const f of [t.path, t.parameters].filter(Boolean)) {
                        if (!existsSync(path.join(root, f))) problems.push(`${action.uses}: ${f} does not exist`);
                    }
                }
                const project_ = /(?:--project |publish )(\S+)/.exec(action.with?.run ?? action.with?.args ?? "");
                if (project_ && !existsSync(path.join(root, project_[1]))) problems.push(`${action.uses}: ${project_[1]} does not exist`);
            }
        }
        return problems;
    });
}

check("m365agents.yml deploys what infra/main.bicep provisions (outputs BOT_ID, BOT_DOMAIN, BOT_AZURE_APP_SERVICE_RESOURCE_ID)", () =>
    ["BOT_ID", "BOT_DOMAIN", "BOT_AZURE_APP_SERVICE_RESOURCE_ID"]
        .filter((o) => !(o in (template.outputs ?? {})))
        .map((o) => `main.bicep has no output ${o}`));

const failed = results.filter((r) => r.problems.length > 0).length;
console.log(`infra-check.mjs: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
