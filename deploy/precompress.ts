// Brotli and gzip for every text file of a build, written beside it (index.html.br, index.html.gz),
// as nginx's brotli_static and gzip_static serve them: at the highest levels, once, at build time.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The kinds of file worth compressing: text. Images are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.jsonld', '.csv', '.svg', '.txt', '.webmanifest', '.xml']);

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Above this size brotli's highest quality takes seconds a file, and a large corpus has tens of
// megabytes of downloads and whole-content chunks, none of them on the first view.
const LARGE_FILE = 2 * 1024 * 1024;

export interface Compressed {
  br: Buffer;
  gzip: Buffer;
}

/** Brotli at its highest quality (lower for very large files), and gzip at `gzipLevel`: 9, as files written once at build time can afford. */
export const compress = async (body: Buffer, gzipLevel = 9): Promise<Compressed> => ({
  gzip: await gzipAsync(body, { level: gzipLevel }),
  br: await brotliAsync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: body.length > LARGE_FILE ? 6 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }),
});

/** Every text file below `folder`, as paths. */
export async function compressibleFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
}

/** Writes a .br and a .gz beside every text file below `folder`; two at a time, off the main thread. */
export async function precompressFolder(folder: string): Promise<number> {
  const files = await compressibleFiles(folder);
  const queue = [...files];
  const next = async (): Promise<void> => {
    const file = queue.pop();
    if (file === undefined) return;
    const { br, gzip } = await compress(await readFile(file));
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzip)]);
    return next();
  };
  await Promise.all([next(), next()]);
  return files.length;
}
