// "үл" before a consonant or at the end of a word.
const SOFT_L_RE = /үл(?![аәеиоөуұүыіэюя])/g;

/** How Russian text spells the Kazakh "гүл" (flower) in a name, softened: Нұргүл → Нұргуль, Гүлнар → Гульнар. */
export const softenedL = (lower: string): string => lower.replace(SOFT_L_RE, 'уль');
