import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * Publishes a "new version" into a build: the same offline worker with another version string of the
 * same length, with its compressed copies, as a host serves them. Returns what puts the old one back.
 */
export function publishUpdate(dir: string): { version: string; restore: () => void } {
  const file = join(dir, 'sw.js');
  const copies = [file, `${file}.br`, `${file}.gz`].filter((f) => existsSync(f));
  const originals = new Map(copies.map((f) => [f, readFileSync(f)]));
  const source = readFileSync(file, 'utf8');
  const version = /report-atlas-([0-9a-f]{12})/.exec(source)?.[1] ?? '';
  if (!version) throw new Error(`${file} names no version of the offline cache.`);
  const newer = [...version].map((c) => (c === '0' ? '1' : '0')).join('');
  const next = Buffer.from(source.replaceAll(version, newer));
  writeFileSync(file, next);
  if (originals.has(`${file}.br`)) writeFileSync(`${file}.br`, brotliCompressSync(next));
  if (originals.has(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(next));
  return { version: newer, restore: () => originals.forEach((body, f) => writeFileSync(f, body)) };
}
