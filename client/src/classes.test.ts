// The document's classes, and its own usage snippet, give a Start body the contract accepts.
import { describe, expect, it } from 'vitest';
import { createValidators } from '../../generated/validators.ts';
import { CustomerDetails, SessionDetails, sessionDetailsBody } from './classes.ts';

const validator = createValidators();
const startBodyIsValid = (details: Record<string, unknown>) => {
  const validate = validator('request:startChat');
  return validate({ details, vaSession: 'History' }) || validate.errors;
};

describe('CustomerDetails', () => {
  it('has the 17 fields of the document, each ""', () => {
    const customer = new CustomerDetails();
    expect(Object.keys(customer)).toHaveLength(17);
    expect(Object.values(customer).every((v) => v === '')).toBe(true);
    expect(customer.pAccessToken).toBe('');
  });
});

describe('SessionDetails', () => {
  it('works as the document shows, and keeps the entered captcha', () => {
    // The document's usage, as written in "Session Details".
    const details = new SessionDetails();
    const customer = new CustomerDetails();
    customer.eCustName = 'Tan Mei Ling';
    customer.pKaiSid = 'va-42';
    details.eCustDetails = customer;
    details.eEnteredCaptcha = '7KX2P';
    const json = JSON.parse(details.ToString());
    expect(json).toMatchObject({ lib: 'web', comm_path: 'sg_pweb', vachatid: 'va-42', enable_autocb: false, eEnteredCaptcha: '7KX2P' });
    expect(json.pClientTime).toMatch(/^\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3}$/);
    expect(startBodyIsValid(sessionDetailsBody(details))).toBe(true);
  });

  it('takes encrypted details as a string', () => {
    const details = new SessionDetails();
    details.eCustDetails = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q3eUvA2cR0nH9w1X.M1s5q0yJkz0Rz8cV1Qm5wJm8Kp0Q.yM8eZ5kP3nR1vT7wQ2sX4g';
    expect(startBodyIsValid(sessionDetailsBody(details))).toBe(true);
  });
});

describe('sessionDetailsBody', () => {
  it("calls the ToString of the document's own SessionDetails function, as the document intends", () => {
    // Copied from the document ("Session Details"), so code written against it works unchanged.
    function DocumentSessionDetails(this: Record<string, unknown>) {
      this.eCustDetails = undefined;
      this.ToString = function (this: Record<string, unknown>) {
        this.lib = 'web';
        this.comm_path = 'sg_pweb';
        this.vachatid = this.pKaiSid;
        this.enable_autocb = false;
        const d = new Date();
        this.pClientTime = `${d.getHours()}:${d.getMinutes()}:${d.getSeconds()}:${d.getMilliseconds()}`;
        this.eEnteredCaptcha = '';
        return JSON.stringify(this);
      };
    }
    const details = new (DocumentSessionDetails as unknown as new () => Record<string, unknown>)();
    details.eCustDetails = { eCustName: 'Tan', pTopic: 'cards' };
    const body = sessionDetailsBody(details);
    expect(body).toMatchObject({ lib: 'web', comm_path: 'sg_pweb', eCustDetails: { eCustName: 'Tan', pTopic: 'cards' } });
    expect(startBodyIsValid(body)).toBe(true);
  });

  it('keeps only the contract fields of a plain object', () => {
    const body = sessionDetailsBody({ eCustDetails: { eCustName: 'Tan', favouriteColour: 'blue' }, somethingElse: 1 });
    expect(body.eCustDetails).toEqual({ eCustName: 'Tan' });
    expect('somethingElse' in body).toBe(false);
    expect(startBodyIsValid(body)).toBe(true);
  });
});

describe('Start’s custDetails, in every form the document shows', () => {
  it('takes a CustomerDetails object alone', () => {
    const customer = new CustomerDetails();
    customer.eCustName = 'Tan Mei Ling';
    const body = sessionDetailsBody(customer);
    expect(body.eCustDetails).toMatchObject({ eCustName: 'Tan Mei Ling' });
    expect(startBodyIsValid(body)).toBe(true);
  });

  it('takes the customer details as JSON, and a SessionDetails as JSON', () => {
    expect(sessionDetailsBody(JSON.stringify({ eCustName: 'Tan' })).eCustDetails).toEqual({ eCustName: 'Tan' });
    expect(sessionDetailsBody(JSON.stringify({ eCustDetails: { eCustName: 'Tan' }, enable_autocb: true }))).toMatchObject({
      eCustDetails: { eCustName: 'Tan' },
      enable_autocb: true,
    });
  });

  it('takes an encrypted string alone as the encrypted customer details', () => {
    const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q3eUvA2cR0nH9w1X.M1s5q0yJkz0Rz8cV1Qm5wJm8Kp0Q.yM8eZ5kP3nR1vT7wQ2sX4g';
    const body = sessionDetailsBody(jwe);
    expect(body.eCustDetails).toBe(jwe);
    expect(startBodyIsValid(body)).toBe(true);
  });
});
