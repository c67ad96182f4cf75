// Reads Vitest's JSON report and prints the one line CI reads: "N passed, N failed".
import fs from 'node:fs';

const file = process.argv[2] ?? '.test-results/results.json';
if (!fs.existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of report.testResults ?? []) {
  if ((suite.assertionResults ?? []).length === 0 && suite.status === 'failed') failed += 1; // a file that failed to load
  for (const t of suite.assertionResults ?? []) {
    if (t.status === 'passed') passed += 1;
    else if (t.status === 'failed') failed += 1;
    else skipped += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
