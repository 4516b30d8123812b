// Node side: reads an article file, refusing anything that is not non-empty UTF-8 text.
import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

// ignoreBOM keeps a byte-order mark in the text, as readFileSync(path, 'utf8') does, so offsets agree.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return { ok: false, error: `${path}: no such file` };
    if (stat.isDirectory()) return { ok: false, error: `${path} is a directory, not a text file` };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: `${path} cannot be read: ${(error as Error).message}` };
  }
  if (bytes.includes(0)) return { ok: false, error: `${path} looks binary (it contains a NUL byte), not a text file` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: `${path} is not valid UTF-8 text` };
  }
  if (text.trim() === '') return { ok: false, error: `${path} is empty` };
  return { ok: true, text };
}
