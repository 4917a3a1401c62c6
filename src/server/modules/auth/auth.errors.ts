import { AppError } from '../../plugins/errors.js';

/** The same answer whether the user exists or not, so sign-in reveals no usernames. */
export const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');

export class AccountLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'ACCOUNT_LOCKED',
      `连续登录失败次数过多，账号已临时锁定，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`,
    );
  }
}

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'TOO_MANY_ATTEMPTS', '此网络登录失败次数过多，请稍后再试');
  }
}

export const tokenNotFound = () => new AppError(404, 'NOT_FOUND', '令牌不存在');
/** A session ended (signed out, here or on another instance) or whose user changed since it was resolved. */
export const sessionEnded = () => new AppError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录');
export const sessionNotFound = () => new AppError(404, 'NOT_FOUND', '会话不存在');
export const resetTokenExpired = () =>
  new AppError(410, 'TOKEN_EXPIRED', '重置链接已过期或已被使用，请联系管理员重新发放');
export const wrongCurrentPassword = () => new AppError(400, 'WRONG_PASSWORD', '当前密码不正确');
