import programmes from '../extract/project/programmes.json' with { type: 'json' };
import { nominativeGender } from '../extract/person/names.js';
import type { Stage } from '../extract/trace.js';
import type { LoadedLexicon } from '../lexicon/load.js';
import type { Mention, MentionExplain } from '../schema/record.js';

/** Programme entries, built-in and the user's, with where each comes from. */
function programmeEntries(lexicons: readonly LoadedLexicon[]): Array<{ names: string[]; forms: string[]; source: string }> {
  return [
    ...programmes.map((p) => ({ names: [p.kk, p.ru, p.en], forms: [p.kk, p.ru, p.en, ...p.forms], source: 'built-in programme lexicon (src/extract/project/programmes.json)' })),
    ...lexicons.flatMap((l) => (l.lexicon.programmes ?? []).map((p) => ({ names: [p.kk, p.ru, p.en], forms: [p.kk, p.ru, p.en, ...(p.forms ?? [])], source: `lexicon ${l.file}` }))),
  ];
}

const firstWord = (s: string): string => s.split(/\s+/)[0] ?? s;

/** The rule family and lexicon entry behind a mention that `stage` produced; `text` is the text its offsets refer to. */
export function explainMention(m: Mention, stage: Stage, lexicons: readonly LoadedLexicon[], text: string): MentionExplain {
  const { rule, lexicon } = ruleOf(m, stage, lexicons, text);
  return lexicon !== undefined ? { stage, rule, lexicon } : { stage, rule };
}

function ruleOf(m: Mention, stage: Stage, lexicons: readonly LoadedLexicon[], text: string): { rule: string; lexicon?: string } {
  switch (m.type) {
    case 'project': {
      // The last user entry wins, as it was added last.
      const entry = programmeEntries(lexicons)
        .reverse()
        .find((p) => p.names.includes(m.norm));
      if (entry !== undefined) return { rule: 'programme lexicon: a known name, in any of its forms', lexicon: `${entry.source}: «${m.norm}»` };
      if (/[«"“„]/.test(text.slice(0, m.start).trimEnd().slice(-1))) return { rule: 'quoted name with a cue word next to it (жоба, бағдарлама, программа, проект…) or a last word that names it' };
      if (/^[A-Za-z]/.test(m.text)) return { rule: 'capitalised Latin words ending in a project word or next to a cue' };
      return { rule: 'a declared theme year ("… жылы")' };
    }
    case 'person': {
      const first = firstWord(m.norm).toLowerCase();
      const user = lexicons.find((l) => [...(l.lexicon.firstNames?.male ?? []), ...(l.lexicon.firstNames?.female ?? [])].some((n) => n.toLowerCase() === first));
      const rule =
        stage === 'names after titles'
          ? 'a capitalised name right after a title'
          : stage === 'later surnames'
            ? 'a surname first met after a title, recurring alone'
            : 'name rules: a first name with a surname, initials, or a surname form';
      if (user !== undefined) return { rule, lexicon: `lexicon ${user.file}: first name ${firstWord(m.norm)}` };
      if (nominativeGender(first) !== undefined) return { rule, lexicon: `built-in first-name lexicon: ${firstWord(m.norm)}` };
      return { rule };
    }
    case 'position': {
      const user = m.role === undefined ? undefined : lexicons.find((l) => (l.lexicon.titles ?? []).some((t) => t.role === m.role && m.norm.toLowerCase().includes(t.head.toLowerCase())));
      const rule = 'title rules: a title head word with its chain of owners (области, облыс, of the region)';
      if (user !== undefined) return { rule, lexicon: `lexicon ${user.file}: title with role ${m.role}` };
      return m.role !== undefined ? { rule, lexicon: `built-in role rules (src/extract/position/roles.json): ${m.role}` } : { rule };
    }
    case 'money':
      return { rule: stage === 'change start' ? 'the start of a change (с X до Y тенге): takes the currency of its end' : 'a number with a currency word or sign' };
    case 'percent':
      return { rule: stage === 'change start' ? 'the start of a change: takes the percent of its end' : 'a number with a percent word or sign' };
    case 'number':
      return { rule: stage === 'change start' ? 'the start of a change: takes the unit of its end' : 'a number (in digits or words) with the noun it counts' };
    case 'date':
      if (stage === 'date words') return { rule: `date words: months, periods${m.relative ? ', a relative date resolved against the article date' : ''}` };
      return { rule: m.value?.startsWith('P') ? 'a number of time units read as a duration' : 'a number read as a year or a date' };
  }
}
