// Lints BPMN files with bpmnlint's recommended rules and the Camunda 8.8
// compatibility rules (bpmnlint-plugin-camunda-compat), parsing them with the
// zeebe moddle extension as that plug-in requires. Prints one JSON object:
// { "<file>": [ { "rule", "category", "id", "message" }, ... ], ... }.
// Usage: node lint.js FILE.bpmn...
'use strict';

const fs = require('fs');
const path = require('path');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = require('bpmn-moddle');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');

async function main(files) {
  const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'bpmnlint.json'), 'utf8'));
  const result = {};
  for (const file of files) {
    // A fresh linter and moddle per file: rules keep state between runs.
    const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
    const moddle = new BpmnModdle({ zeebe });
    const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
    const reports = await linter.lint(rootElement);
    const problems = warnings.map((w) => ({ rule: 'import', category: 'error', id: '', message: w.message }));
    for (const [rule, items] of Object.entries(reports)) {
      for (const item of items) {
        problems.push({ rule, category: item.category, id: item.id || '', message: item.message });
      }
    }
    result[file] = problems;
  }
  process.stdout.write(JSON.stringify(result, null, 1) + '\n');
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(String(err && err.stack || err) + '\n');
  process.exit(2);
});
