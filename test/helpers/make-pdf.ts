import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';

/** One page of a test PDF: lines of text, and link annotations (a clickable area each) to these addresses. */
export interface TestPage {
	text?: string[];
	links?: string[];
}

/**
 * A PDF as a seller's design tool exports one: text drawn in a standard font, and each link a URI
 * action on an area of the page, as Canva and InDesign write them.
 */
export async function makePdf(pages: TestPage[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const font = await doc.embedFont(StandardFonts.Helvetica);
	for (const { text = [], links = [] } of pages) {
		const page = doc.addPage([595, 842]);
		text.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 16, size: 11, font }));
		const annotations = links.map((uri, i) =>
			doc.context.register(
				doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 500 - i * 30, 300, 520 - i * 30], Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) } }),
			),
		);
		if (annotations.length > 0) page.node.set(PDFName.of('Annots'), doc.context.obj(annotations));
	}
	return doc.save();
}
