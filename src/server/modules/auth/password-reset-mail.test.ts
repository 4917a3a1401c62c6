import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { findFreePort } from '../../test/server-process.js';
import { signIn } from '../../test/sessions.js';
import { createSmtpMailer } from '../mail/mail.service.js';
import { createUsersService } from '../users/users.service.js';

/** A real SMTP server on loopback receives what impilot sends. */
const received: string[] = [];
let smtp: SMTPServer;
let app: App;
let close: () => Promise<void>;

beforeAll(async () => {
  const port = await findFreePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let message = '';
      stream.on('data', (chunk: Buffer) => {
        message += chunk.toString();
      });
      stream.on('end', () => {
        received.push(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  const test = await createTestApp('pglite', {
    mailer: createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'impilot <noreply@impilot.test>' }),
  });
  ({ app, close } = test);
  const users = createUsersService({ db: test.handle.db });
  await users.createUser({
    username: 'with-mail',
    password: 'Original-password-1',
    role: 'admin',
    email: 'zhang@example.gov.cn',
  });
  await users.createUser({ username: 'without-mail', password: 'Original-password-1', role: 'admin' });
});
afterAll(async () => {
  await close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('forgotten password by e-mail', () => {
  it('mails a one-time link to the account’s address and the link sets a new password', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { username: 'with-mail' },
    });
    expect(response.statusCode).toBe(200);
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail).toContain('zhang@example.gov.cn');
    const decoded = Buffer.from(mail.split('\r\n\r\n').slice(1).join('').replace(/=\r\n/g, ''), 'utf8').toString();
    const token = /reset-password\/([A-Za-z0-9_-]{20,})/.exec(decoded.replace(/=3D/g, '='))?.[1];
    expect(token).toBeDefined();
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'Mailed-new-password-2' },
    });
    expect(reset.statusCode).toBe(200);
    await signIn(app, 'with-mail', 'Mailed-new-password-2');
  });

  it('answers the same for an account without e-mail and for an unknown username, sending nothing', async () => {
    const before = received.length;
    const noMail = await app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { username: 'without-mail' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { username: 'no-such-user' },
    });
    expect(noMail.json()).toEqual(unknown.json());
    expect(received.length).toBe(before);
  });
});
