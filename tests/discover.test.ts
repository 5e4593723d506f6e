import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover/discover.js';
import type { Source } from '../src/discover/source.js';

/** A tree with the cases a walk must get right; paths relative to its root. */
function tree(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kzx-walk-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'Аким области выделил 5 млн тенге.');
  }
  return root;
}

async function listed(args: string[], opts: Parameters<typeof discover>[1] = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const s of discover(args, opts)) out.push(describeSource(s, args[0]!));
  return out;
}
const describeSource = (s: Source, root: string): string => {
  const rel = s.path.startsWith(`${root}/`) ? s.path.slice(root.length + 1) : s.path;
  return s.kind === 'error' ? `${rel} ${s.code}` : rel;
};

describe('discovery of a directory', () => {
  it('lists files in the order of their sorted relative paths, a directory sorting as its name and a slash', async () => {
    const root = tree(['a/1.txt', 'a/b/2.txt', 'a-b/3.txt', 'a.txt', 'a b.txt', 'z/B.txt', 'z/b.txt', 'z/я.txt', 'z/Ü.txt', 'z/8.md', 'z/9.bak']);
    expect(await listed([root])).toEqual(['a b.txt', 'a-b/3.txt', 'a.txt', 'a/1.txt', 'a/b/2.txt', 'z/8.md', 'z/B.txt', 'z/b.txt', 'z/Ü.txt', 'z/я.txt']);
  });

  it('leaves out hidden files and directories, node_modules, .git and excluded paths, unless a pattern names them', async () => {
    const root = tree(['.hidden/1.txt', 'x/.dot.txt', 'node_modules/m/2.txt', 'x/.git/3.txt', 'drafts/4.txt', 'x/5.txt', 'x/6.md']);
    expect(await listed([root])).toEqual(['drafts/4.txt', 'x/5.txt', 'x/6.md']);
    expect(await listed([root], { exclude: ['drafts', '**/*.md'] })).toEqual(['x/5.txt']);
    expect(await listed([root], { include: ['.hidden/*.txt'] })).toEqual(['.hidden/1.txt']);
  });

  it('takes single-file pages (.mhtml, .mht) and passes over the NAME_files folder of a page saved complete, only beside its page', async () => {
    const root = tree(['news.html', 'news_files/ad.html', 'news_files/widget.htm', 'a.mhtml', 'b.mht', 'notes_files/c.html']);
    expect(await listed([root])).toEqual(['a.mhtml', 'b.mht', 'news.html', 'notes_files/c.html']);
  });

  it('follows links, but not a link back up the tree nor a second link to a directory walked, and yields a dangling link for reading to report', async () => {
    const root = tree(['a/1.txt', 'elsewhere/2.txt']);
    symlinkSync(join(root, 'elsewhere'), join(root, 'b'));
    symlinkSync(root, join(root, 'a', 'up'));
    symlinkSync(join(root, 'gone.txt'), join(root, 'c.txt'));
    mkdirSync(join(root, 'folder.txt'));
    // elsewhere/ was walked as b/, which sorts first: each real file once.
    expect(await listed([root])).toEqual(['a/1.txt', 'b/2.txt', 'c.txt']);
  });

  it('reports a FIFO instead of opening it, and a directory it cannot read', async () => {
    const root = tree(['a/1.txt', 'locked/2.txt']);
    execFileSync('mkfifo', [join(root, 'a', 'pipe.txt')]);
    execFileSync('chmod', ['000', join(root, 'locked')]);
    const readable = process.getuid?.() !== 0; // root reads any directory
    expect(await listed([root])).toEqual(['a/1.txt', 'a/pipe.txt UNREADABLE', ...(readable ? ['locked UNREADABLE'] : ['locked/2.txt'])]);
    execFileSync('chmod', ['755', join(root, 'locked')]);
  });

  it('yields the first files before the rest of the tree is read, and counts files as each directory is read', async () => {
    const root = tree(['a/1.txt', 'a/2.txt', 'b/3.txt']);
    const found: number[] = [];
    const sources = discover([root], { onFound: (n) => found.push(n) });
    expect((await sources.next()).value).toMatchObject({ path: join(root, 'a', '1.txt') });
    expect(found).toEqual([0, 2]);
    for await (const _ of sources);
    expect(found).toEqual([0, 2, 1]);
  });
});
