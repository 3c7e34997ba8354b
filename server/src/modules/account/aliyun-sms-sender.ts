import * as Dysmsapi from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { required, type SmsParams, type SmsSender } from './sms-sender.js';


// The SDK is CommonJS with its client class as `exports.default`: Node's ESM loader shows it one level
// deeper (`default.default`) than a transpiler's interop does (`default`).
type ClientClass = typeof Dysmsapi.default.default;
const exported = Dysmsapi.default as unknown as ClientClass | { default: ClientClass };
const Client: ClientClass = typeof exported === 'function' ? exported : exported.default;

export interface AliyunSmsSettings {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  /** Host of the API (default `dysmsapi.aliyuncs.com`); a full `http://host:port` URL for a local fake. */
  endpoint?: string;
}

/**
 * Alibaba Cloud SMS (短信服务, API 2017-05-25 `SendSms`) through its official SDK. The message goes
 * out as the approved template `templateCode` under the signature `signName`; the template gets
 * the message's params (a verification code is `{"code":"123456"}`), so the template must be
 * approved with a `${code}` variable.
 */
export class AliyunSmsSender implements SmsSender {
  readonly name = 'aliyun';
  private readonly client: InstanceType<ClientClass>;

  constructor(private readonly settings: AliyunSmsSettings) {
    const endpoint = settings.endpoint ?? 'dysmsapi.aliyuncs.com';
    const url = /^https?:\/\//.test(endpoint) ? new URL(endpoint) : null;
    this.client = new Client(new $OpenApiUtil.Config({
      accessKeyId: settings.accessKeyId,
      accessKeySecret: settings.accessKeySecret,
      endpoint: url ? url.host : endpoint,
      protocol: url ? url.protocol.replace(':', '') : 'https',
      connectTimeout: 5000,
      readTimeout: 10000,
    }));
  }

  static fromEnvironment(env: NodeJS.ProcessEnv): AliyunSmsSender {
    return new AliyunSmsSender({
      accessKeyId: required(env, 'LAOMO_SMS_ALIYUN_ACCESS_KEY_ID'),
      accessKeySecret: required(env, 'LAOMO_SMS_ALIYUN_ACCESS_KEY_SECRET'),
      signName: required(env, 'LAOMO_SMS_ALIYUN_SIGN_NAME'),
      templateCode: required(env, 'LAOMO_SMS_ALIYUN_TEMPLATE_CODE'),
      endpoint: env.LAOMO_SMS_ALIYUN_ENDPOINT?.trim() || undefined,
    });
  }

  async send(phone: string, text: string, params?: SmsParams): Promise<void> {
    // Callers that pass no params still carry a code in their text; the template needs it as a value.
    const values = params ?? { code: text.match(/\d{4,8}/)?.[0] ?? '' };
    const response = await this.client.sendSms(new Dysmsapi.SendSmsRequest({
      phoneNumbers: phone, signName: this.settings.signName, templateCode: this.settings.templateCode,
      templateParam: JSON.stringify(values),
    }));
    const body = response.body;
    if (body?.code !== 'OK') {
      throw new Error(`Alibaba Cloud SMS refused the message: ${body?.code ?? 'no answer'} ${body?.message ?? ''} (request ${body?.requestId ?? '?'})`);
    }
  }
}
