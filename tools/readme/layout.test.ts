// The README's layout section is how a newcomer finds their way; this keeps it true as the code moves.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The paths the layout block names, each joined to the folders it sits under by indentation. */
export function layoutPaths(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Layout'));
  const block = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    const indent = line.length - line.trimStart().length;
    // Entries start within the name column; deeper lines continue the description above.
    if (line.trim() === '' || indent >= 20) continue;
    const name = line.trim().split(/\s+/)[0] ?? '';
    const depth = indent / 2;
    parents.length = depth;
    const path = [...parents, name].join('');
    paths.push(path);
    if (name.endsWith('/')) parents[depth] = name;
  }
  return paths;
}

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/?$`);
const exists = (path: string) =>
  path.includes('*') ? tracked.some((f) => globToRegExp(path).test(f)) : existsSync(join(ROOT, path));

describe("the README's layout section", () => {
  const paths = layoutPaths(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('reads the nesting of the block', () => {
    const more = ' '.repeat(22);
    const block = ['a/      the a', '  b.ts  the b', `${more}more about b`, '  c/    the c', '    d.ts', 'e.ts'].join('\n');
    expect(layoutPaths(`## Layout\n\n\`\`\`\n${block}\n\`\`\`\n`)).toEqual(['a/', 'a/b.ts', 'a/c/', 'a/c/d.ts', 'e.ts']);
  });

  it('names only paths that exist', () => {
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });

  it('names every folder of the project and of its code folders', () => {
    const folders = new Set<string>();
    for (const file of tracked) {
      const parts = file.split('/');
      if (parts.length > 1) folders.add(`${parts[0]}/`);
      if (parts.length > 2 && ['src', 'pipeline', 'vite', 'tools', 'e2e'].includes(parts[0] ?? '')) folders.add(`${parts[0]}/${parts[1]}/`);
    }
    // Folders of assets that need no words: the icon, the screenshot, test snapshots.
    const named = (folder: string) => paths.some((p) => p === folder || p.startsWith(folder)) || ['public/', 'docs/', '.ci/'].includes(folder) || folder.includes('__snapshots__');
    expect([...folders].filter((f) => !named(f))).toEqual([]);
  });
});
