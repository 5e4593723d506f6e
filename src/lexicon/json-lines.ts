/**
 * Where each value of a JSON text starts: its line, by path ("programmes.0.forms.2"), so a schema
 * error can name the line. The text is known to be valid JSON (JSON.parse ran first), so this scanner
 * only skips strings, numbers and literals and follows the nesting.
 */
export function jsonValueLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skipSpace = (): void => {
    while (i < source.length && /\s/.test(source[i]!)) {
      if (source[i] === '\n') line++;
      i++;
    }
  };
  const readString = (): string => {
    const from = i;
    i++;
    while (source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(source.slice(from, i)) as string;
  };
  const value = (path: string): void => {
    skipSpace();
    lines.set(path, line);
    const at = (key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
    const c = source[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      for (let n = 0; ; n++) {
        skipSpace();
        if (source[i] === close) break;
        if (c === '{') {
          const key = readString();
          skipSpace();
          i++; // the colon
          value(at(key));
        } else value(at(n));
        skipSpace();
        if (source[i] === ',') i++;
      }
      i++;
    } else if (c === '"') readString();
    else while (i < source.length && !/[\s,\]}]/.test(source[i]!)) i++;
  };
  value('');
  return lines;
}

/** The line of a JSON.parse error, from the position its message gives (V8: "at position N", or "line L column C"). */
export function syntaxErrorLine(source: string, message: string): number | undefined {
  const lineCol = /line (\d+) column/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /at position (\d+)/.exec(message);
  return position ? source.slice(0, Number(position[1])).split('\n').length : undefined;
}
