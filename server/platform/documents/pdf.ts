import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * PDFs rendered on the server with pdfmake and its bundled Roboto, which carries every Polish
 * glyph. pdfmake is a CommonJS singleton whose exports ES imports cannot see, hence `require`.
 * It may read only its own font files and fetch no URL: a document's text can never make the
 * server open a file or call out.
 */
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    // The package has no Roboto Bold: Medium is its bold face.
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir + sep));

export type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Renders a document once into a buffer. */
export const renderPdf = (definition: TDocumentDefinitions): Promise<Buffer> =>
  pdfmake.createPdf(definition).getBuffer();

/** A file name for Content-Disposition: the ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentDisposition(fileName: string, inline = false): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^\w.-]+/g, '-');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
