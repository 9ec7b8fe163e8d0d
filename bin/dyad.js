#!/usr/bin/env node
import { run } from '../dist/serve/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
