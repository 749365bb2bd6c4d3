import { IDEAL_TYPES, type IdealType, type PerType } from '@samenspel/shared';
import { CORNERS, percentages, ternaryPoint } from '../../components/charts/ternary';

export interface PictureTexts {
  title: string;
  /** Under the title: what it is and when it was made. */
  subtitle: string;
  /** The picture in words, for whoever cannot see it (the file's <desc>). */
  description: string;
  types: Record<IdealType, string>;
  /** The short explanation of each type, printed beside its share. */
  explanations: Record<IdealType, string>;
  footer: string;
}

/** The ideal types' colours (styles.css), written into the file: it has no stylesheet. */
const COLOURS: Record<IdealType, string> = {
  bureaucraat: '#2f5d8a',
  ondernemer: '#a04a0b',
  verbinder: '#2e6b45',
};
const TEXT = '#1f2a33';
const MUTED = '#4a5864';
export const PICTURE_WIDTH = 800;
export const PICTURE_HEIGHT = 1000;
/** The chart's 100 × 92 box, scaled and placed on the page. */
const SCALE = 6;
const CHART = { x: 100, y: 130 };

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const at = (point: { x: number; y: number }) => ({
  x: Math.round((CHART.x + point.x * SCALE) * 10) / 10,
  y: Math.round((CHART.y + point.y * SCALE) * 10) / 10,
});

/**
 * The self-test's picture as one self-contained SVG file: the triangle with the person's place
 * in it, each type's share with its explanation, and its text for screen readers. Colours and
 * fonts are attributes, not classes: the file is opened far from our stylesheet. It draws the
 * same geometry as the screen's chart (`ternary.ts`), and every text is escaped.
 */
export function pictureSvg(share: PerType, texts: PictureTexts): string {
  const corners = IDEAL_TYPES.map((type) => at(CORNERS[type]));
  const centre = at(ternaryPoint({ bureaucraat: 1, ondernemer: 1, verbinder: 1 }));
  const you = at(ternaryPoint(share));
  const percent = percentages(share);
  const s = 16;
  const grid = IDEAL_TYPES.map((type) => {
    const corner = at(CORNERS[type]);
    return `<line x1="${centre.x}" y1="${centre.y}" x2="${corner.x}" y2="${corner.y}" stroke="#cfd6dc" stroke-width="2" stroke-dasharray="6 6"/>`;
  }).join('');
  // The top corner's name and share on one line; the bottom two on two lines each, so that
  // they never run into each other.
  const labels = IDEAL_TYPES.map((type) => {
    const corner = at(CORNERS[type]);
    const colour = `font-weight="700" fill="${COLOURS[type]}"`;
    const name = escape(texts.types[type]);
    if (CORNERS[type].y < 50) {
      return `<text x="${corner.x}" y="${corner.y - 16}" text-anchor="middle" font-size="28" ${colour}>${name} ${percent[type]}%</text>`;
    }
    const anchor = type === 'ondernemer' ? 'start' : 'end';
    return (
      `<text x="${corner.x}" y="${corner.y + 38}" text-anchor="${anchor}" font-size="28" ${colour}>${name}</text>` +
      `<text x="${corner.x}" y="${corner.y + 70}" text-anchor="${anchor}" font-size="26" ${colour}>${percent[type]}%</text>`
    );
  }).join('');
  const rows = IDEAL_TYPES.map((type, i) => {
    const y = 780 + i * 64;
    const width = Math.round((percent[type] / 100) * 260);
    return [
      `<text x="60" y="${y}" font-size="26" font-weight="700" fill="${COLOURS[type]}">${escape(texts.types[type])}</text>`,
      `<rect x="250" y="${y - 20}" width="260" height="22" rx="11" fill="#e8f0f5"/>`,
      `<rect x="250" y="${y - 20}" width="${width}" height="22" rx="11" fill="${COLOURS[type]}"/>`,
      `<text x="530" y="${y}" font-size="26" font-weight="700" fill="${TEXT}">${percent[type]}%</text>`,
      `<text x="60" y="${y + 28}" font-size="17" fill="${MUTED}">${escape(texts.explanations[type])}</text>`,
    ].join('');
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 ${PICTURE_WIDTH} ${PICTURE_HEIGHT}" role="img" aria-labelledby="title desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">
<title id="title">${escape(texts.title)}</title>
<desc id="desc">${escape(texts.description)}</desc>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="60" y="70" font-size="38" font-weight="700" fill="${TEXT}">${escape(texts.title)}</text>
<text x="60" y="108" font-size="22" fill="${MUTED}">${escape(texts.subtitle)}</text>
<polygon points="${corners.map((c) => `${c.x},${c.y}`).join(' ')}" fill="#e8f0f5" stroke="${MUTED}" stroke-width="2.5"/>
${grid}
<polygon points="${you.x},${you.y - s} ${you.x + s},${you.y} ${you.x},${you.y + s} ${you.x - s},${you.y}" fill="#d97706" stroke="${TEXT}" stroke-width="3"/>
${labels}
${rows}
<text x="60" y="${PICTURE_HEIGHT - 30}" font-size="16" fill="${MUTED}">${escape(texts.footer)}</text>
</svg>
`;
}

/**
 * The same picture as a PNG, drawn by the browser itself: the SVG as a data: image (which the
 * page's CSP allows) onto a canvas twice its size, for sharp print and slides.
 */
export function pictureToPng(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = PICTURE_WIDTH * scale;
      canvas.height = PICTURE_HEIGHT * scale;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
