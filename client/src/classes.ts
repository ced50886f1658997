// The document's classes CustomerDetails and SessionDetails, and how Start turns what the
// application passes into the body of the contract.
import { customerDetailsFields, sessionDetailsFields } from '../../generated/classes.ts';

type CustomerField = (typeof customerDetailsFields)[number];
type SessionField = (typeof sessionDetailsFields)[number];

export interface CustomerDetails extends Record<CustomerField, string> {}

/** The document's CustomerDetails: its 17 fields, each "" until the application sets it. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class CustomerDetails {
  constructor() {
    for (const field of customerDetailsFields) this[field] = '';
  }
}

/** The document's SessionDetails: Start's first parameter. */
export class SessionDetails {
  eCustDetails: CustomerDetails | Partial<Record<CustomerField, string>> | string | undefined;
  eEnteredCaptcha?: string;
  lib?: string;
  comm_path?: string;
  vachatid?: string;
  enable_autocb?: boolean;
  pClientTime?: string;

  /**
   * As the document's ToString: fills lib, comm_path, vachatid, enable_autocb and pClientTime, and
   * returns the JSON. Unlike the document's, it keeps an entered captcha (the document's resets it
   * to "" right before Start reads it) and takes vachatid from the customer's pKaiSid.
   */
  ToString(): string {
    this.lib ??= 'web';
    this.comm_path ??= 'sg_pweb';
    const pKaiSid = typeof this.eCustDetails === 'object' ? this.eCustDetails.pKaiSid : undefined;
    if (this.vachatid === undefined && pKaiSid) this.vachatid = pKaiSid;
    this.enable_autocb ??= false;
    this.pClientTime = clientTime(new Date());
    this.eEnteredCaptcha ??= '';
    return JSON.stringify(this);
  }

  toJSON(): Partial<Record<SessionField, unknown>> {
    return Object.fromEntries(sessionDetailsFields.filter((field) => this[field] !== undefined).map((field) => [field, this[field]]));
  }
}

/** The document's pClientTime: H:M:S:ms, not zero-padded. */
export function clientTime(date: Date): string {
  return `${date.getHours()}:${date.getMinutes()}:${date.getSeconds()}:${date.getMilliseconds()}`;
}

/**
 * The `details` of Start's body from what the application passed: our SessionDetails, an object
 * of the document's own SessionDetails function (its ToString is called, as the document
 * intends), or a plain object. Only the contract's fields are kept.
 */
export function sessionDetailsBody(details: unknown): Record<string, unknown> {
  const serialised = asSessionDetails(details);
  const body: Record<string, unknown> = {};
  for (const field of sessionDetailsFields) {
    const value = serialised[field];
    if (value === undefined) continue;
    body[field] =
      field === 'eCustDetails' && value !== null && typeof value === 'object'
        ? customerDetailsBody(value as Record<string, unknown>)
        : value;
  }
  body.pClientTime ??= clientTime(new Date());
  return body;
}

/**
 * Start's first parameter in every form the document shows: SessionDetails (ours, the document's
 * function with its ToString, or its JSON), or - "Either an object of CustomerDetails or an
 * encrypted JSON string of the same" - CustomerDetails itself, as an object, as JSON, or encrypted.
 */
function asSessionDetails(details: unknown): Record<string, unknown> {
  if (typeof details === 'string') {
    const text = details.trim();
    if (!text.startsWith('{')) return { eCustDetails: text };
    try {
      return asSessionDetails(JSON.parse(text));
    } catch {
      return { eCustDetails: text };
    }
  }
  if (details === null || typeof details !== 'object') return {};
  const source = details as Record<string, unknown>;
  if (typeof source.ToString === 'function') return JSON.parse(String(source.ToString())) as Record<string, unknown>;
  const isCustomerDetails =
    details instanceof CustomerDetails ||
    (source.eCustDetails === undefined && Object.keys(source).some((key) => (customerDetailsFields as readonly string[]).includes(key)));
  return isCustomerDetails ? { eCustDetails: source } : source;
}

function customerDetailsBody(details: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    customerDetailsFields.filter((field) => typeof details[field] === 'string').map((field) => [field, details[field] as string]),
  );
}
