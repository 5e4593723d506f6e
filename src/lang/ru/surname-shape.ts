/** A Russian surname's shape: "Иванов", "Касымова", "Шевченко", "Мамедоглы", Armenian «Давоян» as well as «Петросян». */
export const RU_SURNAME_RE = /(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая|енко|[^аеёиоуыэюяь]ян|оян|швили|дзе)$|^\S{3,}оглы$/;

// Korean and Chinese family names as Russian (and Kazakh) writes them, but for those that are also Russian words or names («Ан», «Но»,
// «Хан», «Ян», «Ма»).
export const EAST_ASIAN_FAMILY: ReadonlySet<string> = new Set(
  'ким ли пак чон чой чхве мун пан юн кан квон хван чан лим ро син пэк ю со си ван чжан лю чэнь хуан чжао чжоу сунь линь гао чжэн сюй цзян дэн фэн цай пэн вэнь мао ху хэ'.split(' '),
);
