import type { LanguagePack } from '../pack.js';
import { ruCurrencyRules } from './money.js';
import { ruPercentRules } from './percent.js';
import { ruCountedNoun } from './number.js';
import { ruTitleRules } from './position.js';
import { ruNameRules } from './person.js';
import { ruDateRules } from './date.js';
import { ruProjectRules } from './project.js';
import { ruNumeralRules } from './numerals.js';

export const ruPack: LanguagePack = {
  lang: 'ru',
  cyrillic: true,
  numerals: ruNumeralRules,
  money: ruCurrencyRules,
  percent: ruPercentRules,
  number: ruCountedNoun,
  position: ruTitleRules,
  person: ruNameRules,
  date: ruDateRules,
  project: ruProjectRules,
};
