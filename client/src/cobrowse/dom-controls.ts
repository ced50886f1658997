// The controls named in domControlList kept in sync both ways: the page's changes are sent (the
// latest value of a control wins while one is on its way; values cut to the contract's limits),
// the CSO's are applied with the events a user's change fires - and a value being applied is not
// sent back. One listener on the document serves controls the page renders later too.
import type { components } from '../../../generated/http/openapi.ts';

type Schemas = components['schemas'];
export type DomControlList = Schemas['DomControlList'];
export type ControlValue = Schemas['CobrControlValue'];
type Kind = ControlValue['control'];
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const LISTS: Record<Kind, keyof DomControlList> = {
  textbox: 'textboxId',
  radioButton: 'radioButtonId',
  checkbox: 'checkboxId',
  dropdown: 'dropdownId',
};
/** spec/schemas/signaling.yaml#/CobrControlValue's limits. */
const MAX_ID = 256;
const MAX_VALUE = { textbox: 4096, dropdown: 1024 } as const;
/** The input types a text box may be: a CSO never sets a hidden, password or file input. */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number']);

/** The element of an id, if it is the kind of control named. */
function controlOf(kind: Kind, id: string): Control | undefined {
  const element = document.getElementById(id);
  if (kind === 'dropdown') return element instanceof HTMLSelectElement ? element : undefined;
  if (kind === 'textbox')
    return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && TEXT_TYPES.has(element.type))
      ? element
      : undefined;
  const type = kind === 'checkbox' ? 'checkbox' : 'radio';
  return element instanceof HTMLInputElement && element.type === type ? element : undefined;
}

function controlValueOf(kind: Kind, element: Control): ControlValue {
  if (kind === 'checkbox' || kind === 'radioButton') return { control: kind, id: element.id, value: (element as HTMLInputElement).checked };
  return { control: kind, id: element.id, value: element.value.slice(0, MAX_VALUE[kind]) };
}

export class DomControlSync {
  /** Each listed id (within the contract's length) and its kind. */
  readonly #kinds = new Map<string, Kind>();
  readonly #send: (value: ControlValue) => Promise<unknown>;
  readonly #stop = new AbortController();
  /** Per control: a send on its way, and the latest value waiting for it. */
  readonly #sending = new Map<string, ControlValue | null>();
  #applying = false;

  constructor(list: DomControlList, send: (value: ControlValue) => Promise<unknown>) {
    this.#send = send;
    for (const kind of ['textbox', 'radioButton', 'checkbox', 'dropdown'] as const)
      for (const id of list[LISTS[kind]] ?? []) if (id.length <= MAX_ID) this.#kinds.set(id, kind);
    const changed = (event: Event) => {
      const element = event.target as Element | null;
      const kind = element?.id ? this.#kinds.get(element.id) : undefined;
      if (kind === undefined || this.#applying) return;
      // Text boxes on every input; the others on change (a select also fires input: not twice).
      if ((kind === 'textbox') !== (event.type === 'input')) return;
      const control = controlOf(kind, element?.id ?? '');
      if (control !== undefined) this.#changed(kind, control);
    };
    for (const type of ['input', 'change']) document.addEventListener(type, changed, { capture: true, signal: this.#stop.signal });
  }

  /** The CSO's value: applied to a listed control of that kind only, with its input/change event. */
  apply(value: ControlValue): void {
    if (this.#kinds.get(value.id) !== value.control) return;
    const element = controlOf(value.control, value.id);
    if (element === undefined) return;
    this.#applying = true;
    try {
      if (typeof value.value === 'boolean') (element as HTMLInputElement).checked = value.value;
      else element.value = value.value;
      if (value.control === 'textbox') element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    } finally {
      this.#applying = false;
    }
  }

  stop(): void {
    this.#stop.abort();
  }

  #changed(kind: Kind, element: Control): void {
    this.#queue(controlValueOf(kind, element));
    // A radio button checked unchecks the others of its group without an event of theirs.
    if (kind === 'radioButton' && element instanceof HTMLInputElement && element.name !== '')
      for (const [id, other] of this.#kinds) {
        const radio = other === 'radioButton' && id !== element.id ? controlOf('radioButton', id) : undefined;
        if (radio !== undefined && (radio as HTMLInputElement).name === element.name) this.#queue(controlValueOf('radioButton', radio));
      }
  }

  #queue(value: ControlValue): void {
    if (this.#sending.has(value.id)) {
      this.#sending.set(value.id, value);
      return;
    }
    this.#sending.set(value.id, null);
    void this.#send(value)
      .catch((error) => console.warn('livechat: a co-browse control value could not be sent', error))
      .finally(() => {
        const latest = this.#sending.get(value.id);
        this.#sending.delete(value.id);
        if (latest && !this.#stop.signal.aborted) this.#queue(latest);
      });
  }
}
