// Writes docs/cli.md from the CLI's own --help, so the reference cannot drift (test/docs.test.ts checks it).
import { writeFileSync } from 'node:fs';
import { cliReference } from '../dist/serve/cli/reference.js';

writeFileSync(new URL('../docs/cli.md', import.meta.url), cliReference());
console.log('wrote docs/cli.md');
