import type { LanguagePack } from '../pack.js';
import { enCurrencyRules } from './money.js';
import { enPercentRules } from './percent.js';
import { enCountedNoun } from './number.js';
import { enTitleRules } from './position.js';
import { enNameRules } from './person.js';
import { enDateRules } from './date.js';
import { enProjectRules } from './project.js';
import { enNumeralRules } from './numerals.js';

export const enPack: LanguagePack = {
  lang: 'en',
  cyrillic: false,
  numerals: enNumeralRules,
  money: enCurrencyRules,
  percent: enPercentRules,
  number: enCountedNoun,
  position: enTitleRules,
  person: enNameRules,
  date: enDateRules,
  project: enProjectRules,
};
