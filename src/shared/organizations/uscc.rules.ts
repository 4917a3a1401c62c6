/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and upper-case letters
 * without I, O, Z, S, V); the 18th is a check character over the first 17; characters 3–8 are the
 * GB/T 2260 code of the registering authority's region.
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'charset' | 'checkDigit';

export const usccProblemMessages: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位',
  charset: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
  checkDigit: '统一社会信用代码校验位不正确，请核对营业执照',
};

/** The check character for the first 17 characters (which must be in the charset). */
export function computeUsccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += usccCharset.indexOf(first17[index]!) * weights[index]!;
  return usccCharset[(31 - (sum % 31)) % 31]!;
}

/** Returns the first problem of a code, or null when it is valid. Lower case is accepted and upper-cased. */
export function checkUscc(input: string): UsccProblem | null {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  if ([...code].some((character) => !usccCharset.includes(character))) return 'charset';
  return computeUsccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'checkDigit';
}

export const normaliseUscc = (input: string) => input.trim().toUpperCase();

/** Characters 3–8: the registering authority's region code. */
export const usccRegionCode = (code: string) => normaliseUscc(code).slice(2, 8);
