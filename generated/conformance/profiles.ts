// generated from spec/openapi.yaml, spec/asyncapi.yaml and spec/agent/ by `npm run generate` (generators/generate.ts), do not edit
/** The message profiles: the parts of the spec that are a set of messages both sides exchange, by the spec's tag. */
export const messageProfiles = [
  "av",
  "cobrowse"
] as const;

export type MessageProfile = (typeof messageProfiles)[number];

/** The profile of each message profile's cases in the generated case list (cases.ts). */
export const caseProfiles = {
  "av": "audio-video-signaling",
  "cobrowse": "cobrowse-signaling"
} as const;

/**
 * Every message of each profile's part of the spec, customer side first: operations tagged <tag>,
 * events written in spec/events/<tag>.yaml, agent operations tagged agent-<tag>, the messages of
 * agent AsyncAPI operations tagged agent-<tag>. `id` is how the suite's observer names what a
 * case exercised.
 */
export const profileMessages = {
  "av": [
    {
      "id": "operation:startAvCall",
      "side": "customer",
      "kind": "operation",
      "name": "startAvCall"
    },
    {
      "id": "operation:endAvCall",
      "side": "customer",
      "kind": "operation",
      "name": "endAvCall"
    },
    {
      "id": "operation:pauseAv",
      "side": "customer",
      "kind": "operation",
      "name": "pauseAv"
    },
    {
      "id": "operation:sendAvSignal",
      "side": "customer",
      "kind": "operation",
      "name": "sendAvSignal"
    },
    {
      "id": "event:AvSignal",
      "side": "customer",
      "kind": "event",
      "name": "AvSignal"
    },
    {
      "id": "event:AvMediaStateChanged",
      "side": "customer",
      "kind": "event",
      "name": "AvMediaStateChanged"
    },
    {
      "id": "event:AvCallEnded",
      "side": "customer",
      "kind": "event",
      "name": "AvCallEnded"
    },
    {
      "id": "agent-operation:agentAnswerAvCall",
      "side": "agent",
      "kind": "operation",
      "name": "agentAnswerAvCall"
    },
    {
      "id": "agent-operation:agentDeclineAvCall",
      "side": "agent",
      "kind": "operation",
      "name": "agentDeclineAvCall"
    },
    {
      "id": "agent-operation:agentSendAvSignal",
      "side": "agent",
      "kind": "operation",
      "name": "agentSendAvSignal"
    },
    {
      "id": "agent-operation:agentPauseAv",
      "side": "agent",
      "kind": "operation",
      "name": "agentPauseAv"
    },
    {
      "id": "agent-operation:agentEndAvCall",
      "side": "agent",
      "kind": "operation",
      "name": "agentEndAvCall"
    },
    {
      "id": "agent-event:AvCallRequested",
      "side": "agent",
      "kind": "event",
      "name": "AvCallRequested"
    },
    {
      "id": "agent-event:AvSignal",
      "side": "agent",
      "kind": "event",
      "name": "AvSignal"
    },
    {
      "id": "agent-event:AvMediaStateChanged",
      "side": "agent",
      "kind": "event",
      "name": "AvMediaStateChanged"
    },
    {
      "id": "agent-event:AvCallEnded",
      "side": "agent",
      "kind": "event",
      "name": "AvCallEnded"
    }
  ],
  "cobrowse": [
    {
      "id": "operation:startCobrowse",
      "side": "customer",
      "kind": "operation",
      "name": "startCobrowse"
    },
    {
      "id": "operation:endCobrowse",
      "side": "customer",
      "kind": "operation",
      "name": "endCobrowse"
    },
    {
      "id": "operation:sendCobrowseSignal",
      "side": "customer",
      "kind": "operation",
      "name": "sendCobrowseSignal"
    },
    {
      "id": "operation:sendCobrowseControlValue",
      "side": "customer",
      "kind": "operation",
      "name": "sendCobrowseControlValue"
    },
    {
      "id": "operation:sendCobrowsePointer",
      "side": "customer",
      "kind": "operation",
      "name": "sendCobrowsePointer"
    },
    {
      "id": "operation:sendCobrowseAnnotation",
      "side": "customer",
      "kind": "operation",
      "name": "sendCobrowseAnnotation"
    },
    {
      "id": "event:CobrSignal",
      "side": "customer",
      "kind": "event",
      "name": "CobrSignal"
    },
    {
      "id": "event:CobrControlValueChanged",
      "side": "customer",
      "kind": "event",
      "name": "CobrControlValueChanged"
    },
    {
      "id": "event:CobrAnnotation",
      "side": "customer",
      "kind": "event",
      "name": "CobrAnnotation"
    },
    {
      "id": "event:CobrEnded",
      "side": "customer",
      "kind": "event",
      "name": "CobrEnded"
    },
    {
      "id": "agent-operation:agentSendCobrowseSignal",
      "side": "agent",
      "kind": "operation",
      "name": "agentSendCobrowseSignal"
    },
    {
      "id": "agent-operation:agentSendCobrowseControlValue",
      "side": "agent",
      "kind": "operation",
      "name": "agentSendCobrowseControlValue"
    },
    {
      "id": "agent-operation:agentSendCobrowseAnnotation",
      "side": "agent",
      "kind": "operation",
      "name": "agentSendCobrowseAnnotation"
    },
    {
      "id": "agent-operation:agentEndCobrowse",
      "side": "agent",
      "kind": "operation",
      "name": "agentEndCobrowse"
    },
    {
      "id": "agent-event:CobrowseStarted",
      "side": "agent",
      "kind": "event",
      "name": "CobrowseStarted"
    },
    {
      "id": "agent-event:CobrowseSignal",
      "side": "agent",
      "kind": "event",
      "name": "CobrowseSignal"
    },
    {
      "id": "agent-event:CobrowseControlValueChanged",
      "side": "agent",
      "kind": "event",
      "name": "CobrowseControlValueChanged"
    },
    {
      "id": "agent-event:CobrowsePointer",
      "side": "agent",
      "kind": "event",
      "name": "CobrowsePointer"
    },
    {
      "id": "agent-event:CobrowseAnnotation",
      "side": "agent",
      "kind": "event",
      "name": "CobrowseAnnotation"
    },
    {
      "id": "agent-event:CobrowseEnded",
      "side": "agent",
      "kind": "event",
      "name": "CobrowseEnded"
    }
  ]
} as const;
