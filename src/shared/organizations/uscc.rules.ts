/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and upper-case letters
 * without I, O, Z, S, V); the 18th is a check character over the first 17; characters 3–8 are the
 * GB/T 2260 code of the registering authority's region.
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'charset' | 'region' | 'checkDigit';

/**
 * Province-level prefixes of GB/T 2260 plus 10 (national registration authorities). Only the province is checked:
 * codes issued before a county was re-zoned stay valid, so the full six digits need not be a current code.
 */
export const usccProvincePrefixes = new Set([
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export const usccProblemMessages: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位',
  charset: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
  region: '统一社会信用代码第3–8位应为登记管理机关的行政区划代码，请核对营业执照',
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
  if (!usccProvincePrefixes.has(code.slice(2, 4))) return 'region';
  return computeUsccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'checkDigit';
}

export const normaliseUscc = (input: string) => input.trim().toUpperCase();

/** Characters 3–8: the registering authority's region code. */
export const usccRegionCode = (code: string) => normaliseUscc(code).slice(2, 8);
