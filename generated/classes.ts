// generated from spec/schemas/CustomerDetails.yaml and SessionDetails.yaml by `npm run generate` (generators/generate.ts), do not edit
/** CustomerDetails' fields, in the document's order (all strings, "" by default). */
export const customerDetailsFields = [
  "eKCIN",
  "eRegStatus",
  "eCustName",
  "pChannel",
  "pPageTag",
  "pTopic",
  "eCin",
  "eAuthStatus",
  "eAuthLevel",
  "pKaiSid",
  "eCustSeg",
  "eMobileNo",
  "eEmail",
  "pBranding",
  "pCountry",
  "pLang",
  "pAccessToken"
] as const;

/** SessionDetails' fields as its ToString() writes them. */
export const sessionDetailsFields = [
  "eCustDetails",
  "eEnteredCaptcha",
  "lib",
  "comm_path",
  "vachatid",
  "enable_autocb",
  "pClientTime"
] as const;
