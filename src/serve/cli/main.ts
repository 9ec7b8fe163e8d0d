import { Command, CommanderError } from 'commander';
import { DYAD_VERSION } from '../../version.js';
import { reportError, EXIT } from './output.js';
import { addIngestCommands } from './commands-ingest.js';
import { addReadCommands } from './commands-read.js';
import { addKnowledgeCommands } from './commands-knowledge.js';
import { addAdminCommands } from './commands-admin.js';

export { DEFAULT_CORPUS } from './commands-admin.js';

/** Builds the `dyad` command line. `run` returns the exit code instead of exiting. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('dyad').description('Dyad: a cited knowledge base of the relations between two states, built from documents.').version(DYAD_VERSION).showHelpAfterError().exitOverride();
  addIngestCommands(program, setExit);
  addReadCommands(program, setExit);
  addKnowledgeCommands(program, setExit);
  addAdminCommands(program, setExit);
  return program;
}

/** Runs the CLI with these arguments (without node and script) and returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
    }
    return reportError({ json: argv.includes('--json') }, err);
  }
  return code;
}
