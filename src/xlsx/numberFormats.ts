/**
 * The date formats now live with the checker (src/check/numberFormats.ts), which both the .xlsx
 * reader and the Excel adapter read them from; this keeps the reader's import working until it
 * imports them from there itself.
 */
export { isBuiltInDate, isDateFormatCode } from '../check/numberFormats';
