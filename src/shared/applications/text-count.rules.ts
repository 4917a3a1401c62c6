/** Figures embedded in a description: `![说明](attachment:<id>)`. They do not count towards the word limit. */
export const figurePattern = /!\[([^\]]*)\]\(attachment:([0-9a-f-]{36})\)/g;

/**
 * Counts characters as the printed forms do (字数): every character except whitespace and embedded figures.
 * Counts code points, so a character outside the BMP is one character, as a reader would count it.
 */
export function countChars(text: string): number {
  let count = 0;
  for (const character of text.replace(figurePattern, '')) {
    if (!/\s/u.test(character)) count += 1;
  }
  return count;
}

/** The figure ids a text embeds, in order. */
export const figureIdsOf = (text: string): string[] => [...text.matchAll(figurePattern)].map((match) => match[2]!);
