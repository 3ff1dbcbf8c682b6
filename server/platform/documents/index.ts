export { attachmentDisposition, type Content, renderPdf, type TDocumentDefinitions } from './pdf';
