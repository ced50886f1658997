// The controls named in domControlList kept in sync both ways: the page's changes are sent (the
// latest value of a control wins while one is on its way), the CSO's are applied with the events
// a user's change fires - and a value being applied is not sent back.
export type DomControlList = { textboxId?: string[]; radioButtonId?: string[]; checkboxId?: string[]; dropdownId?: string[] };
export type ControlValue =
  | { control: 'textbox' | 'dropdown'; id: string; value: string }
  | { control: 'radioButton' | 'checkbox'; id: string; value: boolean };
type Kind = ControlValue['control'];

const LISTS: Record<Kind, keyof DomControlList> = {
  textbox: 'textboxId',
  radioButton: 'radioButtonId',
  checkbox: 'checkboxId',
  dropdown: 'dropdownId',
};

/** The element of a listed id, if it is the kind of control the list says. */
function controlOf(kind: Kind, id: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | undefined {
  const element = document.getElementById(id);
  if (kind === 'dropdown') return element instanceof HTMLSelectElement ? element : undefined;
  if (kind === 'textbox') return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : undefined;
  const type = kind === 'checkbox' ? 'checkbox' : 'radio';
  return element instanceof HTMLInputElement && element.type === type ? element : undefined;
}

function controlValueOf(kind: Kind, element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): ControlValue {
  if (kind === 'checkbox' || kind === 'radioButton') return { control: kind, id: element.id, value: (element as HTMLInputElement).checked };
  return { control: kind, id: element.id, value: element.value };
}

export class DomControlSync {
  readonly #list: DomControlList;
  readonly #send: (value: ControlValue) => Promise<unknown>;
  readonly #stop = new AbortController();
  /** Per control: a send on its way, and the latest value waiting for it. */
  readonly #sending = new Map<string, ControlValue | null>();
  #applying = false;

  constructor(list: DomControlList, send: (value: ControlValue) => Promise<unknown>) {
    this.#list = list;
    this.#send = send;
    for (const kind of Object.keys(LISTS) as Kind[])
      for (const id of list[LISTS[kind]] ?? []) {
        const element = controlOf(kind, id);
        if (element === undefined) continue;
        const type = kind === 'textbox' ? 'input' : 'change';
        element.addEventListener(type, () => this.#changed(kind, element), { signal: this.#stop.signal });
      }
  }

  /** The CSO's value: applied to a listed control of that kind only, with its input/change event. */
  apply(value: ControlValue): void {
    if (!(this.#list[LISTS[value.control]] ?? []).includes(value.id)) return;
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

  #changed(kind: Kind, element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
    if (this.#applying) return;
    this.#queue(controlValueOf(kind, element));
    // A radio button checked unchecks the others of its group without an event of theirs.
    if (kind === 'radioButton' && element instanceof HTMLInputElement && element.name !== '')
      for (const id of this.#list.radioButtonId ?? []) {
        const other = controlOf('radioButton', id);
        if (other !== undefined && other !== element && (other as HTMLInputElement).name === element.name)
          this.#queue(controlValueOf('radioButton', other));
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
        if (latest) this.#queue(latest);
      });
  }
}
