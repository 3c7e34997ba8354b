import nodemailer, { type Transporter } from 'nodemailer';

export interface Mail { to: string; subject: string; text: string }

/** Sends notification e-mails. */
export interface MailSender {
  readonly name: string;
  /** Resolves once the server accepted the message; rejects when it refused or could not be reached. */
  send(mail: Mail): Promise<void>;
}

/** E-mail through an SMTP server (LAOMO_SMTP_URL, e.g. smtps://user:pass@smtp.example.org), by nodemailer. */
export class SmtpMailSender implements MailSender {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(url: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }
}

/** No SMTP server configured: e-mail is not a channel here (deliveries record NO_ADDRESS). */
export function mailSenderFor(smtpUrl: string | undefined, from: string): MailSender | null {
  return smtpUrl ? new SmtpMailSender(smtpUrl, from) : null;
}
