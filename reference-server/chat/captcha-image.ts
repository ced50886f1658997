// The captcha's text and its image (image/svg+xml), handwritten. Not `svg-captcha`, the npm
// package that does this: its last release (1.4.0) is years old, it pins opentype.js 0.7 (several
// majors behind), it draws each glyph as one path from a font's outline - a published solver maps
// those paths back to characters - and it makes its text with Math.random.
//
// Here the text comes from crypto.randomInt over an alphabet without look-alikes (no 0/O/Q/D,
// 1/I/L, 2/Z, 5/S, 8/B, G/6, U/V). Each character is a few strokes of a small line font, scaled,
// sheared, rotated and moved at random, cut into short segments that a wave then bends, with
// jitter on every point; noise curves of the same stroke widths and colours cross the text, and
// all paths come in random order, so neither a <text> element, a font outline nor the path order
// gives the text away. A captcha is a deterrent, not a wall: it makes a scripted Start cost
// more, that is all the document asks of it.
import { randomInt } from 'node:crypto';

/** Characters no reader confuses with another, in upper case (Start compares case-insensitively). */
export const CAPTCHA_ALPHABET = 'ACEFHJKMNPRTWXY34679';
export const CAPTCHA_LENGTH = 5;
const WIDTH = 150;
const HEIGHT = 50;

/** A new captcha text: CAPTCHA_LENGTH characters of CAPTCHA_ALPHABET, from the system's CSPRNG. */
export function newCaptchaText(): string {
  let text = '';
  for (let i = 0; i < CAPTCHA_LENGTH; i++) text += CAPTCHA_ALPHABET[randomInt(CAPTCHA_ALPHABET.length)];
  return text;
}

type Point = [number, number];
type Stroke = Point[];

// A line font on a 10 x 14 box (x right, y down): each character's strokes, `|` between strokes,
// each a polyline of x,y points.
const font: Record<string, string> = {
  A: '0,14 5,0 10,14|2,8.5 8,8.5',
  C: '10,2 7,0 3,0 0,3 0,11 3,14 7,14 10,12',
  E: '10,0 0,0 0,14 10,14|0,7 7,7',
  F: '10,0 0,0 0,14|0,7 7,7',
  H: '0,0 0,14|10,0 10,14|0,7 10,7',
  J: '3,0 10,0|7,0 7,11 5,14 2,14 0,11',
  K: '0,0 0,14|10,0 0,9|3,6.5 10,14',
  M: '0,14 0,0 5,8 10,0 10,14',
  N: '0,14 0,0 10,14 10,0',
  P: '0,14 0,0 7,0 10,2 10,5 7,7 0,7',
  R: '0,14 0,0 7,0 10,2 10,5 7,7 0,7|5,7 10,14',
  T: '0,0 10,0|5,0 5,14',
  W: '0,0 2.5,14 5,5 7.5,14 10,0',
  X: '0,0 10,14|10,0 0,14',
  Y: '0,0 5,7 10,0|5,7 5,14',
  '3': '0,1.5 3,0 7,0 10,2 10,5 7,7 3,7|7,7 10,9 10,12 7,14 3,14 0,12.5',
  '4': '8,14 8,0 0,10 10,10',
  '6': '9,1 6,0 3,0 0,4 0,11 3,14 7,14 10,11 10,9.5 7,7 3,7 0,9.5',
  '7': '0,0 10,0 4,14',
  '9': '10,4.5 7,7 3,7 0,4.5 0,3 3,0 7,0 10,3 10,10 7,14 3,14 1,13',
};
const glyphs: Record<string, Stroke[]> = Object.fromEntries(
  Object.entries(font).map(([char, strokes]) => [
    char,
    strokes.split('|').map((stroke) => stroke.split(' ').map((point) => point.split(',').map(Number) as Point)),
  ]),
);

const between = (low: number, high: number) => low + Math.random() * (high - low);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const inks = ['#1f2a44', '#3b2f63', '#5a2a27', '#1d4d4f', '#44403c', '#27325e'];
const n = (value: number) => value.toFixed(1);

/** The image of `text` as SVG, drawn anew (differently) on every call. */
export function captchaSvg(text: string): string {
  const waveY = { amplitude: between(1.5, 3), length: between(50, 90), phase: between(0, 2 * Math.PI) };
  const waveX = { amplitude: between(0.8, 1.8), length: between(20, 35), phase: between(0, 2 * Math.PI) };
  const bend = ([x, y]: Point): Point => [
    x + waveX.amplitude * Math.sin((2 * Math.PI * y) / waveX.length + waveX.phase) + between(-0.4, 0.4),
    y + waveY.amplitude * Math.sin((2 * Math.PI * x) / waveY.length + waveY.phase) + between(-0.4, 0.4),
  ];
  const paths: string[] = [];
  const slot = (WIDTH - 20) / text.length;
  for (const [index, char] of [...text].entries()) {
    const strokes = glyphs[char];
    if (strokes === undefined) throw new Error(`no glyph for ${JSON.stringify(char)}`);
    const size = between(1.65, 2.05);
    const [sx, sy] = [size * between(0.85, 1.15), size * between(0.9, 1.1)];
    const shear = between(-0.3, 0.3);
    const angle = between(-0.35, 0.35);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const [cx, cy] = [10 + slot * (index + 0.5) + between(-3, 3), HEIGHT / 2 + between(-4, 4)];
    const place = ([gx, gy]: Point): Point => {
      const x = (gx - 5) * sx + shear * (gy - 7) * sy;
      const y = (gy - 7) * sy;
      return [cx + x * cos - y * sin, cy + x * sin + y * cos];
    };
    const ink = pick(inks);
    const width = n(between(2, 2.8));
    for (const stroke of strokes) paths.push(pathOf(subdivide(stroke.map(place)).map(bend), ink, width));
  }
  for (let i = 0; i < 2; i++) {
    const y = () => n(between(6, HEIGHT - 6));
    const d = `M${n(between(0, 15))} ${y()}C${n(between(30, 70))} ${y()} ${n(between(80, 120))} ${y()} ${n(between(135, WIDTH))} ${y()}`;
    paths.push(`<path d="${d}" stroke="${pick(inks)}" stroke-width="${n(between(1.2, 2))}" fill="none"/>`);
  }
  for (let i = 0; i < 7; i++) {
    const start: Point = [between(0, WIDTH), between(0, HEIGHT)];
    const end: Point = [start[0] + between(-12, 12), start[1] + between(-8, 8)];
    paths.push(pathOf(subdivide([start, end]).map(bend), pick(inks), n(between(1.5, 2.6))));
  }
  shuffle(paths);
  const background = `hsl(${Math.floor(between(30, 60))} 40% ${Math.floor(between(92, 96))}%)`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>${paths.join('')}</svg>`
  );
}

/** The polyline cut into pieces of at most 3 px, so that the wave bends straight strokes into curves. */
function subdivide(points: Point[]): Point[] {
  const out: Point[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1] as Point, points[i] as Point];
    const pieces = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 3));
    for (let k = 1; k <= pieces; k++) out.push([x0 + ((x1 - x0) * k) / pieces, y0 + ((y1 - y0) * k) / pieces]);
  }
  return out;
}

function pathOf(points: Point[], ink: string, width: string): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('');
  return `<path d="${d}" stroke="${ink}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`;
}

function shuffle<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
