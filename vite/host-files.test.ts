import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncoveredEntries } from './host-files.ts';

describe('uncoveredEntries', () => {
  it('names what the build wrote at its root that no header rule covers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-host-files-'));
    for (const folder of ['assets', 'country', 'embed', 'downloads']) mkdirSync(join(dir, folder));
    for (const file of ['index.html', 'index.html.br', 'sw.js', '_headers', 'robots.txt']) writeFileSync(join(dir, file), '');
    expect(await uncoveredEntries(dir)).toEqual(['downloads/', 'robots.txt']);
  });
});
