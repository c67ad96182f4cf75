/** Heading numbering lives in common/ so the web view numbers exactly as the Word export does. */
export { chineseNumeral, numberHeadings } from '../../../common/documents.js';
