/** Sign-in limits from CONTRACT.md: 5 consecutive failures lock an account for 15 minutes. */
export const accountFailureLimit = 5;
export const accountLockMs = 15 * 60 * 1000;
/** 100 failed sign-ins from one address in 15 minutes answer 429 TOO_MANY_ATTEMPTS. */
export const addressFailureLimit = 100;
export const addressWindowMs = 15 * 60 * 1000;
/** Sessions last 7 days; last-seen is written at most once a minute to keep reads cheap. */
export const sessionLifetimeMs = 7 * 24 * 60 * 60 * 1000;
export const sessionTouchIntervalMs = 60 * 1000;

export const secondsUntil = (until: Date, now: Date) =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
/** Invitation and password-reset links expire (7 days and 24 hours). */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
export const passwordResetLifetimeMs = 24 * 60 * 60 * 1000;
