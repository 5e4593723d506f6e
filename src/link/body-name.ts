/**
 * The name the text before a post gives last to a body of one kind (a generic noun: «басқарма», «управление»), for a post
 * whose owner is that bare noun (`LinkCues.fullBodyPost`): undefined when no occurrence of the noun (`nouns`, global,
 * the noun's stem in group 1) names it, or when two name it differently. `nameAt` reads the name around one occurrence,
 * undefined when that one gives none: a bare mention of the noun later («басқарма хабарлады») is the body named before.
 */
export function lastBodyName(before: string, nouns: RegExp, body: string, nameAt: (m: RegExpExecArray) => string | undefined): string | undefined {
  let name: string | undefined;
  nouns.lastIndex = 0;
  for (let m = nouns.exec(before); m !== null; m = nouns.exec(before)) {
    if (m[1]!.toLowerCase() !== body) continue;
    const named = nameAt(m);
    if (named !== undefined && name !== undefined && named.toLowerCase() !== name.toLowerCase()) return undefined;
    name = named ?? name;
  }
  return name;
}
