import type { LanguagePack } from '../pack.js';
import { kkCurrencyRules } from './money.js';
import { kkPercentRules } from './percent.js';
import { kkCountedNoun } from './number.js';
import { kkTitleRules } from './position.js';
import { kkNameRules } from './person.js';
import { kkDateRules } from './date.js';
import { kkProjectRules } from './project.js';
import { kkNumeralRules } from './numerals.js';

export const kkPack: LanguagePack = {
  lang: 'kk',
  cyrillic: true,
  numerals: kkNumeralRules,
  money: kkCurrencyRules,
  percent: kkPercentRules,
  number: kkCountedNoun,
  position: kkTitleRules,
  person: kkNameRules,
  date: kkDateRules,
  project: kkProjectRules,
};
