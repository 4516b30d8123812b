import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from './write-atomically.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a data file atomically', () => {
  it('replaces the file whole, and leaves nothing beside it', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-write-'));
    const path = join(dir, 'claims.json');
    writeFileSync(path, 'old');
    writeAtomically(path, 'new');
    writeAtomically(path, 'newer');
    expect(readFileSync(path, 'utf8')).toBe('newer');
    expect(readdirSync(dir)).toEqual(['claims.json']);
  });

  it('throws where it cannot write, and leaves the folder as it was', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-write-'));
    // A folder that is not there: nothing can be written in it.
    writeFileSync(join(dir, 'keep.txt'), 'kept');
    expect(() => writeAtomically(join(dir, 'missing', 'claims.json'), 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('takes its temporary file back out when the last step, the rename, fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-write-'));
    // A folder with something in it where the file should go: the text is written beside it, then cannot replace it.
    mkdirSync(join(dir, 'claims.json'));
    writeFileSync(join(dir, 'claims.json', 'inside.txt'), 'kept');
    expect(() => writeAtomically(join(dir, 'claims.json'), 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['claims.json']);
    expect(readdirSync(join(dir, 'claims.json'))).toEqual(['inside.txt']);
  });
});
