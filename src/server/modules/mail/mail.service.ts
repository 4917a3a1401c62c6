import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string };

/** Outgoing mail. Absent (null) when SMTP_URL is not configured: links are then handed over by administrators. */
export type Mailer = { send(message: MailMessage): Promise<void> };

export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}
