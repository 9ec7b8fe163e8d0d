import { buildProgram } from './main.js';

/** The CLI reference in Markdown, made from each command's --help text. */
export function cliReference(): string {
  const program = buildProgram(() => {});
  program.configureHelp({ helpWidth: 100 });
  const parts = ['# `dyad` command reference', '', 'Generated from `dyad --help` by `npm run docs:cli`; do not edit by hand.', '', '```text', program.helpInformation().trimEnd(), '```'];
  for (const cmd of program.commands) {
    cmd.configureHelp({ helpWidth: 100 });
    parts.push('', `## dyad ${cmd.name()}`, '', '```text', cmd.helpInformation().trimEnd(), '```');
  }
  return parts.join('\n') + '\n';
}
