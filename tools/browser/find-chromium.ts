// Finds a Chromium for the end-to-end tests: an explicit path, Playwright's own, or a system one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium was found for the end-to-end tests. Any one of these will do:',
  '  - let Playwright fetch its own:   npx playwright install chromium',
  '  - install a system Chromium:      sudo apt-get install chromium   (Debian/Ubuntu)',
  '  - point at one you have:          CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium to launch; throws with instructions when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!exists(explicit)) throw new Error(`CHROMIUM_PATH is set to ${explicit}, but there is no file there.\n${HOW_TO_GET_CHROMIUM}`);
    return explicit;
  }
  const own = playwrightsOwn();
  const found = (own && exists(own) ? own : undefined) ?? SYSTEM_CHROMIUMS.find((p) => exists(p));
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}
