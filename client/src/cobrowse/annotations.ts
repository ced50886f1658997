// Annotations over the shared page (isAnnotationEnabled): a toolbar (pen, highlighter, clear) and
// a canvas over the viewport on which both sides' strokes are drawn; the customer's own strokes
// are sent when the pointer lifts. Points are fractions of the viewport, so both sides agree
// whatever their sizes.
import type { components } from '../../../generated/http/openapi.ts';
import { COBROWSE_STYLES } from './styles.ts';

export type Annotation = components['schemas']['CobrAnnotation'];

const MAX_POINTS = 2048;
/** Strokes kept to redraw (both sides'); the oldest go first. */
const MAX_STROKES = 500;
const COLOURS = { pen: '#d93025', highlight: '#fbbc04' } as const;

export class Annotations {
  readonly #canvas = document.createElement('canvas');
  readonly #bar = document.createElement('div');
  readonly #style = document.createElement('style');
  readonly #stop = new AbortController();
  readonly #strokes: Annotation[] = [];
  #tool: 'pen' | 'highlight' | undefined;

  constructor(send: (annotation: Annotation) => Promise<unknown>) {
    const signal = this.#stop.signal;
    this.#style.textContent = COBROWSE_STYLES;
    this.#canvas.className = 'livechat-annotations';
    this.#canvas.setAttribute('aria-hidden', 'true');
    this.#bar.className = 'livechat-annotation-bar';
    this.#bar.setAttribute('role', 'toolbar');
    this.#bar.setAttribute('aria-label', 'Annotate');
    const buttons = (['pen', 'highlight'] as const).map((tool) => {
      const button = this.#button(tool === 'pen' ? 'Pen' : 'Highlight', () => {
        this.#tool = this.#tool === tool ? undefined : tool;
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === button && this.#tool !== undefined));
        this.#canvas.classList.toggle('drawing', this.#tool !== undefined);
      });
      button.setAttribute('aria-pressed', 'false');
      return button;
    });
    this.#button('Clear', () => {
      this.apply({ tool: 'clear' });
      void send({ tool: 'clear' }).catch(() => undefined);
    });
    document.head.append(this.#style);
    document.body.append(this.#canvas, this.#bar);
    this.#resize();
    addEventListener('resize', () => this.#resize(), { signal });

    let stroke: [number, number][] | undefined;
    const at = (event: PointerEvent): [number, number] => [
      Math.min(1, Math.max(0, event.clientX / innerWidth)),
      Math.min(1, Math.max(0, event.clientY / innerHeight)),
    ];
    this.#canvas.addEventListener(
      'pointerdown',
      (event) => {
        if (this.#tool === undefined) return;
        this.#canvas.setPointerCapture(event.pointerId);
        stroke = [at(event)];
      },
      { signal },
    );
    this.#canvas.addEventListener(
      'pointermove',
      (event) => {
        if (stroke === undefined || stroke.length >= MAX_POINTS) return;
        stroke.push(at(event));
        this.#draw({ tool: this.#tool ?? 'pen', points: stroke.slice(-2) });
      },
      { signal },
    );
    this.#canvas.addEventListener(
      'pointerup',
      () => {
        if (stroke === undefined || this.#tool === undefined) return;
        const annotation: Annotation = { tool: this.#tool, color: COLOURS[this.#tool], points: stroke };
        stroke = undefined;
        this.apply(annotation);
        void send(annotation).catch((error) => console.warn('livechat: an annotation could not be sent', error));
      },
      { signal },
    );
  }

  /** A stroke or a clear, of either side. */
  apply(annotation: Annotation): void {
    if (annotation.tool === 'clear') {
      this.#strokes.length = 0;
      this.#canvas.getContext('2d')?.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
      return;
    }
    this.#strokes.push(annotation);
    if (this.#strokes.length > MAX_STROKES) {
      this.#strokes.splice(0, this.#strokes.length - MAX_STROKES);
      this.#resize();
    } else this.#draw(annotation);
  }

  /** The strokes shown, oldest first. */
  get strokes(): readonly Annotation[] {
    return this.#strokes;
  }

  stop(): void {
    this.#stop.abort();
    this.#canvas.remove();
    this.#bar.remove();
    this.#style.remove();
  }

  #button(label: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', onClick, { signal: this.#stop.signal });
    this.#bar.append(button);
    return button;
  }

  #resize(): void {
    this.#canvas.width = innerWidth;
    this.#canvas.height = innerHeight;
    for (const stroke of this.#strokes) this.#draw(stroke);
  }

  #draw(annotation: Annotation): void {
    const context = this.#canvas.getContext('2d');
    if (context === null || annotation.tool === 'clear' || annotation.points.length === 0) return;
    const highlight = annotation.tool === 'highlight';
    context.strokeStyle = annotation.color ?? COLOURS[annotation.tool];
    context.globalAlpha = highlight ? 0.35 : 1;
    context.lineWidth = highlight ? 14 : 3;
    context.lineCap = context.lineJoin = 'round';
    context.beginPath();
    annotation.points.forEach(([x = 0, y = 0], index) => {
      const point = [x * this.#canvas.width, y * this.#canvas.height] as const;
      if (index === 0) context.moveTo(...point);
      else context.lineTo(...point);
    });
    context.stroke();
  }
}
