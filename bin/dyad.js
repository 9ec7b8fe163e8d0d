#!/usr/bin/env -S node --no-regexp-tier-up
import { run } from '../dist/serve/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
