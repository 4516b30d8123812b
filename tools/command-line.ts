// What the data commands (npm run add, extract, annotations) get from the terminal they run in: where
// they print, the folder the command was typed in, and the data folder they use unless told another.
import { join } from 'node:path';

export const terminalOutput = () => ({
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});

/** The project's own data folder. */
export const DEFAULT_DATA_DIR = join(import.meta.dirname, '../data');
