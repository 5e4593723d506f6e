/**
 * Issue 27: what differs between languages is a method or a table of the pack (src/lang/<lang>/),
 * so the shared code (src/extract, src/link, src/segment) spells no word of a language. Every
 * string, template and regular-expression literal there, and every identifier (a table's bare key),
 * is read with the TypeScript parser (which leaves comments out) and must hold no Cyrillic letter,
 * but in the files allowed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SHARED = ['src/extract', 'src/link', 'src/segment'];

/** Files whose Cyrillic literals are shared by every pack by design, each with the reason. */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/link/fold.ts': 'Kazakh letters folded to Russian ones and ё to е for person keys: one cross-script key every pack shares by design',
  'src/link/translit.ts': 'Cyrillic to Latin letters for person keys and English names: the cross-script key table every pack shares by design',
  'src/segment/tokenize.ts': 'the repair of Latin lookalike letters inside Cyrillic words (a Latin "o" in «вoдa»): a table of the script, read before any pack is known',
};

const CYRILLIC = /[\u0400-\u04FF]/;

const tsFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/**
 * `line: literal` for each literal of the file holding a Cyrillic letter (strings and templates by
 * their value, so escapes count), and each identifier (a table's key written bare: `{ ә: 'а' }`).
 */
function cyrillicLiterals(path: string, text = readFileSync(join(ROOT, path), 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const value =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isIdentifier(node)
        ? node.text
        : node.kind === ts.SyntaxKind.RegularExpressionLiteral
          ? node.getText(source)
          : undefined;
    if (value !== undefined && CYRILLIC.test(value)) found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = SHARED.flatMap(tsFiles).map((f) => relative(ROOT, join(ROOT, f)).replaceAll('\\', '/'));

describe('shared code spells no language (issue 27)', () => {
  it.each(files.filter((f) => !(f in ALLOWED)))('%s has no Cyrillic literal', (file) => {
    expect(cyrillicLiterals(file)).toEqual([]);
  });

  it('every allowed file exists and still needs its place on the list', () => {
    for (const file of Object.keys(ALLOWED)) {
      expect(files, file).toContain(file);
      expect(cyrillicLiterals(file), file).not.toEqual([]);
    }
  });

  it('the check sees literals and not comments', () => {
    const sample = ['// Иванов', '/* «и» */ const a = 1;', 'const b = /ов$/;', "const c = { ә: '\\u0438' };", `const d = \`аким \${a}\`;`, "const e = 'Latin';"].join('\n');
    expect(cyrillicLiterals('sample.ts', sample)).toEqual(['3: /ов$/', '4: ә', "4: '\\u0438'", '5: `аким ${']);
  });
});
