/** Word lists each pack keeps for its own language, united by shared code across the registered packs (issue 27). */
import { describe, expect, it } from 'vitest';
import { enPack } from '../src/lang/en/index.js';
import { unionPattern, unionSet } from '../src/lang/pack.js';
import { acrossPacks, registerPack } from '../src/lang/registry.js';
import { extractText } from '../src/extract/index.js';

describe('acrossPacks', () => {
  it('derives once per registry and again after a pack is registered', () => {
    const makers = acrossPacks((packs) => unionSet(packs.map((p) => p.number.modelMakers)));
    const first = makers();
    expect(first.has('boeing') && first.has('боинг')).toBe(true);
    expect(makers()).toBe(first);
    registerPack({ ...enPack, lang: 'xx', number: { ...enPack.number, modelMakers: ['fokker'] } });
    expect(makers()).not.toBe(first);
    expect(makers().has('fokker')).toBe(true);
  });

  it('a maker of a newly registered pack names a model in text of another language', () => {
    registerPack({ ...enPack, lang: 'xx', number: { ...enPack.number, modelMakers: ['fokker'] } });
    const values = (text: string): unknown[] =>
      extractText({ text, lang: 'en' })
        .filter((m) => m.type === 'number')
        .map((m) => m.text);
    expect(values('The airline bought a Fokker 100 and 12 buses.')).toEqual(['12']);
  });
});

describe('unionPattern', () => {
  it('matches what any pattern matches, and nothing without patterns', () => {
    const re = unionPattern([/ов$/u, undefined, /^x|y$/u]);
    expect(['иванов', 'xa', 'ay'].every((w) => re.test(w))).toBe(true);
    expect(re.test('ab')).toBe(false);
    expect(unionPattern([]).test('')).toBe(false);
  });

  it('refuses patterns whose flags differ', () => {
    expect(() => unionPattern([/a/u, /b/i])).toThrow(/flags/);
  });
});
