// `npm run add -- <saved page.html> [--report <id>] [--url https://...] [--data <folder>]`: imports a
// web page saved from a browser as a new article of the data folder.
import { createInterface, type Interface } from 'node:readline';
import { runAdd } from '../pipeline/import/add-command.ts';
import { DEFAULT_DATA_DIR, terminalOutput } from './command-line.ts';

/** Questions on the terminal, opened at the first one. Answers typed ahead wait their turn; Ctrl-C or Ctrl-D answers null. */
function terminal() {
  let rl: Interface | undefined;
  let lines: AsyncIterator<string> | undefined;
  return {
    async ask(question: string): Promise<string | null> {
      if (!rl) {
        rl = createInterface({ input: process.stdin, output: process.stdout });
        rl.on('SIGINT', () => rl?.close());
        lines = rl[Symbol.asyncIterator]();
      }
      const lastLine = question.lastIndexOf('\n') + 1;
      process.stdout.write(question.slice(0, lastLine));
      rl.setPrompt(question.slice(lastLine));
      rl.prompt();
      const next = await lines?.next();
      if (next && !next.done) return next.value;
      process.stdout.write('\n');
      return null;
    },
    close: () => rl?.close(),
  };
}

const questions = process.stdin.isTTY ? terminal() : undefined;
try {
  process.exitCode = await runAdd(process.argv.slice(2), { ...terminalOutput(), ask: questions?.ask }, DEFAULT_DATA_DIR);
} finally {
  questions?.close();
}
